"""Failure paths: timeouts, invalid keys, repeat/back/agent keys, barge-in, speech confidence, bugs."""

from __future__ import annotations

from pathlib import Path

import pytest

from ivr.menus.menuset import MenuSet
from tests.engine.calls import BEIJING_FIXED, CLOSED, MOBILE, place_call

STATEMENT = "statement: 价格欺诈"
UNKNOWN_WORDS = "say: 我不知道"


# --- timeouts and invalid input ----------------------------------------------------------------

async def test_timeouts_at_the_service_menu_go_to_an_agent(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "timeout", "timeout", "timeout"])
    menu = call.steps("service_menu")
    assert len(menu) == 1 and menu[0].result == "max_failures"
    # the menu-wide maximum is 3: the no-input prompt after the first two, the third gives up
    assert call.prompts.count("service_menu") == 3
    assert call.prompts.count("no_input") == 2
    assert call.path[call.path.index("service_menu") + 1] == "agent_hours"
    assert call.path[-2:] == ["agent_national_queue", "queue_failed"]
    assert call.record.routing is not None and call.record.routing.centre == "cn"
    assert call.record.outcome == "callback_promised"


async def test_empty_input_counts_as_a_timeout(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "", "", ""])
    assert call.steps("service_menu")[0].result == "max_failures"
    assert call.prompts.count("no_input") == 2


async def test_invalid_keys_at_the_service_menu_go_to_an_agent(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "9", "7", "5"])
    assert call.steps("service_menu")[0].result == "max_failures"
    assert call.prompts.count("invalid_input") == 2 and "no_input" not in call.prompts
    assert call.path[-2:] == ["agent_national_queue", "queue_failed"]


async def test_one_invalid_then_valid_goes_on(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "9", "timeout", "2", "hangup"])
    assert call.record.slots["service_type"] == "report"
    assert call.prompts.count("invalid_input") == 1 and call.prompts.count("no_input") == 1
    assert call.record.hangup_node == "region_ask"


async def test_failure_after_region_is_known_queues_to_that_province(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "1", "say: 湖南", "1", "9", "9", "9"])
    assert call.record.slots["region"] == "43"
    assert call.steps("category_menu")[0].result == "max_failures"
    assert call.path[-2:] == ["agent_region_queue", "queue_failed"]
    assert call.record.routing is not None and call.record.routing.centre == "hn"


async def test_failure_when_closed_takes_a_message(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "timeout", "timeout", "timeout", STATEMENT], at=CLOSED)
    assert call.path[-3:] == ["agent_hours", "agent_closed", "closed_callback"]
    assert call.record.slots["statement"].endswith(".wav")
    assert call.record.outcome == "callback_promised" and call.record.routing is None


async def test_keyed_region_with_wrong_codes_gives_up(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "1", UNKNOWN_WORDS, UNKNOWN_WORDS, "99", "98", "97"])
    keys = call.steps("region_keys")
    assert len(keys) == 1 and keys[0].result == "max_failures"
    assert "region" not in call.record.slots
    assert call.path[-2:] == ["agent_national_queue", "queue_failed"]


async def test_ticket_timeouts_give_up(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "4", "timeout", "timeout", "timeout"])
    assert call.steps("ticket")[0].result == "max_failures"
    assert "ticket" not in call.record.slots


# --- menu-wide keys --------------------------------------------------------------------------

async def test_repeat_key_replays_the_prompt(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "*", "*", "1", "hangup"])
    assert call.prompts[:4] == ["welcome", "service_menu", "service_menu", "service_menu"]
    assert call.path.count("service_menu") == 1, "a repeat stays on the node"
    assert call.record.slots["service_type"] == "complaint"
    assert "invalid_input" not in call.prompts and "no_input" not in call.prompts


@pytest.mark.parametrize(("script", "node"), [
    (["1", "1", "1", "*"], "business_same"),  # a keys-only menu
    (["1", "1", "*"], "region_ask"),  # a speech question
    (["1", "1", UNKNOWN_WORDS, UNKNOWN_WORDS, "*"], "region_keys"),  # a digits question
])
async def test_repeat_key_works_on_every_kind_of_question(shipped: MenuSet, data_dir: Path, script: list[str],
                                                          node: str) -> None:
    caller = BEIJING_FIXED if node == "business_same" else MOBILE
    call = await place_call(shipped, data_dir, [*script, "hangup"], caller=caller)
    prompt = shipped.menus["12315"].nodes[node].prompt  # type: ignore[union-attr]
    assert call.prompts[-2:] == [prompt, prompt]
    assert call.record.hangup_node == node and call.path.count(node) == 1


async def test_back_key_returns_to_the_previous_question(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "1", "1", "#", "2", "say: 上海", "1", "1", STATEMENT],
                            caller=BEIJING_FIXED)
    assert call.path[call.path.index("business_same") + 1] == "region_confirm"
    assert call.path.count("region_confirm") == 2
    assert call.record.slots["region"] == "31" and call.record.slots["business_region"] == "31"
    assert call.record.routing is not None and call.record.routing.centre == "sh"


