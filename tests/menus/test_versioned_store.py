"""The versioned store behind menus and the ACD configuration, on a real redis-server:
version numbers from a counter shared by every host, a published version that holds exactly
its own files, followers that survive broken listeners and bad versions, and validation off
the event loop."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import threading
import uuid
from collections.abc import AsyncIterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
import redis.asyncio as aioredis

from ivr.menus.menuset import MenuRejected, MenuSet, read_menu_dir
from ivr.menus.store import MENUS, PUBLISH_CHANNEL, PUBLISHED_KEY, VERSION_KEY, MenuStore
from ivr.refdata.calendar_store import CalendarStore
from ivr.refdata.holidays import DATA_FILE
from ivr.refdata.notices import NoticeRejected
from ivr.settings import SHIPPED_MENUS_DIR, Settings
from ivr.versioned_store import ParseProcess, StoreKind, VersionedStore
from queueing.centres import SHIPPED_CENTRES
from queueing.config_store import CONFIG_FILE, AcdConfigStore, ConfigRejected
from tests.menus.publish_proc import race, start_publishers

TINY = (Path(__file__).with_name("tiny.yaml")).read_text(encoding="utf-8")


def shipped_files() -> dict[str, str]:
    return read_menu_dir(SHIPPED_MENUS_DIR)


def with_tiny() -> dict[str, str]:
    return {**shipped_files(), "tiny.yaml": TINY}


def text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


@pytest_asyncio.fixture(loop_scope="function")
async def redis_client(redis_url: str) -> AsyncIterator[aioredis.Redis]:
    client = aioredis.Redis.from_url(redis_url)
    for key in await client.keys("ivr:menus:*"):
        await client.delete(key)
    yield client
    await client.aclose()


def make_store(path: Path, redis: Any = None) -> MenuStore:
    return MenuStore(Settings(data_dir=path), redis=redis)


async def until(predicate: Any, what: str) -> None:
    for _ in range(400):
        if await predicate():
            return
        await asyncio.sleep(0.025)
    raise AssertionError(f"gave up waiting for {what}")


async def subscribed(redis: aioredis.Redis, channel: str, count: int = 1) -> None:
    async def enough() -> bool:
        counts = dict(await redis.pubsub_numsub(channel))
        return int(counts.get(channel.encode(), 0)) >= count

    await until(enough, "the follower to subscribe")


@pytest.mark.parametrize("same_host", [False, True], ids=["two-hosts", "one-host"])
async def test_two_processes_publishing_at_once_get_two_numbers(
        tmp_path: Path, redis_client: aioredis.Redis, redis_url: str, same_host: bool) -> None:
    dirs = [tmp_path / "a", tmp_path / ("a" if same_host else "b")]
    run_id = uuid.uuid4().hex
    numbers = await race(redis_client, start_publishers("menus", dirs, redis_url, run_id), run_id)
    assert sorted(numbers) == [2, 3]
    assert await redis_client.get(PUBLISHED_KEY) == b"3", "the published number only moves forward"
    if same_host:
        store = make_store(dirs[0])
        assert [v.number for v in store.list_versions()] == [1, 2, 3]
        assert store.published_number() == 3
    # a third publisher, on a host that saw neither, still gets a new number
    third = make_store(tmp_path / "c", redis_client)
    assert (await third.publish(shipped_files(), "third", "carol")).number == 4


async def test_a_file_deleted_on_another_host_is_gone_from_the_published_version(
        tmp_path: Path, redis_client: aioredis.Redis, redis_url: str) -> None:
    first = make_store(tmp_path / "a", redis_client)
    second = make_store(tmp_path / "b", redis_client)  # another host: its own data directory
    await first.publish(with_tiny(), "add the tiny menu", "alice")
    info = await second.publish(shipped_files(), "drop the tiny menu", "bob")
    live = int(text(await redis_client.get(PUBLISHED_KEY) or b"0"))
    assert live == info.number
    stored = await redis_client.hgetall(VERSION_KEY.format(live))
    assert sorted(text(k) for k in stored) == sorted(shipped_files())
    assert second.read_version(info.number) == shipped_files()
    assert not (tmp_path / "b" / "menus" / "versions" / str(info.number) / "tiny.yaml").exists()

    worker_redis = aioredis.Redis.from_url(redis_url)
    worker = make_store(tmp_path / "w", worker_redis)  # a third host follows the publish
    stop = asyncio.Event()
    watching = asyncio.create_task(worker.watch(stop))
    try:
        async def followed() -> bool:
            return worker.current().version == str(live)

        await until(followed, "the worker to follow")
        assert "tiny" not in worker.current().menus
    finally:
        stop.set()
        await asyncio.wait_for(watching, 10)
        await worker_redis.aclose()


async def test_a_stale_version_key_in_redis_is_replaced_not_merged(
        tmp_path: Path, redis_client: aioredis.Redis) -> None:
    await redis_client.hset(VERSION_KEY.format(2), mapping={"tiny.yaml": TINY, "12315.yaml": "stale"})
    store = make_store(tmp_path, redis_client)
    info = await store.publish(shipped_files(), "over a stale key", "alice")
    assert info.number == 2
    stored = await redis_client.hgetall(VERSION_KEY.format(2))
    assert {text(k): text(v) for k, v in stored.items()} == shipped_files()


async def test_a_file_deleted_on_the_same_host_is_gone(tmp_path: Path, redis_client: aioredis.Redis) -> None:
    store = make_store(tmp_path, redis_client)
    await store.publish(with_tiny(), "add", "alice")
    assert "tiny" in store.current().menus
    info = await store.publish(shipped_files(), "drop", "alice")
    assert info.number == 3 and "tiny" not in store.current().menus
    assert sorted(p.name for p in (tmp_path / "menus" / "versions" / "3").iterdir()) == \
        sorted([*shipped_files(), "meta.json"])
    stored = await redis_client.hgetall(VERSION_KEY.format(3))
    assert sorted(text(k) for k in stored) == sorted(shipped_files())


async def test_a_follower_survives_a_broken_listener_and_a_broken_version(
        tmp_path: Path, redis_client: aioredis.Redis, redis_url: str) -> None:
    admin = make_store(tmp_path / "admin", redis_client)
    worker_redis = aioredis.Redis.from_url(redis_url)
    worker = make_store(tmp_path / "worker", worker_redis)
    seen: asyncio.Queue[MenuSet] = asyncio.Queue()
    broken_calls = 0

    def broken(menuset: MenuSet) -> None:
        nonlocal broken_calls
        broken_calls += 1
        raise RuntimeError("this listener always fails")

    worker.on_change(broken)
    worker.on_change(seen.put_nowait)
    stop = asyncio.Event()
    watching = asyncio.create_task(worker.watch(stop))
    try:
        await subscribed(redis_client, PUBLISH_CHANNEL)
        await admin.publish(with_tiny(), "first", "alice")
        assert (await asyncio.wait_for(seen.get(), 10)).version == "2"
        # a version that cannot be parsed (written by hand, or by a newer release)
        await redis_client.delete(VERSION_KEY.format(3))
        await redis_client.hset(VERSION_KEY.format(3), mapping={"12315.yaml": "menu: [unclosed\n"})
        await redis_client.set(PUBLISHED_KEY, 3)
        await redis_client.publish(PUBLISH_CHANNEL, "3")
        await redis_client.publish(PUBLISH_CHANNEL, "not-a-number")
        info = await admin.publish(shipped_files(), "second", "alice")
        assert info.number == 4
        menuset = await asyncio.wait_for(seen.get(), 10)
        assert menuset.version == "4" and "tiny" not in menuset.menus
        assert worker.current() is menuset and broken_calls == 2
        assert not watching.done()
    finally:
        stop.set()
        await asyncio.wait_for(watching, 10)
        await worker_redis.aclose()


def gated(parse: Any, entered: asyncio.Event, gate: threading.Event, loop: asyncio.AbstractEventLoop) -> Any:
    """``parse`` that waits, inside validation, until a coroutine on ``loop`` opens ``gate``.
    On the event loop's own thread it could never be opened, and the publish fails."""

    def run(files: Mapping[str, str]) -> Any:
        loop.call_soon_threadsafe(entered.set)
        if not gate.wait(timeout=20):
            raise AssertionError("the event loop did not run while the files were validated")
        return parse(files)

    return run


