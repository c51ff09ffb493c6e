"""The rule that reads one answer, offers a short list by key, or hands over to an agent
(ivr.knowledge.clarify), on matches made by hand so each boundary is seen."""

from __future__ import annotations

from ivr.knowledge.catalog import Found
from ivr.knowledge.clarify import CLOSE, FLOOR, MAX_OFFERED, Decision, plan
from tests.knowledge.held_out_measure import shipped_base

ENTRIES = shipped_base().entries[:5]
THRESHOLD = 0.5


def found(*pairs: tuple[float, float]) -> list[Found]:
    return [Found(entry, score, confidence) for entry, (score, confidence) in zip(ENTRIES, pairs, strict=False)]


def ids(chosen: list[Found]) -> list[str]:
    return [f.entry.id for f in chosen]


def test_a_sure_match_with_nothing_close_is_read() -> None:
    matches = found((10.0, 0.9), (CLOSE * 10.0 - 0.1, 0.8))
    assert plan(matches, THRESHOLD) == plan(matches[:1], THRESHOLD)
    assert plan(matches, THRESHOLD).decision == Decision.READ and ids(plan(matches, THRESHOLD).entries) == [
        ENTRIES[0].id]


def test_a_close_second_turns_a_sure_match_into_a_list() -> None:
    chosen = plan(found((10.0, 0.9), (CLOSE * 10.0, 0.8)), THRESHOLD)
    assert chosen.decision == Decision.OFFER and ids(chosen.entries) == [ENTRIES[0].id, ENTRIES[1].id]


def test_a_close_match_too_unsure_to_offer_is_left_out() -> None:
    chosen = plan(found((10.0, 0.9), (9.9, FLOOR - 0.01)), THRESHOLD)
    assert chosen.decision == Decision.READ


def test_an_unsure_best_match_is_offered_alone_or_with_close_ones() -> None:
    alone = plan(found((10.0, THRESHOLD - 0.01), (2.0, 0.45)), THRESHOLD)
    assert alone.decision == Decision.OFFER and ids(alone.entries) == [ENTRIES[0].id]
    listed = plan(found((10.0, 0.45), (9.0, 0.45), (8.0, 0.45), (7.5, 0.45)), THRESHOLD)
    assert ids(listed.entries) == [e.id for e in ENTRIES[:MAX_OFFERED]]


def test_words_heard_badly_are_offered_even_when_the_match_is_sure() -> None:
    chosen = plan(found((10.0, 1.0)), THRESHOLD, heard_well=False)
    assert chosen.decision == Decision.OFFER and ids(chosen.entries) == [ENTRIES[0].id]


def test_below_the_floor_or_nothing_found_is_an_agent() -> None:
    assert plan(found((10.0, FLOOR - 0.01), (9.9, 0.9)), THRESHOLD).decision == Decision.AGENT
    assert plan([], THRESHOLD) == plan([], THRESHOLD, heard_well=False)
    assert plan([], THRESHOLD).decision == Decision.AGENT and plan([], THRESHOLD).entries == []


def test_another_hotlines_question_first_goes_to_an_agent_holding_it_and_is_never_offered() -> None:
    referral = ENTRIES[1].model_copy(update={"refers_elsewhere": True})
    first = plan([Found(referral, 10.0, 0.9), *found((9.0, 0.8))], THRESHOLD)
    assert first.decision == Decision.AGENT and ids(first.entries) == [referral.id]
    unsure = plan([Found(referral, 10.0, FLOOR - 0.01)], THRESHOLD)
    assert unsure == plan([], THRESHOLD), "a referral too unsure to name is plain no answer"
    second = plan([*found((10.0, 0.9)), Found(referral, 9.5, 0.9), Found(ENTRIES[2], 9.0, 0.9)], THRESHOLD)
    assert second.decision == Decision.OFFER and ids(second.entries) == [ENTRIES[0].id, ENTRIES[2].id]
