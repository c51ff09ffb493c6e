"""Classic (process) AGI: the contract's behaviour runs in a child process on stdin/stdout
(``classic_child``); the peer plays Asterisk, a hangup is a SIGHUP."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import sys
from pathlib import Path

from ivr.channel import Prompt
from tests.contract.agi_common import StepPeer, caller_script
from tests.contract.behaviours import Caller, Observed, Step
from tests.contract.outcome import Outcome
from tests.support.agi_peer import header_lines

ROOT = Path(__file__).resolve().parents[2]


def _where(step_file: Path, steps: list[Step]) -> tuple[int, Step] | None:
    try:
        lines = step_file.read_text(encoding="utf-8").split()
    except FileNotFoundError:
        return None
    lines = [line for line in lines if line != "left"]
    if not lines:
        return None
    number = int(lines[-1])
    return number, steps[number - 1]


def _left(step_file: Path) -> bool:
    return step_file.exists() and "left" in step_file.read_text(encoding="utf-8").split()


async def run(tmp_path: Path, steps: list[Step], caller: Caller, prompt: Prompt) -> Outcome:
    job_file, step_file, out_file = tmp_path / "job.json", tmp_path / "steps.txt", tmp_path / "observed.json"
    job_file.write_text(json.dumps({
        "data_dir": str(tmp_path / "data"), "step_file": str(step_file), "out_file": str(out_file),
        "steps": [dataclasses.asdict(s) for s in steps], "prompt": dataclasses.asdict(prompt),
    }), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.contract.classic_child", str(job_file),
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        env=env, cwd=str(tmp_path))
    peer = StepPeer(caller_script(steps, caller), header_lines(network=False), caller,
                    lambda: _where(step_file, steps), lambda: _left(step_file))
    result = await peer.run_process(process)
    code = await asyncio.wait_for(process.wait(), 30)
    stderr = (await process.stderr.read()).decode(errors="replace") if process.stderr else ""
    assert code == 0 and out_file.exists(), f"classic AGI child failed ({code}): {stderr[-2000:]}"
    observed = Observed.from_json(json.loads(out_file.read_text(encoding="utf-8")))
    return Outcome(observed, peer.after_left, result.caller_hung_up)
