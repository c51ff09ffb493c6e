"""The ACD configuration on the shared versioned store (ivr.versioned_store), on a real
redis-server: two processes publishing at once get two numbers, and a worker's follower
outlives a listener that fails and a version that does not parse."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
import redis.asyncio as aioredis

from ivr.settings import Settings
from queueing.centres import SHIPPED_CENTRES, AcdConfig, load_config
from queueing.config_store import PUBLISH_CHANNEL, PUBLISHED_KEY, VERSION_KEY, AcdConfigStore
from tests.menus.publish_proc import race, start_publishers

CONFIG_DB = 10
FOOD_TO_NATIONAL = """
  - name: food complaints to the national centre
    match: {category: food}
    centre: cn
"""


def shipped_text() -> str:
    return SHIPPED_CENTRES.read_text(encoding="utf-8")


@pytest.fixture
def db_url(redis_url: str) -> str:
    return redis_url.rsplit("/", 1)[0] + f"/{CONFIG_DB}"


@pytest_asyncio.fixture(loop_scope="function")
async def redis(db_url: str) -> AsyncIterator[Any]:
    client = aioredis.Redis.from_url(db_url)
    await client.flushdb()
    yield client
    await client.aclose()


def make_store(tmp_path: Path, name: str, redis: Any = None) -> AcdConfigStore:
    return AcdConfigStore(Settings(data_dir=tmp_path / name), redis)


@pytest.mark.parametrize("same_host", [False, True], ids=["two-hosts", "one-host"])
async def test_two_processes_publishing_at_once_get_two_numbers(
        tmp_path: Path, redis: Any, db_url: str, same_host: bool) -> None:
    dirs = [tmp_path / "a", tmp_path / ("a" if same_host else "b")]
    run_id = uuid.uuid4().hex
    numbers = await race(redis, start_publishers("acd", dirs, db_url, run_id), run_id)
    assert sorted(numbers) == [2, 3]
    assert await redis.get(PUBLISHED_KEY) == b"3"
    assert {(await redis.get(VERSION_KEY.format(n))).decode() for n in numbers} == {shipped_text()}
    if same_host:
        store = make_store(tmp_path, "a")
        assert [v.number for v in store.list_versions()] == [1, 2, 3] and store.published_number() == 3


async def test_a_follower_outlives_a_failing_listener_and_a_bad_version(
        tmp_path: Path, redis: Any, db_url: str) -> None:
    publisher = make_store(tmp_path, "web", redis)
    worker_redis = aioredis.Redis.from_url(db_url)
    worker = make_store(tmp_path, "worker", worker_redis)
    seen: asyncio.Queue[AcdConfig] = asyncio.Queue()
    failures = 0

    async def failing(config: AcdConfig) -> None:
        nonlocal failures
        failures += 1
        raise ConnectionError("this listener's backend is down")

    worker.on_change(failing)
    worker.on_change(seen.put_nowait)
    stop = asyncio.Event()
    watching = asyncio.create_task(worker.watch(stop))
    try:
        async def subscribed() -> bool:
            counts = dict(await redis.pubsub_numsub(PUBLISH_CHANNEL))
            return int(counts.get(PUBLISH_CHANNEL.encode(), 0)) >= 1

        for _ in range(400):
            if await subscribed():
                break
            await asyncio.sleep(0.025)
        draft = shipped_text().rstrip("\n") + "\n" + FOOD_TO_NATIONAL
        await publisher.publish(draft, "food to national", "root")
        assert (await asyncio.wait_for(seen.get(), 10)).rules[-1].centre == "cn"
        await redis.set(VERSION_KEY.format(3), "centres: [unclosed")  # not a configuration
        await redis.set(PUBLISHED_KEY, 3)
        await redis.publish(PUBLISH_CHANNEL, "3")
        back = await publisher.rollback(1, "root")
        assert back.number == 4
        config = await asyncio.wait_for(seen.get(), 10)
        assert config == load_config() and worker.current() is config and worker.current_number() == 4
        assert failures == 2 and not watching.done()
    finally:
        stop.set()
        await asyncio.wait_for(watching, 10)
        await worker_redis.aclose()
