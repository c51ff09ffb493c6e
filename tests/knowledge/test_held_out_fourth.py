"""The fourth blind set (tests/knowledge/held_out_fourth.py) against the shipped base: issue 17's held-out measure.

Written and labelled during the base's third round by a helper who wrote none of the base and none of the
earlier sets (the set's module doc says who, how and when). Not measured yet: the retrieval is run on it once,
after the third round's work on the base and the retrieval has finished
(`.venv/bin/python bench/knowledge_blind_bench.py --set fourth`), and floors come from that single
measurement, not before. Nobody may change the base or the retrieval while looking at this set's questions
or misses, or it stops measuring unseen questions.
Until then this file checks the set itself (its shape, labels naming entries of the base, no copy of the
base's texts or of an earlier set) and holds issue 17's targets as a strict xfail, which fails loudly once
they are met; its message gives figures only, never the questions.
"""

from __future__ import annotations

import pytest

from tests.knowledge.held_out_fourth import FOURTH, FOURTH_LABELLED, LABELLED_AGAINST, OFF_TOPIC_FOURTH
from tests.knowledge.held_out_independent import INDEPENDENT, OFF_TOPIC_INDEPENDENT
from tests.knowledge.held_out_measure import (
    FIRST_AUTHORS_QUESTIONS,
    BlindSet,
    base_sentences_inside,
    copies_of_the_base,
    count,
    repeats,
    shipped_base,
    shipped_index,
    targets_missed,
    with_punctuation,
)
from tests.knowledge.held_out_third import OFF_TOPIC_THIRD, THIRD

# Entries of the base written after the labels were chosen (not in LABELLED_AGAINST): the labels could not
# name them, so a read of one is neither right nor wrong. Declare each one here when it is added.
ADDED_AFTER_LABELLING: frozenset[str] = frozenset()
SET = BlindSet(FOURTH_LABELLED, OFF_TOPIC_FOURTH, ADDED_AFTER_LABELLING)
EARLIER_SETS = [
    *FIRST_AUTHORS_QUESTIONS,
    *(t for t, _ in INDEPENDENT),
    *OFF_TOPIC_INDEPENDENT,
    *THIRD,
    *OFF_TOPIC_THIRD,
]


def test_the_set_has_its_shape_and_labels_came_after_the_questions() -> None:
    assert [t for t, _ in FOURTH_LABELLED] == FOURTH, "labels must not reorder or rewrite the questions"
    assert len(FOURTH) == 155 and len(OFF_TOPIC_FOURTH) == 39
    assert len(set(SET.everything)) == len(SET.everything), "a question is there twice"
    english = [t for t in FOURTH if t.isascii()]
    assert len(english) == 39 and all(t == t.lower() for t in english), "English as typed: lower case"
    assert 0.70 <= (len(FOURTH) - len(english)) / len(FOURTH) <= 0.80, "about three quarters Mandarin"
    assert not with_punctuation(SET.everything), "the recogniser writes no punctuation"
    assert len(SET.answerable) == 123 and len(SET.unanswerable) == 32


def test_labels_name_entries_of_the_base_and_later_entries_are_declared() -> None:
    entry_ids = {e.id for e in shipped_base().entries}
    named = {e for _, e in SET.answerable}
    assert not named - entry_ids, "a label names no entry of the base"
    assert named <= LABELLED_AGAINST, "a label names an entry the labeller did not see"
    assert entry_ids - LABELLED_AGAINST == ADDED_AFTER_LABELLING, (
        "an entry written after labelling belongs in ADDED_AFTER_LABELLING",
        sorted(entry_ids - LABELLED_AGAINST),
    )


def test_no_question_copies_the_base_or_an_earlier_set() -> None:
    entries = shipped_base().entries
    assert not copies_of_the_base(SET.everything, entries), "a question is a text of the base"
    assert not base_sentences_inside(SET.everything, entries), "a question holds a sentence of the base"
    assert not repeats(SET.everything, EARLIER_SETS), "a question repeats an earlier set"


@pytest.mark.xfail(
    strict=True, reason="issue 17's targets (top 1 80 %, top 3 95 %, refused 90 %) were not met on earlier blind sets"
)
def test_issue_17_targets_on_the_held_out_fourth_set() -> None:
    missed = targets_missed(count(shipped_index(), SET))
    assert not missed, missed
