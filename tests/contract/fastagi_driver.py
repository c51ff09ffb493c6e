"""FastAGI: the real FastAgiServer; the Asterisk-faithful peer plays the caller and the box
(Dial's ``U()`` answer subroutine comes back as its own FastAGI session)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from agi_scripts.channel import AgiChannel
from agi_scripts.server import FastAgiServer
from ivr.channel import AnswerHook, Prompt
from tests.contract.agi_common import AGENT, StepPeer, caller_script
from tests.contract.behaviours import Caller, Observed, Step, run_behaviour
from tests.contract.outcome import Outcome
from tests.support.agi_peer import header_lines


class _Side:
    def __init__(self) -> None:
        self.where: tuple[int, Step] | None = None
        self.hooks: dict[tuple[str, ...], AnswerHook] = {}
        self.left = False

    async def begin(self, number: int, step: Step) -> None:
        self.where = (number, step)

    def hook_made(self, hook: AnswerHook) -> None:
        self.hooks[hook.key] = hook

    def caller_left(self, number: int) -> None:
        self.left = True

    async def agent_answered(self, key: list[str]) -> bool:
        hook = self.hooks.get(tuple(key))
        if hook is None:
            return False
        await hook.notify()
        return True


async def run(tmp_path: Path, steps: list[Step], caller: Caller, prompt: Prompt) -> Outcome:
    side = _Side()
    done: asyncio.Future[Observed] = asyncio.get_running_loop().create_future()

    async def handler(channel: AgiChannel) -> None:
        try:
            done.set_result(await run_behaviour(channel, steps, side, prompt, AGENT))
        except BaseException as exc:
            done.set_exception(exc)
            raise

    server = FastAgiServer(handler=handler, sounds_dir=tmp_path / "sounds", spool_dir=tmp_path / "spool",
                           signals={"agent-answered": side.agent_answered})
    await server.start("127.0.0.1", 0)
    try:
        peer = StepPeer(caller_script(steps, caller), header_lines(port=server.port), caller, lambda: side.where,
                        lambda: side.left)
        result = await peer.run("127.0.0.1", server.port)
        observed = await asyncio.wait_for(done, 30)
    finally:
        await server.close()
    return Outcome(observed, peer.after_left, result.caller_hung_up)
