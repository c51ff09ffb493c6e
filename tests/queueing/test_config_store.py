"""ACD configuration versions: seeding, refusals, publish, rollback, and a publish reaching a
running gateway (directly and through Redis pub/sub) on a real redis-server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
import redis.asyncio as aioredis

from ivr.settings import Settings
from queueing.centres import SHIPPED_CENTRES, AcdConfig, load_config
from queueing.config_store import PUBLISHED_KEY, VERSION_KEY, AcdConfigStore, ConfigRejected
from queueing.events import EventLog
from queueing.gateway import RedisQueueGateway
from queueing.routing import route
from queueing.store import AcdStore

CONFIG_DB = 9
FOOD_TO_NATIONAL = """
  - name: food complaints to the national centre
    match: {category: food}
    centre: cn
"""


def shipped_text() -> str:
    return SHIPPED_CENTRES.read_text(encoding="utf-8")


def with_food_rule(text: str) -> str:
    return text.rstrip("\n") + "\n" + FOOD_TO_NATIONAL


@pytest_asyncio.fixture(loop_scope="function")
async def redis(redis_url: str) -> AsyncIterator[Any]:
    client = aioredis.Redis.from_url(redis_url.rsplit("/", 1)[0] + f"/{CONFIG_DB}")
    await client.flushdb()
    yield client
    await client.aclose()


def make_store(tmp_path: Path, name: str, redis: Any = None) -> AcdConfigStore:
    return AcdConfigStore(Settings(data_dir=tmp_path / name), redis)


def test_version_one_is_the_shipped_configuration(tmp_path: Path) -> None:
    store = make_store(tmp_path, "a")
    versions = store.list_versions()
    assert [(v.number, v.published, v.author) for v in versions] == [(1, True, "system")]
    assert store.read_version(1) == shipped_text()
    assert store.current() == load_config()
    assert (tmp_path / "a" / "acd" / "versions" / "1" / "centres.yaml").is_file()
    with pytest.raises(KeyError):
        store.read_version(7)


@pytest.mark.parametrize(("text", "expected"), [
    ("centres: [unclosed", "not valid YAML"),
    ("- just\n- a list\n", "must be a mapping"),
    (shipped_text().replace("overflow: [cn]", "overflow: [nowhere]"), "overflow to unknown centre 'nowhere'"),
    (shipped_text().replace("max_queue: 200", "max_queue: -3"), "max_queue"),
    (shipped_text().replace("centres:\n  cn:", "centres:\n  atlantis: {}\n  cn:"), "unknown centres"),
    (shipped_text() + "\n  - name: bad\n    match: {colour: red}\n", "unknown match keys"),
])
async def test_invalid_configuration_is_refused_and_nothing_changes(
        tmp_path: Path, redis: Any, text: str, expected: str) -> None:
    store = make_store(tmp_path, "a", redis)
    errors = store.validate(text)
    assert errors and expected in errors[0]
    with pytest.raises(ConfigRejected) as refused:
        await store.publish(text, "should not land", "root")
    assert expected in refused.value.errors[0]
    assert [v.number for v in store.list_versions()] == [1]
    assert store.published_number() == 1 and store.current() == load_config()
    assert await redis.get(PUBLISHED_KEY) is None


async def test_publish_makes_a_new_version_and_rollback_restores(tmp_path: Path, redis: Any) -> None:
    store = make_store(tmp_path, "a", redis)
    draft = with_food_rule(shipped_text())
    assert store.validate(draft) == []
    assert "+    centre: cn" in store.diff(draft) and store.diff(shipped_text()) == ""
    info = await store.publish(draft, "food to national", "root")
    assert (info.number, info.published, info.author, info.comment) == (2, True, "root", "food to national")
    assert store.read_version(2) == draft and store.read_version(1) == shipped_text()
    assert store.current().rules[-1].centre == "cn"
    assert (await redis.get(VERSION_KEY.format(2))).decode() == draft
    assert await redis.get(PUBLISHED_KEY) == b"2"

    back = await store.rollback(1, "root")
    assert back.number == 3 and back.comment == "rollback to version 1"
    assert [(v.number, v.published) for v in store.list_versions()] == [(1, False), (2, False), (3, True)]
    assert store.current() == load_config()
    assert store.read_version(2) == draft  # versions are immutable


async def test_publish_changes_routing_of_a_running_gateway(tmp_path: Path, redis: Any) -> None:
    configs = make_store(tmp_path, "a", redis)
    acd = AcdStore(redis, configs.current())
    await acd.apply_config()
    configs.on_change(acd.replace_config)
    gateway = RedisQueueGateway(acd, EventLog(redis))
    slots = {"region": "11", "category": "food"}

    def routed() -> str:
        return route(slots, "12315", gateway.store.config).centre

    assert routed() == "bj"
    draft = with_food_rule(shipped_text()).replace("max_queue: 200", "max_queue: 42")
    await configs.publish(draft, "food to national, shorter queues", "root")
    assert routed() == "cn"
    assert await redis.hget("acd:{bj}:cfg", "max_queue") == b"42"  # the Lua scripts see it too


async def test_a_publish_reaches_another_worker_through_redis(tmp_path: Path, redis: Any) -> None:
    publisher = make_store(tmp_path, "web", redis)
    worker = make_store(tmp_path, "worker", redis)  # another host: its own data directory
    acd = AcdStore(redis, worker.current())
    seen: asyncio.Queue[AcdConfig] = asyncio.Queue()
    worker.on_change(acd.replace_config)
    worker.on_change(seen.put_nowait)
    stop = asyncio.Event()
    watching = asyncio.create_task(worker.watch(stop))
    try:
        await asyncio.sleep(0.2)  # let it subscribe; a publish before that is still read on subscribe
        await publisher.publish(with_food_rule(shipped_text()), "food to national", "root")
        config = await asyncio.wait_for(seen.get(), 10)
        assert config.rules[-1].centre == "cn"
        assert route({"region": "11", "category": "food"}, "12315", acd.config).centre == "cn"
        assert worker.current_number() == 2 and worker.current() is config
        await redis.publish("ivr:acd:publish", "not-a-number")  # ignored, the watcher goes on
        await publisher.rollback(1, "root")
        assert (await asyncio.wait_for(seen.get(), 10)) == load_config()
    finally:
        stop.set()
        await asyncio.wait_for(watching, 5)
