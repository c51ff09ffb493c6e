"""The twelfth blind set (tests/knowledge/held_out_twelfth.py) against the shipped base: issue 17's held-out
measure. Written by a helper who wrote none of the base and none of the earlier sets and read no file of the
project, committed unlabelled (0351ba7); labelled afterwards by two other helpers, each on their own, from the ids,
categories and English questions of the entries valid on 2026-12-01 only; fifteen texts that hold a sentence of the
base or repeat earlier sets dropped by a script, unread, before any measurement (17c9c04). Asked on 2026-12-01. The
set's labels are the first labeller's, chosen before any measurement; the second labeller's are scored beside them
(SECOND_SET). The ranker, the callers' questions it learns from (the eleven earlier sets, 1,763) and the written
examples (1,752) were committed before this set was measured.
Measured once, on 2026-12-01 at 20:58 UTC (`.venv/bin/python bench/knowledge_blind_bench.py --set twelfth`,
bench/knowledge_twelfth_RESULTS.md): top 1 201/245 (82.0 %), top 3 227/245 (92.7 %), refused 60/75 (80.0 %;
off-topic alone 34/35, 97.1 %); read aloud without the list: 137 right, 11 wrong, 97 to an agent; with the list of
close questions: 158 reach the right answer (115 read + 43 chosen from a list, if callers pick their own question),
7 hear a wrong one; of the 75 to refuse, 15 are read an entry, 14 offered a list, 46 go to an agent at once.
Against the second labeller's labels, same run: top 1 201/245 (82.0 %), top 3 225/245 (91.8 %). In the same run,
BM25's order without the ranker: top 1 158 (64.5 %), top 3 194 (79.2 %); plain jieba + bm25s: top 1 153 (62.4 %),
top 3 187 (76.3 %). Issue 17's top-1 and off-topic targets are met on it; top 3 is six questions short of 95 %.
After that one measurement its labelled questions joined the base's ``asked`` (with the fifth round's entries,
2026-12-01): it is a development set now, and the thirteenth set (test_held_out_thirteenth.py) is the held-out one.
The floors sit three or four questions under the one measurement: they guard against regression; issue 17's targets
are checked by the last test, whose message gives figures only.
"""

from __future__ import annotations

from datetime import date

from tests.knowledge.base_rounds import FIFTH_ROUND
from tests.knowledge.held_out_checks import HeldOutChecks, OffTopicTarget
from tests.knowledge.held_out_eleventh import ELEVENTH, OFF_TOPIC_ELEVENTH
from tests.knowledge.held_out_measure import BlindSet
from tests.knowledge.held_out_twelfth import (
    LABELLED_AGAINST,
    OFF_TOPIC_TWELFTH,
    TWELFTH,
    TWELFTH_LABELLED,
    TWELFTH_SECOND_LABELLED,
)
from tests.knowledge.test_held_out_eleventh import EARLIER_SETS as BEFORE_ELEVENTH

ASKED_ON = date(2026, 12, 1)
# Entries of the base written after the labels were chosen (not in LABELLED_AGAINST): declare each one here.
ADDED_AFTER_LABELLING: frozenset[str] = FIFTH_ROUND
SET = BlindSet(TWELFTH_LABELLED, OFF_TOPIC_TWELFTH, ADDED_AFTER_LABELLING, ASKED_ON)
SECOND_SET = BlindSet(TWELFTH_SECOND_LABELLED, OFF_TOPIC_TWELFTH, ADDED_AFTER_LABELLING, ASKED_ON)
EARLIER_SETS = [*BEFORE_ELEVENTH, *ELEVENTH, *OFF_TOPIC_ELEVENTH]


class TestTwelfthSet(HeldOutChecks, OffTopicTarget):
    SET = SET
    QUESTIONS = TWELFTH
    LABELLED_AGAINST = LABELLED_AGAINST
    EARLIER_SETS = EARLIER_SETS
    SIZES = (285, 35, 71, 245, 40)
    # Measured 201, 227, 60 refused, 15 given an entry; with the list 158 reached, 7 read wrong, 15 to refuse
    # read (module doc); each leaves room for three or four questions.
    FLOOR_TOP1 = 197
    FLOOR_TOP3 = 223
    # 51 after the fifth round's entries (2026-12-01): they are read for 15 of the questions to refuse,
    # which is not a refusal (nor a wrong answer: the labels could not name them)
    FLOOR_REFUSED = 48
    CEILING_WRONG_GIVEN = 19
    FLOOR_REACHED = 154
    CEILING_WRONG_READ_WITH_LIST = 11
    CEILING_REFUSE_READ_WITH_LIST = 19


def test_the_second_labelling_covers_the_same_questions() -> None:
    assert SECOND_SET.questions == TWELFTH and len(SECOND_SET.answerable) == 245
