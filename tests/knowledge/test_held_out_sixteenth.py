"""The sixteenth blind set (tests/knowledge/held_out_sixteenth.py) against the shipped base: issue 17's held-out
measure. Written by a helper who wrote none of the base and none of the earlier sets and read no file of the
project, committed unlabelled (318ba99); labelled afterwards by two other helpers, each on their own, from the ids,
categories and English questions of the 83 consumer entries valid on 2026-12-02 only; texts repeating earlier sets
or holding a sentence of the base dropped by a script, unread, before any measurement. Asked on 2026-12-02. The
set's labels are the first labeller's, chosen before any measurement; the second labeller's are scored beside them
(SECOND_SET).
Measured once, on 2026-12-02 at about 03:44 UTC, after the thirteenth to fifteenth sets' labelled questions joined
`asked` (bench/knowledge_sixteenth_RESULTS.md): top 1 211/246 (85.8 %), top 3 234/246 (95.1 %), off-topic refused
34/35 (97.1 %): issue 17's three targets are met on it. Of all 84 questions to refuse (the 49 no entry answers with
them) 64 are refused (76.2 %); read aloud without the list: 157 right, 11 wrong, 78 to an agent; with the list of
close questions: 183 reach the right answer (130 read + 53 chosen from a list), 10 hear a wrong one; of the 84 to
refuse, 13 are read an entry, 12 offered a list, 59 go to an agent at once. Against the second labeller's labels,
same run: top 1 216/255 (84.7 %), top 3 241/255 (94.5 %, under 95 %). Plain jieba + bm25s in the same run: top 1
163 (66.3 %), top 3 199 (80.9 %).
The floors sit three or four questions under the measurement: they guard against regression. The targets are tests
of their own; the strict xfail inherited (issue 17's targets with every question to refuse, not only off-topic
ones) stays unmet.
"""

from __future__ import annotations

from datetime import date

from tests.knowledge.held_out_checks import HeldOutChecks
from tests.knowledge.held_out_fifteenth import FIFTEENTH, OFF_TOPIC_FIFTEENTH
from tests.knowledge.held_out_measure import BlindSet, Counts, off_topic_refused
from tests.knowledge.held_out_sixteenth import (
    LABELLED_AGAINST,
    OFF_TOPIC_SIXTEENTH,
    SIXTEENTH,
    SIXTEENTH_LABELLED,
    SIXTEENTH_SECOND_LABELLED,
)
from tests.knowledge.test_held_out_fifteenth import EARLIER_SETS as BEFORE_FIFTEENTH

ASKED_ON = date(2026, 12, 2)
# Entries of the base written after the labels were chosen (not in LABELLED_AGAINST): declare each one here.
ADDED_AFTER_LABELLING: frozenset[str] = frozenset()
SET = BlindSet(SIXTEENTH_LABELLED, OFF_TOPIC_SIXTEENTH, ADDED_AFTER_LABELLING, ASKED_ON)
SECOND_SET = BlindSet(SIXTEENTH_SECOND_LABELLED, OFF_TOPIC_SIXTEENTH, ADDED_AFTER_LABELLING, ASKED_ON)
EARLIER_SETS = [*BEFORE_FIFTEENTH, *FIFTEENTH, *OFF_TOPIC_FIFTEENTH]


class TestSixteenthSet(HeldOutChecks):
    SET = SET
    QUESTIONS = SIXTEENTH
    LABELLED_AGAINST = LABELLED_AGAINST
    EARLIER_SETS = EARLIER_SETS
    SIZES = (295, 35, 75, 246, 49)
    # Measured 211, 234, 64 refused, 20 given an entry; with the list 183 reached, 10 read wrong, 13 to refuse read
    # (module doc); each leaves room for three or four questions.
    FLOOR_TOP1 = 207
    FLOOR_TOP3 = 230
    FLOOR_REFUSED = 60
    CEILING_WRONG_GIVEN = 24
    FLOOR_REACHED = 179
    CEILING_WRONG_READ_WITH_LIST = 14
    CEILING_REFUSE_READ_WITH_LIST = 17

    def test_top_1_and_top_3_meet_issue_17s_targets(self, counts: Counts) -> None:
        answerable = len(counts.answerable)
        assert counts.top1 / answerable >= 0.80 and counts.top3 / answerable >= 0.95, (counts.top1, counts.top3)

    def test_off_topic_questions_are_refused_as_issue_17_asks(self, counts: Counts) -> None:
        assert off_topic_refused(counts, SET) / len(SET.off_topic) >= 0.9, off_topic_refused(counts, SET)  # 34/35


def test_the_second_labelling_covers_the_same_questions() -> None:
    assert SECOND_SET.questions == SIXTEENTH and len(SECOND_SET.answerable) == 255
