"""The console caller: the engine through a terminal channel, interactive or scripted.

Inputs, one per line or script item:
  ``1`` / ``11`` / ``123#``  keys            ``say: 北京`` (``say: 北京 @0.6``)  speech with confidence
  ``timeout`` or empty        no input        ``!1``  a key pressed while a prompt plays (barge-in)
  ``statement: text``         what the caller says when recorded
  ``hold:*``                  a key pressed while waiting in a queue
  ``dial:noanswer``           the far end of a transfer/agent does not answer
  ``hangup``                  the caller hangs up (also when the script runs out)
"""

from __future__ import annotations

import asyncio
import re
import time
import uuid
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ivr.callrecord import CallRecord
from ivr.channel import (
    AnswerHook,
    CallerHangup,
    Channel,
    DialResult,
    DigitsResult,
    Heard,
    HeardKind,
    Prompt,
    Recording,
)
from ivr.engine import EngineServices, run_call
from ivr.menus.menuset import MenuSet, build_menuset

SPEECH = re.compile(r"^say:\s*(?P<text>.*?)(?:\s+@(?P<conf>[01](?:\.\d+)?))?\s*$")


class ConsoleChannel(Channel):
    def __init__(
        self,
        dnis: str,
        caller: str,
        spool_dir: Path,
        script: list[str] | None = None,
        echo: Callable[[str], None] | None = None,
        call_id: str | None = None,
        hold_seconds: float = 0.0,
        talk_seconds: float = 0.0,
    ) -> None:
        self.dnis = dnis
        self.caller = caller
        self.call_id = call_id or f"console-{uuid.uuid4().hex[:12]}"
        self.args = []
        self.spool_dir = spool_dir
        self.script = list(script) if script is not None else None
        self.echo = echo or (lambda line: None)
        self.heard: list[dict[str, str]] = []
        self.variables: dict[str, str] = {}
        self.hold_seconds = hold_seconds
        #: How long the caller talks with an agent who answers (``ivr call --talk``).
        self.talk_seconds = talk_seconds
        self.hung_up = False

    # --- input ---------------------------------------------------------------------------------
    def _peek(self) -> str | None:
        if self.script is None:
            return None
        return self.script[0].strip() if self.script else "hangup"

    async def _next(self, ask: str) -> str:
        if self.hung_up:
            raise CallerHangup("caller hung up")
        if self.script is not None:
            item = self.script.pop(0).strip() if self.script else "hangup"
            self.echo(f"  > {item}")
        else:
            try:
                item = (await asyncio.to_thread(input, f"{ask}> ")).strip()
            except EOFError:
                item = "hangup"
        if item == "hangup":
            self.hung_up = True
            raise CallerHangup("caller hung up")
        return item

    # --- Channel -------------------------------------------------------------------------------
    async def answer(self) -> None:
        self.echo(f"[answer] call {self.call_id} to {self.dnis}")

    async def play(self, prompt: Prompt, escape_digits: str = "") -> str | None:
        if self.hung_up:
            raise CallerHangup("caller hung up")
        self.heard.append({"prompt": prompt.prompt_id, "language": prompt.language, "text": prompt.text})
        self.echo(f"[{prompt.language}] {prompt.text}")
        upcoming = self._peek()
        if upcoming and upcoming.startswith("!") and len(upcoming) == 2 and upcoming[1] in escape_digits:
            await self._next("")
            return upcoming[1]
        return None

    async def collect_digits(self, prompt: Prompt | None, max_digits: int, timeout: float,
                             terminator: str = "#") -> DigitsResult:
        if prompt is not None:
            barged = await self.play(prompt, "0123456789*#")
            if barged:
                return DigitsResult(barged)
        item = await self._next("keys")
        if item in ("", "timeout") or not re.fullmatch(r"[0-9*#]+", item):
            return DigitsResult("", timed_out=True)
        if terminator and terminator in item and len(item) > 1:
            item = item.split(terminator, 1)[0]
        return DigitsResult(item[:max_digits])

    async def listen(self, prompt: Prompt | None, phrases: list[str], timeout: float,
                     escape_digits: str = "0123456789*#") -> Heard:
        if prompt is not None:
            barged = await self.play(prompt, escape_digits)
            if barged:
                return Heard(HeardKind.KEYS, digits=barged)
        item = await self._next("say or keys")
        spoken = SPEECH.match(item)
        if spoken:
            confidence = float(spoken.group("conf")) if spoken.group("conf") else 1.0
            return Heard(HeardKind.SPEECH, text=spoken.group("text"), confidence=confidence,
                         alternatives=[(spoken.group("text"), confidence)])
        if item and re.fullmatch(r"[0-9*#]+", item):
            return Heard(HeardKind.KEYS, digits=item.rstrip("#") or item)
        return Heard(HeardKind.SILENCE)

    async def record(self, prompt: Prompt | None, name: str, max_seconds: float, silence_seconds: float,
                     beep: bool = True) -> Recording:
        if prompt is not None:
            await self.play(prompt)
        said = ""
        upcoming = self._peek()
        if upcoming is not None and (upcoming.startswith("statement:") or upcoming == "hangup"):
            said = (await self._next("statement")).split(":", 1)[1].strip()
        elif self.script is None:
            said = await self._next("statement")
        self.spool_dir.mkdir(parents=True, exist_ok=True)
        path = self.spool_dir / f"{name}.wav"
        seconds = min(max_seconds, 1.0)
        with wave.open(str(path), "wb") as out:  # a second of silence stands in for the voice
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(8000)
            out.writeframes(b"\x00\x00" * int(8000 * seconds))
        self.variables["STATEMENT_TEXT"] = said
        return Recording(str(path), seconds, "silence")

    async def hold(self, seconds: float, escape_digits: str = "") -> str | None:
        upcoming = self._peek()
        if upcoming == "hangup" or (self.script is not None and not self.script and upcoming == "hangup"):
            await self._next("")
        if upcoming and upcoming.startswith("hold:"):
            key = (await self._next("hold")).split(":", 1)[1].strip()
            return key[:1] if key[:1] in escape_digits else None
        self.echo(f"[music on hold {seconds:.0f}s]")
        await asyncio.sleep(min(seconds, self.hold_seconds))
        return None

    async def dial(self, endpoint: str, timeout: float, on_answer: AnswerHook | None = None) -> DialResult:
        self.echo(f"[dial] {endpoint}")
        upcoming = self._peek()
        if upcoming and upcoming.startswith("dial:"):
            status = (await self._next("dial")).split(":", 1)[1].strip().upper()
            return DialResult(status)
        if on_answer is not None:
            await on_answer.notify()
        if self.talk_seconds > 0:
            self.echo(f"[talking with the agent for {self.talk_seconds:.0f}s]")
            started = time.monotonic()
            await asyncio.sleep(self.talk_seconds)
            return DialResult("ANSWER", talk_seconds=time.monotonic() - started, caller_still_up=True)
        return DialResult("ANSWER", talk_seconds=0.0, caller_still_up=True)

    async def set_variable(self, name: str, value: str) -> None:
        self.variables[name] = value

    async def get_variable(self, name: str) -> str | None:
        return self.variables.get(name)

    @property
    def is_up(self) -> bool:
        return not self.hung_up

    async def hangup(self) -> None:
        if not self.hung_up:
            self.echo("[hangup]")
        self.hung_up = True


