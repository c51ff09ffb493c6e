"""A transport double for the gateway tests: a Channel whose caller and agents follow a
script, on a virtual clock. The queue state behind it is the real Redis."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from ivr.channel import AnswerHook, CallerHangup, Channel, DialResult, DigitsResult, Heard, HeardKind, Prompt, Recording


@dataclass
class VirtualClock:
    now: int

    def __call__(self) -> int:
        return self.now


HoldHook = Callable[[int], Awaitable[str | None]]


@dataclass
class ScriptedChannel(Channel):
    clock: VirtualClock
    caller: str = "13812345678"
    dnis: str = "12315"
    call_id: str = "call-1"
    #: called with the hold count (1, 2, ...); returns a key or None; may raise CallerHangup
    on_hold: HoldHook | None = None
    #: endpoint -> DialResult (missing endpoints do not answer)
    agents: dict[str, DialResult] = field(default_factory=dict)
    hangup_in_dial: bool = False
    played: list[Prompt] = field(default_factory=list)
    dialled: list[str] = field(default_factory=list)
    holds: int = 0
    args: list[str] = field(default_factory=list)

    async def answer(self) -> None:
        return None

    async def play(self, prompt: Prompt, escape_digits: str = "") -> str | None:
        self.played.append(prompt)
        self.clock.now += 3000
        return None

    async def collect_digits(self, prompt: Prompt | None, max_digits: int, timeout: float,
                             terminator: str = "#") -> DigitsResult:
        return DigitsResult("", timed_out=True)

    async def listen(self, prompt: Prompt | None, phrases: list[str], timeout: float,
                     escape_digits: str = "0123456789*#") -> Heard:
        return Heard(HeardKind.SILENCE)

    async def record(self, prompt: Prompt | None, name: str, max_seconds: float, silence_seconds: float,
                     beep: bool = True) -> Recording:
        return Recording(path="/dev/null", duration_seconds=0, ended_by="silence")

    async def hold(self, seconds: float, escape_digits: str = "") -> str | None:
        self.holds += 1
        self.clock.now += int(seconds * 1000)
        if self.on_hold is not None:
            key = await self.on_hold(self.holds)
            if key is not None and key in escape_digits:
                return key
        return None

    async def dial(self, endpoint: str, timeout: float, on_answer: AnswerHook | None = None) -> DialResult:
        self.dialled.append(endpoint)
        result = self.agents.get(endpoint, DialResult("NOANSWER"))
        if result.status == "ANSWER":
            self.clock.now += 4000  # rings, then the agent answers
            if on_answer is not None:
                await on_answer.notify()
            self.clock.now += int(result.talk_seconds * 1000)
            if self.hangup_in_dial:
                raise CallerHangup("caller hung up during the talk")
            return DialResult("ANSWER", result.talk_seconds, caller_still_up=True)  # the agent hung up
        else:
            self.clock.now += int(timeout * 1000)
        return result

    async def set_variable(self, name: str, value: str) -> None:
        return None

    async def get_variable(self, name: str) -> str | None:
        return None

    async def hangup(self) -> None:
        return None
