"""The sixth blind set (tests/knowledge/held_out_sixth.py) against the shipped base: issue 17's held-out measure.
Written by a helper who wrote none of the base and none of the earlier sets and read none of them, from general
knowledge of what callers ask 12315, committed unlabelled (61a5ee5); labelled afterwards by another helper from the
entries' ids, categories and English questions only (5be61a5); two texts that repeat earlier sets dropped before
any measurement (the set's module doc says who, how and when). Nothing in the base or the retrieval changed after
it was written; the list of close questions (ivr.knowledge.clarify) was chosen on the earlier sets before it was
labelled. Measured once, on 2026-12-01 at 10:03 UTC (`.venv/bin/python bench/knowledge_blind_bench.py --set sixth`,
bench/knowledge_sixth_RESULTS.md): top 1 117/170 (68.8 %), top 3 141/170 (82.9 %), refused 79/101 (78.2 %;
off-topic alone 35/39, 89.7 %); read aloud without the list: 99 right, 22 wrong, 49 to an agent; with the list
of close questions: 120 reach the right answer (82 read + 38 chosen from a list, if callers pick their own
question), 11 hear a wrong one, 18 are offered a list without theirs, 21 go to an agent; of the 101 to refuse,
19 are read an entry, 24 offered a list, 58 go to an agent at once. Plain jieba + bm25s in the same run: top 1
68.8 %, top 3 82.9 %. Issue 17's targets are NOT met on it.
A DEVELOPMENT set since 7fd0193: its labelled questions are in the base's ``asked``, which the ranker
(ivr.knowledge.ranker) learns from, so its figures no longer measure unseen questions (left out, the ranker scores
126 and 152 on it: bench/knowledge_ranker.py); the seventh set (test_held_out_seventh.py) took over.
The floors sit three or four questions under the one measurement: they guard
against regression; issue 17's targets are checked by the last test, whose message gives figures only.
"""

from __future__ import annotations

import pytest

from tests.knowledge.held_out_fifth import FIFTH, OFF_TOPIC_FIFTH
from tests.knowledge.held_out_measure import (
    BlindSet,
    Counts,
    copy_problems,
    count,
    label_problems,
    reached,
    shipped_index,
    targets_missed,
    with_punctuation,
)
from tests.knowledge.held_out_sixth import LABELLED_AGAINST, OFF_TOPIC_SIXTH, SIXTH, SIXTH_LABELLED
from tests.knowledge.test_held_out_fifth import EARLIER_SETS as BEFORE_FIFTH

# Entries of the base written after the labels were chosen (not in LABELLED_AGAINST): declare each one here.
ADDED_AFTER_LABELLING: frozenset[str] = frozenset()
SET = BlindSet(SIXTH_LABELLED, OFF_TOPIC_SIXTH, ADDED_AFTER_LABELLING)
EARLIER_SETS = [*BEFORE_FIFTH, *FIFTH, *OFF_TOPIC_FIFTH]
# Measured 117, 141, 79 refused, 22 given an entry; with the list 120 reached, 11 read wrong, 19 to refuse read
# (module doc); each leaves room for three or four questions.
FLOOR_TOP1 = 113
FLOOR_TOP3 = 137
FLOOR_REFUSED = 75
CEILING_WRONG_GIVEN = 26
FLOOR_REACHED = 116
CEILING_WRONG_READ_WITH_LIST = 15
CEILING_REFUSE_READ_WITH_LIST = 23


def test_the_set_has_its_shape_and_labels_came_after_the_questions() -> None:
    assert [t for t, _ in SIXTH_LABELLED] == SIXTH, "labels must not reorder or rewrite the questions"
    assert len(SIXTH) == 232 and len(OFF_TOPIC_SIXTH) == 39
    assert len(set(SET.everything)) == len(SET.everything), "a question is there twice"
    english = [t for t in SIXTH if t.isascii()]
    assert len(english) == 58 and all(t == t.lower() for t in english), "English as typed: lower case"
    assert 0.70 <= (len(SIXTH) - len(english)) / len(SIXTH) <= 0.80, "about three quarters Mandarin"
    assert not with_punctuation(SET.everything), "the recogniser writes no punctuation"
    assert len(SET.answerable) == 170 and len(SET.unanswerable) == 62


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
    assert counts.refused >= FLOOR_REFUSED, (counts.refused, FLOOR_REFUSED)
    assert len(counts.given) <= CEILING_WRONG_GIVEN, len(counts.given)


def test_with_the_list_most_callers_reach_their_answer_and_few_hear_a_wrong_one(counts: Counts) -> None:
    lists = reached(counts, shipped_index().threshold)
    assert lists.answerable == len(SET.answerable) and lists.to_refuse == len(SET.to_refuse)
    assert lists.right >= FLOOR_REACHED, (lists.right, FLOOR_REACHED)
    assert lists.read_wrong <= CEILING_WRONG_READ_WITH_LIST, lists.read_wrong
    assert lists.refuse_read <= CEILING_REFUSE_READ_WITH_LIST, lists.refuse_read


@pytest.mark.xfail(strict=True, reason="issue 17's top-1 and top-3 targets are not met on the sixth set (module doc)")
def test_issue_17_targets_on_the_held_out_sixth_set(counts: Counts) -> None:
    missed = targets_missed(counts)
    assert not missed, missed
