"""The fifth blind set (tests/knowledge/held_out_fifth.py) against the shipped base: issue 17's held-out measure.
Written by a helper who wrote none of the base and none of the earlier sets and read none of them, from general
knowledge of what callers ask 12315, committed unlabelled (de56053) before the base's fourth round was finished;
labelled afterwards by another helper from the entries' ids, categories and English questions only (the set's
module doc says who, how and when). The engineer who widened the base in its fourth round never opened it. Measured
once, on 2026-12-01 at 09:06 UTC, after all work on the 73-entry base and the retrieval had stopped
(`.venv/bin/python bench/knowledge_blind_bench.py --set fifth`, bench/knowledge_fifth_RESULTS.md): top 1 115/158
(72.8 %), top 3 140/158 (88.6 %), refused 71/94 (75.5 %; off-topic alone 35/37, 94.6 %); read aloud: 105 right, 26
wrong, 27 to an agent; 23 of the 94 to refuse read an entry. Plain jieba + bm25s in the same run: top 1 119/158
(75.3 %), top 3 139/158 (88.0 %). Issue 17's top-1 and top-3 targets are NOT met on it (off-topic refusal is).
Nobody may change the base or the retrieval while looking at this set's questions or misses, or it stops measuring
unseen questions: the next round needs a new blind set, and this one becomes a development set. The floors sit
three or four questions under the one measurement: they guard against regression; issue 17's targets are checked by
the last test, whose message gives figures only, never the questions.
"""

from __future__ import annotations

import pytest

from tests.knowledge.base_rounds import FIFTH_ROUND
from tests.knowledge.held_out_fifth import FIFTH, FIFTH_LABELLED, LABELLED_AGAINST, OFF_TOPIC_FIFTH
from tests.knowledge.held_out_fourth import FOURTH, OFF_TOPIC_FOURTH
from tests.knowledge.held_out_independent import INDEPENDENT, OFF_TOPIC_INDEPENDENT
from tests.knowledge.held_out_measure import (
    FIRST_AUTHORS_QUESTIONS,
    BlindSet,
    Counts,
    copy_problems,
    count,
    label_problems,
    shipped_index,
    targets_missed,
    with_punctuation,
)
from tests.knowledge.held_out_third import OFF_TOPIC_THIRD, THIRD

# Entries of the base written after the labels were chosen (not in LABELLED_AGAINST): the labels could not
# name them, so a read of one is neither right nor wrong. Declare each one here when it is added.
ADDED_AFTER_LABELLING: frozenset[str] = FIFTH_ROUND
SET = BlindSet(FIFTH_LABELLED, OFF_TOPIC_FIFTH, ADDED_AFTER_LABELLING)
# Measured 115, 140, 71 (not given an entry), 23 and 26 (module doc); each leaves room for three or four
# questions.
FLOOR_TOP1 = 111
FLOOR_TOP3 = 136
FLOOR_REFUSED = 67
CEILING_WRONG_GIVEN = 27
CEILING_WRONG_READ = 30
EARLIER_SETS = [
    *FIRST_AUTHORS_QUESTIONS,
    *(t for t, _ in INDEPENDENT),
    *OFF_TOPIC_INDEPENDENT,
    *THIRD,
    *OFF_TOPIC_THIRD,
    *FOURTH,
    *OFF_TOPIC_FOURTH,
]


def test_the_set_has_its_shape_and_labels_came_after_the_questions() -> None:
    assert [t for t, _ in FIFTH_LABELLED] == FIFTH, "labels must not reorder or rewrite the questions"
    assert len(FIFTH) == 215 and len(OFF_TOPIC_FIFTH) == 37
    assert len(set(SET.everything)) == len(SET.everything), "a question is there twice"
    english = [t for t in FIFTH if t.isascii()]
    assert len(english) == 50 and all(t == t.lower() for t in english), "English as typed: lower case"
    assert 0.70 <= (len(FIFTH) - len(english)) / len(FIFTH) <= 0.80, "about three quarters Mandarin"
    assert not with_punctuation(SET.everything), "the recogniser writes no punctuation"
    assert len(SET.answerable) == 158 and len(SET.unanswerable) == 57


def test_labels_name_entries_of_the_base_and_later_entries_are_declared() -> None:
    assert not label_problems(SET, LABELLED_AGAINST), label_problems(SET, LABELLED_AGAINST)


def test_no_question_copies_the_base_or_an_earlier_set() -> None:
    assert not copy_problems(SET, EARLIER_SETS), copy_problems(SET, EARLIER_SETS)


@pytest.fixture(scope="module")
def counts() -> Counts:
    return count(shipped_index(), SET)


def test_floors_on_questions_with_an_answering_entry(counts: Counts) -> None:
    assert counts.top1 >= FLOOR_TOP1, (counts.top1, FLOOR_TOP1)  # figures only: the set stays unread
    assert counts.top3 >= FLOOR_TOP3, (counts.top3, FLOOR_TOP3)


def test_floor_on_refusals_of_unanswerable_and_off_topic_questions(counts: Counts) -> None:
    given = [a for a in counts.given if a.read]
    assert len(SET.to_refuse) - len(given) >= FLOOR_REFUSED, (len(given), FLOOR_REFUSED)
    assert len(given) <= CEILING_WRONG_GIVEN, len(given)


def test_what_the_ivr_reads_on_the_set_is_rarely_a_wrong_entry(counts: Counts) -> None:
    wrong = [a for a in counts.wrong_reads if a.read]
    assert len(wrong) <= CEILING_WRONG_READ, len(wrong)


@pytest.mark.xfail(strict=True, reason="issue 17's top-1 and top-3 targets are not met on the fifth set (module doc)")
def test_issue_17_targets_on_the_held_out_fifth_set(counts: Counts) -> None:
    missed = targets_missed(counts)
    assert not missed, missed
