"""Whole-system load: N concurrent callers through the menus and queues to simulated agents.

Starts a real redis-server, FastAGI worker processes (`ivr serve --no-web --no-sip
--no-writer`), the records writer and the ACD maintainer, logs in agents, and drives the
callers with the Asterisk-faithful AGI peer (tests/system/harness.py). Reports completed
calls per second, the ratio to the agents' own limit measured in the same run (agents /
(talk + wrap-up): no system can complete calls faster than its agents), server think time
per AGI step, and CPU and memory per process. With --soak SECONDS it repeats waves for
that long and reports the worker's memory and descriptors over time.

Run: .venv/bin/python bench/system_load.py --calls 1000 --workers 4 --agents 25 [--write]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.services import RedisServer, free_port  # noqa: E402
from tests.system.harness import SystemHarness, build_prompts  # noqa: E402

RESULTS = Path(__file__).with_name("system_RESULTS.md")


async def run(args: argparse.Namespace) -> dict[str, Any]:
    root = Path(tempfile.mkdtemp(prefix="ivr-bench-system-"))
    redis = RedisServer(port=free_port(), workdir=root / "redis")
    redis.start()
    system = SystemHarness(root=root / "system", redis=redis, sounds_dir=build_prompts(root / "sounds"),
                           agents_per_centre=args.agents, talk_seconds=args.talk, wrapup=args.wrapup)
    try:
        await system.start(workers=args.workers)
        report = await system.run_calls(args.calls)
        summary = report.summary()
        limit = len(system.agent_ids()) / (args.talk + args.wrapup)
        summary["agent_limit_per_second"] = round(limit, 2)
        summary["ratio_to_agent_limit"] = round(summary["completed_per_second"] / limit, 3)
        ids = [c.call_id for c in report.calls]
        started = time.monotonic()
        rows = await system.wait_records(ids, timeout=600)
        summary["records_written"] = len(rows)
        summary["writer_catch_up_seconds"] = round(time.monotonic() - started, 1)
        if args.soak > 0:
            summary["soak"] = await soak(system, args.soak)
        return summary
    finally:
        system.close()
        redis.stop()


async def soak(system: SystemHarness, seconds: float) -> dict[str, Any]:
    worker = system.workers[0]
    rss: list[float] = []
    fds: list[int] = []
    calls = failed = 0
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        report = await system.run_calls(200)
        calls += len(report.calls)
        failed += len(report.calls) - len(report.completed())
        sample = worker.sample()
        rss.append(sample.rss_kb / 1024)
        fds.append(sample.fds)
    third = max(1, len(rss) // 3)
    return {"seconds": round(time.monotonic() - started), "waves": len(rss), "calls": calls, "failed": failed,
            "rss_mb_first_third": round(statistics.mean(rss[:third]), 1),
            "rss_mb_last_third": round(statistics.mean(rss[-third:]), 1),
            "fds_after_first_wave": fds[0], "fds_after_last_wave": fds[-1]}


def markdown(command: str, summary: dict[str, Any]) -> str:
    procs = "\n".join(
        f"| {name} | {p['cpu_seconds']} | {p['cpu_share']} | {p['rss_mb_end']} | {p['fds_end']} |"
        for name, p in summary["processes"].items()
    )
    verbs = ", ".join(f"{verb} {ms}" for verb, ms in summary["by_verb_ms_p95"].items())
    steps = f"{summary['step_ms_p50']} / {summary['step_ms_p95']} / {summary['step_ms_p99']}"
    written = f"{summary['records_written']} / {summary['writer_catch_up_seconds']}"
    text = f"""
### `{command}`

| figure | value |
| --- | --- |
| concurrent calls | {summary['calls']} |
| completed | {summary['completed']} |
| wall seconds | {summary['wall_seconds']} |
| completed calls/s | {summary['completed_per_second']} |
| agents' limit calls/s (same run) | {summary['agent_limit_per_second']} |
| ratio to the agents' limit | {summary['ratio_to_agent_limit']} |
| call duration p50 / p95 s | {summary['call_seconds_p50']} / {summary['call_seconds_p95']} |
| server think time per AGI step p50 / p95 / p99 ms | {steps} |
| think time p95 by command, ms | {verbs} |
| rows written / writer catch-up after the last call s | {written} |

| process | CPU s | CPU share of wall | RSS MB at end | open fds at end |
| --- | --- | --- | --- | --- |
{procs}
"""
    if "soak" in summary:
        text += f"\nSoak: `{json.dumps(summary['soak'])}`\n"
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--agents", type=int, default=5, help="agents per centre (4 centres)")
    parser.add_argument("--talk", type=float, default=0.3, help="seconds each agent talks")
    parser.add_argument("--wrapup", type=float, default=0.3, help="seconds of wrap-up after each call")
    parser.add_argument("--soak", type=float, default=0.0, help="then waves of 200 calls for this many seconds")
    parser.add_argument("--write", action="store_true", help=f"append the figures to {RESULTS.name}")
    args = parser.parse_args()
    summary = asyncio.run(run(args))
    print(json.dumps(summary, indent=2))
    if args.write:
        command = ".venv/bin/python bench/system_load.py " + " ".join(sys.argv[1:])
        with RESULTS.open("a", encoding="utf-8") as out:
            out.write(markdown(command.replace(" --write", ""), summary))


if __name__ == "__main__":
    main()
