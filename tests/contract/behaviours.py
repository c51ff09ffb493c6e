"""The Channel contract, written once: steps over a :class:`Channel` and what the caller does.

A behaviour is a list of :class:`Step` (answer, play, collect, record, dial) run by
:func:`run_behaviour` over any adapter's channel; a :class:`Caller` says, without naming
any transport, what the caller does at each step (keys, silence, hang up) and what the
dialled agent does. Each adapter's driver turns the :class:`Caller` into its own peer's
script and calls :meth:`CallerSide.begin` hooks so that its caller acts at the right step.
Step numbers are 1-based.
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from ivr.channel import AnswerHook, CallerHangup, Channel, Prompt

#: The answer key the engine would give the ACD (centre, queue call id, agent).
ANSWER_KEY = ("bj", "contract-q1", "agent1")


@dataclass(frozen=True)
class Step:
    kind: str  # "answer" | "play" | "collect" | "record" | "dial"
    escape: str = ""
    max_digits: int = 4
    timeout: float = 1.5
    max_seconds: float = 4.0
    silence_seconds: float = 1.0


@dataclass(frozen=True)
class Caller:
    """What the caller does. ``keys[n]``: keys pressed during step n (for a record step,
    once the recording runs); a step without keys is silence. ``hangup_at``: the caller
    hangs up during that step (a record step: while recording; a dial: while it rings).
    ``agent``: the dialled party answers (talks a moment, then hangs up), does not answer,
    or is busy."""

    keys: dict[int, str] = field(default_factory=dict)
    hangup_at: int | None = None
    agent: str = "answer"  # "answer" | "noanswer" | "busy"


class CallerSide(Protocol):
    """The driver's caller, told where the call is so that it acts at the right step."""

    async def begin(self, number: int, step: Step) -> None: ...

    def hook_made(self, hook: AnswerHook) -> None: ...

    def caller_left(self, number: int) -> None:
        """Step ``number`` raised CallerHangup: from here on nothing may go to the channel."""


@dataclass
class Observed:
    """What the behaviour saw, comparable across adapters (JSON-friendly)."""

    results: list[Any] = field(default_factory=list)
    #: The step whose channel call raised CallerHangup, if any.
    hangup_step: int | None = None
    #: ``channel.is_up`` just after the CallerHangup.
    is_up_after_hangup: bool | None = None
    #: How many times an answered dial told ``on_answer``.
    answered_notified: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Observed:
        return cls(**data)


async def _perform(channel: Channel, step: Step, prompt: Prompt, name: str, agent: str,
                   hook: AnswerHook) -> Any:
    if step.kind == "answer":
        await channel.answer()
        return None
    if step.kind == "play":
        return await channel.play(prompt, step.escape)
    if step.kind == "collect":
        got = await channel.collect_digits(prompt, step.max_digits, step.timeout)
        return {"digits": got.digits, "timed_out": got.timed_out}
    if step.kind == "record":
        rec = await channel.record(None, name, step.max_seconds, step.silence_seconds, beep=True)
        return {"ended_by": rec.ended_by, "file": bool(rec.path) and await asyncio.to_thread(os.path.isfile, rec.path)}
    if step.kind == "dial":
        dialled = await channel.dial(agent, step.timeout, on_answer=hook)
        return {"status": dialled.status, "caller_still_up": dialled.caller_still_up}
    raise ValueError(f"unknown step kind {step.kind!r}")


async def run_behaviour(channel: Channel, steps: list[Step], caller: CallerSide, prompt: Prompt,
                        agent: str, recording_name: str = "contract-statement") -> Observed:
    """Run ``steps`` over ``channel``; stop at the first CallerHangup; end with ``hangup()``
    as the engine does (it must not raise, and must send nothing on a dead channel)."""
    observed = Observed()

    async def answered() -> None:
        observed.answered_notified += 1

    hook = AnswerHook(key=ANSWER_KEY, notify=answered)
    caller.hook_made(hook)
    for number, step in enumerate(steps, start=1):
        await caller.begin(number, step)
        try:
            observed.results.append(await _perform(channel, step, prompt, f"{recording_name}-{number}", agent, hook))
        except CallerHangup:
            observed.hangup_step = number
            observed.is_up_after_hangup = channel.is_up
            caller.caller_left(number)
            break
    await channel.hangup()
    return observed
