"""RTP timing of SIP calls while menus are published, against the same calls without publishing.

The server is the embedded SIP endpoint with hold music on every call (as bench/sip_bench.py's
``ivr`` stack) and the process's menu store following publishes through Redis, as a calls
process of `ivr serve` does. The modes take the same SIPp load in the same run, one after
the other (and the whole round again with ``--rounds``):

  none             nobody publishes: the normal p99 inter-packet gap of this run
  follow           another process publishes the menus every ``--every`` seconds (the web app
                   of `ivr serve`); the server follows each version: reads it from Redis,
                   parses and validates it in its parse process (ivr.versioned_store
                   .ParseProcess, as ivr.runtime's SERVER does), swaps it in
  follow-thread    the same, parsed in a thread of the server (before the parse process)
  prepared         the versions are stored in Redis before the calls; every ``--every``
                   seconds a process only raises the published number and announces it, so
                   the follow is the only work (no publisher CPU); parsed in the parse process
  prepared-thread  the same, parsed in a thread of the server
  inprocess        the server's own loop publishes every ``--every`` seconds (`ivr serve
                   --calls-in-process`: the web app in the same process as the calls), parsed
                   in the parse process

Each publish changes one prompt's text, so every version is new. The receiver timestamps each
packet in the kernel (bench/sip_bench.py's ``ear``).

    .venv/bin/python bench/sip_publish_bench.py run --rate 7.5 --call-seconds 20 --every 2 --nice -10 \
        --modes none prepared-thread prepared
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import sip_bench  # noqa: E402
from redis.asyncio import Redis  # noqa: E402

from ivr.channel import CallerHangup, Channel  # noqa: E402
from ivr.embedded import EmbeddedRedis  # noqa: E402
from ivr.menus.menuset import read_menu_dir  # noqa: E402
from ivr.menus.store import MENUS, MenuStore  # noqa: E402
from ivr.settings import SHIPPED_MENUS_DIR, Settings  # noqa: E402
from ivr.sip.config import SipOptions  # noqa: E402
from ivr.sip.endpoint import start_sip_endpoint  # noqa: E402
from ivr.versioned_store import ParseProcess  # noqa: E402

MODES = ("none", "follow", "follow-thread", "prepared", "prepared-thread", "inprocess")
#: the published numbers of prepared versions start here (above any a live publisher reaches)
PREPARED_BASE = 100_000
#: a loop-lag sample later than this is a stall; one due within the window before a swap is "during a follow"
STALL_MS = 40.0
FOLLOW_WINDOW_S = 0.5
WARM_UP_S = 2.0
NICE: list[str] = []
PUBLISHER_NICE: list[str] = []  # --publisher-nice: the publishing process below the server, SIPp and receiver


def edited_menus(n: int) -> dict[str, str]:
    """The shipped menus with the 12315 welcome changed: version ``n`` differs from every other."""
    files = read_menu_dir(SHIPPED_MENUS_DIR)
    text = files["12315.yaml"]
    marker = "欢迎致电"
    assert marker in text
    files["12315.yaml"] = text.replace(marker, f"欢迎（第{n}版）致电", 1)
    return files


async def publish_loop(store: MenuStore, every: float, stop: asyncio.Event, took: list[float]) -> None:
    n = 0
    while not stop.is_set():
        try:
            await asyncio.wait_for(stop.wait(), timeout=every)
        except TimeoutError:
            pass
        if stop.is_set():
            return
        n += 1
        started = time.perf_counter()
        await store.publish(edited_menus(n), f"bench {n}", "bench")
        took.append(time.perf_counter() - started)


# --- server ----------------------------------------------------------------------------------
async def loop_lag(stop: asyncio.Event, lag_ms: list[tuple[float, float]], first_call: asyncio.Event) -> None:
    """How late the server's loop runs a callback due every 20 ms (as the RTP clock's): the
    loop's own view, without the receiver's and SIPp's scheduling on the shared machine.
    Sampled from WARM_UP_S after the first call (which loads and encodes the hold music)."""
    await first_call.wait()
    await asyncio.sleep(WARM_UP_S)
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    n = 0
    while not stop.is_set():
        n += 1
        due = t0 + n * 0.020
        await asyncio.sleep(max(0.0, due - loop.time()))
        lag_ms.append((due, (loop.time() - due) * 1000))


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


async def serve(port: int, rtp_min: int, rtp_max: int, redis_url: str, data_dir: Path, every: float,
                parse_apart: bool) -> None:
    settings = Settings(data_dir=data_dir, redis_url=redis_url, sip_host="127.0.0.1", sip_port=port)
    redis = Redis.from_url(redis_url)
    store = MenuStore(settings, redis)
    await store.load_current()
    parser = ParseProcess()
    if parse_apart:  # as ivr.runtime opens a server
        await parser.start([MENUS.parse])
        store.versions.parse_apart(parser)
    swapped_at: list[float] = []
    store.on_change(lambda menus: swapped_at.append(asyncio.get_running_loop().time()))
    stop = asyncio.Event()
    watcher = asyncio.create_task(store.watch(stop))
    took: list[float] = []
    publisher = asyncio.create_task(publish_loop(store, every, stop, took)) if every > 0 else None

    first_call = asyncio.Event()

    async def handler(channel: Channel) -> None:
        first_call.set()
        try:
            await channel.answer()
            await channel.hold(600)
        except CallerHangup:
            pass

    endpoint = await start_sip_endpoint(settings, handler, SipOptions(rtp_port_min=rtp_min, rtp_port_max=rtp_max))
    lag: list[tuple[float, float]] = []
    sampler = asyncio.create_task(loop_lag(stop, lag, first_call))
    terminated = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, terminated.set)
    print("READY", flush=True)
    await terminated.wait()
    stop.set()
    await endpoint.close()
    for task in (watcher, publisher, sampler):
        if task is not None:
            task.cancel()
    await redis.aclose()
    await asyncio.to_thread(parser.close)
    late = [(due, ms) for due, ms in lag if ms > STALL_MS]
    # a stall "during a follow": due from FOLLOW_WINDOW_S before a version went live until it did
    near = [ms for due, ms in late if any(t - FOLLOW_WINDOW_S <= due <= t for t in swapped_at)]
    lags = [ms for _, ms in lag]
    worst_due, _ = max(lag, key=lambda sample: sample[1], default=(0.0, 0.0))
    print(json.dumps({"versions_swapped_in": len(swapped_at), "late_ticks_skipped": endpoint.clock.late_ticks,
                      "loop_lag_p99_ms": round(_percentile(lags, 0.99), 1),
                      "loop_lag_max_ms": round(max(lags or [0]), 1),
                      "worst_lag_at_s": round(worst_due - lag[0][0], 1) if lag else None,
                      "lag_samples": len(lags), "stalled_samples": len(late), "stalled_during_follow": len(near),
                      "publish_ms": [round(t * 1000, 1) for t in took]}), file=sys.stderr)


async def publisher(redis_url: str, data_dir: Path, every: float) -> None:
    """Another process publishing (the web app of `ivr serve`), on its own data directory copy."""
    settings = Settings(data_dir=data_dir, redis_url=redis_url)
    redis = Redis.from_url(redis_url)
    store = MenuStore(settings, redis)
    await store.load_current()
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    took: list[float] = []
    print("READY", flush=True)
    await publish_loop(store, every, stop, took)
    await redis.aclose()
    print(json.dumps({"publishes": len(took)}), file=sys.stderr)


async def flipper(redis_url: str, every: float, step: int, count: int) -> None:
    """Prepared versions: stored in Redis first; then every ``every`` s only the published number
    moves and is announced (what a publish on another host leaves a follower to do)."""
    redis = Redis.from_url(redis_url)
    first = PREPARED_BASE * step
    for n in range(first + 1, first + count + 1):
        await redis.delete(MENUS.version_key(n))
        for name, text in edited_menus(n).items():
            await redis.hset(MENUS.version_key(n), name, text)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    print("READY", flush=True)
    flips = 0
    while not stop.is_set() and flips < count:
        try:
            await asyncio.wait_for(stop.wait(), timeout=every)
        except TimeoutError:
            pass
        if stop.is_set():
            break
        flips += 1
        await redis.set(MENUS.published_key, first + flips)
        await redis.publish(MENUS.channel, str(first + flips))
    await redis.aclose()
    print(json.dumps({"flips": flips}), file=sys.stderr)


# --- orchestration -------------------------------------------------------------------------------
def _start(args: list[str], stderr: Path | None = None, nice: list[str] | None = None) -> subprocess.Popen[str]:
    err = open(stderr, "w") if stderr is not None else None  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen([*(NICE if nice is None else nice), sys.executable, __file__, *args],
                            stdout=subprocess.PIPE, stderr=err, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if "READY" not in line:
        proc.kill()
        raise RuntimeError(f"{args[0]} did not start: {line!r}")
    return proc


def run_step(mode: str, rate: float, call_seconds: float, every: float, workdir: Path, caller_wav: Path,
             redis_url: str, step: int) -> dict[str, Any]:
    sip_port, ear_port = sip_bench.free_port(), sip_bench.free_port(even=True)
    ear_out = workdir / f"ear_{mode}_{step}.json"
    server_err = workdir / f"server_{mode}_{step}.err"
    listener = sip_bench._start(["ear", "--port", str(ear_port), "--out", str(ear_out)])
    others: list[subprocess.Popen[str]] = [listener]
    shared = workdir / f"data_{step}"
    try:
        server = _start(["serve", "--port", str(sip_port), "--rtp-min", "30000", "--rtp-max", "33999",
                         "--redis-url", redis_url, "--data-dir", str(shared),
                         "--every", str(every if mode == "inprocess" else 0),
                         "--parse", "thread" if mode.endswith("-thread") else "process"], stderr=server_err)
        if mode.startswith("follow"):
            others.append(_start(["publish", "--redis-url", redis_url, "--data-dir", str(workdir / f"web_{step}"),
                                  "--every", str(every)], nice=PUBLISHER_NICE or None))
        elif mode.startswith("prepared"):
            count = int((call_seconds * 3 + 60) / every) + 1
            others.append(_start(["flip", "--redis-url", redis_url, "--every", str(every), "--step", str(step),
                                  "--count", str(count)], nice=PUBLISHER_NICE or None))
    except Exception:
        for proc in others:
            sip_bench._stop(proc)
        raise
    calls = int(rate * call_seconds)
    try:
        cpu0, t0 = sip_bench.cpu_seconds(server.pid), time.monotonic()
        sipp = subprocess.run(
            [*NICE, "sipp", f"127.0.0.1:{sip_port}", "-sf", str(sip_bench.SCENARIO), "-i", "127.0.0.1",
             "-p", str(sip_bench.free_port()), "-mi", "127.0.0.1", "-r", str(rate), "-m", str(calls),
             "-l", str(calls + 10), "-d", str(int(call_seconds * 1000)), "-nostdin",
             "-timeout", f"{int(call_seconds * 3 + 60)}s", "-timeout_error", "-mp", "40000",
             "-key", "rtp_port", str(ear_port), "-key", "stream", f"{caller_wav},-1,0",
             "-trace_err", "-error_file", str(workdir / f"sipp_{mode}_{step}.log")],
            capture_output=True, text=True, cwd=workdir, timeout=call_seconds * 3 + 120)
        cpu = sip_bench.cpu_seconds(server.pid) - cpu0
        wall = time.monotonic() - t0
    finally:
        for proc in reversed(others):
            sip_bench._stop(proc)
        sip_bench._stop(server)
    timing = json.loads(ear_out.read_text()) if ear_out.exists() else {}
    told = server_err.read_text().strip().splitlines()
    server_report = json.loads(told[-1]) if told and told[-1].startswith("{") else {}
    publish_ms = server_report.pop("publish_ms", [])
    counts = sip_bench._sipp_counts(sipp.stdout)
    return {"mode": mode, "round": step, "rate_cps": rate, "calls": calls, **counts, "sipp_exit": sipp.returncode,
            "loadavg_1m": sip_bench.load_average(), "server_cpu_pct": round(100 * cpu / wall, 1),
            "publishes_in_server": len(publish_ms),
            "publish_ms_median": sorted(publish_ms)[len(publish_ms) // 2] if publish_ms else None,
            **server_report, **timing}


def run(rate: float, call_seconds: float, every: float, rounds: int, modes: list[str], out: Path | None) -> None:
    workdir = Path(tempfile.mkdtemp(prefix="sippublish-"))
    caller_wav = sip_bench._caller_audio(workdir)
    redis = EmbeddedRedis(workdir / "redis-data", sip_bench.free_port())
    redis_url = redis.start()
    results = []
    try:
        step = 0
        for _ in range(rounds):
            for mode in modes:
                step += 1
                result = run_step(mode, rate, call_seconds, every, workdir, caller_wav, redis_url, step)
                print(json.dumps(result), flush=True)
                results.append(result)
    finally:
        redis.stop()
    if out is not None:
        out.write_text(json.dumps(results, indent=1))
    print("\n| mode | round | calls | ok | failed | versions swapped in | server CPU % | pkt/s per call "
          "| p50 gap ms | p99 gap ms | max gap ms | late ticks skipped | loop lag p99 / max ms "
          "| loop samples > 40 ms (during a follow) | worst lag at s | load avg |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['mode']} | {r['round']} | {r['calls']} | {r['ok']} | {r['failed']} | "
              f"{r.get('versions_swapped_in', '-')} | {r['server_cpu_pct']} | {r.get('pps_per_call_median', 0):.1f} | "
              f"{r.get('gap_p50_ms', 0):.1f} | {r.get('gap_p99_ms', 0):.1f} | {r.get('gap_max_ms', 0):.1f} | "
              f"{r.get('late_ticks_skipped', '-')} | {r.get('loop_lag_p99_ms', '-')} / {r.get('loop_lag_max_ms', '-')} "
              f"| {r.get('stalled_samples', '-')} ({r.get('stalled_during_follow', '-')}) "
              f"| {r.get('worst_lag_at_s', '-')} | {r['loadavg_1m']} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_run = sub.add_parser("run")
    p_run.add_argument("--rate", type=float, default=5)
    p_run.add_argument("--call-seconds", type=float, default=30)
    p_run.add_argument("--every", type=float, default=2.0, help="seconds between publishes")
    p_run.add_argument("--rounds", type=int, default=1)
    p_run.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    p_run.add_argument("--out", type=Path)
    p_run.add_argument("--nice", type=int, default=0)
    p_run.add_argument("--publisher-nice", type=int, default=None,
                       help="follow mode: run the publishing process at this niceness instead of --nice")
    p_serve = sub.add_parser("serve")
    p_serve.add_argument("--port", type=int, required=True)
    p_serve.add_argument("--rtp-min", type=int, required=True)
    p_serve.add_argument("--rtp-max", type=int, required=True)
    p_serve.add_argument("--redis-url", required=True)
    p_serve.add_argument("--data-dir", type=Path, required=True)
    p_serve.add_argument("--every", type=float, default=0.0)
    p_serve.add_argument("--parse", choices=("thread", "process"), default="process")
    p_pub = sub.add_parser("publish")
    p_pub.add_argument("--redis-url", required=True)
    p_pub.add_argument("--data-dir", type=Path, required=True)
    p_pub.add_argument("--every", type=float, required=True)
    p_flip = sub.add_parser("flip")
    p_flip.add_argument("--redis-url", required=True)
    p_flip.add_argument("--every", type=float, required=True)
    p_flip.add_argument("--step", type=int, required=True)
    p_flip.add_argument("--count", type=int, required=True)
    args = parser.parse_args()
    if args.command == "run":
        if args.nice:
            NICE.extend(["nice", "-n", str(args.nice)])
            sip_bench.NICE.extend(NICE)
        if args.publisher_nice is not None:
            PUBLISHER_NICE.extend(["nice", "-n", str(args.publisher_nice)])
        run(args.rate, args.call_seconds, args.every, args.rounds, args.modes, args.out)
    elif args.command == "serve":
        asyncio.run(serve(args.port, args.rtp_min, args.rtp_max, args.redis_url, args.data_dir, args.every,
                          args.parse == "process"))
    elif args.command == "flip":
        asyncio.run(flipper(args.redis_url, args.every, args.step, args.count))
    else:
        asyncio.run(publisher(args.redis_url, args.data_dir, args.every))


if __name__ == "__main__":
    main()
