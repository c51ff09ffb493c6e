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

from tests.knowledge.base_rounds import FIFTH_ROUND
from tests.knowledge.held_out_checks import HeldOutChecks
from tests.knowledge.held_out_fifth import FIFTH, OFF_TOPIC_FIFTH
from tests.knowledge.held_out_measure import BlindSet
from tests.knowledge.held_out_sixth import LABELLED_AGAINST, OFF_TOPIC_SIXTH, SIXTH, SIXTH_LABELLED
from tests.knowledge.test_held_out_fifth import EARLIER_SETS as BEFORE_FIFTH

# Entries of the base written after the labels were chosen (not in LABELLED_AGAINST): declare each one here.
ADDED_AFTER_LABELLING: frozenset[str] = FIFTH_ROUND
SET = BlindSet(SIXTH_LABELLED, OFF_TOPIC_SIXTH, ADDED_AFTER_LABELLING)
EARLIER_SETS = [*BEFORE_FIFTH, *FIFTH, *OFF_TOPIC_FIFTH]


class TestSixthSet(HeldOutChecks):
    SET = SET
    QUESTIONS = SIXTH
    LABELLED_AGAINST = LABELLED_AGAINST
    EARLIER_SETS = EARLIER_SETS
    SIZES = (232, 39, 58, 170, 62)
    # Measured 117, 141, 79 refused, 22 given an entry; with the list 120 reached, 11 read wrong, 19 to refuse
    # read (module doc); each leaves room for three or four questions.
    FLOOR_TOP1 = 113
    FLOOR_TOP3 = 137
    # 75 after the fifth round's entries (2026-12-01): they are read for 14 of the questions to refuse,
    # which is not a refusal (nor a wrong answer: the labels could not name them)
    FLOOR_REFUSED = 72
    CEILING_WRONG_GIVEN = 26
    FLOOR_REACHED = 116
    CEILING_WRONG_READ_WITH_LIST = 15
    CEILING_REFUSE_READ_WITH_LIST = 23
