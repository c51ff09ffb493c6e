"""The seventh blind set (tests/knowledge/held_out_seventh.py) against the shipped base: issue 17's held-out measure.
Written by a helper who wrote none of the base and none of the earlier sets and read none of them, from general
knowledge of what callers ask 12315, committed unlabelled (fa3f613); labelled afterwards by another helper from the
entries' ids, categories and English questions only (9ee5c1e); fourteen texts that repeat earlier sets or the base
dropped by a script before any measurement (the set's module doc says who, how and when). The ranker
(ivr.knowledge.ranker) and the callers' questions it learns from (each entry's ``asked``, from the six earlier sets)
were chosen and committed (7fd0193) before this set was measured.
Measured once, on 2026-12-01 at 13:48 UTC (`.venv/bin/python bench/knowledge_blind_bench.py --set seventh`,
bench/knowledge_seventh_RESULTS.md): top 1 151/191 (79.1 %), top 3 170/191 (89.0 %), refused 56/71 (78.9 %;
off-topic alone 30/32, 93.8 %); read aloud without the list: 128 right, 10 wrong, 53 to an agent; with the list of
close questions: 144 reach the right answer (108 read + 36 chosen from a list, if callers pick their own question),
8 hear a wrong one; of the 71 to refuse, 14 are read an entry, 16 offered a list, 41 go to an agent at once.
In the same run, BM25's order without the ranker: top 1 141 (73.8 %), top 3 158 (82.7 %), refused 53, reached
with the list 145, wrong reads 12; plain jieba + bm25s: top 1 137 (71.7 %), top 3 163 (85.3 %).
Issue 17's top-1 (80 %) and top-3 (95 %) targets are NOT met on it; off-topic refusal (90 %) is.
Nobody may change the base, the retrieval, the ranker or the list's rule while looking at this set's questions or
misses, or it stops measuring unseen questions. The floors sit three or four questions under the one measurement:
they guard against regression; issue 17's targets are checked by the last test, whose message gives figures only.
"""

from __future__ import annotations

import pytest

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
from tests.knowledge.held_out_seventh import LABELLED_AGAINST, OFF_TOPIC_SEVENTH, SEVENTH, SEVENTH_LABELLED
from tests.knowledge.held_out_sixth import OFF_TOPIC_SIXTH, SIXTH
from tests.knowledge.test_held_out_sixth import EARLIER_SETS as BEFORE_SIXTH

# Entries of the base written after the labels were chosen (not in LABELLED_AGAINST): declare each one here.
ADDED_AFTER_LABELLING: frozenset[str] = frozenset()
SET = BlindSet(SEVENTH_LABELLED, OFF_TOPIC_SEVENTH, ADDED_AFTER_LABELLING)
EARLIER_SETS = [*BEFORE_SIXTH, *SIXTH, *OFF_TOPIC_SIXTH]
# Measured 151, 170, 56 refused, 15 given an entry; with the list 144 reached, 8 read wrong, 14 to refuse read
# (module doc); each leaves room for three or four questions.
FLOOR_TOP1 = 147
FLOOR_TOP3 = 166
FLOOR_REFUSED = 52
CEILING_WRONG_GIVEN = 19
FLOOR_REACHED = 140
CEILING_WRONG_READ_WITH_LIST = 12
CEILING_REFUSE_READ_WITH_LIST = 18


def test_the_set_has_its_shape_and_labels_came_after_the_questions() -> None:
    assert [t for t, _ in SEVENTH_LABELLED] == SEVENTH, "labels must not reorder or rewrite the questions"
    assert len(SEVENTH) == 230 and len(OFF_TOPIC_SEVENTH) == 32
    assert len(set(SET.everything)) == len(SET.everything), "a question is there twice"
    english = [t for t in SEVENTH if t.isascii()]
    assert len(english) == 59 and all(t == t.lower() for t in english), "English as typed: lower case"
    assert 0.70 <= (len(SEVENTH) - len(english)) / len(SEVENTH) <= 0.80, "about three quarters Mandarin"
    assert not with_punctuation(SET.everything), "the recogniser writes no punctuation"
    assert len(SET.answerable) == 191 and len(SET.unanswerable) == 39


def test_labels_name_entries_of_the_base_and_later_entries_are_declared() -> None:
    assert not label_problems(SET, LABELLED_AGAINST), label_problems(SET, LABELLED_AGAINST)


def test_no_question_copies_the_base_or_an_earlier_set() -> None:
    assert not copy_problems(SET, EARLIER_SETS), copy_problems(SET, EARLIER_SETS)


def test_no_question_of_the_set_teaches_the_ranker() -> None:
    taught = {t for e in shipped_index().entries for t in e.asked.all()}
    assert not taught & set(SET.everything)


@pytest.fixture(scope="module")
def counts() -> Counts:
    return count(shipped_index(), SET)


def test_floors_on_questions_with_an_answering_entry(counts: Counts) -> None:
    assert counts.top1 >= FLOOR_TOP1, (counts.top1, FLOOR_TOP1)  # figures only: the set stays unread
    assert counts.top3 >= FLOOR_TOP3, (counts.top3, FLOOR_TOP3)


def test_floor_on_refusals_of_unanswerable_and_off_topic_questions(counts: Counts) -> None:
    assert counts.refused >= FLOOR_REFUSED, (counts.refused, FLOOR_REFUSED)
    assert len(counts.given) <= CEILING_WRONG_GIVEN, len(counts.given)


def test_off_topic_questions_are_refused_as_issue_17_asks(counts: Counts) -> None:
    off_topic = set(SET.off_topic)
    refused = sum(1 for a in counts.to_refuse if a.text in off_topic and a.read is None)
    assert refused / len(off_topic) >= 0.9, (refused, len(off_topic))


def test_with_the_list_most_callers_reach_their_answer_and_few_hear_a_wrong_one(counts: Counts) -> None:
    lists = reached(counts, shipped_index().threshold)
    assert lists.answerable == len(SET.answerable) and lists.to_refuse == len(SET.to_refuse)
    assert lists.right >= FLOOR_REACHED, (lists.right, FLOOR_REACHED)
    assert lists.read_wrong <= CEILING_WRONG_READ_WITH_LIST, lists.read_wrong
    assert lists.refuse_read <= CEILING_REFUSE_READ_WITH_LIST, lists.refuse_read


@pytest.mark.xfail(strict=True, reason="issue 17's top-1 and top-3 targets are not met on the seventh set (module doc)")
def test_issue_17_targets_on_the_held_out_seventh_set(counts: Counts) -> None:
    missed = targets_missed(counts)
    assert not missed, missed
