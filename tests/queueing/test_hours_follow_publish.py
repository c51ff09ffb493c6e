"""The menu's `open` test follows an ACD publish: a worker's runtime (real Redis) keeps answering
calls while another process (the web admin's store, its own data directory) publishes shorter
hours; the worker's next call takes the closed path, without a restart."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from redis.asyncio import Redis

from ivr.runtime import CONSOLE_ACD, open_runtime
from ivr.settings import Settings
from queueing.centres import SHIPPED_CENTRES
from queueing.config_store import AcdConfigStore
from tests.support.console_paths import flushed_redis_db, path_of_a_call

#: Its own Redis database: the publish here must not reach other tests' workers.
DB = 13
EVENING = datetime(2026, 11, 30, 19, 0, tzinfo=ZoneInfo("Asia/Shanghai"))  # a Monday


@pytest.fixture
async def redis_db(redis_url: str) -> str:
    return await flushed_redis_db(redis_url, DB)


@pytest.mark.asyncio(loop_scope="function")
async def test_an_acd_publish_closes_the_next_call(redis_db: str, tmp_path: Path) -> None:
    worker = Settings(redis_url=redis_db, data_dir=tmp_path / "worker")
    async with open_runtime(worker, CONSOLE_ACD) as runtime:
        assert runtime.acd_configs is not None
        services = runtime.engine_services(clock=lambda: EVENING)
        stop, followed = asyncio.Event(), asyncio.Event()
        runtime.acd_configs.on_change(lambda config: followed.set())
        watching = asyncio.create_task(runtime.acd_configs.watch(stop))
        try:
            assert "closed_notice" not in await path_of_a_call(services, worker)  # shipped: 08:30-20:30

            admin = AcdConfigStore(Settings(redis_url=redis_db, data_dir=tmp_path / "admin"),
                                   Redis.from_url(redis_db))
            text = SHIPPED_CENTRES.read_text(encoding="utf-8")
            shorter = text.replace('close: "20:30"', 'close: "18:00"', 1)
            assert shorter != text
            await admin.publish(shorter, "close at six", "root")
            await asyncio.wait_for(followed.wait(), timeout=20)
            await admin.redis.aclose()

            path = await path_of_a_call(services, worker)
            assert path[path.index("hours_check") + 1] == "closed_notice"
        finally:
            stop.set()
            await watching
