"""Menu versions: seeding, immutable publishes, rejects, rollback, diff, hot reload across workers."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
import redis.asyncio as aioredis

from ivr.console import ConsoleChannel
from ivr.engine import default_services, run_call
from ivr.menus.menuset import MenuRejected, MenuSet, read_menu_dir
from ivr.menus.store import PUBLISH_CHANNEL, PUBLISHED_KEY, VERSION_KEY, MenuStore
from ivr.settings import SHIPPED_MENUS_DIR, Settings

OLD_TEXT = "投诉请按1，举报请按2，咨询请按3，查询案件进度请按4。"
NEW_TEXT = "新菜单：投诉请按1，举报请按2，咨询请按3，查询进度请按4。"


def shipped_files() -> dict[str, str]:
    return read_menu_dir(SHIPPED_MENUS_DIR)


def edited_files() -> dict[str, str]:
    files = shipped_files()
    assert OLD_TEXT in files["12315.yaml"]
    return {"12315.yaml": files["12315.yaml"].replace(OLD_TEXT, NEW_TEXT)}


@pytest_asyncio.fixture(loop_scope="function")
async def redis_client(redis_url: str) -> AsyncIterator[aioredis.Redis]:
    client = aioredis.Redis.from_url(redis_url)
    for key in await client.keys("ivr:menus:*"):
        await client.delete(key)
    yield client
    await client.aclose()


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def tree(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*"))


def make_store(path: Path, redis: Any = None) -> MenuStore:
    return MenuStore(Settings(data_dir=path), redis=redis)


def test_a_new_store_is_seeded_from_the_shipped_menus(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    [first] = store.list_versions()
    assert (first.number, first.author, first.published) == (1, "system", True)
    assert store.read_version(1) == shipped_files()
    current = store.current()
    assert current.version == "1" and "12315" in current.menus
    assert (tmp_path / "menus" / "published").read_text().strip() == "1"


async def test_publish_creates_a_new_immutable_version(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    before = store.current()
    info = await store.publish(edited_files(), "clearer service menu", "alice")
    assert (info.number, info.published, info.author, info.comment) == (2, True, "alice", "clearer service menu")
    assert store.published_number() == 2
    after = store.current()
    assert after.version == "2"
    assert after.menus["12315"].prompts["service_menu"].texts["zh"].startswith("新菜单")
    # the old version and the MenuSet built from it are untouched
    assert before.menus["12315"].prompts["service_menu"].texts["zh"].startswith(OLD_TEXT)
    assert store.read_version(1) == shipped_files()
    assert store.read_version(2) == edited_files()
    await store.publish(shipped_files(), "back", "bob")
    assert store.read_version(2) == edited_files(), "a later publish does not rewrite version 2"
    assert [v.number for v in store.list_versions()] == [1, 2, 3]
    assert [v.published for v in store.list_versions()] == [False, False, True]


@pytest.mark.parametrize("files", [
    {"12315.yaml": "menu: [unclosed\n"},
    {"12315.yaml": shipped_files()["12315.yaml"].replace("centre: cn", "centre: atlantis")},
    {"../escape.yaml": shipped_files()["12315.yaml"]},
    {"notes.txt": shipped_files()["12315.yaml"]},
    {},
], ids=["yaml-syntax", "unknown-centre", "path-in-name", "not-yaml", "empty"])
async def test_a_rejected_publish_changes_nothing(tmp_path: Path, redis_client: aioredis.Redis,
                                                 files: dict[str, str]) -> None:
    store = make_store(tmp_path / "data", redis_client)
    store.current()
    listing = tree(tmp_path)
    with pytest.raises(MenuRejected) as caught:
        await store.publish(files, "broken", "mallory")
    assert caught.value.errors, "a rejection says why"
    assert tree(tmp_path) == listing
    assert not (tmp_path / "escape.yaml").exists()
    assert store.published_number() == 1 and [v.number for v in store.list_versions()] == [1]
    assert await redis_client.get(PUBLISHED_KEY) is None


async def test_rollback_publishes_an_old_version_under_a_new_number(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    await store.publish(edited_files(), "new wording", "alice")
    info = await store.rollback(1, "bob")
    assert info.number == 3 and info.comment == "rollback to version 1" and info.published
    assert store.read_version(3) == store.read_version(1)
    assert store.current().version == "3"
    assert store.current().menus["12315"].prompts["service_menu"].texts["zh"].startswith(OLD_TEXT)
    with pytest.raises(KeyError):
        await store.rollback(42, "bob")
    assert store.published_number() == 3


def test_diff_shows_the_changed_prompt(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    diff = store.diff(edited_files())
    removed = [line for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert len(removed) == 1 and OLD_TEXT in removed[0]
    assert len(added) == 1 and NEW_TEXT in added[0]
    assert "published/12315.yaml" in diff and "draft/12315.yaml" in diff
    assert store.diff(shipped_files()) == ""


async def test_publish_stores_the_files_in_redis_and_announces(tmp_path: Path,
                                                               redis_client: aioredis.Redis) -> None:
    store = make_store(tmp_path, redis_client)
    pubsub = redis_client.pubsub()
    await pubsub.subscribe(PUBLISH_CHANNEL)
    await store.publish(edited_files(), "c", "alice")
    message = None
    for _ in range(50):
        message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=0.2)
        if message:
            break
    await pubsub.aclose()
    assert message is not None and message["data"] == b"2"
    assert await redis_client.get(PUBLISHED_KEY) == b"2"
    stored = await redis_client.hgetall(VERSION_KEY.format(2))
    assert {_text(k): _text(v) for k, v in stored.items()} == edited_files()


class GatedChannel(ConsoleChannel):
    """A console caller who waits for ``gate`` before giving the second input."""

    def __init__(self, *args: Any, gate: asyncio.Event, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.gate = gate
        self.waiting = asyncio.Event()
        self.inputs = 0

    async def _next(self, ask: str) -> str:
        self.inputs += 1
        if self.inputs == 2:
            self.waiting.set()
            await self.gate.wait()
        return await super()._next(ask)


async def _until(predicate: Any, what: str) -> None:
    for _ in range(200):
        if await predicate():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"gave up waiting for {what}")


@pytest.mark.parametrize("shared_disk", [True, False], ids=["same-host", "other-host"])
async def test_a_watching_worker_swaps_menus_and_calls_in_progress_keep_theirs(
        tmp_path: Path, redis_client: aioredis.Redis, redis_url: str, shared_disk: bool) -> None:
    admin = make_store(tmp_path / "a", redis_client)
    worker_redis = aioredis.Redis.from_url(redis_url)
    worker = make_store(tmp_path / ("a" if shared_disk else "b"), worker_redis)
    services = default_services(worker.settings, menus=worker.current())
    swapped: list[MenuSet] = []

    def swap(menuset: MenuSet) -> None:
        swapped.append(menuset)
        services.menus = menuset

    worker.on_change(swap)
    stop = asyncio.Event()
    watching = asyncio.create_task(worker.watch(stop))
    try:
        async def subscribed() -> bool:
            counts = dict(await redis_client.pubsub_numsub(PUBLISH_CHANNEL))
            return int(counts.get(PUBLISH_CHANNEL.encode(), 0)) >= 1

        await _until(subscribed, "the worker to subscribe")
        gate = asyncio.Event()
        old_call_channel = GatedChannel("12315", "", worker.settings.spool_dir, script=["1", "1", "hangup"],
                                        gate=gate)
        old_call = asyncio.create_task(run_call(old_call_channel, services, "console"))
        await asyncio.wait_for(old_call_channel.waiting.wait(), 10)

        await admin.publish(edited_files(), "new wording", "alice")

        async def swapped_in() -> bool:
            return bool(swapped)

        await _until(swapped_in, "the publish to reach the worker")
        assert swapped[-1].version == "2"
        assert worker.current().version == "2"
        assert worker.current().menus["12315"].prompts["service_menu"].texts["zh"].startswith("新菜单")

        gate.set()
        old_record = await asyncio.wait_for(old_call, 10)
        new_channel = ConsoleChannel("12315", "", worker.settings.spool_dir, script=["1", "1", "hangup"])
        new_record = await run_call(new_channel, services, "console")
    finally:
        stop.set()
        await asyncio.wait_for(watching, 10)
        await worker_redis.aclose()
    assert old_record.menu_version == "1" and new_record.menu_version == "2"
    old_heard = {h["prompt"]: h["text"] for h in old_call_channel.heard}
    new_heard = {h["prompt"]: h["text"] for h in new_channel.heard}
    assert old_heard["service_menu"].startswith(OLD_TEXT)
    assert new_heard["service_menu"].startswith("新菜单")
    assert old_record.slots["service_type"] == new_record.slots["service_type"] == "complaint"
