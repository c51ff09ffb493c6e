"""The second set by the base's author (tests/knowledge/held_out.py): 120 phrasings and 30 off-topic questions,
with floors (top 1 >= 80 %, top 3 >= 95 %, off-topic refused >= 90 %). Written as a held-out set; the base's third
round (issue 17) ran it with the other sets as a development set, so it no longer measures unseen questions.
Figures: BENCHMARKS.md."""

from __future__ import annotations

from datetime import date

import pytest

from ivr.knowledge.loader import parse_knowledge, shipped_files
from ivr.knowledge.retrieval import KnowledgeIndex
from tests.knowledge.held_out import HELD_OUT_2, OFF_TOPIC_2
from tests.knowledge.phrasings import HELD_OUT, HOMOPHONES, OFF_TOPIC, ON_TOPIC

DAY = date(2026, 3, 1)


@pytest.fixture(scope="module")
def index() -> KnowledgeIndex:
    return KnowledgeIndex(parse_knowledge(shipped_files()))


def test_the_set_is_held_out_and_covers_the_base(index: KnowledgeIndex) -> None:
    written = {e.id: {e.question.zh, e.question.en, *e.paraphrases.all(), *e.keywords.all()} for e in index.entries}
    earlier = {t for t, _, _ in ON_TOPIC + HOMOPHONES + HELD_OUT} | set(OFF_TOPIC)
    texts = [t for t, _ in HELD_OUT_2]
    assert len(texts) >= 100 and len(set(texts)) == len(texts) and len(OFF_TOPIC_2) >= 30
    assert not [t for t, e in HELD_OUT_2 if t in written[e]], "a phrasing copies the base"
    assert not set(texts + OFF_TOPIC_2) & earlier, "a phrasing repeats the first sets"
    # written against the first 40 entries; entries added since (issue 17, independent questions) are
    # asked about by tests/knowledge/held_out_third.py
    asked = {e for _, e in HELD_OUT_2}
    assert len(asked) == 40 and asked <= set(written), "every entry of the base it was written for is asked about"
    english = [t for t in texts if t.isascii()]
    assert len(english) >= 30


def test_held_out_floors_top_one_top_three_and_refusals(index: KnowledgeIndex) -> None:
    ranked = {t: [m.entry.id for m in index.search(t, DAY, 3)] for t, _ in HELD_OUT_2}
    top1 = [t for t, e in HELD_OUT_2 if ranked[t][:1] == [e]]
    top3 = [t for t, e in HELD_OUT_2 if e in ranked[t]]
    refused = [t for t in OFF_TOPIC_2 if index.answer(t, DAY) is None]
    n = len(HELD_OUT_2)
    assert len(top1) / n >= 0.80, sorted(set(ranked) - set(top1))
    assert len(top3) / n >= 0.95, sorted(set(ranked) - set(top3))
    assert len(refused) / len(OFF_TOPIC_2) >= 0.90, sorted(set(OFF_TOPIC_2) - set(refused))


def test_what_the_ivr_reads_is_never_a_wrong_entry_on_the_set(index: KnowledgeIndex) -> None:
    """An answer read aloud (at or above the threshold) is the expected entry; doubt goes to an agent."""
    wrong = [(t, e, read.entry.id) for t, e in HELD_OUT_2 if (read := index.answer(t, DAY)) and read.entry.id != e]
    assert len(wrong) <= len(HELD_OUT_2) // 50, wrong  # at most 2 %
