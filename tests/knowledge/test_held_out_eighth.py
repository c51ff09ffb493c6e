"""The eighth blind set (tests/knowledge/held_out_eighth.py) against the shipped base: issue 17's held-out measure.
Written by a helper who wrote none of the base and none of the earlier sets and read none of them, from general
knowledge of what callers ask 12315, committed unlabelled (84ebadc); labelled afterwards by another helper from the
ids, categories and English questions of the entries valid on 2026-12-01 only (db2403a); nine texts that repeat
earlier sets or the base dropped by a script, unread, before any measurement (9a81310). Asked on 2026-12-01, when
the Order No. 121 successors answer 12315's own procedure. The ranker, the callers' questions it learns from (each
entry's ``asked``: the seven earlier sets) and the evidence rule were committed before this set was measured.
Measured once, on 2026-12-01 at 16:53 UTC (`.venv/bin/python bench/knowledge_blind_bench.py --set eighth`,
bench/knowledge_eighth_RESULTS.md): top 1 166/199 (83.4 %), top 3 186/199 (93.5 %), refused 65/88 (73.9 %;
off-topic alone 27/30, 90.0 %); read aloud without the list: 129 right, 12 wrong, 58 to an agent; with the list of
close questions: 150 reach the right answer (119 read + 31 chosen from a list, if callers pick their own question),
9 hear a wrong one; of the 88 to refuse, 22 are read an entry, 18 offered a list, 48 go to an agent at once.
In the same run, BM25's order without the ranker: top 1 152 (76.4 %), top 3 176 (88.4 %); plain jieba + bm25s:
top 1 150 (75.4 %), top 3 167 (83.9 %). Issue 17's top-1 target (80 %) and off-topic refusal (90 %) are met on it;
top 3 (95 %) is NOT, four questions short.
A DEVELOPMENT set since the ninth set was written: its labelled questions are in the base's ``asked``, which the
ranker learns from, so its figures no longer measure unseen questions; the ninth set (test_held_out_ninth.py)
took over. The floors sit three or four questions under the one measurement:
they guard against regression; issue 17's targets are checked by the last test, whose message gives figures only.
"""

from __future__ import annotations

from datetime import date

from tests.knowledge.base_rounds import FIFTH_ROUND
from tests.knowledge.held_out_checks import HeldOutChecks, OffTopicTarget
from tests.knowledge.held_out_eighth import EIGHTH, EIGHTH_LABELLED, LABELLED_AGAINST, OFF_TOPIC_EIGHTH
from tests.knowledge.held_out_measure import BlindSet, Counts
from tests.knowledge.held_out_seventh import OFF_TOPIC_SEVENTH, SEVENTH
from tests.knowledge.test_held_out_seventh import EARLIER_SETS as BEFORE_SEVENTH

ASKED_ON = date(2026, 12, 1)
# Entries of the base written after the labels were chosen (not in LABELLED_AGAINST): declare each one here.
ADDED_AFTER_LABELLING: frozenset[str] = FIFTH_ROUND
SET = BlindSet(EIGHTH_LABELLED, OFF_TOPIC_EIGHTH, ADDED_AFTER_LABELLING, ASKED_ON)
EARLIER_SETS = [*BEFORE_SEVENTH, *SEVENTH, *OFF_TOPIC_SEVENTH]


class TestEighthSet(HeldOutChecks, OffTopicTarget):
    SET = SET
    QUESTIONS = EIGHTH
    LABELLED_AGAINST = LABELLED_AGAINST
    EARLIER_SETS = EARLIER_SETS
    SIZES = (257, 30, 60, 199, 58)
    # Measured 166, 186, 65 refused, 23 given an entry; with the list 150 reached, 9 read wrong, 22 to refuse
    # read (module doc); each leaves room for three or four questions.
    FLOOR_TOP1 = 162
    FLOOR_TOP3 = 182
    # 55 after the fifth round's entries (2026-12-01): they are read for 13 of the questions to refuse,
    # which is not a refusal (nor a wrong answer: the labels could not name them)
    FLOOR_REFUSED = 52
    CEILING_WRONG_GIVEN = 27
    FLOOR_REACHED = 146
    CEILING_WRONG_READ_WITH_LIST = 13
    CEILING_REFUSE_READ_WITH_LIST = 26


    def test_top_1_reaches_issue_17s_target(self, counts: Counts) -> None:
        assert counts.top1 / len(SET.answerable) >= 0.8, (counts.top1, len(SET.answerable))