async def open_gate(entered: asyncio.Event, gate: threading.Event, ran: list[str]) -> None:
    await entered.wait()
    ran.append("loop ran during validation")
    gate.set()


async def test_publish_validates_off_the_event_loop(tmp_path: Path, redis_client: aioredis.Redis) -> None:
    seed = make_store(tmp_path, redis_client)
    seed.published_number()
    entered, gate, ran = asyncio.Event(), threading.Event(), list[str]()
    kind = dataclasses.replace(MENUS, parse=gated(MENUS.parse, entered, gate, asyncio.get_running_loop()))
    store = VersionedStore(kind, tmp_path / "menus", lambda: shipped_files(), redis_client)
    publishing = asyncio.create_task(store.publish(with_tiny(), "gated", "alice"))
    opener = asyncio.create_task(open_gate(entered, gate, ran))
    info = await publishing
    await opener
    assert ran == ["loop ran during validation"] and info.number == 2
    assert "tiny" in store.current().menus


async def test_a_follower_validates_off_the_event_loop(
        tmp_path: Path, redis_client: aioredis.Redis, redis_url: str) -> None:
    admin = make_store(tmp_path / "admin", redis_client)
    entered, gate, ran = asyncio.Event(), threading.Event(), list[str]()
    kind = dataclasses.replace(MENUS, parse=gated(MENUS.parse, entered, gate, asyncio.get_running_loop()))
    worker_redis = aioredis.Redis.from_url(redis_url)
    worker = VersionedStore(kind, tmp_path / "worker" / "menus", lambda: shipped_files(), worker_redis)
    seen: asyncio.Queue[MenuSet] = asyncio.Queue()
    worker.on_change(seen.put_nowait)
    stop = asyncio.Event()
    watching = asyncio.create_task(worker.watch(stop))
    try:
        await subscribed(redis_client, PUBLISH_CHANNEL)
        opener = asyncio.create_task(open_gate(entered, gate, ran))
        await admin.publish(with_tiny(), "followed", "alice")
        menuset = await asyncio.wait_for(seen.get(), 30)
        await opener
        assert ran == ["loop ran during validation"] and menuset.version == "2"
    finally:
        stop.set()
        await asyncio.wait_for(watching, 10)
        await worker_redis.aclose()


