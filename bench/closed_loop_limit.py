"""The limit a compressed run's shape sets, whatever the server does (issue 14).

The compressed run (`bench/system_load.py --calls N --workers W`) starts N callers at once who
answer every command at once: a closed loop, where the time each caller waits for the server's
next command is bounded below by how fast the box turns steps around at all. This runs the same
callers (tests/support/agi_peer.py, the same process that simulated Asterisk for our run) against
W bare asyncio line servers (bench/agi_bench.py's ``echo``: read the header, send one recorded
call's command lines, read one reply each, no parsing and no call logic), so "think time" there
is the protocol and the box alone. Measured in the same run as ours, its p99 is the floor a
server on this box can reach in this shape.
"""

from __future__ import annotations

import asyncio
import json
import re
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.agi_bench import start_server
from tests.support.agi_peer import AgiPeer, CallerScript, header_lines
from tests.system.harness import CallResult, LoadReport, complaint_keys

#: The Dial's U() subroutine would open an agent-side AGI session at the bare server, which knows
#: no subroutines and would replay the whole call into it; the limit dials without it.
SUBROUTINE_OPTION = re.compile(r",U\([^)]*\)")


def replayable(commands: list[str]) -> list[str]:
    """One call's command lines as the bare server sends them."""
    return [SUBROUTINE_OPTION.sub("", line) for line in commands]


async def run_limit(commands: list[str], calls: int, workers: int, *, talk: float, hold_step: float,
                    region_code: str, call_timeout: float) -> dict[str, Any]:
    """``calls`` callers at once against ``workers`` bare servers sending ``commands``."""
    root = Path(tempfile.mkdtemp(prefix="ivr-bench-limit-"))
    commands_file = root / "commands.json"
    commands_file.write_text(json.dumps(replayable(commands)))
    servers = [start_server("echo", root, str(commands_file)) for _ in range(workers)]
    try:
        async def one(index: int) -> CallResult:
            port = servers[index % workers][1]
            script = CallerScript(keys=complaint_keys(region_code), talk_seconds=talk, wait_digit_delay=hold_step)
            call_id = f"limit.{index}"
            peer = AgiPeer(script, header_lines(port=port, callerid="13900000000", uniqueid=call_id))
            started = time.perf_counter()
            try:
                result = await asyncio.wait_for(peer.run("127.0.0.1", port), call_timeout)
            except TimeoutError:
                result = peer.result
                result.error = result.error or "still running"
            return CallResult(call_id, "13900000000", "limit", f"echo{index % workers}", result, started,
                              time.perf_counter())

        started = time.perf_counter()
        results = await asyncio.gather(*(one(i) for i in range(calls)))
        report = LoadReport(list(results), time.perf_counter() - started)
    finally:
        for process, _ in servers:
            process.kill()
            process.wait()
    ours = report.summary()  # the think times as our run's report counts them
    return {
        "calls": calls,
        "ended": sum(1 for r in results if not r.peer.error),
        "commands_per_call": len(commands),
        "wall_seconds": ours["wall_seconds"],
        "steps": ours["steps"],
        "steps_per_second": round(ours["steps"] / report.wall_seconds, 1) if report.wall_seconds else 0.0,
        **{key: ours[key] for key in ("step_ms_p50", "step_ms_p95", "step_ms_p99")},
    }
