"""The console caller: the Caller becomes the console's scripted input lines."""

from __future__ import annotations

from pathlib import Path

from ivr.channel import AnswerHook, Prompt
from ivr.console import ConsoleChannel
from tests.contract.behaviours import Caller, Step, run_behaviour
from tests.contract.outcome import Outcome

AGENT = "PJSIP/agent1"


def script_for(steps: list[Step], caller: Caller) -> list[str]:
    lines: list[str] = []
    for number, step in enumerate(steps, start=1):
        if caller.hangup_at == number:
            lines.append("hangup")
            break
        keys = caller.keys.get(number)
        if step.kind == "play" and keys:
            lines.append(f"!{keys}")
        elif step.kind == "collect":
            lines.append(keys or "timeout")
        elif step.kind == "record":
            # the console has no key that ends a recording: the keys stay unread
            lines.append(keys if keys else "statement: 商家拒绝退款")
        elif step.kind == "dial" and caller.agent != "answer":
            lines.append(f"dial:{caller.agent}")
    return lines


class _Side:
    async def begin(self, number: int, step: Step) -> None:
        return None  # the script is the whole caller

    def caller_left(self, number: int) -> None:
        return None

    def hook_made(self, hook: AnswerHook) -> None:
        return None


async def run(tmp_path: Path, steps: list[Step], caller: Caller, prompt: Prompt) -> Outcome:
    channel = ConsoleChannel("12315", "01088886666", tmp_path / "spool", script=script_for(steps, caller))
    observed = await run_behaviour(channel, steps, _Side(), prompt, AGENT)
    return Outcome(observed, None, channel.hung_up)
