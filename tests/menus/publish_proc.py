"""A publisher process for the concurrency tests: it opens a real store (menus or ACD
configuration) on its own data directory, says it is ready, waits for the go signal on
Redis and publishes once, printing the number it got.

Usage: python -m tests.menus.publish_proc <menus|acd> <data_dir> <redis_url> <run_id>"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import redis.asyncio as aioredis

from ivr.menus.menuset import read_menu_dir
from ivr.menus.store import MenuStore
from ivr.settings import SHIPPED_MENUS_DIR, Settings
from queueing.centres import SHIPPED_CENTRES
from queueing.config_store import AcdConfigStore


def ready_key(run_id: str) -> str:
    return f"test:publish:{run_id}:ready"


def go_key(run_id: str) -> str:
    return f"test:publish:{run_id}:go"


async def main(kind: str, data_dir: str, url: str, run_id: str) -> None:
    redis = aioredis.Redis.from_url(url)
    settings = Settings(data_dir=Path(data_dir))
    try:
        if kind == "menus":
            menus = MenuStore(settings, redis)
            files = read_menu_dir(SHIPPED_MENUS_DIR)
            menus.published_number()  # seeded before the race starts
            await redis.rpush(ready_key(run_id), "1")
            await redis.blpop([go_key(run_id)], timeout=60)
            info = await menus.publish(files, f"from process {run_id}", "proc")
        else:
            acd = AcdConfigStore(settings, redis)
            text = SHIPPED_CENTRES.read_text(encoding="utf-8")
            acd.published_number()
            await redis.rpush(ready_key(run_id), "1")
            await redis.blpop([go_key(run_id)], timeout=60)
            info = await acd.publish(text, f"from process {run_id}", "proc")
        print(info.number, flush=True)
    finally:
        await redis.aclose()


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:5]))
