"""Where a FastAGI call's CPU goes: cProfile of our server and engine on the complaint path of
bench/agi_bench.py, in one process with the AGI peer (the peer's own functions are left out
of the table). Prints the top functions by own time, grouped by module, as a share of the
server's.

Run: .venv/bin/python bench/engine_profile.py --calls 400 --concurrency 50
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agi_scripts.server import FastAgiServer, engine_handler  # noqa: E402
from bench.agi_bench import CALLER, COMPLAINT_KEYS, _open_time, _settings  # noqa: E402
from ivr.engine import default_services  # noqa: E402
from tests.support.agi_peer import CallerScript, call  # noqa: E402


async def drive(calls: int, concurrency: int) -> None:
    settings = _settings(Path(tempfile.mkdtemp(prefix="ivr-profile-")))
    services = default_services(settings, clock=_open_time)
    server = FastAgiServer(handler=engine_handler(lambda: services), sounds_dir=settings.sounds_dir,
                           spool_dir=settings.spool_dir, command_timeout=60, max_calls=50_000)
    await server.start("127.0.0.1", 0)
    gate = asyncio.Semaphore(concurrency)

    async def one() -> None:
        async with gate:
            await call("127.0.0.1", server.port, CallerScript(keys=list(COMPLAINT_KEYS)), callerid=CALLER)

    await asyncio.gather(*(one() for _ in range(calls)))
    await server.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    asyncio.run(drive(20, 5))  # warm: menus parsed, caches filled
    profile = cProfile.Profile()
    profile.enable()
    asyncio.run(drive(args.calls, args.concurrency))
    profile.disable()
    stats = pstats.Stats(profile)
    rows = stats.stats  # type: ignore[attr-defined]
    by_module: dict[str, float] = defaultdict(float)
    functions: list[tuple[float, str]] = []
    for (filename, line, name), (_, _, own, _, _) in rows.items():
        if "tests/support" in filename:
            continue  # the peer (Asterisk's side), not the server
        module = _module(filename)
        by_module[module] += own
        functions.append((own, f"{module}:{line} {name}"))
    total = sum(by_module.values())
    print(f"server CPU (own time, peer excluded): {total:.2f} s for {args.calls} calls, "
          f"{1000 * total / args.calls:.2f} ms per call")
    for module, own in sorted(by_module.items(), key=lambda kv: -kv[1])[:args.top]:
        print(f"{100 * own / total:5.1f} %  {module}")
    print("-- functions --")
    for own, where in sorted(functions, reverse=True)[:args.top]:
        print(f"{100 * own / total:5.1f} %  {where}")


def _module(filename: str) -> str:
    path = filename.replace(str(ROOT) + "/", "")
    if "site-packages/" in path:
        return "lib:" + path.split("site-packages/", 1)[1].split("/", 1)[0]
    if path.startswith("/usr/lib/python3"):
        return "stdlib:" + path.split("/")[-1]
    return path


if __name__ == "__main__":
    main()