async def test_each_version_is_parsed_once_and_shared(tmp_path: Path, redis_client: aioredis.Redis) -> None:
    parsed: list[int] = []

    def counting(files: Mapping[str, str]) -> MenuSet:
        parsed.append(len(files))
        result: MenuSet = MENUS.parse(files)
        return result

    kind = dataclasses.replace(MENUS, parse=counting)
    store = VersionedStore(kind, tmp_path / "menus", lambda: shipped_files(), redis_client)
    first = store.current()
    assert store.current() is first and parsed == [1], "the seed check's parse is the live version 1"
    seen: list[MenuSet] = []
    store.on_change(seen.append)
    stop = asyncio.Event()
    watching = asyncio.create_task(store.watch(stop))
    try:
        await subscribed(redis_client, PUBLISH_CHANNEL)
        await store.publish(with_tiny(), "once", "alice")
        published = store.current()
        assert seen == [published] and seen[0] is published and store.current() is published
        await redis_client.publish(PUBLISH_CHANNEL, "2")  # its own announcement, heard again
        await store.publish(shipped_files(), "again", "alice")
        assert store.current() is not published and store.current().version == "3"
        # a version from another host: followed (after the messages above, in order) and parsed once
        await make_store(tmp_path / "other", redis_client).publish(with_tiny(), "elsewhere", "bob")

        async def followed() -> bool:
            return len(seen) == 3

        await until(followed, "the publish from the other host")
        assert seen[-1].version == "4" and store.current() is seen[-1]
    finally:
        stop.set()
        await asyncio.wait_for(watching, 10)
    assert len(parsed) == 4, "one parse per version: 1 (seed), 2, 3 (published here), 4 (followed)"


@dataclasses.dataclass(frozen=True)
class ParsedIn:
    """A menu set with the id of the process that parsed it."""

    pid: int
    menuset: MenuSet


def parse_with_pid(files: Mapping[str, str]) -> ParsedIn:
    return ParsedIn(os.getpid(), MENUS.parse(files))


async def test_a_store_parsing_apart_publishes_and_follows_through_its_child_process(
        tmp_path: Path, redis_client: aioredis.Redis, redis_url: str) -> None:
    """The calls' process parses in a child process (a thread would stall its RTP clock)."""
    kind = StoreKind(name=MENUS.name, what=MENUS.what, parse=parse_with_pid)
    process = ParseProcess()
    worker_redis = aioredis.Redis.from_url(redis_url)
    worker: VersionedStore[ParsedIn] = VersionedStore(kind, tmp_path / "worker", shipped_files, worker_redis)
    worker.parse_apart(process)
    seen: asyncio.Queue[ParsedIn] = asyncio.Queue()
    worker.on_change(seen.put_nowait)
    stop = asyncio.Event()
    watching = asyncio.create_task(worker.watch(stop))
    try:
        await subscribed(redis_client, PUBLISH_CHANNEL)
        await make_store(tmp_path / "admin", redis_client).publish(with_tiny(), "followed", "alice")
        followed = await asyncio.wait_for(seen.get(), 60)
        assert followed.pid != os.getpid() and "tiny" in followed.menuset.menus
        assert worker.current() is followed, "the value from the child is the live one, held by reference"
        info = await worker.publish(shipped_files(), "published here", "bob")
        published = await asyncio.wait_for(seen.get(), 60)
        assert info.number == 3 and published.pid == followed.pid and "tiny" not in published.menuset.menus
    finally:
        stop.set()
        await asyncio.wait_for(watching, 10)
        await worker_redis.aclose()
        await asyncio.to_thread(process.close)


