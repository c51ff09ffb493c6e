"""Where a FastAGI call's CPU goes: cProfile of our server and engine on the complaint path of
bench/agi_bench.py. The server runs in its own process and only it is profiled; this process
drives it with the benchmark's replaying callers (the faithful peer's replies to one warm call),
so nothing of Asterisk's side is in the table. Prints own time grouped by module and the top
functions, as a share of the server's.

Run: .venv/bin/python bench/engine_profile.py --calls 400 --concurrency 50

``parts`` times apart, in this process, what the engine does once per call or per node, on the
record of one real complaint call (the console channel, the shipped menus): CALL_END's data as
the engine builds it, CALL_START's, 16 path steps made and filled, the whole-recording lookup
of one sentence with values. To compare two commits, copy this file into the other checkout's
``bench/`` and run it there too (it uses what that checkout's code offers):

    .venv/bin/python bench/engine_profile.py parts
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
import timeit
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
from ivr import event_types, prompts_whole  # noqa: E402
from ivr.callrecord import CallRecord  # noqa: E402
from ivr.compose import compose  # noqa: E402
from ivr.engine import default_services  # noqa: E402
from ivr.event_types import CallEnd, CallStart  # noqa: E402
from ivr.privacy_vault import seal_caller  # noqa: E402
from tests.engine.calls import place_call  # noqa: E402
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


def parts(repeat: int) -> dict[str, Any]:
    """Microseconds per call of each piece (best of five runs of ``repeat``)."""
    with tempfile.TemporaryDirectory(prefix="ivr-parts-") as tmp:
        data_dir = Path(tmp)
        settings = _settings(data_dir)
        menus = default_services(settings).menus
        done = asyncio.run(place_call(menus, data_dir, [*COMPLAINT_KEYS, "statement: 买到过期食品"], caller=CALLER))
        record = done.record
        secret = settings.secret_key.get_secret_value()
        end_data: Callable[[], object] = (
            (lambda: event_types.call_end_data(record, secret)) if hasattr(event_types, "call_end_data")
            else (lambda: CallEnd.of(record, secret).data()))

        def start_data() -> object:
            sealed = seal_caller(settings, record.caller)
            return CallStart.of(record, secret, transport="fastagi", worker="w", sealed=sealed).data()

        def steps() -> object:
            fresh = CallRecord(call_id="c", transport="fastagi", dnis="12315", caller=CALLER, language="zh",
                               menu_id="12315", menu_version="1", slots={"dnis": "12315", "caller": CALLER})
            for node in range(16):
                step = fresh.step(f"node{node}", "menu")
                step.elapsed_ms = 1.25
                step.result = "next"
            return fresh

        menu = menus.for_dnis("12315")
        values = {"caller_region": "11"}
        sentence = compose("region_confirm", "zh", menu.prompts["region_confirm"].texts["zh"], values,
                           menu_id=menu.menu)
        sounds = settings.sounds_dir
        whole: Callable[[], object] = (
            (lambda: prompts_whole.whole_index(sounds).played(sentence, values))
            if hasattr(prompts_whole, "whole_index")
            else (lambda: prompts_whole.with_whole_recording(sentence, values, sounds)))
        pieces = {"call_end_data": end_data, "call_start_data": start_data, "16_path_steps": steps,
                  "whole_recording_lookup": whole}
        timings = {name: round(min(timeit.repeat(run, number=repeat, repeat=5)) / repeat * 1e6, 2)
                   for name, run in pieces.items()}
    return {"us_per_call": timings, "path_steps_of_the_call": len(record.path), "repeat": repeat}


def main() -> None:
    if len(sys.argv) >= 2 and sys.argv[1] == "server":
        raise_fd_limit()
        asyncio.run(serve_profiled(int(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])))
        return
    if len(sys.argv) >= 2 and sys.argv[1] == "parts":
        print(json.dumps(parts(int(sys.argv[2]) if len(sys.argv) > 2 else 2000), indent=1))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--keep", type=Path, default=None, help="also save the server's pstats file here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ivr-profile-") as tmp:
        stats_file = Path(tmp) / "server.prof"
        raise_fd_limit()
        process, port = start_profiled(stats_file, Path(tmp) / "data")
        seconds = asyncio.run(profile_run(process, port, args.calls, args.concurrency))
        print(json.dumps({"calls": args.calls, "wall_seconds": seconds}))
        report(stats_file, args.calls, args.top)
        if args.keep is not None:
            args.keep.write_bytes(stats_file.read_bytes())


if __name__ == "__main__":
    main()
