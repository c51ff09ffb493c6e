"""The eleventh blind set (tests/knowledge/held_out_eleventh.py) against the shipped base: issue 17's held-out
measure. Written by a helper who wrote none of the base and none of the earlier sets and read no file of the
project, committed unlabelled (b4a92d5); labelled afterwards by two other helpers, each on their own, from the ids,
categories and English questions of the entries valid on 2026-12-01 only (a4bc4bb); five off-topic texts that
repeat earlier sets dropped by a script, unread, before any measurement. Asked on 2026-12-01. The set's labels are
the first labeller's, chosen before any measurement; the second labeller's are scored beside them (SECOND_SET).
The ranker, the callers' questions it learns from (the ten earlier sets, 1,532) and the written examples (1,752,
9e11bf8) were committed before this set was measured.
Measured once, on 2026-12-01 at 20:15 UTC (`.venv/bin/python bench/knowledge_blind_bench.py --set eleventh`,
bench/knowledge_eleventh_RESULTS.md): top 1 181/231 (78.4 %), top 3 213/231 (92.2 %), refused 81/99 (81.8 %;
off-topic alone 37/40, 92.5 %); read aloud without the list: 138 right, 24 wrong, 69 to an agent; with the list of
close questions: 160 reach the right answer (114 read + 46 chosen from a list, if callers pick their own question),
18 hear a wrong one; of the 99 to refuse, 15 are read an entry, 23 offered a list, 61 go to an agent at once.
Against the second labeller's labels, same run: top 1 181/233 (77.7 %), top 3 216/233 (92.7 %). In the same run,
BM25's order without the ranker: top 1 153 (66.2 %), top 3 191 (82.7 %); plain jieba + bm25s: top 1 147 (63.6 %),
top 3 189 (81.8 %). Issue 17's off-topic target is met on it; top 1 is four questions short of 80 % and top 3
seven short of 95 %.
A DEVELOPMENT set since it was measured: its labelled questions are in the base's ``asked``, which the ranker
learns from, so its figures no longer measure unseen questions; a twelfth set written and labelled the same way
would be the next measure (none yet). The floors sit three or four questions under the one measurement: they
guard against regression; issue 17's targets are checked by the last test, whose message gives figures only.
"""

from __future__ import annotations

from datetime import date

from tests.knowledge.base_rounds import FIFTH_ROUND
from tests.knowledge.held_out_checks import HeldOutChecks, OffTopicTarget
from tests.knowledge.held_out_eleventh import (
    ELEVENTH,
    ELEVENTH_LABELLED,
    ELEVENTH_SECOND_LABELLED,
    LABELLED_AGAINST,
    OFF_TOPIC_ELEVENTH,
)
from tests.knowledge.held_out_measure import BlindSet
from tests.knowledge.held_out_tenth import OFF_TOPIC_TENTH, TENTH
from tests.knowledge.test_held_out_tenth import EARLIER_SETS as BEFORE_TENTH

ASKED_ON = date(2026, 12, 1)
# Entries of the base written after the labels were chosen (not in LABELLED_AGAINST): declare each one here.
ADDED_AFTER_LABELLING: frozenset[str] = FIFTH_ROUND
SET = BlindSet(ELEVENTH_LABELLED, OFF_TOPIC_ELEVENTH, ADDED_AFTER_LABELLING, ASKED_ON)
SECOND_SET = BlindSet(ELEVENTH_SECOND_LABELLED, OFF_TOPIC_ELEVENTH, ADDED_AFTER_LABELLING, ASKED_ON)
EARLIER_SETS = [*BEFORE_TENTH, *TENTH, *OFF_TOPIC_TENTH]


class TestEleventhSet(HeldOutChecks, OffTopicTarget):
    SET = SET
    QUESTIONS = ELEVENTH
    LABELLED_AGAINST = LABELLED_AGAINST
    EARLIER_SETS = EARLIER_SETS
    SIZES = (290, 40, 72, 231, 59)
    # Measured 181, 213, 81 refused, 18 given an entry; with the list 160 reached, 18 read wrong, 15 to refuse
    # read (module doc); each leaves room for three or four questions.
    FLOOR_TOP1 = 177
    FLOOR_TOP3 = 209
    # 66 after the fifth round's entries (2026-12-01): they are read for 20 of the questions to refuse,
    # which is not a refusal (nor a wrong answer: the labels could not name them)
    FLOOR_REFUSED = 63
    CEILING_WRONG_GIVEN = 22
    FLOOR_REACHED = 156
    CEILING_WRONG_READ_WITH_LIST = 22
    CEILING_REFUSE_READ_WITH_LIST = 19


def test_the_second_labelling_covers_the_same_questions() -> None:
    assert SECOND_SET.questions == ELEVENTH and len(SECOND_SET.answerable) == 233
