"""Whole-system load: N concurrent callers through the menus and queues to simulated agents.

Starts a real redis-server, FastAGI worker processes (`ivr serve --no-web --no-sip
--no-writer`), the records writer and the ACD maintainer, logs in agents, and drives the
callers with the Asterisk-faithful AGI peer (tests/system/harness.py). Reports completed
calls per second, the ratio to the agents' own limit measured in the same run (agents /
(talk + wrap-up): no system can complete calls faster than its agents), server think time
per AGI step, and CPU and memory per process. With --soak SECONDS it repeats waves for
that long and reports the worker's memory and descriptors over time.

Run: .venv/bin/python bench/system_load.py --calls 1000 --workers 4 --agents 25 [--write]

With --realistic the callers come as the national busy hour does (bench/busy_hour.py): Poisson
arrivals at --rate for --window seconds, real prompt durations, barge-in, keys 1-4 s after a
question, 20-60 s statements, --talk-real seconds of talk, the centre configuration's wrap-up
and hold step, impatient callers abandoning in the queue, agents for the service level by
Erlang C. It reports the concurrent calls reached, think time per step by command, CPU and RSS
per process, and checks that every call has exactly one record.

Run: .venv/bin/python bench/system_load.py --realistic --rate 5 --window 150 --workers 2 [--write]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.busy_hour import BusyHourPeer, Shape, SoundLengths  # noqa: E402
from bench.closed_loop_limit import run_limit  # noqa: E402
from queueing.centres import CentreConfig, ServiceLevel  # noqa: E402
from queueing.erlang import agents_needed  # noqa: E402
from tests.support.agi_peer import CallerScript, header_lines  # noqa: E402
from tests.support.services import RedisServer, free_port  # noqa: E402
from tests.system.harness import (  # noqa: E402
    CallResult,
    LoadReport,
    Proc,
    SystemHarness,
    build_prompts,
    complaint_keys,
    mobile_number,
    percentile,
)

RESULTS = Path(__file__).with_name("system_RESULTS.md")
PROBE = Path(__file__).with_name("sched_probe.py")


async def run(args: argparse.Namespace) -> dict[str, Any]:
    root = Path(tempfile.mkdtemp(prefix="ivr-bench-system-"))
    redis = RedisServer(port=free_port(), workdir=root / "redis")
    redis.start()
    system = SystemHarness(root=root / "system", redis=redis, sounds_dir=build_prompts(root / "sounds"),
                           agents_per_centre=args.agents, talk_seconds=args.talk, wrapup=args.wrapup,
                           call_timeout=args.call_timeout)
    try:
        await system.start(workers=args.workers)
        report = await system.run_calls(args.calls)
        summary = report.summary()
        limit = len(system.agent_ids()) / (args.talk + args.wrapup)
        summary["agent_limit_per_second"] = round(limit, 2)
        summary["ratio_to_agent_limit"] = round(summary["completed_per_second"] / limit, 3)
        ids = [c.call_id for c in report.calls]
        started = time.monotonic()
        rows = await system.wait_records(ids, timeout=args.call_timeout)
        summary["records_written"] = len(rows)
        summary["not_completed"] = [c.call_id for c in report.calls if c not in report.completed()][:10]
        summary["writer_catch_up_seconds"] = round(time.monotonic() - started, 1)
        if args.soak > 0:
            summary["soak"] = await soak(system, args.soak)
        if args.limit:
            summary["limit"] = await limit_beside(args, report, system)
            summary["p99_ratio_to_limit"] = round(summary["step_ms_p99"] / summary["limit"]["step_ms_p99"], 2)
        return summary
    finally:
        system.close()
        redis.stop()


async def limit_beside(args: argparse.Namespace, report: LoadReport, system: SystemHarness) -> dict[str, Any]:
    """The same callers against bare line servers replaying one of our calls (its length the median)."""
    done = sorted(report.completed(), key=lambda c: len(c.peer.commands))
    commands = done[len(done) // 2].peer.commands
    return await run_limit(commands, args.calls, args.workers, talk=args.talk, hold_step=system.hold_step,
                           region_code=system.code_of[system.centres[0]], call_timeout=args.call_timeout)


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


# -- the busy hour (--realistic) -----------------------------------------------------------

async def run_busy_hour(args: argparse.Namespace) -> dict[str, Any]:
    root = Path(tempfile.mkdtemp(prefix="ivr-bench-busy-"))
    redis = RedisServer(port=free_port(), workdir=root / "redis")
    redis.start()
    defaults = CentreConfig.model_validate({"id": "defaults"})
    level = ServiceLevel()
    shape = Shape(rate=args.rate, window=args.window, talk=args.talk_real, barge_share=args.barge,
                  abandon_share=args.abandon)
    centres = 4
    staffing = agents_needed(shape.rate / centres, shape.talk + defaults.wrapup, level.target, level.seconds)
    system = SystemHarness(root=root / "system", redis=redis, sounds_dir=build_prompts(root / "sounds"),
                           agents_per_centre=staffing.agents, talk_seconds=shape.talk, wrapup=defaults.wrapup,
                           hold_step=defaults.hold_step, lease=defaults.lease,
                           call_timeout=shape.window + shape.talk + 600)
    try:
        await system.start(workers=args.workers)
        summary = await busy_hour_calls(system, shape, random.Random(args.seed))
        summary["agents_per_centre_erlang_c"] = staffing.agents
        summary["predicted_service_level"] = round(staffing.service_level, 3)
        ids = summary.pop("call_ids")
        rows = await system.wait_records(ids, timeout=300)
        ends = await system.event_counts("CALL_END", ids)
        summary["records_written"] = len(rows)
        summary["calls_with_one_call_end"] = sum(1 for i in ids if ends.get(i) == 1)
        return summary
    finally:
        system.close()
        redis.stop()


async def busy_hour_calls(system: SystemHarness, shape: Shape, rng: random.Random) -> dict[str, Any]:
    assert system.sounds_dir is not None
    lengths = SoundLengths(system.sounds_dir)
    run_over = asyncio.Event()
    workers = [w for w in system.workers if w.alive]
    peers: list[BusyHourPeer] = []
    tasks: list[asyncio.Task[CallResult]] = []
    active = [0, 0]  # now, most

    async def one(index: int) -> CallResult:
        worker: Proc = workers[index % len(workers)]
        centre = system.centres[index % len(system.centres)]
        call_id = system.next_call_id()
        caller = mobile_number(index, int(system.run_tag))
        script = CallerScript(keys=complaint_keys(system.code_of[centre]), wait_digit_delay=3600, answered_time=1)
        assert worker.port is not None
        peer = BusyHourPeer(script, header_lines(port=worker.port, callerid=caller, uniqueid=call_id, dnis="12315"),
                            shape, lengths, random.Random(rng.random()), run_over)
        peers.append(peer)
        active[0] += 1
        active[1] = max(active[1], active[0])
        started = time.perf_counter()
        try:
            result = await asyncio.wait_for(peer.run("127.0.0.1", worker.port), system.call_timeout)
        except TimeoutError:
            result = peer.result
            result.error = result.error or "call still running at the end"
        finally:
            active[0] -= 1
        return CallResult(call_id, caller, centre, worker.name, result, started, time.perf_counter())

    before = system.samples()
    started = time.perf_counter()
    probe = await asyncio.create_subprocess_exec(sys.executable, str(PROBE), str(shape.window),
                                                 stdout=asyncio.subprocess.PIPE)
    index = 0
    while True:
        await asyncio.sleep(rng.expovariate(shape.rate))
        if time.perf_counter() - started >= shape.window:
            break
        tasks.append(asyncio.create_task(one(index)))
        index += 1
    at_peak = system.samples()
    probed, _ = await probe.communicate()
    window = time.perf_counter() - started
    reached = active[1]
    run_over.set()  # talks end now: the run is over once the callers still in the menus finish
    calls = list(await asyncio.gather(*tasks))
    after = system.samples()
    report = LoadReport(calls, window, {k: (before[k], at_peak[k]) for k in before if k in at_peak})
    out = report.summary()
    failed = [c for c, p in zip(calls, peers, strict=True)
              if c.peer.error or not (p.abandoned or c.peer.server_hung_up)]
    every = [x for xs in report.step_latencies().values() for x in xs]
    out.update({
        "arrivals": len(calls), "arrival_rate_per_s": round(len(calls) / window, 2),
        "window_seconds": round(window, 1), "concurrent_calls_reached": reached,
        "answered": sum(1 for p in peers if p.talked), "abandoned": sum(1 for p in peers if p.abandoned),
        "failed": len(failed), "failures": sorted({c.peer.error or "not ended by the server" for c in failed})[:5],
        "step_ms_p99_by_verb": {verb: round(percentile(xs, 99) * 1000, 2)
                                for verb, xs in sorted(report.step_latencies().items())},
        "steps_per_second": round(len(every) / (time.perf_counter() - started), 1),
        "total_seconds": round(time.perf_counter() - started, 1),
        "rss_mb_at_end": {k: round(v.rss_kb / 1024, 1) for k, v in after.items()},
        "machine_wakeup_late_ms": json.loads(probed or b"{}"),
        "call_ids": [c.call_id for c in calls],
    })
    return out


def busy_hour_markdown(command: str, summary: dict[str, Any]) -> str:
    procs = "\n".join(
        f"| {name} | {p['cpu_seconds']} | {p['cpu_share']} | {p['rss_mb_end']} | {p['fds_end']} |"
        for name, p in summary["processes"].items()
    )
    verbs = ", ".join(f"{verb} {ms}" for verb, ms in summary["step_ms_p99_by_verb"].items())
    steps = f"{summary['step_ms_p50']} / {summary['step_ms_p95']} / {summary['step_ms_p99']}"
    arrivals = f"{summary['arrivals']} / {summary['window_seconds']} / {summary['arrival_rate_per_s']}"
    agents = f"{summary['agents_per_centre_erlang_c']} ({summary['predicted_service_level']})"
    probe = summary.get("machine_wakeup_late_ms", {})
    late = f"{probe.get('late_ms_p50')} / {probe.get('late_ms_p99')} / {probe.get('late_ms_max')}"
    return f"""
