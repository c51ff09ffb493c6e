"""The third blind set (tests/knowledge/held_out_third.py) against the shipped base: issue 17's held-out measure.

Issue 17's targets (top 1 >= 80 %, top 3 >= 95 %, refusal >= 90 %) are NOT met on these questions.
First measured 2026-12-01 on the 53-entry base by bench/knowledge_third_bench.py (after 8 questions
found word for word in earlier sets were dropped): top 1 85/120 (70.8 %), top 3 102/120 (85.0 %),
refused 56/72 (22 of 37 unanswerable, 34 of 35 off-topic); of the 120 with an answering entry 67 read
the right entry, 19 a wrong one, 34 went to an agent; 16 of the 72 to refuse read an entry.
Nobody tuned the base or the retrieval on this set; keep it that way, or it stops measuring unseen
questions.
The floors below sit a few questions under those figures: they guard against regression, they are not
the target. The target itself is the strict xfail at the end, which fails loudly once it is met.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from ivr.knowledge.loader import parse_knowledge, shipped_files
from ivr.knowledge.retrieval import KnowledgeIndex
from tests.knowledge.base_rounds import THIRD_ROUND
from tests.knowledge.held_out import HELD_OUT_2, OFF_TOPIC_2
from tests.knowledge.held_out_independent import INDEPENDENT, OFF_TOPIC_INDEPENDENT
from tests.knowledge.held_out_third import OFF_TOPIC_THIRD, THIRD, THIRD_LABELLED
from tests.knowledge.phrasings import HELD_OUT, HOMOPHONES, OFF_TOPIC, ON_TOPIC

DAY = date(2026, 3, 1)  # every shipped entry is valid on this day
LABELLED = [(t, e) for t, e in THIRD_LABELLED if e is not None]
UNANSWERABLE = [t for t, e in THIRD_LABELLED if e is None]
TO_REFUSE = UNANSWERABLE + OFF_TOPIC_THIRD
# Entries written after the set was labelled (the third round): its labels could not name them, so reading
# one is neither right nor wrong by the labels (bench/knowledge_third_bench.py lists each such read).
ADDED_AFTER_LABELLING = THIRD_ROUND
PUNCTUATION = re.compile(r"[\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f,.!?;:\"'()]")
SPACES = re.compile(r"\s+")
CJK = re.compile(r"[\u4e00-\u9fff]")
# A question or paraphrase of the base this long (Mandarin characters, English words) found inside a question,
# spaces and case aside, would be a copy, not a caller's words; shorter ones ("corkage fee", "owner ran away")
# are what anyone says, and keywords are terms a caller may well say, so those are only compared whole.
COPIED_CHARACTERS = 10
COPIED_WORDS = 5

# Measured 85, 102, 56, 19 and 16 (see the module doc); each floor or ceiling leaves room for three to four
# questions, so that a change of one rule does not fail the suite while a real regression does.
FLOOR_TOP1 = 81
FLOOR_TOP3 = 98
FLOOR_REFUSED = 52
CEILING_WRONG_READ = 23
CEILING_WRONG_GIVEN = 20


def plain(text: str) -> str:
    """Lower case; Mandarin without the spaces the recogniser puts between words, English one space apart."""
    return SPACES.sub("" if CJK.search(text) else " ", text).strip().lower()


def long_enough_to_be_a_copy(text: str) -> bool:
    return len(text) >= COPIED_CHARACTERS if CJK.search(text) else len(text.split()) >= COPIED_WORDS


@pytest.fixture(scope="module")
def index() -> KnowledgeIndex:
    return KnowledgeIndex(parse_knowledge(shipped_files()))


def test_the_set_has_its_shape_and_labels_came_after_the_questions() -> None:
    assert [t for t, _ in THIRD_LABELLED] == THIRD, "labels must not reorder or rewrite the questions"
    assert len(THIRD) == 157 and len(OFF_TOPIC_THIRD) == 35
    everything = THIRD + OFF_TOPIC_THIRD
    assert len(set(everything)) == len(everything), "a question is there twice"
    english = [t for t in THIRD if t.isascii()]
    assert len(english) == 37 and all(t == t.lower() for t in english)
    mandarin = [t for t in everything if not t.isascii()]
    assert len([t for t in THIRD if not t.isascii()]) == 120
    assert not [t for t in mandarin if PUNCTUATION.search(t)], "the recogniser writes no punctuation"
    assert len(LABELLED) == 120 and len(UNANSWERABLE) == 37


def test_labels_name_entries_of_the_base(index: KnowledgeIndex) -> None:
    entry_ids = {e.id for e in index.entries}
    assert not {e for _, e in LABELLED} - entry_ids, "a label names no entry of the base"
    assert ADDED_AFTER_LABELLING <= entry_ids and not ADDED_AFTER_LABELLING & {e for _, e in LABELLED}


def test_no_question_copies_the_base_or_an_earlier_set(index: KnowledgeIndex) -> None:
    everything = THIRD + OFF_TOPIC_THIRD
    written = {
        plain(t) for e in index.entries for t in (e.question.zh, e.question.en, *e.paraphrases.all(), *e.keywords.all())
    }
    assert not [t for t in everything if plain(t) in written], "a question is a text of the base"
    sentences = {plain(t) for e in index.entries for t in (e.question.zh, e.question.en, *e.paraphrases.all())}
    long_texts = [w for w in sentences if long_enough_to_be_a_copy(w)]
    inside = [(t, w) for t in everything for w in long_texts if w in plain(t)]
    assert not inside, inside
    earlier = {t for t, _, _ in ON_TOPIC + HOMOPHONES + HELD_OUT} | set(OFF_TOPIC)
    earlier |= {t for t, _ in HELD_OUT_2} | set(OFF_TOPIC_2) | {t for t, _ in INDEPENDENT} | set(OFF_TOPIC_INDEPENDENT)
    assert not {plain(t) for t in everything} & {plain(t) for t in earlier}, "a question repeats an earlier set"


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


@pytest.mark.xfail(strict=True, reason="issue 17's targets are not met on the held-out third set (module doc)")
def test_issue_17_targets_on_the_held_out_set(index: KnowledgeIndex) -> None:
    ranked = {t: [m.entry.id for m in index.search(t, DAY, 3)] for t, _ in LABELLED}
    top1 = sum(1 for t, e in LABELLED if ranked[t][:1] == [e])
    top3 = sum(1 for t, e in LABELLED if e in ranked[t])
    refused = sum(1 for t in TO_REFUSE if index.answer(t, DAY) is None)
    assert top1 / len(LABELLED) >= 0.80
    assert top3 / len(LABELLED) >= 0.95
    assert refused / len(TO_REFUSE) >= 0.90