async def test_a_draft_refused_in_the_child_process_raises_the_kinds_rejection(
        tmp_path: Path, redis_client: aioredis.Redis) -> None:
    process = ParseProcess()
    store = make_store(tmp_path, redis_client)
    store.versions.parse_apart(process)
    try:
        with pytest.raises(MenuRejected) as refused:
            await store.publish({**shipped_files(), "12315.yaml": "menu: [unclosed\n"}, "broken", "alice")
        assert refused.value.errors, "the reasons survive the trip through the child process"
        assert store.published_number() == 1 and [v.number for v in store.list_versions()] == [1]
    finally:
        await asyncio.to_thread(process.close)


@pytest.mark.parametrize("parse_apart", [False, True], ids=["thread", "child-process"])
async def test_a_one_file_kind_refuses_other_files_with_its_own_rejection(
        tmp_path: Path, parse_apart: bool) -> None:
    settings = Settings(data_dir=tmp_path)
    acd = AcdConfigStore(settings)
    calendar = CalendarStore(settings)
    process = ParseProcess()
    if parse_apart:
        acd.versions.parse_apart(process)
        calendar.versions.parse_apart(process)
    try:
        centres = SHIPPED_CENTRES.read_text(encoding="utf-8")
        with pytest.raises(ConfigRejected) as acd_refused:
            await acd.versions.publish({CONFIG_FILE: centres, "extra.yaml": "x: 1\n"}, "two files", "alice")
        assert "centres.yaml" in acd_refused.value.errors[0] and "一个文件" in acd_refused.value.errors[0]
        with pytest.raises(NoticeRejected) as calendar_refused:
            await calendar.versions.publish({"other.csv": calendar.text()}, "wrong name", "alice")
        assert DATA_FILE in calendar_refused.value.errors[0] and "一个文件" in calendar_refused.value.errors[0]
        assert acd.published_number() == 1 and calendar.versions.published_number() == 1
        assert (await acd.versions.publish({CONFIG_FILE: centres}, "the one file", "alice")).number == 2
    finally:
        await asyncio.to_thread(process.close)


async def test_a_parse_process_told_to_be_nicer_parses_at_that_lower_priority() -> None:
    """A long parse must not take CPU from the RTP clock's process on a busy box (parse_convoy_bench)."""
    process = ParseProcess(nice_increment=5)
    try:
        child = await process.start([parse_with_pid])
        expected = min(19, os.getpriority(os.PRIO_PROCESS, 0) + 5)
        assert os.getpriority(os.PRIO_PROCESS, child) == expected
        parsed = await process.parse(parse_with_pid, shipped_files())
        assert parsed.refused is None and parsed.value.pid == child and "12315" in parsed.value.menuset.menus
    finally:
        await asyncio.to_thread(process.close)


WARMED_IN: list[int] = []  # in a parse process: the ids of the processes warm_up ran in


def warm_up() -> None:
    WARMED_IN.append(os.getpid())


def parse_seeing_warm_ups(files: Mapping[str, str]) -> tuple[int, tuple[int, ...]]:
    MENUS.parse(files)
    return os.getpid(), tuple(WARMED_IN)


async def test_a_kinds_warm_up_runs_once_in_the_parse_process_before_its_first_parse(tmp_path: Path) -> None:
    kind = StoreKind(name="warmed", what="menu", parse=parse_seeing_warm_ups, warm=warm_up)
    process = ParseProcess()
    stores = [VersionedStore(kind, tmp_path / name, shipped_files) for name in ("a", "b")]
    for store in stores:
        store.parse_apart(process)  # two stores of the kind share the process: one warm-up
    try:
        info = await stores[0].publish(shipped_files(), "first parse in the child", "alice")
        child, warmed = stores[0].current()
        assert info.number == 2 and child != os.getpid() and warmed == (child,)
        assert WARMED_IN == [], "the warm-up ran in the child, not here"
    finally:
        await asyncio.to_thread(process.close)
