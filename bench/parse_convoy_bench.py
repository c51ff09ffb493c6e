"""How late an RTP-like clock on the event loop runs while a menu version is parsed, by where it is parsed.

One process holds an asyncio loop that sends ``--streams`` UDP datagrams (160-byte payloads,
one per stream, like ``ivr.sip.rtp.MediaClock``) every 20 ms on an absolute schedule, and
records each tick's lateness (the loop's time at the tick minus its due time). Every
``--every`` seconds the shipped menus (one changed prompt) are parsed and validated
(``ivr.menus.store.parse_menus``), in turn:

  none     no parse: the loop's normal lateness in this run
  thread   ``asyncio.to_thread`` (as ivr.versioned_store followed a publish before)
  thread-short-switch  the same with the switch interval at 0.5 ms instead of 5 ms: if the
           loop waits for the GIL at each release, its lateness shrinks with the interval
  process  a child process (``concurrent.futures.ProcessPoolExecutor``); the parsed value
           comes back pickled (~37 KB)
  loop     on the event loop itself (the upper bound: the whole parse is one stall)

Each ``sendto`` releases the GIL; with a CPU-bound thread holding it, the loop waits up to
``sys.getswitchinterval()`` (5 ms) to get it back after each release.

    .venv/bin/python bench/parse_convoy_bench.py --seconds 20 --streams 150 --every 0.5
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ivr.menus.menuset import read_menu_dir  # noqa: E402
from ivr.menus.store import parse_menus  # noqa: E402
from ivr.settings import SHIPPED_MENUS_DIR  # noqa: E402

MODES = ("none", "thread", "thread-short-switch", "process", "loop")
SHORT_SWITCH_S = 0.0005
PTIME = 0.020
PAYLOAD = bytes(172)  # RTP header + 160 bytes of G.711


def edited_menus(n: int) -> dict[str, str]:
    files = read_menu_dir(SHIPPED_MENUS_DIR)
    files["12315.yaml"] = files["12315.yaml"].replace("欢迎致电", f"欢迎（第{n}版）致电", 1)
    return files


def parse_version(n: int) -> Any:
    return parse_menus(edited_menus(n))


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


async def clock(sockets: list[socket.socket], target: tuple[str, int], seconds: float,
                lateness_ms: list[float]) -> None:
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    ticks = int(seconds / PTIME)
    for n in range(ticks):
        due = t0 + n * PTIME
        delay = due - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        lateness_ms.append((loop.time() - due) * 1000)
        for sock in sockets:
            sock.sendto(PAYLOAD, target)


async def parse_every(mode: str, every: float, stop: asyncio.Event, pool: ProcessPoolExecutor,
                      took_ms: list[float]) -> None:
    loop = asyncio.get_running_loop()
    runners: dict[str, Callable[[int], Awaitable[Any]]] = {
        "thread": lambda n: asyncio.to_thread(parse_version, n),
        "thread-short-switch": lambda n: asyncio.to_thread(parse_version, n),
        "process": lambda n: loop.run_in_executor(pool, parse_version, n),
    }
    n = 0
    while not stop.is_set():
        try:
            await asyncio.wait_for(stop.wait(), timeout=every)
            return
        except TimeoutError:
            pass
        n += 1
        started = time.perf_counter()
        if mode == "loop":
            parse_version(n)
        else:
            await runners[mode](n)
        took_ms.append((time.perf_counter() - started) * 1000)


async def run_mode(mode: str, seconds: float, streams: int, every: float, pool: ProcessPoolExecutor) -> dict[str, Any]:
    sink = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sink.bind(("127.0.0.1", 0))
    sink.setblocking(False)
    sockets = [socket.socket(socket.AF_INET, socket.SOCK_DGRAM) for _ in range(streams)]
    for sock in sockets:
        sock.setblocking(False)
    lateness: list[float] = []
    took: list[float] = []
    stop = asyncio.Event()
    parser = asyncio.create_task(parse_every(mode, every, stop, pool, took)) if mode != "none" else None
    cpu0 = time.process_time()
    switch = sys.getswitchinterval()
    if mode == "thread-short-switch":
        sys.setswitchinterval(SHORT_SWITCH_S)
    try:
        await clock(sockets, sink.getsockname(), seconds, lateness)
    finally:
        sys.setswitchinterval(switch)
        stop.set()
        if parser is not None:
            await parser
        for sock in (*sockets, sink):
            sock.close()
    return {"mode": mode, "ticks": len(lateness), "parses": len(took),
            "parse_ms_median": round(percentile(took, 0.5), 1) if took else None,
            "late_p50_ms": round(percentile(lateness, 0.5), 2), "late_p99_ms": round(percentile(lateness, 0.99), 2),
            "late_max_ms": round(max(lateness), 2), "ticks_late_over_5ms": sum(1 for x in lateness if x > 5),
            "parent_cpu_s": round(time.process_time() - cpu0, 2)}


async def main_async(seconds: float, streams: int, every: float, rounds: int, modes: list[str]) -> list[dict[str, Any]]:
    results = []
    with ProcessPoolExecutor(max_workers=1) as pool:
        pool.submit(parse_version, 0).result()  # the child's imports are not part of any mode
        for round_no in range(1, rounds + 1):
            for mode in modes:
                result = {"round": round_no, **await run_mode(mode, seconds, streams, every, pool)}
                print(json.dumps(result), flush=True)
                results.append(result)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--streams", type=int, default=150)
    parser.add_argument("--every", type=float, default=0.5, help="seconds between parses")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    args = parser.parse_args()
    results = asyncio.run(main_async(args.seconds, args.streams, args.every, args.rounds, args.modes))
    print(f"\nswitch interval {sys.getswitchinterval() * 1000:.0f} ms, {args.streams} streams, "
          f"a parse every {args.every} s, {args.seconds} s per mode")
    print("| mode | round | ticks | parses | parse ms median | late p50 ms | late p99 ms | late max ms "
          "| ticks late > 5 ms | parent CPU s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['mode']} | {r['round']} | {r['ticks']} | {r['parses']} | {r['parse_ms_median'] or '-'} | "
              f"{r['late_p50_ms']} | {r['late_p99_ms']} | {r['late_max_ms']} | {r['ticks_late_over_5ms']} | "
              f"{r['parent_cpu_s']} |")


if __name__ == "__main__":
    main()
