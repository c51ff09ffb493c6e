"""The thirteenth blind set (tests/knowledge/held_out_thirteenth.py) against the shipped base: issue 17's held-out
measure. Written by a helper who wrote none of the base and none of the earlier sets and read no file of the
project, committed unlabelled (d73e0ec); labelled afterwards by two other helpers, each on their own, from the ids,
categories and English questions of the 83 entries valid on 2026-12-01 only (the fifth round's ten included); six
texts repeating earlier sets dropped by a script, unread, before any measurement (7d16ebb). Asked on 2026-12-01. The
set's labels are the first labeller's, chosen before any measurement; the second labeller's are scored beside them
(SECOND_SET).
First measured on 2026-12-01 at about 23:45 UTC, by mistake: a script checking the older sets' floors counted this set
too (totals only, no question read). `.venv/bin/python bench/knowledge_blind_bench.py --set thirteenth` gave the
same figures on the same state (87b5516): top 1 209/248 (84.3 %), top 3 232/248 (93.5 %), refused 66/86 (76.7 %;
off-topic alone 33/37, 89.2 %). Measured a second time at about 00:58 UTC on 2026-12-02, after one change chosen
leaving each development set out (a logistic model orders the entries after the SVM's first; ivr.knowledge.ranker),
bench/knowledge_thirteenth_RESULTS.md: top 1 209/248 (84.3 %), top 3 240/248 (96.8 %), refused 66/86 (76.7 %;
off-topic alone 33/37, 89.2 %); read aloud without the list: 159 right, 16 wrong, 73 to an agent; with the list of
close questions: 188 reach the right answer (134 read + 54 chosen from a list), 9 hear a wrong one; of the 86 to
refuse, 17 are read an entry, 15 offered a list, 54 go to an agent at once. Against the second labeller's labels,
same run: top 1 212/247 (85.8 %), top 3 239/247 (96.8 %). Plain jieba + bm25s in the same run: top 1 165 (66.5 %),
top 3 204 (82.3 %). Issue 17's top-1 and top-3 targets are met on it; the off-topic share is one question short of
90 %, and of all the questions to refuse (the 49 no entry answers with them) 76.7 % are refused.
Measured with the fifth round's ten entries and the twelfth set among the questions the ranker learns from (2,101
asked, 1,992 written examples). The floors sit three or four questions under the measurement: they guard against
regression; issue 17's targets are checked by the strict xfails, whose messages give figures only.
Since 2026-12-02 at about 03:45 UTC its first labeller's labelled questions are among `asked` (with the thirteenth
to fifteenth sets' 742), so the ranker learns them: a development set since, its floors regression guards.
"""

from __future__ import annotations

from datetime import date

from tests.knowledge.held_out_checks import HeldOutChecks
from tests.knowledge.held_out_measure import BlindSet, Counts, off_topic_refused
from tests.knowledge.held_out_thirteenth import (
    LABELLED_AGAINST,
    OFF_TOPIC_THIRTEENTH,
    THIRTEENTH,
    THIRTEENTH_LABELLED,
    THIRTEENTH_SECOND_LABELLED,
)
from tests.knowledge.held_out_twelfth import OFF_TOPIC_TWELFTH, TWELFTH
from tests.knowledge.test_held_out_twelfth import EARLIER_SETS as BEFORE_TWELFTH

ASKED_ON = date(2026, 12, 1)
# Entries of the base written after the labels were chosen (not in LABELLED_AGAINST): declare each one here.
ADDED_AFTER_LABELLING: frozenset[str] = frozenset()
SET = BlindSet(THIRTEENTH_LABELLED, OFF_TOPIC_THIRTEENTH, ADDED_AFTER_LABELLING, ASKED_ON)
SECOND_SET = BlindSet(THIRTEENTH_SECOND_LABELLED, OFF_TOPIC_THIRTEENTH, ADDED_AFTER_LABELLING, ASKED_ON)
EARLIER_SETS = [*BEFORE_TWELFTH, *TWELFTH, *OFF_TOPIC_TWELFTH]


class TestThirteenthSet(HeldOutChecks):
    SET = SET
    QUESTIONS = THIRTEENTH
    LABELLED_AGAINST = LABELLED_AGAINST
    EARLIER_SETS = EARLIER_SETS
    SIZES = (297, 37, 75, 248, 49)
    # Measured 209, 240, 66 refused, 20 given an entry; with the list 188 reached, 9 read wrong, 17 to refuse
    # read (module doc); each leaves room for three or four questions.
    FLOOR_TOP1 = 205
    FLOOR_TOP3 = 236
    FLOOR_REFUSED = 62
    CEILING_WRONG_GIVEN = 24
    FLOOR_REACHED = 184
    CEILING_WRONG_READ_WITH_LIST = 13
    CEILING_REFUSE_READ_WITH_LIST = 21

    def test_floor_on_off_topic_refusals(self, counts: Counts) -> None:
        assert off_topic_refused(counts, SET) >= 31, off_topic_refused(counts, SET)  # measured 33 of 37

    # Measured 33 of 37 before the entries for other hotlines' questions (refers_elsewhere; docs/knowledge.md), whose
    # eight topics were chosen with this set's off-topic misses read: a development figure since, not a blind one.
    def test_off_topic_questions_are_refused_as_issue_17_asks(self, counts: Counts) -> None:
        assert off_topic_refused(counts, SET) / len(SET.off_topic) >= 0.9, off_topic_refused(counts, SET)


def test_the_second_labelling_covers_the_same_questions() -> None:
    assert SECOND_SET.questions == THIRTEENTH and len(SECOND_SET.answerable) == 247
