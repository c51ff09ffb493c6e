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
A DEVELOPMENT set since the eighth set was written: its labelled questions are in the base's ``asked``, which the
ranker learns from, so its figures no longer measure unseen questions; the eighth set (test_held_out_eighth.py)
took over. The floors sit three or four questions under the one measurement:
they guard against regression; issue 17's targets are checked by the last test, whose message gives figures only.
"""

from __future__ import annotations

from tests.knowledge.base_rounds import FIFTH_ROUND
from tests.knowledge.held_out_checks import HeldOutChecks, OffTopicTarget
from tests.knowledge.held_out_measure import BlindSet
from tests.knowledge.held_out_seventh import LABELLED_AGAINST, OFF_TOPIC_SEVENTH, SEVENTH, SEVENTH_LABELLED
from tests.knowledge.held_out_sixth import OFF_TOPIC_SIXTH, SIXTH
from tests.knowledge.test_held_out_sixth import EARLIER_SETS as BEFORE_SIXTH

# Entries of the base written after the labels were chosen (not in LABELLED_AGAINST): declare each one here.
ADDED_AFTER_LABELLING: frozenset[str] = FIFTH_ROUND
SET = BlindSet(SEVENTH_LABELLED, OFF_TOPIC_SEVENTH, ADDED_AFTER_LABELLING)
EARLIER_SETS = [*BEFORE_SIXTH, *SIXTH, *OFF_TOPIC_SIXTH]


class TestSeventhSet(HeldOutChecks, OffTopicTarget):
    SET = SET
    QUESTIONS = SEVENTH
    LABELLED_AGAINST = LABELLED_AGAINST
    EARLIER_SETS = EARLIER_SETS
    SIZES = (230, 32, 59, 191, 39)
    # Measured 151, 170, 56 refused, 15 given an entry; with the list 144 reached, 8 read wrong, 14 to refuse
    # read (module doc); each leaves room for three or four questions.
    FLOOR_TOP1 = 147
    FLOOR_TOP3 = 166
    # 52 after the fifth round's entries (2026-12-01): they are read for 10 of the questions to refuse,
    # which is not a refusal (nor a wrong answer: the labels could not name them)
    FLOOR_REFUSED = 49
    CEILING_WRONG_GIVEN = 19
    FLOOR_REACHED = 140
    CEILING_WRONG_READ_WITH_LIST = 12
    CEILING_REFUSE_READ_WITH_LIST = 18
