"""A publisher process for the concurrency tests: it opens a real store (menus or ACD
configuration) on its own data directory, says it is ready, waits for the go signal on
Redis and publishes once, printing the number it got; and the helpers that start such
processes and release them together.

Usage: python -m tests.menus.publish_proc <menus|acd> <data_dir> <redis_url> <run_id>"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path

import redis.asyncio as aioredis

from ivr.menus.menuset import read_menu_dir
from ivr.menus.store import MenuStore
from ivr.settings import SHIPPED_MENUS_DIR, Settings
from queueing.centres import SHIPPED_CENTRES
from queueing.config_store import AcdConfigStore

REPO = Path(__file__).resolve().parents[2]


def ready_key(run_id: str) -> str:
    return f"test:publish:{run_id}:ready"


def go_key(run_id: str) -> str:
    return f"test:publish:{run_id}:go"


def start_publishers(kind: str, data_dirs: list[Path], url: str, run_id: str) -> list[subprocess.Popen[str]]:
    """One publisher process per data directory (the same directory twice: one host)."""
    return [subprocess.Popen([sys.executable, "-m", "tests.menus.publish_proc", kind, str(d), url, run_id],
                             cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for d in data_dirs]


async def race(redis: aioredis.Redis, procs: list[subprocess.Popen[str]], run_id: str) -> list[int]:
    """Wait until every process is ready, release them at once, return the numbers they got."""
    started = 0
    deadline = time.monotonic() + 120  # a loaded CI box may take long to start two interpreters
    while started < len(procs):
        # short blocking reads: redis-py's default socket timeout (5 s) would cut a longer BLPOP
        if await redis.blpop([ready_key(run_id)], timeout=2) is not None:
            started += 1
            continue
        for proc in procs:
            if proc.poll() is not None and proc.returncode != 0:
                raise AssertionError(f"a publisher died before the race: {proc.communicate()[1][-2000:]}")
        assert time.monotonic() < deadline, "a publisher never started"
    await redis.rpush(go_key(run_id), *["go"] * len(procs))
    numbers = []
    for proc in procs:
        out, err = await asyncio.to_thread(proc.communicate, timeout=120)
        assert proc.returncode == 0, err
        numbers.append(int(out.strip()))
    return numbers


async def wait_for_go(redis: aioredis.Redis, run_id: str) -> None:
    """The race's start, waited for in short blocking reads (redis-py's socket timeout is 5 s)."""
    deadline = time.monotonic() + 120
    while await redis.blpop([go_key(run_id)], timeout=2) is None:
        if time.monotonic() > deadline:
            raise SystemExit("no start signal within 120 s")


async def main(kind: str, data_dir: str, url: str, run_id: str) -> None:
    redis = aioredis.Redis.from_url(url)
    settings = Settings(data_dir=Path(data_dir))
    try:
        if kind == "menus":
            menus = MenuStore(settings, redis)
            files = read_menu_dir(SHIPPED_MENUS_DIR)
            menus.published_number()  # seeded before the race starts
            await redis.rpush(ready_key(run_id), "1")
            await wait_for_go(redis, run_id)
            info = await menus.publish(files, f"from process {run_id}", "proc")
        else:
            acd = AcdConfigStore(settings, redis)
            text = SHIPPED_CENTRES.read_text(encoding="utf-8")
            acd.published_number()
            await redis.rpush(ready_key(run_id), "1")
            await wait_for_go(redis, run_id)
            info = await acd.publish(text, f"from process {run_id}", "proc")
        print(info.number, flush=True)
    finally:
        await redis.aclose()


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:5]))