async def test_back_key_from_a_speech_question(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "1", "say: 北京", "2", "#", "1", "hangup"])
    assert call.path[-5:] == ["business_same", "business_ask", "business_same", "category_check", "category_menu"]
    assert call.steps("business_ask")[0].input == "#"
    assert call.record.slots["business_region"] == "11"


async def test_back_key_with_nothing_behind_is_invalid(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["#", "hangup"])
    assert call.prompts == ["welcome", "invalid_input", "welcome"]
    assert call.record.hangup_node == "welcome"


async def test_zero_goes_to_an_agent(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "0"])
    assert call.path[call.path.index("service_menu") + 1] == "agent_hours"
    assert call.record.slots["agent_requested_at"] == "service_menu"
    assert call.record.routing is not None and call.record.routing.centre == "cn"
    assert "agent_connect" in call.prompts


async def test_zero_after_the_region_queues_to_the_province(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "1", "1", "1", "0"], caller=BEIJING_FIXED)
    assert call.record.slots["agent_requested_at"] == "category_menu"
    assert call.path[-2:] == ["agent_region_queue", "queue_failed"]
    assert call.record.routing is not None and call.record.routing.centre == "bj"


async def test_zero_in_a_digits_question_goes_to_an_agent(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "4", "0"])
    assert call.record.slots["agent_requested_at"] == "ticket"
    assert "agent_national_queue" in call.path


async def test_zero_when_closed_takes_a_message(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "0", STATEMENT], at=CLOSED)
    assert call.path[-3:] == ["agent_hours", "agent_closed", "closed_callback"]
    assert call.channel.variables["STATEMENT_TEXT"] == "价格欺诈"


# --- barge-in --------------------------------------------------------------------------------

async def test_barge_in_during_a_prompt_chooses(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["!1", "!2", "!1", "!1", "hangup"], caller=BEIJING_FIXED)
    assert call.record.slots["service_type"] == "report"
    assert call.record.slots["business_region"] == "11"
    assert call.record.hangup_node == "category_menu"
    assert [s.input for s in call.record.path if s.input] == ["1", "2", "1", "1"]


async def test_barge_in_with_a_key_the_menu_does_not_know_is_not_a_choice(shipped: MenuSet,
                                                                          data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "1", "1", "!9", "1", "hangup"], caller=BEIJING_FIXED)
    # 9 does not interrupt the business question; it is no input for it
    assert call.prompts.count("business_same") == 2
    assert "no_input" in call.prompts
    assert call.record.slots["business_region"] == "11"


# --- speech ------------------------------------------------------------------------------------

async def test_low_confidence_speech_is_confirmed(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "1", "say: 北京 @0.6", "1", "hangup"])
    assert call.record.slots["region"] == "11"
    assert "confirm_value" in call.prompts
    assert "您说的是北京，对吗" in call.heard[call.prompts.index("confirm_value")]
    [decision] = call.record.speech
    assert (decision.decision, decision.value, decision.confidence) == ("confirmed", "11", 0.6)
    assert call.record.hangup_node == "business_same"


async def test_low_confidence_speech_declined_asks_again(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "1", "say: 北京 @0.6", "2", "say: 天津", "hangup"])
    assert call.record.slots["region"] == "12"
    assert [d.decision for d in call.record.speech] == ["rejected", "accept"]
    assert call.prompts.count("region_ask") == 2
    assert "invalid_input" in call.prompts


async def test_confirmation_by_voice(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "1", "say: 四川 @0.5", "say: 是的", "hangup"])
    assert call.record.slots["region"] == "51"
    assert call.record.speech[0].decision == "confirmed"


async def test_very_low_confidence_is_rejected_without_confirming(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "1", "say: 北京 @0.3", "say: 北京", "hangup"])
    assert [d.decision for d in call.record.speech] == ["rejected", "accept"]
    assert "confirm_value" not in call.prompts


async def test_no_match_twice_falls_back_to_keys(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "1", UNKNOWN_WORDS, UNKNOWN_WORDS, "44", "1", "hangup"])
    assert [d.decision for d in call.record.speech] == ["no_match", "fallback_keys"]
    assert call.path[call.path.index("region_ask") + 1] == "region_keys"
    assert call.record.slots["region"] == "44"
    assert call.record.hangup_node == "category_menu"


async def test_speech_question_also_takes_keys(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "1", "51", "hangup"])
    assert call.record.slots["region"] == "51" and call.record.speech == []


async def test_spoken_menu_choice(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["say: English", "say: report", "hangup"])
    assert call.record.slots["language"] == "en" and call.record.slots["service_type"] == "report"


async def test_unknown_words_at_a_menu_are_invalid(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "say: 天气怎么样", "hangup"])
    assert call.prompts[-2:] == ["invalid_input", "service_menu"]
    assert "service_type" not in call.record.slots
