"""ACD benchmark: our Lua scripts side by side with the raw EVALSHA of a trivial script
(the limit), in the same run on the same freshly started redis-server (no persistence,
loopback).

    .venv/bin/python bench/queue_bench.py [--requests 50000] [--clients 50] [--cycles 5000] [--rounds 3]

1. Server side, with ``redis-benchmark`` as the load generator for both:
   - limit: ``EVALSHA <sha of 'return 1'> 0``
   - ours:  ``EVALSHA <enqueue.lua> ...`` (a new call each time) and ``EVALSHA <poll.lua> ...``
     (the waiting worker's tick)
2. End to end from Python (redis.asyncio, the client the FastAGI workers use), K
   concurrent workers: each cycle is enqueue -> dispatch (assignment) -> connect ->
   complete on a centre with 50 ready agents; the peer is the same client running the
   trivial EVALSHA at the same concurrency. Reports script calls/s, assignments/s and
   p50/p99 assignment latency (the dispatch call that assigns the call).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import redis  # noqa: E402
import redis.asyncio as aioredis  # noqa: E402

from queueing.centres import load_config  # noqa: E402
from queueing.store import AcdStore, script_source  # noqa: E402
from tests.support.services import RedisServer, free_port  # noqa: E402

T0 = 1_780_000_000_000


def redis_benchmark(port: int, requests: int, clients: int, *command: str) -> float:
    binary = shutil.which("redis-benchmark") or "/usr/bin/redis-benchmark"
    out = subprocess.run(
        [binary, "-h", "127.0.0.1", "-p", str(port), "-n", str(requests), "-c", str(clients), "-r", "100000000",
         "-q", *command],
        capture_output=True, text=True, check=True, timeout=600,
    ).stdout
    found = re.findall(r"([\d.]+) requests per second", out.replace("\r", "\n"))
    if not found:
        raise RuntimeError(f"cannot read redis-benchmark output: {out[-300:]!r}")
    return float(found[-1])


def server_side(port: int, requests: int, clients: int) -> dict[str, float]:
    r = redis.Redis(port=port, decode_responses=True)
    r.flushall()
    trivial = str(r.script_load("return 1"))
    enqueue = str(r.script_load(script_source("enqueue")))
    poll = str(r.script_load(script_source("poll")))
    r.hset("acd:{bj}:cfg", mapping={"max_queue": 10**9})
    r.hset("acd:{bj}:call:q1", mapping={"state": "waiting", "agent": ""})
    enqueue_args = ["1", "acd:{bj}:cfg", str(T0), "q:__rand_int__", "c", str(T0), "0", "zh", "food", "30000",
                    "bj", "{}", "1"]
    poll_args = ["1", "acd:{bj}:cfg", str(T0), "q1", "30000"]
    results = {"limit: EVALSHA 'return 1', no arguments": redis_benchmark(
        port, requests, clients, "evalsha", trivial, "0")}
    results["limit: EVALSHA 'return 1' with enqueue's arguments"] = redis_benchmark(
        port, requests, clients, "evalsha", trivial, *enqueue_args)
    results["enqueue.lua (a new call each time; queue grows to N)"] = redis_benchmark(
        port, requests, clients, "evalsha", enqueue, *enqueue_args)
    results["limit: EVALSHA 'return 1' with poll's arguments"] = redis_benchmark(
        port, requests, clients, "evalsha", trivial, *poll_args)
    results["poll.lua (worker tick, lease renewal)"] = redis_benchmark(
        port, requests, clients, "evalsha", poll, *poll_args)
    r.flushall()
    return results


async def python_peer(url: str, workers: int, seconds: float) -> dict[str, float]:
    client: Any = aioredis.Redis.from_url(url, decode_responses=True, max_connections=workers + 4)
    script = client.register_script("return 1")
    await client.config_resetstat()
    count = 0
    stop = time.perf_counter() + seconds

    async def run() -> None:
        nonlocal count
        while time.perf_counter() < stop:
            await script(keys=["acd:{bj}:cfg"], args=[])
            count += 1

    start = time.perf_counter()
    await asyncio.gather(*(run() for _ in range(workers)))
    elapsed = time.perf_counter() - start
    usec = await evalsha_usec(client)
    await client.aclose()
    return {"calls_per_s": count / elapsed, "usec": usec}


async def evalsha_usec(client: Any) -> float:
    """Server time per EVALSHA since the last CONFIG RESETSTAT (INFO commandstats)."""
    stats = await client.info("commandstats")
    return float(stats.get("cmdstat_evalsha", {}).get("usec_per_call", 0.0))


async def python_cycles(url: str, workers: int, cycles: int) -> dict[str, float]:
    client: Any = aioredis.Redis.from_url(url, decode_responses=True, max_connections=workers + 4)
    await client.flushall()
    cfg = load_config()
    cfg.centres["bj"].wrapup = 0
    store = AcdStore(client, cfg)
    await store.apply_config(["bj"])
    for i in range(50):
        await store.agent_login("bj", f"a{i}", f"PJSIP/{i}", T0, ready=True)
    await client.config_resetstat()
    latencies: list[float] = []
    script_calls = 0
    assigned = 0
    per = cycles // workers

    async def run(w: int) -> None:
        nonlocal script_calls, assigned
        for i in range(per):
            now = T0 + i
            qcid = f"w{w}-{i}"
            await store.enqueue("bj", qcid, call_id=qcid, enq_ms=now, now_ms=now)
            while True:  # other workers' dispatches may assign our call: then we just find it
                t = time.perf_counter()
                pairs = await store.dispatch("bj", now)
                if pairs:  # the latency of a dispatch call that made assignments
                    latencies.append(time.perf_counter() - t)
                script_calls += 1
                view = await store.poll("bj", qcid, now)
                script_calls += 1
                if view is not None and view.state == "reserved":
                    break
            await store.connect("bj", qcid, view.agent, now)
            await store.complete("bj", qcid, view.agent, now)
            script_calls += 3
            assigned += 1

    start = time.perf_counter()
    await asyncio.gather(*(run(w) for w in range(workers)))
    elapsed = time.perf_counter() - start
    usec = await evalsha_usec(client)
    problems = await store.check("bj")
    await client.aclose()
    if problems:
        raise RuntimeError(f"invariants broken after the benchmark: {problems[:3]}")
    latencies.sort()
    return {
        "elapsed": elapsed,
        "script_calls_per_s": script_calls / elapsed,
        "assignments_per_s": assigned / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1] * 1000,
        "usec": usec,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50_000, help="redis-benchmark requests per measurement")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--workers", type=int, default=50)
    parser.add_argument("--cycles", type=int, default=5_000, help="Python call cycles per round")
    parser.add_argument("--rounds", type=int, default=3, help="limit and ours alternate; medians reported")
    args = parser.parse_args()
    sides: list[dict[str, float]] = []
    peers: list[dict[str, float]] = []
    ours: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="ivr-qbench-") as tmp:
        server = RedisServer(port=free_port(), workdir=Path(tmp), appendonly=False)
        server.start()
        try:
            for _ in range(args.rounds):
                sides.append(server_side(server.port, args.requests, args.clients))
                peers.append(asyncio.run(python_peer(server.url, args.workers, 3.0)))
                ours.append(asyncio.run(python_cycles(server.url, args.workers, args.cycles)))
        finally:
            server.stop()
    med = statistics.median
    print(f"redis-benchmark, {args.requests} requests x {args.rounds} rounds, {args.clients} clients; "
          "medians; ratios taken within each round")
    print("| script | ops/s | / bare limit | / limit with the same arguments |\n|---|---|---|---|")
    names = list(sides[0])
    bare = names[0]
    same_of: dict[str, str] = {}
    current = bare
    for name in names:
        if name.startswith("limit") and "with" in name:
            current = name
        same_of[name] = current
    for name in names:
        rate = med(r[name] for r in sides)
        to_bare = med(r[name] / r[bare] for r in sides)
        to_same = med(r[name] / r[same_of[name]] for r in sides)
        print(f"| {name} | {rate:,.0f} | {to_bare:.2f} | {to_same:.2f} |")
    print(f"\nPython redis.asyncio, {args.workers} concurrent workers, {args.cycles} calls per round "
          "(enqueue, dispatch until assigned, poll, connect, complete; 50 ready agents)")
    print("| figure | median |\n|---|---|")
    print(f"| peer: trivial EVALSHA calls/s | {med(p['calls_per_s'] for p in peers):,.0f} |")
    ratio = med(o["script_calls_per_s"] / p["calls_per_s"] for o, p in zip(ours, peers, strict=True))
    print(f"| ACD script calls/s | {med(o['script_calls_per_s'] for o in ours):,.0f} ({ratio:.2f} of peer) |")
    print(f"| server time per call, trivial / ACD mix (µs, INFO commandstats) | "
          f"{med(p['usec'] for p in peers):.2f} / {med(o['usec'] for o in ours):.2f} |")
    print(f"| assignments/s (full call cycles) | {med(o['assignments_per_s'] for o in ours):,.0f} |")
    print(f"| assignment latency p50 / p99 (ms) | {med(o['p50_ms'] for o in ours):.2f} / "
          f"{med(o['p99_ms'] for o in ours):.2f} |")


if __name__ == "__main__":
    main()
