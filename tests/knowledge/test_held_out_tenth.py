"""The tenth blind set (tests/knowledge/held_out_tenth.py) against the shipped base: issue 17's held-out measure.
Written by a helper who wrote none of the base and none of the earlier sets and read none of them, from general
knowledge of what callers ask 12315, committed unlabelled (0826732); labelled afterwards by another helper from the
ids, categories and English questions of the entries valid on 2026-12-01 only (83981f7); twenty texts that repeat
earlier sets dropped by a script, unread, before any measurement (the set's module doc). Asked on 2026-12-01. The
ranker, the callers' questions it learns from (each entry's ``asked``: the nine earlier sets, 1,332 questions) and
the evidence rule were committed before this set was measured.
Measured once, on 2026-12-01 at 17:26 UTC (`.venv/bin/python bench/knowledge_blind_bench.py --set tenth`,
bench/knowledge_tenth_RESULTS.md): top 1 159/201 (79.1 %), top 3 185/201 (92.0 %), refused 76/99 (76.8 %;
off-topic alone 26/29, 89.7 %); read aloud without the list: 119 right, 22 wrong, 60 to an agent; with the list of
close questions: 143 reach the right answer (104 read + 39 chosen from a list, if callers pick their own question),
16 hear a wrong one; of the 99 to refuse, 19 are read an entry, 23 offered a list, 57 go to an agent at once.
In the same run, BM25's order without the ranker: top 1 134 (66.7 %), top 3 164 (81.6 %); plain jieba + bm25s:
top 1 133 (66.2 %), top 3 154 (76.6 %). None of issue 17's targets is met on it: top 1 two questions short of
80 %, top 3 six short of 95 %, off-topic refusal one short of 90 % (of 29).
A DEVELOPMENT set since it was measured: its labelled questions are in the base's ``asked``, which the ranker learns
from, so its figures no longer measure unseen questions; an eleventh set written and labelled the same way would be
the next measure (none yet). The floors sit three or four questions under the one measurement:
they guard against regression; issue 17's targets are checked by the last test, whose message gives figures only.
"""

from __future__ import annotations

from datetime import date

from tests.knowledge.base_rounds import FIFTH_ROUND
from tests.knowledge.held_out_checks import HeldOutChecks, OffTopicTarget
from tests.knowledge.held_out_measure import BlindSet
from tests.knowledge.held_out_ninth import NINTH, OFF_TOPIC_NINTH
from tests.knowledge.held_out_tenth import LABELLED_AGAINST, OFF_TOPIC_TENTH, TENTH, TENTH_LABELLED
from tests.knowledge.test_held_out_ninth import EARLIER_SETS as BEFORE_NINTH

ASKED_ON = date(2026, 12, 1)
# Entries of the base written after the labels were chosen (not in LABELLED_AGAINST): declare each one here.
ADDED_AFTER_LABELLING: frozenset[str] = FIFTH_ROUND
SET = BlindSet(TENTH_LABELLED, OFF_TOPIC_TENTH, ADDED_AFTER_LABELLING, ASKED_ON)
EARLIER_SETS = [*BEFORE_NINTH, *NINTH, *OFF_TOPIC_NINTH]


# off-topic refused: measured 26 of 29 (module doc); 27 since its questions joined asked (the ranker orders
# what is read first)
class TestTenthSet(HeldOutChecks, OffTopicTarget):
    SET = SET
    QUESTIONS = TENTH
    LABELLED_AGAINST = LABELLED_AGAINST
    EARLIER_SETS = EARLIER_SETS
    SIZES = (271, 29, 70, 201, 70)
    # Measured 159, 185, 76 refused, 23 given an entry; with the list 143 reached, 16 read wrong, 19 to refuse
    # read (module doc); each leaves room for three or four questions.
    FLOOR_TOP1 = 155
    FLOOR_TOP3 = 181
    # 67 after the fifth round's entries (2026-12-01): they are read for 15 of the questions to refuse,
    # which is not a refusal (nor a wrong answer: the labels could not name them)
    FLOOR_REFUSED = 64
    CEILING_WRONG_GIVEN = 27
    FLOOR_REACHED = 139
    CEILING_WRONG_READ_WITH_LIST = 20
    CEILING_REFUSE_READ_WITH_LIST = 23
