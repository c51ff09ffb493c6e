"""Table-driven scripted calls through the shipped 12315 menu: every service type, several provinces."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from ivr.callrecord import CallRecord, QueueResult, RoutingDecision
from ivr.channel import Channel
from ivr.menus.menuset import MenuSet, build_menuset
from ivr.privacy import hide_numbers, is_clear_number
from ivr.services import PromptMaker
from ivr.settings import SHIPPED_MENUS_DIR
from tests.engine.calls import (
    BEIJING_FIXED,
    CLOSED,
    GUANGZHOU_FIXED,
    HOLIDAY,
    MOBILE,
    OPEN,
    SATURDAY_LATE,
    SATURDAY_OPEN,
    SHANGHAI,
    WORKING_DAYS_ONLY,
    Call,
    acd_hours,
    place_call,
)
from tests.knowledge.keys import question_keys


@dataclass(frozen=True)
class Case:
    id: str
    script: list[str]
    caller: str = MOBILE
    dnis: str = "12315"
    lang: str = ""
    at: datetime = OPEN
    centre: str | None = None
    slots: dict[str, str] = field(default_factory=dict)
    visits: tuple[str, ...] = ()
    skips: tuple[str, ...] = ()
    last: str = "queue_failed"
    outcome: str = "callback_promised"
    acd: str = ""  # the ACD configuration whose hours the call follows ("" the shipped one)


STATEMENT = "statement: 买到过期食品，要求退货并赔偿"

SERVICE_CASES = [
    Case("complaint-beijing-area-code-confirmed", ["1", "1", "1", "1", "1", STATEMENT], caller=BEIJING_FIXED,
         centre="bj", slots={"service_type": "complaint", "caller_region": "11", "region": "11",
                             "business_region": "11", "category": "food"},
         visits=("region_start", "region_confirm", "business_same", "category_menu", "statement_record",
                 "queue_business_centre"), skips=("region_ask", "business_ask")),
    Case("report-mobile-guangdong-keyed-44", ["1", "2", "44", "1", "3", STATEMENT],
         centre="gd", slots={"service_type": "report", "region": "44", "business_region": "44",
                             "category": "quality"},
         visits=("region_ask",), skips=("region_confirm", "region_keys")),
    Case("consultation-spoken-answered", ["1", "3", "say: 网上买的衣服不喜欢能退吗", "timeout"], centre=None,
         slots={"service_type": "consultation", "consult_entry": "online_seven_day_return"},
         visits=("consult",), skips=("region_start", "statement_record"), last="goodbye", outcome="completed"),
    Case("complaint-business-in-another-province", ["1", "1", "1", "2", "say: 广东", "5", STATEMENT],
         caller=BEIJING_FIXED, centre="gd",
         slots={"region": "11", "caller_region": "11", "business_region": "44", "category": "online"},
         visits=("business_ask",)),
    Case("report-guangzhou-fixed-line-ip", ["1", "2", "1", "1", "7", STATEMENT], caller=GUANGZHOU_FIXED,
         centre="gd", slots={"service_type": "report", "region": "44", "business_region": "44", "category": "ip"}),
    Case("complaint-caller-declines-proposed-region", ["1", "1", "2", "say: 上海", "1", "6", STATEMENT],
         caller=BEIJING_FIXED, centre="sh",
         slots={"caller_region": "11", "region": "31", "business_region": "31", "category": "services"},
         visits=("region_confirm", "region_ask")),
    Case("consultation-topic-by-keys", ["1", "3", *question_keys("internet", "online_seven_day_return"), "timeout"],
         centre=None,
         slots={"service_type": "consultation", "consult_entry": "online_seven_day_return"},
         visits=("consult",), skips=("region_start",), last="goodbye", outcome="completed"),
    Case("complaint-spoken-service-and-category", ["1", "say: 我要投诉", "say: 浙江", "1", "say: 药品", STATEMENT],
         centre="zj", slots={"service_type": "complaint", "region": "33", "category": "drugs"}),
    Case("progress-unknown-ticket", ["1", "4", "12345678#", "2"], centre=None,
         slots={"service_type": "progress", "ticket": "12345678"},
         visits=("ticket", "case_status", "progress_more"), skips=("region_start", "statement_record"),
         last="goodbye", outcome="completed"),
    Case("english-by-lang-option", ["2", "1", "1", "1", "1", STATEMENT], caller=BEIJING_FIXED, lang="en",
         centre="bj", slots={"language": "en", "service_type": "complaint", "business_region": "11"}),
    Case("english-by-key-2-at-welcome", ["2", "2", "say: Canton", "1", "3", STATEMENT],
         centre="gd", slots={"language": "en", "service_type": "report", "region": "44"}),
]

LEGACY_CASES = [
    Case(f"legacy-{dnis}", ["1", "1", "1", "1", STATEMENT], caller=BEIJING_FIXED, dnis=dnis, centre="bj",
         slots={"category": category, "legacy_line": dnis, "dnis": dnis}, visits=(f"legacy_{node}",),
         skips=("category_menu",))
    for dnis, node, category in [("12331", "food", "food"), ("12365", "quality", "quality"),
                                 ("12358", "prices", "prices"), ("12330", "ip", "ip")]
]

SCHEDULE_CASES = [
    Case("closed-evening-callback", ["1", "1", "1", "1", "1", STATEMENT], caller=BEIJING_FIXED, at=CLOSED,
         slots={"category": "food"}, visits=("closed_notice",), skips=("queue_business_centre",),
         last="closed_callback"),
    Case("closed-national-day", ["1", "2", "44", "1", "2", STATEMENT], at=HOLIDAY, acd=WORKING_DAYS_ONLY,
         slots={"business_region": "44"}, visits=("closed_notice",), skips=("queue_business_centre",),
         last="closed_callback"),
    Case("closed-saturday-centres-on-working-days", ["1", "1", "1", "1", "1", STATEMENT], caller=BEIJING_FIXED,
         at=SATURDAY_LATE, acd=WORKING_DAYS_ONLY, visits=("closed_notice",), last="closed_callback"),
    Case("open-national-day-shipped-hours", ["1", "2", "44", "1", "2", STATEMENT], at=HOLIDAY, centre="gd",
         slots={"business_region": "44"}, skips=("closed_notice", "closed_callback")),
    Case("open-saturday-morning", ["1", "1", "1", "1", "1", STATEMENT], caller=BEIJING_FIXED, at=SATURDAY_OPEN,
         centre="bj", skips=("closed_notice", "closed_callback")),
]

ALL = SERVICE_CASES + LEGACY_CASES + SCHEDULE_CASES


def check_record(call: Call) -> None:
    """What every finished call record must hold, whatever the path."""
    record = call.record
    assert record.ended_at is not None and record.path
    times = [record.started_at] + [step.entered_at for step in record.path] + [record.ended_at]
    assert times == sorted(times), "timestamps go forward"
    assert all(step.result for step in record.path), "every step says what it decided"
    assert all(step.elapsed_ms >= 0 for step in record.path)
    assert record.path[0].node == call.record.path[0].node
    types = [event for event, _ in call.events.events]
    assert types == ["CALL_START", "CALL_END"]
    end = dict(call.events.events[-1][1])
    assert end["call_id"] == record.call_id
    # the event is the record with the caller's number masked, and the number's keyed hash
    assert (end.pop("caller_hash", None) is not None) == bool(record.caller)
    assert end == hide_numbers(record.model_dump(mode="json"), [record.caller])
    assert not is_clear_number(record.caller) or record.caller not in json.dumps(end)


@pytest.mark.parametrize("case", ALL, ids=[c.id for c in ALL])
async def test_scripted_call(case: Case, shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, case.script, dnis=case.dnis, caller=case.caller, lang=case.lang,
                            at=case.at, hours=acd_hours(case.acd))
    record = call.record
    assert record.outcome == case.outcome, (record.outcome, record.hangup_reason, call.path)
    assert call.path[-1] == case.last
    assert record.hangup_node is None, "the caller did not hang up"
    if case.centre is None:
        assert record.routing is None
    else:
        assert record.routing is not None and record.routing.centre == case.centre
        assert record.queue is not None and record.queue.centre == case.centre
        assert record.routing.overflow == ["cn"]
    for slot, value in case.slots.items():
        assert record.slots.get(slot) == value, (slot, record.slots)
    for node in case.visits:
        assert node in call.path, node
    for node in case.skips:
        assert node not in call.path, node
    if "statement_record" in call.path:
        name = record.slots["statement"]
        assert (data_dir / "spool" / name).is_file()
        assert record.recording and Path(record.recording).name == name
        assert call.channel.variables["STATEMENT_TEXT"] == STATEMENT.split(":", 1)[1].strip()
    assert call.channel.script == [], "the whole script was used"
    assert record.dnis == case.dnis and record.slots["dnis"] == case.dnis
    check_record(call)


async def test_english_caller_hears_english_with_english_place_names(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["2", "1", "1", "2", "44", "1", STATEMENT], caller=BEIJING_FIXED)
    assert call.record.language == "en"
    assert call.heard[0].startswith("欢迎致电")  # the welcome is heard before the choice
    assert all(not any("\u4e00" <= ch <= "\u9fff" for ch in text) for text in call.heard[1:]), call.heard
    assert "Are you calling about Beijing?" in call.heard[2]
    assert any("answering centre for Guangdong" in text for text in call.heard)


async def test_chinese_caller_hears_chinese_place_names(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "1", "1", "2", "44", "1", STATEMENT], caller=BEIJING_FIXED)
    assert "您是要反映北京的问题吗" in call.heard[2]
    assert any("转接广东12315受理中心" in text for text in call.heard)


async def test_welcome_timeout_keeps_the_default_language(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["timeout", "1", "1", "1", "1", "1", STATEMENT],
                            caller=BEIJING_FIXED)
    assert call.record.slots["language"] == "zh"
    assert call.steps("welcome")[0].result == "max_failures"
    assert call.path[:3] == ["emergency_check", "welcome", "hours_check"]
    assert call.record.routing is not None and call.record.routing.centre == "bj"


async def test_emergency_switch_plays_the_notice_first(shipped: MenuSet, data_dir: Path) -> None:
    script = ["1", "1", "1", "1", "1", STATEMENT]
    calm = await place_call(shipped, data_dir, script, caller=BEIJING_FIXED)
    urgent = await place_call(shipped, data_dir, script, caller=BEIJING_FIXED, emergency_override=True)
    assert "emergency_message" not in calm.path and calm.prompts[0] == "welcome"
    assert urgent.path[:3] == ["emergency_check", "emergency_message", "welcome"]
    assert urgent.prompts[:2] == ["emergency_notice", "welcome"]
    assert urgent.heard[0].startswith("紧急通知")
    assert urgent.record.routing is not None and urgent.record.routing.centre == "bj"


async def test_emergency_switch_in_the_menu_file_and_its_override(data_dir: Path) -> None:
    text = (SHIPPED_MENUS_DIR / "12315.yaml").read_text(encoding="utf-8")
    doc = yaml.safe_load(text)
    assert doc["schedule"]["emergency"]["enabled"] is False
    switched = build_menuset({"12315.yaml": text.replace("    enabled: false", "    enabled: true")}, "em")
    assert switched.menus["12315"].schedule.emergency.enabled
    on = await place_call(switched, data_dir, ["hangup"])
    off = await place_call(switched, data_dir, ["hangup"], emergency_override=False)
    assert on.prompts[0] == "emergency_notice"
    assert off.prompts[0] == "welcome"


async def test_legacy_number_in_english_still_preselects(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["2", "1", "1", "1", STATEMENT], dnis="12358", caller=BEIJING_FIXED)
    assert call.record.slots["category"] == "prices" and call.record.language == "en"
    assert "category_menu" not in call.path


class AnsweringDesk:
    """A queue gateway standing in for queueing/: answers at once and keeps what it was asked."""

    def __init__(self, outcome: str = "answered") -> None:
        self.outcome = outcome
        self.asked: list[RoutingDecision] = []
        self.prompts: list[PromptMaker | None] = []

    async def queue_call(self, channel: Channel, record: CallRecord, decision: RoutingDecision,
                         prompts: PromptMaker | None = None) -> QueueResult:
        self.asked.append(decision)
        self.prompts.append(prompts)
        return QueueResult(outcome=self.outcome, centre=decision.centre, agent="agent-7" if
                           self.outcome == "answered" else None)


async def test_answered_call_ends_in_the_queue(shipped: MenuSet, data_dir: Path) -> None:
    desk = AnsweringDesk()
    call = await place_call(shipped, data_dir, ["1", "1", "1", "2", "say: 广东", "1", STATEMENT],
                            caller=BEIJING_FIXED, queue=desk)
    assert [d.centre for d in desk.asked] == ["gd"]
    assert call.record.outcome == "answered"
    # the engine hands the gateway this call's menu: the queue's sentences are its prompts, in its language
    maker = desk.prompts[0]
    said = maker.menu_prompt("queue_timeout") if maker is not None else None
    assert said is not None and said.menu_id == "12315" and said.language == "zh"
    # the agent hung up first: the caller hears how to follow up, then the call ends
    assert call.path[-3:] == ["queue_business_centre", "after_agent", "closing"]
    assert call.record.queue is not None and call.record.queue.agent == "agent-7"
    check_record(call)


@pytest.mark.parametrize("outcome", ["full", "timeout", "abandoned"])
async def test_unanswered_queue_promises_a_callback(shipped: MenuSet, data_dir: Path, outcome: str) -> None:
    desk = AnsweringDesk(outcome)
    call = await place_call(shipped, data_dir, ["1", "1", "1", "1", "1", STATEMENT], caller=BEIJING_FIXED,
                            queue=desk)
    assert call.record.queue is not None and call.record.queue.outcome == outcome
    assert call.path[-2:] == ["queue_business_centre", "queue_failed"]
    assert call.record.outcome == "callback_promised"


class Cases:
    def __init__(self, known: dict[str, str]) -> None:
        self.known = known
        self.asked: list[tuple[str, str]] = []

    async def case_status(self, ticket: str, language: str) -> str | None:
        self.asked.append((ticket, language))
        return self.known.get(ticket)


async def test_progress_of_a_known_case_is_spoken(shipped: MenuSet, data_dir: Path) -> None:
    cases = Cases({"20261201000017": "您的投诉已受理，正在调查中。"})
    call = await place_call(shipped, data_dir, ["1", "4", "20261201000017#", "1", "hangup"], cases=cases)
    assert cases.asked == [("20261201000017", "zh")]
    assert "您的投诉已受理，正在调查中。" in call.heard
    assert "ticket_unknown" not in call.prompts
    assert call.path[-1] == "service_menu", "1 returns to the main menu"
    assert call.record.outcome == "caller_hangup" and call.record.hangup_node == "service_menu"


async def test_progress_ticket_too_short_is_invalid(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "4", "123#", "87654321#", "2"])
    assert call.record.slots["ticket"] == "87654321"
    assert call.prompts.count("invalid_input") == 1


@pytest.mark.parametrize(("at", "is_open"), [
    (datetime(2026, 12, 1, 8, 29, tzinfo=SHANGHAI), False),
    (datetime(2026, 12, 1, 8, 30, tzinfo=SHANGHAI), True),
    (datetime(2026, 12, 1, 20, 29, tzinfo=SHANGHAI), True),
    (datetime(2026, 12, 1, 20, 30, tzinfo=SHANGHAI), False),
    (datetime(2026, 12, 6, 20, 29, tzinfo=SHANGHAI), True),  # Sunday: the shipped centres open every day
    (datetime(2026, 12, 6, 8, 29, tzinfo=SHANGHAI), False),
    (datetime(2026, 12, 1, 2, 0, tzinfo=UTC), True),  # 10:00 in Beijing
    (datetime(2026, 12, 1, 13, 0, tzinfo=UTC), False),  # 21:00 in Beijing
    (datetime(2027, 1, 1, 10, 0, tzinfo=SHANGHAI), True),  # New Year's Day counts as a Sunday: open
], ids=lambda v: v.isoformat() if isinstance(v, datetime) else str(v))
async def test_opening_hours_in_beijing_time(shipped: MenuSet, data_dir: Path, at: datetime, is_open: bool) -> None:
    call = await place_call(shipped, data_dir, ["1", "hangup"], at=at)
    assert ("closed_notice" not in call.path) == is_open
    assert call.steps("hours_check")[0].result == ("service_menu" if is_open else "closed_notice")
