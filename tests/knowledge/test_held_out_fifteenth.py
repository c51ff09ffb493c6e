"""The fifteenth blind set (tests/knowledge/held_out_fifteenth.py) against the shipped base: issue 17's held-out
measure. Written by a helper who wrote none of the base and none of the earlier sets and read no file of the
project, committed unlabelled (1fa6227); labelled afterwards by two other helpers, each on their own, from the ids,
categories and English questions of the 83 consumer entries valid on 2026-12-02 only; fourteen texts repeating
earlier sets or holding a sentence of the base dropped by a script, unread, before any measurement. Asked on
2026-12-02. The set's labels are the first labeller's, chosen before any measurement; the second labeller's are
scored beside them (SECOND_SET).
Measured once, on 2026-12-02 at about 03:29 UTC, after the entries for other hotlines' questions were added
(refers_elsewhere; bench/knowledge_fifteenth_RESULTS.md): top 1 193/234 (82.5 %), top 3 222/234 (94.9 %, one question
short of 95 %), refused 74/92 (80.4 %; off-topic alone 36/36, 100 %); read aloud without the list: 152 right, 20
wrong, 62 to an agent; with the list of close questions: 171 reach the right answer (131 read + 40 chosen from a
list), 14 hear a wrong one; of the 92 to refuse, 15 are read an entry, 19 offered a list, 58 go to an agent at once.
Against the second labeller's labels, same run: top 1 197/237 (83.1 %), top 3 225/237 (94.9 %). Plain jieba + bm25s
in the same run: top 1 162 (69.2 %), top 3 183 (78.2 %). Issue 17's top-1 and off-topic targets are met on it; top 3
is one question short.
The floors sit three or four questions under the measurement: they guard against regression; issue 17's targets are
checked by the strict xfails, whose messages give figures only.
Since 2026-12-02 at about 03:45 UTC its first labeller's labelled questions are among `asked` (with the thirteenth
to fifteenth sets' 742), so the ranker learns them: a development set since, its floors regression guards.
"""

from __future__ import annotations

from datetime import date

from tests.knowledge.held_out_checks import HeldOutChecks
from tests.knowledge.held_out_fifteenth import (
    FIFTEENTH,
    FIFTEENTH_LABELLED,
    FIFTEENTH_SECOND_LABELLED,
    LABELLED_AGAINST,
    OFF_TOPIC_FIFTEENTH,
)
from tests.knowledge.held_out_fourteenth import FOURTEENTH, OFF_TOPIC_FOURTEENTH
from tests.knowledge.held_out_measure import BlindSet, Counts, off_topic_refused
from tests.knowledge.test_held_out_fourteenth import EARLIER_SETS as BEFORE_FOURTEENTH

ASKED_ON = date(2026, 12, 2)
# Entries of the base written after the labels were chosen (not in LABELLED_AGAINST): declare each one here.
ADDED_AFTER_LABELLING: frozenset[str] = frozenset()
SET = BlindSet(FIFTEENTH_LABELLED, OFF_TOPIC_FIFTEENTH, ADDED_AFTER_LABELLING, ASKED_ON)
SECOND_SET = BlindSet(FIFTEENTH_SECOND_LABELLED, OFF_TOPIC_FIFTEENTH, ADDED_AFTER_LABELLING, ASKED_ON)
EARLIER_SETS = [*BEFORE_FOURTEENTH, *FOURTEENTH, *OFF_TOPIC_FOURTEENTH]


class TestFifteenthSet(HeldOutChecks):
    SET = SET
    QUESTIONS = FIFTEENTH
    LABELLED_AGAINST = LABELLED_AGAINST
    EARLIER_SETS = EARLIER_SETS
    SIZES = (290, 36, 73, 234, 56)
    # Measured 193, 222, 74 refused, 18 given an entry; with the list 171 reached, 14 read wrong, 15 to refuse read
    # (module doc); each leaves room for three or four questions.
    FLOOR_TOP1 = 189
    FLOOR_TOP3 = 218
    FLOOR_REFUSED = 70
    CEILING_WRONG_GIVEN = 22
    FLOOR_REACHED = 167
    CEILING_WRONG_READ_WITH_LIST = 18
    CEILING_REFUSE_READ_WITH_LIST = 19

    def test_off_topic_questions_are_refused_as_issue_17_asks(self, counts: Counts) -> None:
        assert off_topic_refused(counts, SET) / len(SET.off_topic) >= 0.9, off_topic_refused(counts, SET)  # 36/36


def test_the_second_labelling_covers_the_same_questions() -> None:
    assert SECOND_SET.questions == FIFTEENTH and len(SECOND_SET.answerable) == 237
