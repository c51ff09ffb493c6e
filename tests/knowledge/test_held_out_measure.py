"""The shared measure of the blind sets (tests/knowledge/held_out_measure.py): its copy check finds copies
whatever their spaces and case, and its counts keep reads of entries written after labelling apart."""

from __future__ import annotations

from ivr.knowledge.model import Entry
from ivr.knowledge.retrieval import Match
from tests.knowledge.held_out_measure import (
    Asked,
    Counts,
    base_sentences_inside,
    copies_of_the_base,
    repeats,
    shipped_base,
    targets_missed,
    with_punctuation,
)


def entries() -> tuple[Entry, ...]:
    return shipped_base().entries


def read(entry: Entry) -> Match:
    return Match(entry=entry, score=1.0, confidence=0.9)


def test_a_text_of_the_base_is_a_copy_whatever_its_spaces_and_case() -> None:
    first = entries()[0]
    spaced = " ".join(first.question.zh)  # the recogniser's spaces between every character
    shouted = first.question.en.upper()
    caller = "我 想 问 一下 这个 能 不能 退"
    assert copies_of_the_base([spaced, shouted, caller], entries()) == [spaced, shouted]


def test_a_long_sentence_of_the_base_inside_a_question_is_a_copy_a_keyword_is_not() -> None:
    first = next(e for e in entries() if len(e.question.zh) >= 10)
    padded = "嗯 那个 " + " ".join(first.question.zh) + " 谢谢"
    keyword = "嗯 那个 " + first.keywords.zh[0] + " 怎么办 呢"
    found = base_sentences_inside([padded, keyword], entries())
    assert {question for question, _ in found} == {padded}


def test_repeats_of_an_earlier_set_and_punctuation_are_found() -> None:
    earlier = ["网上 买 的 东西 能 退 吗", "Can I Return This"]
    asked = ["网上买的东西能退吗", "can i return this", "can i return that"]
    assert repeats(asked, earlier) == asked[:2]
    assert with_punctuation(["能 退 吗？", "能 退 吗", "can i return this?"]) == ["能 退 吗？"]


def test_reads_of_entries_added_after_labelling_are_neither_right_nor_wrong_nor_refusals() -> None:
    a, b, c = entries()[:3]
    counts = Counts(
        answerable=[
            Asked("right", a.id, [read(a), read(b)], read(a)),
            Asked("second", a.id, [read(b), read(a)], read(b)),  # b is newer: a top-1 miss, not a wrong read
            Asked("wrong", a.id, [read(c)], read(c)),
            Asked("to an agent", a.id, [], None),
        ],
        to_refuse=[
            Asked("refused", None, [read(c)], None),
            Asked("given", None, [read(c)], read(c)),
            Asked("given newer", None, [read(b)], read(b)),
        ],
        added_after_labelling=frozenset({b.id}),
    )
    assert (counts.top1, counts.top3) == (1, 2)
    assert [x.text for x in counts.wrong_reads] == ["wrong"]
    assert [x.text for x in counts.given] == ["given"]
    assert [x.text for x in counts.newer_reads] == ["second", "given newer"]
    assert counts.refused == 1
    assert targets_missed(counts) == ["top 1 1/4 < 80%", "top 3 2/4 < 95%", "refused 1/3 < 90%"]
