"""The fourth set (tests/knowledge/held_out_fourth.py) against the shipped base: a development set now.

Written and labelled during the base's third round by a helper who wrote none of the base and none of the
earlier sets (the set's module doc says who, how and when). It was issue 17's held-out measure once, on
2026-12-01 at 06:19 UTC, after the third round's work on the 65-entry base and the retrieval had finished
(`.venv/bin/python bench/knowledge_blind_bench.py --set fourth`): top 1 91/123 (74.0 %), top 3 105/123
(85.4 %), refused 58/71 (81.7 %; off-topic alone 37/39, 94.9 %); read aloud: 80 right, 15 wrong, 27 to an
agent; 12 of the 71 to refuse read an entry (and one more read an entry added after labelling). Issue 17's
top-1 and top-3 targets were NOT met on it.
It is a DEVELOPMENT set since the fourth round (a fifth set, written blind, took over the held-out measure):
its misses were read, the base's keywords and paraphrases were widened for every entry, eight entries
were added (tests/knowledge/base_rounds.py, FOURTH_ROUND) and English typing slips are read as the base's words, so
its figures no longer measure unseen questions. Measured after that round (73 entries, same bench):
top 1 112/123 (91.1 %), top 3 121/123 (98.4 %); of the 71 to refuse, 54 went to an agent, 9 read an entry
added after labelling and 8 an entry the labeller saw; 6 read aloud a wrong entry by the labels.
The floors sit three or four questions under those figures: they guard against regression, they are not
the target, and they hold whether or not the targets are met (the set measures nothing unseen any more).
"""

from __future__ import annotations

import pytest

from tests.knowledge.base_rounds import FIFTH_ROUND, FOURTH_ROUND
from tests.knowledge.held_out_fourth import FOURTH, FOURTH_LABELLED, LABELLED_AGAINST, OFF_TOPIC_FOURTH
from tests.knowledge.held_out_independent import INDEPENDENT, OFF_TOPIC_INDEPENDENT
from tests.knowledge.held_out_measure import (
    FIRST_AUTHORS_QUESTIONS,
    BlindSet,
    Counts,
    copy_problems,
    count,
    label_problems,
    shipped_index,
    with_punctuation,
)
from tests.knowledge.held_out_third import OFF_TOPIC_THIRD, THIRD

# Entries of the base written after the labels were chosen (not in LABELLED_AGAINST): the labels could not
# name them, so a read of one is neither right nor wrong. Declare each one here when it is added.
ADDED_AFTER_LABELLING: frozenset[str] = frozenset({"sanbao_period_length"}) | FOURTH_ROUND | FIFTH_ROUND
SET = BlindSet(FOURTH_LABELLED, OFF_TOPIC_FOURTH, ADDED_AFTER_LABELLING)
# Measured after the fourth round 112, 121, 63 (not given an entry the labeller saw), 8 and 6 (module doc);
# each leaves room for three or four questions.
FLOOR_TOP1 = 108
FLOOR_TOP3 = 117
FLOOR_REFUSED = 59
CEILING_WRONG_GIVEN = 11
CEILING_WRONG_READ = 9
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
    assert not label_problems(SET, LABELLED_AGAINST), label_problems(SET, LABELLED_AGAINST)


def test_no_question_copies_the_base_or_an_earlier_set() -> None:
    assert not copy_problems(SET, EARLIER_SETS), copy_problems(SET, EARLIER_SETS)


@pytest.fixture(scope="module")
def counts() -> Counts:
    return count(shipped_index(), SET)


def test_floors_on_questions_with_an_answering_entry(counts: Counts) -> None:
    assert counts.top1 >= FLOOR_TOP1, sorted((a.text, a.expected, a.found) for a in counts.top1_missed)
    assert counts.top3 >= FLOOR_TOP3, sorted((a.text, a.expected, a.found) for a in counts.top3_missed)


def test_floor_on_refusals_of_unanswerable_and_off_topic_questions(counts: Counts) -> None:
    given = [a for a in counts.given if a.read]
    assert len(SET.to_refuse) - len(given) >= FLOOR_REFUSED, (len(given), FLOOR_REFUSED)
    assert len(given) <= CEILING_WRONG_GIVEN, len(given)


def test_what_the_ivr_reads_on_the_set_is_rarely_a_wrong_entry(counts: Counts) -> None:
    wrong = [a for a in counts.wrong_reads if a.read]
    assert len(wrong) <= CEILING_WRONG_READ, len(wrong)
