"""Where a FastAGI call's CPU goes: cProfile of our server and engine on the complaint path of
bench/agi_bench.py. The server runs in its own process and only it is profiled; this process
drives it with the benchmark's replaying callers (the faithful peer's replies to one warm call),
so nothing of Asterisk's side is in the table. Prints own time grouped by module and the top
functions, as a share of the server's.

Run: .venv/bin/python bench/engine_profile.py --calls 400 --concurrency 50
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import pstats
import signal
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agi_scripts.server import FastAgiServer, engine_handler  # noqa: E402
from bench.agi_bench import (  # noqa: E402
    CALLER,
    COMPLAINT_KEYS,
    _open_time,
    _settings,
    drive,
    free_port,
    raise_fd_limit,
    reply_script,
)
from ivr.engine import default_services  # noqa: E402
from tests.support.agi_peer import CallerScript, call  # noqa: E402

WARM_CALLS = 40


async def serve_profiled(port: int, data_dir: Path, stats_file: Path) -> None:
    """The server: profiling starts on SIGUSR1 and ends, stats written, on SIGUSR2."""
    settings = _settings(data_dir)
    services = default_services(settings, clock=_open_time)
    server = FastAgiServer(handler=engine_handler(lambda: services), sounds_dir=settings.sounds_dir,
                           spool_dir=settings.spool_dir, command_timeout=60, max_calls=50_000)
    await server.start("127.0.0.1", port)
    profile = cProfile.Profile()
    done = asyncio.Event()

    def stop() -> None:
        profile.disable()
        profile.dump_stats(str(stats_file))
        done.set()

    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR1, profile.enable)
    loop.add_signal_handler(signal.SIGUSR2, stop)
    await done.wait()
    await server.close()


def start_profiled(stats_file: Path, data_dir: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    process = subprocess.Popen([sys.executable, __file__, "server", str(port), str(data_dir), str(stats_file)],
                               cwd=str(ROOT))
    return process, port


async def profile_run(process: subprocess.Popen[bytes], port: int, calls: int, concurrency: int) -> float:
    """Warm the server, profile ``calls`` calls; returns the wall time they took."""
    try:
        deadline = time.monotonic() + 60
        while True:  # the first call that connects, once the server has started
            warm = await call("127.0.0.1", port, CallerScript(keys=list(COMPLAINT_KEYS)), callerid=CALLER,
                              idle_timeout=60)
            if warm.commands or time.monotonic() > deadline:
                break
            await asyncio.sleep(0.2)
        assert warm.server_hung_up and not warm.error, warm.commands
        script = (reply_script(warm), list(warm.commands))
        await drive(port, WARM_CALLS, concurrency, script)  # caches filled, menus parsed
        process.send_signal(signal.SIGUSR1)
        await asyncio.sleep(0.2)
        figures = await drive(port, calls, concurrency, script)
        process.send_signal(signal.SIGUSR2)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    if figures["completed"] != calls:
        raise SystemExit(f"only {figures['completed']} of {calls} calls completed: {figures['first_failure']}")
    return float(figures["seconds"])


def report(stats_file: Path, calls: int, top: int) -> None:
    rows = pstats.Stats(str(stats_file)).stats  # type: ignore[attr-defined]
    by_module: dict[str, float] = defaultdict(float)
    functions: list[tuple[float, str]] = []
    for (filename, line, name), (_, _, own, _, _) in rows.items():
        module = _module(filename)
        by_module[module] += own
        functions.append((own, f"{module}:{line} {name}"))
    total = sum(by_module.values())
    print(f"server CPU under the profiler (own time): {total:.2f} s for {calls} calls, "
          f"{1000 * total / calls:.2f} ms per call")
    for module, own in sorted(by_module.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{100 * own / total:5.1f} %  {module}")
    print("-- functions --")
    for own, where in sorted(functions, reverse=True)[:top]:
        print(f"{100 * own / total:5.1f} %  {where}")


def _module(filename: str) -> str:
    path = filename.replace(str(ROOT) + "/", "")
    if "site-packages/" in path:
        return "lib:" + path.split("site-packages/", 1)[1].split("/", 1)[0]
    if "/lib/python3" in path:
        return "stdlib:" + path.split("/lib/python3", 1)[1].split("/", 1)[1]
    if path == "~":
        return "built-ins"
    return path


def main() -> None:
    if len(sys.argv) >= 2 and sys.argv[1] == "server":
        raise_fd_limit()
        asyncio.run(serve_profiled(int(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ivr-profile-") as tmp:
        stats_file = Path(tmp) / "server.prof"
        raise_fd_limit()
        process, port = start_profiled(stats_file, Path(tmp) / "data")
        seconds = asyncio.run(profile_run(process, port, args.calls, args.concurrency))
        print(json.dumps({"calls": args.calls, "wall_seconds": seconds}))
        report(stats_file, args.calls, args.top)


if __name__ == "__main__":
    main()
