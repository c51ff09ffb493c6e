"""Helpers for scripted calls through the real engine and the console channel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ivr.callrecord import CallRecord
from ivr.channel import CallerHangup, Prompt
from ivr.console import ConsoleChannel
from ivr.engine import EngineServices, default_services, run_call
from ivr.menus.menuset import MenuSet
from ivr.settings import Settings
from queueing.centres import load_config
from queueing.config_store import parse_config
from queueing.opening_hours import AcdOpeningHours

SHANGHAI = ZoneInfo("Asia/Shanghai")
# Opening hours are the ACD's: the shipped queueing/centres.yaml opens every centre 08:30-20:30 on
# every day (the national centre around the clock) unless a test hands in its own configuration.
OPEN = datetime(2026, 12, 1, 10, 0, tzinfo=SHANGHAI)  # a Tuesday morning
CLOSED = datetime(2026, 12, 1, 21, 0, tzinfo=SHANGHAI)  # the same Tuesday, after the centres close (20:30)
HOLIDAY = datetime(2026, 10, 1, 10, 0, tzinfo=SHANGHAI)  # National Day, a Thursday, office hours
SATURDAY_OPEN = datetime(2026, 12, 5, 9, 30, tzinfo=SHANGHAI)
SATURDAY_LATE = datetime(2026, 12, 5, 17, 30, tzinfo=SHANGHAI)  # open, unless the centres close on Saturdays
# An ACD configuration whose centres answer on working days only (public holidays count as Sundays).
WORKING_DAYS_ONLY = """
defaults:
  hours: {days: [1, 2, 3, 4, 5], open: "08:30", close: "18:00"}
"""

BEIJING_FIXED = "01088886666"
GUANGZHOU_FIXED = "02087654321"
MOBILE = "13912345678"


class EventList:
    """An EventSink that keeps what the engine emitted, in order."""

    def __init__(self) -> None:
        self.events: list[tuple[str, dict[str, Any]]] = []

    async def emit(self, event_type: str, payload: dict[str, Any]) -> None:
        self.events.append((event_type, payload))


class HangupOnPrompt(ConsoleChannel):
    """A console caller who hangs up while a given prompt plays (nodes that take no input)."""

    def __init__(self, *args: Any, hangup_prompt: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.hangup_prompt = hangup_prompt

    async def play(self, prompt: Prompt, escape_digits: str = "") -> str | None:
        if prompt.prompt_id == self.hangup_prompt and not self.hung_up:
            self.heard.append({"prompt": prompt.prompt_id, "language": prompt.language, "text": prompt.text})
            self.hung_up = True
            raise CallerHangup("caller hung up during a prompt")
        return await super().play(prompt, escape_digits)


@dataclass
class Call:
    record: CallRecord
    channel: ConsoleChannel
    events: EventList

    @property
    def path(self) -> list[str]:
        return [step.node for step in self.record.path]

    @property
    def prompts(self) -> list[str]:
        return [h["prompt"] for h in self.channel.heard]

    @property
    def heard(self) -> list[str]:
        return [h["text"] for h in self.channel.heard]

    @property
    def slots(self) -> dict[str, str]:
        return self.record.slots

    def steps(self, node: str) -> list[Any]:
        return [step for step in self.record.path if step.node == node]


def acd_hours(config_yaml: str = "") -> AcdOpeningHours:
    """The opening hours of ``config_yaml`` (an ACD configuration), else of the shipped one."""
    return AcdOpeningHours(parse_config(config_yaml) if config_yaml else load_config())


def services_for(menus: MenuSet, data_dir: Path, at: datetime = OPEN, **overrides: Any) -> EngineServices:
    settings = Settings(data_dir=data_dir)
    events = overrides.pop("events", None) or EventList()
    overrides.setdefault("hours", acd_hours())
    return default_services(settings, menus=menus, clock=lambda: at, events=events, **overrides)


async def place_call(menus: MenuSet, data_dir: Path, script: list[str], *, dnis: str = "12315",
                     caller: str = MOBILE, lang: str = "", at: datetime = OPEN,
                     channel: ConsoleChannel | None = None, **overrides: Any) -> Call:
    services = services_for(menus, data_dir, at, **overrides)
    if channel is None:
        channel = ConsoleChannel(dnis, caller, services.settings.spool_dir, script=list(script))
    channel.language_hint = lang
    record = await run_call(channel, services, transport="console")
    assert isinstance(services.events, EventList)
    return Call(record, channel, services.events)
