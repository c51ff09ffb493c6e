"""Drive the real ACD (queueing.store Lua scripts) from sync tests."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from redis.asyncio import Redis

from queueing.centres import load_config
from queueing.store import AcdStore

T = TypeVar("T")


def with_store(redis_url: str, work: Callable[[AcdStore], Awaitable[T]]) -> T:
    async def run() -> T:
        client: Any = Redis.from_url(redis_url)
        try:
            store = AcdStore(client, load_config())
            await store.apply_config()
            return await work(store)
        finally:
            await client.aclose()

    return run_async(run)


def run_async(factory: Callable[[], Awaitable[T]]) -> T:
    """Run a coroutine to completion in its own thread and loop (Playwright's sync API owns
    the main thread's loop while a browser test runs)."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = asyncio.run(factory())  # type: ignore[arg-type]
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]  # type: ignore[no-any-return]


def now_ms() -> int:
    return int(time.time() * 1000)


def enqueue(redis_url: str, centre: str, qcid: str, call_id: str, data: dict[str, Any] | None = None) -> int:
    async def work(store: AcdStore) -> int:
        t = now_ms()
        _, position = await store.enqueue(centre, qcid, call_id=call_id, enq_ms=t - 5000, now_ms=t,
                                          data=data or {})
        return position

    return with_store(redis_url, work)


def answer(redis_url: str, centre: str, agent: str) -> str:
    """An agent logs in ready, is given the waiting call, answers it; returns the queue call id."""

    async def work(store: AcdStore) -> str:
        t = now_ms()
        await store.agent_login(centre, agent, f"PJSIP/{agent}", t, ready=True)
        offers = await store.dispatch(centre, t)
        assert offers, "no call was dispatched"
        qcid, got_agent = offers[0]
        assert got_agent == agent
        await store.connect(centre, qcid, agent, t)
        return qcid

    return with_store(redis_url, work)


def complete(redis_url: str, centre: str, qcid: str, agent: str) -> None:
    async def work(store: AcdStore) -> None:
        await store.complete(centre, qcid, agent, now_ms())

    with_store(redis_url, work)
