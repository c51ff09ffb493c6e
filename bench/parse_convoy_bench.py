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
  store    as a calls process follows publishes (ivr.runtime, ``Needs.parse_apart``): one
           ``ivr.versioned_store.ParseProcess`` started with the parsers and given the kinds'
           warm-ups (as ``VersionedStore.parse_apart`` does), parsing in turn a new
           knowledge base, ACD configuration and menu version (``VersionedStore``'s ``_parse``),
           each labelled; the value comes back pickled and is unpickled in this process by the
           executor's manager thread
  store-nice  the same with a second parse process running ``--child-nice`` (10) nicer than
           this one (``ParseProcess(nice_increment=...)``)
  store-cold  the same as store through a third parse process not given the warm-ups: its
           first knowledge parse loads jieba's dictionary

``--busy N`` runs N processes spinning at the bench's niceness beside it, as SIPp and the RTP
receiver share the two cores with the calls' process in bench/sip_publish_bench.py.

Every mode also records this process's garbage collections (``gc.callbacks``): how long each
took, of which generation, and whether the loop's thread or another thread ran it. With
``--unpickle`` the bench first times ``pickle.loads`` of each kind's parsed value alone.

Each ``sendto`` releases the GIL; with a CPU-bound thread holding it, the loop waits up to
``sys.getswitchinterval()`` (5 ms) to get it back after each release.

    .venv/bin/python bench/parse_convoy_bench.py --seconds 20 --streams 150 --every 0.5
    nice -n -10 .venv/bin/python bench/parse_convoy_bench.py --seconds 10 --rounds 2 --modes none store --unpickle
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import multiprocessing
import pickle
import socket
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ivr.knowledge.loader import shipped_files  # noqa: E402
from ivr.knowledge.store import KNOWLEDGE  # noqa: E402
from ivr.menus.menuset import read_menu_dir  # noqa: E402
from ivr.menus.store import MENUS, parse_menus  # noqa: E402
from ivr.settings import SHIPPED_MENUS_DIR  # noqa: E402
from ivr.versioned_store import ParseProcess, StoreKind, _Parsed  # noqa: E402
from queueing.centres import SHIPPED_CENTRES  # noqa: E402
from queueing.config_store import ACD, CONFIG_FILE  # noqa: E402

MODES = ("none", "thread", "thread-short-switch", "process", "loop", "store", "store-nice", "store-cold")
SHORT_SWITCH_S = 0.0005
PTIME = 0.020
PAYLOAD = bytes(172)  # RTP header + 160 bytes of G.711


def edited_menus(n: int) -> dict[str, str]:
    files = read_menu_dir(SHIPPED_MENUS_DIR)
    files["12315.yaml"] = files["12315.yaml"].replace("欢迎致电", f"欢迎（第{n}版）致电", 1)
    return files


def shipped_of(kind: StoreKind[Any]) -> dict[str, str]:
    if kind is KNOWLEDGE:
        return shipped_files()
    if kind is ACD:
        return {CONFIG_FILE: SHIPPED_CENTRES.read_text(encoding="utf-8")}
    return read_menu_dir(SHIPPED_MENUS_DIR)


FOLLOWED_KINDS: tuple[StoreKind[Any], ...] = (KNOWLEDGE, ACD, MENUS)
SHIPPED = {kind.name: shipped_of(kind) for kind in FOLLOWED_KINDS}


def edited(kind: StoreKind[Any], n: int) -> dict[str, str]:
    """Kind's shipped files with a comment added to the first: a new version, parsed in full."""
    files = dict(SHIPPED[kind.name])
    first = sorted(files)[0]
    files[first] += f"\n# version {n}\n"
    return files


def unpickle_ms(rounds: int = 5) -> dict[str, dict[str, float]]:
    """Per kind: the pickled ``_Parsed`` reply's size and ``pickle.loads``'s median time."""
    found = {}
    for kind in FOLLOWED_KINDS:
        data = pickle.dumps(_Parsed(value=kind.parse(SHIPPED[kind.name])), protocol=pickle.HIGHEST_PROTOCOL)
        took = []
        for _ in range(rounds):
            started = time.perf_counter()
            pickle.loads(data)
            took.append((time.perf_counter() - started) * 1000)
        found[kind.name] = {"bytes": len(data), "loads_ms_median": round(percentile(took, 0.5), 2),
                            "loads_ms_max": round(max(took), 2)}
    return found


class GcLog:
    """This process's garbage collections while installed: (generation, ms, on the loop's thread)."""

    def __init__(self) -> None:
        self.loop_thread = threading.get_ident()
        self.done: list[tuple[int, float, bool]] = []
        self._started: dict[int, float] = {}

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        thread = threading.get_ident()
        if phase == "start":
            self._started[thread] = time.perf_counter()
        elif thread in self._started:
            took = (time.perf_counter() - self._started.pop(thread)) * 1000
            self.done.append((info["generation"], took, thread == self.loop_thread))

    def summary(self) -> dict[str, Any]:
        return {"gcs": len(self.done), "gc_gen2": sum(1 for g, _, _ in self.done if g == 2),
                "gc_max_ms": round(max((ms for _, ms, _ in self.done), default=0.0), 1),
                "gc_off_loop_max_ms": round(max((ms for _, ms, on in self.done if not on), default=0.0), 1)}


def spin(seconds: float) -> None:
    """A peer at the bench's niceness keeping one core busy (as SIPp and the RTP receiver do)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


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


async def follow_in(process: ParseProcess, n: int) -> Any:
    kind = FOLLOWED_KINDS[n % len(FOLLOWED_KINDS)]
    parsed = await process.parse(kind.parse, edited(kind, n))
    if parsed.refused is not None:
        raise RuntimeError(f"{kind.name} version {n} refused: {parsed.refused}")
    return kind.label(parsed.value, n)


async def parse_every(mode: str, every: float, stop: asyncio.Event, pool: ProcessPoolExecutor,
                      processes: dict[str, ParseProcess], took_ms: list[float]) -> None:
    loop = asyncio.get_running_loop()
    runners: dict[str, Callable[[int], Awaitable[Any]]] = {
        "thread": lambda n: asyncio.to_thread(parse_version, n),
        "thread-short-switch": lambda n: asyncio.to_thread(parse_version, n),
        "process": lambda n: loop.run_in_executor(pool, parse_version, n),
        "store": lambda n: follow_in(processes["store"], n),
        "store-nice": lambda n: follow_in(processes["store-nice"], n),
        "store-cold": lambda n: follow_in(processes["store-cold"], n),
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


async def run_mode(mode: str, seconds: float, streams: int, every: float, pool: ProcessPoolExecutor,
                   processes: dict[str, ParseProcess]) -> dict[str, Any]:
    sink = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sink.bind(("127.0.0.1", 0))
    sink.setblocking(False)
    sockets = [socket.socket(socket.AF_INET, socket.SOCK_DGRAM) for _ in range(streams)]
    for sock in sockets:
        sock.setblocking(False)
    lateness: list[float] = []
    took: list[float] = []
    stop = asyncio.Event()
    parser = asyncio.create_task(parse_every(mode, every, stop, pool, processes, took)) if mode != "none" else None
    gc_log = GcLog()
    gc.callbacks.append(gc_log)
    cpu0 = time.process_time()
    switch = sys.getswitchinterval()
    if mode == "thread-short-switch":
        sys.setswitchinterval(SHORT_SWITCH_S)
    try:
        await clock(sockets, sink.getsockname(), seconds, lateness)
    finally:
        sys.setswitchinterval(switch)
        gc.callbacks.remove(gc_log)
        stop.set()
        if parser is not None:
            await parser
        for sock in (*sockets, sink):
            sock.close()
    return {"mode": mode, "ticks": len(lateness), "parses": len(took),
            "parse_ms_median": round(percentile(took, 0.5), 1) if took else None,
            "parse_ms_max": round(max(took), 1) if took else None,
            "late_p50_ms": round(percentile(lateness, 0.5), 2), "late_p99_ms": round(percentile(lateness, 0.99), 2),
            "late_max_ms": round(max(lateness), 2), "ticks_late_over_5ms": sum(1 for x in lateness if x > 5),
            "parent_cpu_s": round(time.process_time() - cpu0, 2), **gc_log.summary()}


async def main_async(seconds: float, streams: int, every: float, rounds: int, modes: list[str],
                     child_nice: int, busy: int) -> list[dict[str, Any]]:
    results = []
    processes = {"store": ParseProcess(), "store-nice": ParseProcess(nice_increment=child_nice),
                 "store-cold": ParseProcess()}
    spawn = multiprocessing.get_context("spawn")
    spinners = [spawn.Process(target=spin, args=((seconds + 2) * rounds * len(modes) + 10,)) for _ in range(busy)]
    try:
        for spinner in spinners:
            spinner.start()
        for mode, process in processes.items():
            if mode in modes:  # as ivr.runtime: the child's imports at start, not during calls
                await process.start([kind.parse for kind in FOLLOWED_KINDS])
                for kind in FOLLOWED_KINDS:
                    if kind.warm is not None and mode != "store-cold":
                        process.warm(kind.warm)
                await process.start([])  # one worker, in order: back once the warm-ups are done
        with ProcessPoolExecutor(max_workers=1) as pool:
            pool.submit(parse_version, 0).result()  # the child's imports are not part of any mode
            for round_no in range(1, rounds + 1):
                for mode in modes:
                    result = {"round": round_no, **await run_mode(mode, seconds, streams, every, pool, processes)}
                    print(json.dumps(result), flush=True)
                    results.append(result)
    finally:
        for process in processes.values():
            await asyncio.to_thread(process.close)
        for spinner in spinners:
            spinner.terminate()
            spinner.join()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--streams", type=int, default=150)
    parser.add_argument("--every", type=float, default=0.5, help="seconds between parses")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    parser.add_argument("--unpickle", action="store_true", help="first time pickle.loads of each kind's value")
    parser.add_argument("--child-nice", type=int, default=10,
                        help="store-nice mode: run the parse process this much nicer than the loop's")
    parser.add_argument("--busy", type=int, default=0, help="processes spinning beside the loop, at its niceness")
    args = parser.parse_args()
    if args.unpickle:
        for name, found in unpickle_ms().items():
            print(json.dumps({"unpickle": name, **found}), flush=True)
    results = asyncio.run(main_async(args.seconds, args.streams, args.every, args.rounds, args.modes,
                                     args.child_nice, args.busy))
    print(f"\nswitch interval {sys.getswitchinterval() * 1000:.0f} ms, {args.streams} streams, "
          f"a parse every {args.every} s, {args.seconds} s per mode, store-nice's parse process +{args.child_nice}, "
          f"{args.busy} busy peers")
    print("| mode | round | ticks | parses | parse ms median / max | late p50 ms | late p99 ms | late max ms "
          "| ticks late > 5 ms | parent CPU s | GCs (gen 2) | longest GC ms (off the loop's thread) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['mode']} | {r['round']} | {r['ticks']} | {r['parses']} | "
              f"{r['parse_ms_median'] or '-'} / {r['parse_ms_max'] or '-'} | "
              f"{r['late_p50_ms']} | {r['late_p99_ms']} | {r['late_max_ms']} | {r['ticks_late_over_5ms']} | "
              f"{r['parent_cpu_s']} | {r['gcs']} ({r['gc_gen2']}) | {r['gc_max_ms']} ({r['gc_off_loop_max_ms']}) |")


if __name__ == "__main__":
    main()