### `{command}`

| figure | value |
| --- | --- |
| arrivals / window s / arrival rate per s | {arrivals} |
| concurrent calls reached | {summary['concurrent_calls_reached']} |
| answered / abandoned in the queue / failed | {summary['answered']} / {summary['abandoned']} / {summary['failed']} |
| agents per centre (Erlang C, predicted service level) | {agents} |
| AGI steps per second (whole run) | {summary['steps_per_second']} |
| server think time per AGI step p50 / p95 / p99 ms | {steps} |
| think time p99 by command, ms | {verbs} |
| same run, same box: an idle process's wake-up lateness p50 / p99 / max ms (the limit) | {late} |
| records / calls with exactly one CALL_END | {summary['records_written']} / {summary['calls_with_one_call_end']} |

CPU over the arrival window (the busy part), RSS at its end:

| process | CPU s | CPU share of wall | RSS MB | open fds |
| --- | --- | --- | --- | --- |
{procs}
"""


def limit_rows(summary: dict[str, Any]) -> str:
    limit = summary.get("limit")
    if not limit:
        return ""
    steps = f"{limit['step_ms_p50']} / {limit['step_ms_p95']} / {limit['step_ms_p99']}"
    return (f"| same run, bare line servers replaying one of our calls ({limit['commands_per_call']} commands) "
            f"to the same callers: think time p50 / p95 / p99 ms (the limit) | {steps} |\n"
            f"| same run, the limit's steps per second / calls ended | {limit['steps_per_second']} / "
            f"{limit['ended']} of {limit['calls']} |\n"
            f"| our p99 / the limit's p99 | {summary['p99_ratio_to_limit']} |\n")


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
{limit_rows(summary)}
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
    parser.add_argument("--call-timeout", type=float, default=240.0,
                        help="a call still running after this long is ended by its caller and counted as failed")
    parser.add_argument("--limit", action="store_true",
                        help="then the same callers against bare line servers (bench/closed_loop_limit.py)")
    parser.add_argument("--realistic", action="store_true", help="the busy hour's shape (bench/busy_hour.py)")
    parser.add_argument("--rate", type=float, default=5.0, help="realistic: arrivals per second")
    parser.add_argument("--window", type=float, default=150.0, help="realistic: seconds of arrivals")
    parser.add_argument("--talk-real", type=float, default=285.0,
                        help="realistic: talk seconds (300 s handle time in docs/capacity.md less the wrap-up)")
    parser.add_argument("--barge", type=float, default=0.3, help="realistic: share of callers who barge in")
    parser.add_argument("--abandon", type=float, default=0.1, help="realistic: share of impatient callers")
    parser.add_argument("--seed", type=int, default=12315)
    parser.add_argument("--write", action="store_true", help=f"append the figures to {RESULTS.name}")
    args = parser.parse_args()
    summary = asyncio.run(run_busy_hour(args) if args.realistic else run(args))
    print(json.dumps(summary, indent=2))
    if args.write:
        command = (".venv/bin/python bench/system_load.py " + " ".join(sys.argv[1:])).replace(" --write", "")
        with RESULTS.open("a", encoding="utf-8") as out:
            out.write(busy_hour_markdown(command, summary) if args.realistic else markdown(command, summary))


if __name__ == "__main__":
    main()
