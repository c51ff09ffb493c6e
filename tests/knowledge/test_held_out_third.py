"""The third set of questions by another author (tests/knowledge/held_out_third.py) against the shipped base.

It was issue 17's held-out measure of the 53-entry base, first measured 2026-12-01 by
bench/knowledge_third_bench.py: top 1 85/120 (70.8 %), top 3 102/120 (85.0 %), refused 55/72. In the
base's third round it became a DEVELOPMENT set: its misses and unanswerable questions chose new
entries (tests/knowledge/base_rounds.py, THIRD_ROUND: 12), widened keywords and changed retrieval rules, so
its figures no longer measure unseen questions. Measured after the third round (65 entries, same bench):
top 1 107/120 (89.2 %), top 3 113/120 (94.2 %); of the 72 to refuse, 45 went to an agent, 25 read an entry
written after labelling (neither right nor wrong by the labels; the bench lists them) and 2 an older entry;
of the 120 with an answering entry 90 read the right entry, 8 a wrong one by the labels, 1 an entry added
after labelling. It stayed a development set in the fourth round (FOURTH_ROUND: 8 entries, every entry's
keywords widened, English typing slips read as the base's words; a fifth set, written blind, measures
unseen questions now): top 1 107/120 (89.2 %), top 3 115/120 (95.8 %); of the 72 to refuse, 42 went to an
agent, 24 read an entry written after labelling and 6 an older entry (questions near a topic the labels
left without one: a refund not yet paid, a complaint's status, free eggs at a health shop), 8 read a wrong
entry by the labels.
The floors below sit three or four questions under those figures: they guard against regression, they are
not the target. The target itself is the strict xfail at the end (refusals counted strictly, a read of a
newer entry as not refused), which fails loudly once it is met.
"""

from __future__ import annotations

import pytest

from ivr.knowledge.retrieval import KnowledgeIndex
from tests.knowledge.base_rounds import FIFTH_ROUND, FOURTH_ROUND, THIRD_ROUND
from tests.knowledge.held_out_independent import INDEPENDENT, OFF_TOPIC_INDEPENDENT
from tests.knowledge.held_out_measure import (
    FIRST_AUTHORS_QUESTIONS,
    BlindSet,
    Counts,
    base_sentences_inside,
    copies_of_the_base,
    count,
    repeats,
    shipped_index,
    targets_missed,
    with_punctuation,
)
from tests.knowledge.held_out_third import OFF_TOPIC_THIRD, THIRD, THIRD_LABELLED

# Entries written after the set was labelled (the third round): its labels could not name them, so reading
# one is neither right nor wrong by the labels (bench/knowledge_third_bench.py lists each such read).
ADDED_AFTER_LABELLING = THIRD_ROUND | FOURTH_ROUND | FIFTH_ROUND
SET = BlindSet(THIRD_LABELLED, OFF_TOPIC_THIRD, ADDED_AFTER_LABELLING)

# Measured after the fourth round 107, 115, 66 refused (not counting reads of newer entries), 8 and 6 (see
# the module doc; after the third 107, 113, 70, 8 and 2); each floor or ceiling leaves room for three to four
# questions, so that a change of one rule does not fail the suite while a real regression does.
FLOOR_TOP1 = 104
FLOOR_TOP3 = 112
FLOOR_REFUSED = 63
CEILING_WRONG_READ = 11
CEILING_WRONG_GIVEN = 9


@pytest.fixture(scope="module")
def index() -> KnowledgeIndex:
    return shipped_index()


@pytest.fixture(scope="module")
def counts(index: KnowledgeIndex) -> Counts:
    return count(index, SET)


def test_the_set_has_its_shape_and_labels_came_after_the_questions() -> None:
    assert [t for t, _ in THIRD_LABELLED] == THIRD, "labels must not reorder or rewrite the questions"
    assert len(THIRD) == 157 and len(OFF_TOPIC_THIRD) == 35
    everything = SET.everything
    assert len(set(everything)) == len(everything), "a question is there twice"
    english = [t for t in THIRD if t.isascii()]
    assert len(english) == 37 and all(t == t.lower() for t in english)
    assert len([t for t in THIRD if not t.isascii()]) == 120
    assert not with_punctuation(everything), "the recogniser writes no punctuation"
    assert len(SET.answerable) == 120 and len(SET.unanswerable) == 37


def test_labels_name_entries_of_the_base(index: KnowledgeIndex) -> None:
    entry_ids = {e.id for e in index.entries}
    assert not {e for _, e in SET.answerable} - entry_ids, "a label names no entry of the base"
    assert ADDED_AFTER_LABELLING <= entry_ids and not ADDED_AFTER_LABELLING & {e for _, e in SET.answerable}


def test_no_question_copies_the_base_or_an_earlier_set(index: KnowledgeIndex) -> None:
    assert not copies_of_the_base(SET.everything, index.entries), "a question is a text of the base"
    inside = base_sentences_inside(SET.everything, index.entries)
    assert not inside, inside
    earlier = [*FIRST_AUTHORS_QUESTIONS, *(t for t, _ in INDEPENDENT), *OFF_TOPIC_INDEPENDENT]
    assert not repeats(SET.everything, earlier), "a question repeats an earlier set"


def test_floors_on_questions_with_an_answering_entry(counts: Counts) -> None:
    assert counts.top1 >= FLOOR_TOP1, sorted((a.text, a.expected, a.found) for a in counts.top1_missed)
    assert counts.top3 >= FLOOR_TOP3, sorted((a.text, a.expected, a.found) for a in counts.top3_missed)


def test_floor_on_refusals_of_unanswerable_and_off_topic_questions(counts: Counts) -> None:
    given = {a.text: a.read.entry.id for a in counts.given if a.read}
    assert len(SET.to_refuse) - len(given) >= FLOOR_REFUSED, given
    assert len(given) <= CEILING_WRONG_GIVEN, given


def test_what_the_ivr_reads_on_the_set_is_rarely_a_wrong_entry(counts: Counts) -> None:
    wrong = [(a.text, a.expected, a.read.entry.id) for a in counts.wrong_reads if a.read]
    assert len(wrong) <= CEILING_WRONG_READ, wrong


@pytest.mark.xfail(strict=True, reason="issue 17's targets are not met on the third set (module doc)")
def test_issue_17_targets_on_the_third_set(counts: Counts) -> None:
    missed = targets_missed(counts)
    assert not missed, missed
