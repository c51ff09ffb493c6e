"""Questions by another author (tests/knowledge/held_out_independent.py) against the shipped base.

Issue 17's targets (top 1 >= 80 %, top 3 >= 95 %, refusal >= 90 %) are NOT met on these questions.
First measured 2026-12-01 by bench/knowledge_independent_bench.py: top 1 64/122 (52.5 %), top 3 82/122
(67.2 %), refused 67/73. The set then served as the DEVELOPMENT set of the base's and the retrieval's
second round (13 entries added, keywords widened, retrieval rules changed; BENCHMARKS.md, "Knowledge
base: questions by another author"): top 1 71/122 (58.2 %), top 3 89/122 (73.0 %); of the 73 to
refuse, 9 read an entry the labeller saw, 17 an entry added after labelling, 47 none; read aloud and
wrong by the labels 12 (not counting reads of entries added after labelling). Being a development set
now, it no longer measures how the base does on unseen questions: tests/knowledge/held_out_third.py does.
The floors below sit just under those figures: they guard against regression, they are not the target.
The target itself is the strict xfail at the end, which fails loudly once it is met.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from ivr.knowledge.loader import parse_knowledge, shipped_files
from ivr.knowledge.retrieval import KnowledgeIndex
from tests.knowledge.base_rounds import SECOND_ROUND, THIRD_ROUND
from tests.knowledge.held_out import HELD_OUT_2, OFF_TOPIC_2
from tests.knowledge.held_out_independent import INDEPENDENT, OFF_TOPIC_INDEPENDENT
from tests.knowledge.phrasings import HELD_OUT, HOMOPHONES, OFF_TOPIC, ON_TOPIC

DAY = date(2026, 3, 1)  # every shipped entry is valid on this day
LABELLED = [(t, e) for t, e in INDEPENDENT if e is not None]
UNANSWERABLE = [t for t, e in INDEPENDENT if e is None]
TO_REFUSE = UNANSWERABLE + OFF_TOPIC_INDEPENDENT
PUNCTUATION = re.compile(r"[\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f,.!?;:\"'()]")

# Measured 71, 89, 64, 12 and 9 (see the module doc); each floor leaves room for one to five questions.
FLOOR_TOP1 = 66
FLOOR_TOP3 = 86
FLOOR_REFUSED = 63
CEILING_WRONG_READ = 15
CEILING_WRONG_GIVEN = 10
# Entries written after the set was labelled (the second and third rounds): its labels could not name them,
# so reading one is neither right nor wrong by the labels (the bench lists each such read for a reader to judge).
ADDED_AFTER_LABELLING = SECOND_ROUND | THIRD_ROUND


@pytest.fixture(scope="module")
def index() -> KnowledgeIndex:
    return KnowledgeIndex(parse_knowledge(shipped_files()))


def test_the_set_has_its_shape_and_copies_nothing(index: KnowledgeIndex) -> None:
    texts = [t for t, _ in INDEPENDENT]
    assert len(texts) == 159 and len(OFF_TOPIC_INDEPENDENT) == 36
    everything = texts + OFF_TOPIC_INDEPENDENT
    assert len(set(everything)) == len(everything), "a question is there twice"
    english = [t for t in texts if t.isascii()]
    assert len(english) == 39 and all(t == t.lower() for t in english)
    mandarin = [t for t in texts + OFF_TOPIC_INDEPENDENT if not t.isascii()]
    assert not [t for t in mandarin if PUNCTUATION.search(t)], "the recogniser writes no punctuation"
    assert len(LABELLED) >= 100 and len(UNANSWERABLE) >= 30

    entry_ids = {e.id for e in index.entries}
    assert not {e for _, e in LABELLED} - entry_ids, "a label names no entry of the base"
    assert ADDED_AFTER_LABELLING <= entry_ids and not ADDED_AFTER_LABELLING & {e for _, e in LABELLED}
    written = {
        t.lower()
        for e in index.entries
        for t in (e.question.zh, e.question.en, *e.paraphrases.all(), *e.keywords.all())
    }
    assert not [t for t in everything if t.lower() in written], "a question copies the base"
    earlier = {t for t, _, _ in ON_TOPIC + HOMOPHONES + HELD_OUT} | set(OFF_TOPIC)
    earlier |= {t for t, _ in HELD_OUT_2} | set(OFF_TOPIC_2)
    assert not set(everything) & earlier, "a question repeats the author's sets"


def test_floors_on_questions_with_an_answering_entry(index: KnowledgeIndex) -> None:
    ranked = {t: [m.entry.id for m in index.search(t, DAY, 3)] for t, _ in LABELLED}
    top1 = [t for t, e in LABELLED if ranked[t][:1] == [e]]
    top3 = [t for t, e in LABELLED if e in ranked[t]]
    assert len(top1) >= FLOOR_TOP1, sorted((t, e, ranked[t]) for t, e in LABELLED if t not in top1)
    assert len(top3) >= FLOOR_TOP3, sorted((t, e, ranked[t]) for t, e in LABELLED if t not in top3)


def test_floor_on_refusals_of_unanswerable_and_off_topic_questions(index: KnowledgeIndex) -> None:
    given = {t: read.entry.id for t in TO_REFUSE
             if (read := index.answer(t, DAY)) is not None and read.entry.id not in ADDED_AFTER_LABELLING}
    assert len(TO_REFUSE) - len(given) >= FLOOR_REFUSED, given
    assert len(given) <= CEILING_WRONG_GIVEN, given


def test_what_the_ivr_reads_on_the_set_is_rarely_a_wrong_entry(index: KnowledgeIndex) -> None:
    wrong = [(t, e, read.entry.id) for t, e in LABELLED
             if (read := index.answer(t, DAY)) and read.entry.id not in {e, *ADDED_AFTER_LABELLING}]
    assert len(wrong) <= CEILING_WRONG_READ, wrong


@pytest.mark.xfail(strict=True, reason="issue 17's targets are not met on independent questions (module doc)")
def test_issue_17_targets_on_independent_questions(index: KnowledgeIndex) -> None:
    ranked = {t: [m.entry.id for m in index.search(t, DAY, 3)] for t, _ in LABELLED}
    top1 = sum(1 for t, e in LABELLED if ranked[t][:1] == [e])
    top3 = sum(1 for t, e in LABELLED if e in ranked[t])
    refused = sum(1 for t in TO_REFUSE if index.answer(t, DAY) is None)
    assert top1 / len(LABELLED) >= 0.80
    assert top3 / len(LABELLED) >= 0.95
    assert refused / len(TO_REFUSE) >= 0.90
