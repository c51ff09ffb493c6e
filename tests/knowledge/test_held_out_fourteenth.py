"""The fourteenth blind set (tests/knowledge/held_out_fourteenth.py) against the shipped base: issue 17's held-out
measure. Written by a helper who wrote none of the base and none of the earlier sets and read no file of the
project but its brief, committed unlabelled (8c6e725); labelled afterwards by two other helpers, each on their own,
from the ids, categories and English questions of the 83 entries valid on 2026-12-02 only; eleven texts repeating
earlier sets or a text of the base dropped by a script, unread, before any measurement. Asked on 2026-12-02. The
set's labels are the first labeller's, chosen before any measurement; the second labeller's are scored beside them
(SECOND_SET).
Measured once, on 2026-12-02 at about 03:06 UTC, with the ranker, base and list's rule that measured the thirteenth
set the second time (bench/knowledge_fourteenth_RESULTS.md): top 1 214/260 (82.3 %), top 3 249/260 (95.8 %),
refused 52/69 (75.4 %; off-topic alone 32/36, 88.9 %); read aloud without the list: 148 right, 14 wrong, 98 to an
agent; with the list of close questions: 186 reach the right answer (118 read + 68 chosen from a list), 10 hear a
wrong one; of the 69 to refuse, 15 are read an entry, 14 offered a list, 40 go to an agent at once. Against the second
labeller's labels, same run: top 1 213/258 (82.6 %), top 3 247/258 (95.7 %). Plain jieba + bm25s in the same run:
top 1 161 (61.9 %), top 3 213 (81.9 %). Issue 17's top-1 and top-3 targets are met on it; the off-topic share is
one question short of 90 % (33 of 36 would be 91.7 %), as on the thirteenth.
The floors sit three or four questions under the measurement: they guard against regression; issue 17's targets are
checked by the strict xfails, whose messages give figures only.
Since 2026-12-02 at about 03:45 UTC its first labeller's labelled questions are among `asked` (with the thirteenth
to fifteenth sets' 742), so the ranker learns them: a development set since, its floors regression guards.
"""

from __future__ import annotations

from datetime import date

from tests.knowledge.held_out_checks import HeldOutChecks
from tests.knowledge.held_out_fourteenth import (
    FOURTEENTH,
    FOURTEENTH_LABELLED,
    FOURTEENTH_SECOND_LABELLED,
    LABELLED_AGAINST,
    OFF_TOPIC_FOURTEENTH,
)
from tests.knowledge.held_out_measure import BlindSet, Counts, off_topic_refused
from tests.knowledge.held_out_thirteenth import OFF_TOPIC_THIRTEENTH, THIRTEENTH
from tests.knowledge.test_held_out_thirteenth import EARLIER_SETS as BEFORE_THIRTEENTH

ASKED_ON = date(2026, 12, 2)
# Entries of the base written after the labels were chosen (not in LABELLED_AGAINST): declare each one here.
ADDED_AFTER_LABELLING: frozenset[str] = frozenset()
SET = BlindSet(FOURTEENTH_LABELLED, OFF_TOPIC_FOURTEENTH, ADDED_AFTER_LABELLING, ASKED_ON)
SECOND_SET = BlindSet(FOURTEENTH_SECOND_LABELLED, OFF_TOPIC_FOURTEENTH, ADDED_AFTER_LABELLING, ASKED_ON)
EARLIER_SETS = [*BEFORE_THIRTEENTH, *THIRTEENTH, *OFF_TOPIC_THIRTEENTH]


class TestFourteenthSet(HeldOutChecks):
    SET = SET
    QUESTIONS = FOURTEENTH
    LABELLED_AGAINST = LABELLED_AGAINST
    EARLIER_SETS = EARLIER_SETS
    SIZES = (293, 36, 74, 260, 33)
    # Measured 214, 249, 52 refused, 17 given an entry; with the list 186 reached, 10 read wrong, 15 to refuse read
    # (module doc); each leaves room for three or four questions.
    FLOOR_TOP1 = 210
    FLOOR_TOP3 = 245
    FLOOR_REFUSED = 48
    CEILING_WRONG_GIVEN = 21
    FLOOR_REACHED = 182
    CEILING_WRONG_READ_WITH_LIST = 14
    CEILING_REFUSE_READ_WITH_LIST = 19

    def test_floor_on_off_topic_refusals(self, counts: Counts) -> None:
        assert off_topic_refused(counts, SET) >= 30, off_topic_refused(counts, SET)  # measured 32 of 36

    # Measured 32 of 36 before the entries for other hotlines' questions (refers_elsewhere; docs/knowledge.md), whose
    # eight topics were chosen with this set's off-topic misses read: a development figure since, not a blind one.
    def test_off_topic_questions_are_refused_as_issue_17_asks(self, counts: Counts) -> None:
        assert off_topic_refused(counts, SET) / len(SET.off_topic) >= 0.9, off_topic_refused(counts, SET)


def test_the_second_labelling_covers_the_same_questions() -> None:
    assert SECOND_SET.questions == FOURTEENTH and len(SECOND_SET.answerable) == 258