def summary(record: CallRecord, channel: ConsoleChannel) -> dict[str, Any]:
    """The JSON summary of a scripted call (stable keys for tests and the admin page)."""
    return {
        "call_id": record.call_id,
        "outcome": record.outcome,
        "hangup_node": record.hangup_node,
        "menu_version": record.menu_version,
        "slots": record.slots,
        "routing": record.routing.model_dump() if record.routing else None,
        "queue": record.queue.model_dump() if record.queue else None,
        "path": [step.node for step in record.path],
        "heard": [h["text"] for h in channel.heard],
        "record": record.model_dump(mode="json"),
    }


async def run_script(menus: MenuSet | dict[str, str], dnis: str, caller: str, inputs: list[str],
                     language: str | None = None, *, services: EngineServices,
                     spool_dir: Path | None = None) -> dict[str, Any]:
    """Run one scripted call on ``menus`` (a MenuSet, or file name -> YAML text) with the caller's
    ``services`` (the composition builds them: ``ivr.runtime`` or ``ivr.engine.default_services``)."""
    menuset = menus if isinstance(menus, MenuSet) else build_menuset(dict(menus), "draft")
    services.menus = menuset
    script = list(inputs)
    channel = ConsoleChannel(dnis, caller, spool_dir or services.settings.spool_dir, script=script)
    channel.language_hint = language or ""
    record = await run_call(channel, services, transport="console")
    return summary(record, channel)
