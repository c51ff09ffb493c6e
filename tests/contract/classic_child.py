"""The classic AGI process of the contract: ``python -m tests.contract.classic_child JOB``.

Runs the behaviour over the real stdio transport (pyst2 on stdin/stdout, SIGHUP for a
hangup, the same AgiSession/AgiChannel as ``ivr-agi``). Before each step it writes the
step number to the job's step file, so the peer knows where the call is; at the end it
writes what it observed as JSON. Nothing else goes to stdout (that is the AGI pipe)."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from agi_scripts.channel import AgiChannel
from agi_scripts.session import AgiSession
from agi_scripts.stdio import PystTransport, headers_from, open_agi
from ivr.channel import AnswerHook, Prompt
from tests.contract.agi_common import AGENT
from tests.contract.behaviours import Step, run_behaviour


class _FileSide:
    def __init__(self, path: Path) -> None:
        self.path = path

    async def begin(self, number: int, step: Step) -> None:
        with self.path.open("a", encoding="utf-8") as out:
            out.write(f"{number}\n")

    def hook_made(self, hook: AnswerHook) -> None:
        return None  # a process call has no FastAGI server for Dial's answer subroutine

    def caller_left(self, number: int) -> None:
        with self.path.open("a", encoding="utf-8") as out:
            out.write("left\n")


async def main(job: dict[str, Any]) -> None:
    agi = open_agi()
    session = AgiSession(PystTransport(agi), headers_from(agi), 30.0)
    data = Path(job["data_dir"])
    channel = AgiChannel(session, data / "sounds", data / "spool")
    steps = [Step(**s) for s in job["steps"]]
    observed = await run_behaviour(channel, steps, _FileSide(Path(job["step_file"])), Prompt(**job["prompt"]), AGENT)
    with open(job["out_file"], "w", encoding="utf-8") as out:  # noqa: ASYNC230 (the call is over)
        out.write(json.dumps(observed.to_json()))


if __name__ == "__main__":
    asyncio.run(main(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))))
