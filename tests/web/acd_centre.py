"""A test's own ACD configuration (the shipped centres with Beijing's fields changed) given to the
web app as its centres file, the real ACD store on it, and the ACD's upkeep loop running beside the
web server as `ivr serve` runs it (it ends wrap-ups when their timer runs out)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import yaml
from redis.asyncio import Redis

from ivr.settings import Settings
from queueing.centres import SHIPPED_CENTRES, AcdConfig, load_config
from queueing.events import EventLog
from queueing.store import AcdStore
from queueing.upkeep import run_upkeep
from tests.support.loop_thread import LoopThread
from tests.web.acd import run_async

T = TypeVar("T")


def beijing_config(tmp_path: Path, **fields: Any) -> Path:
    """The shipped centres file with ``fields`` set on Beijing (bj); returns the new file."""
    raw = yaml.safe_load(SHIPPED_CENTRES.read_text(encoding="utf-8"))
    raw.setdefault("centres", {}).setdefault("bj", {}).update(fields)
    path = tmp_path / "centres.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def with_centres(settings: Settings, centres: Path) -> Settings:
    return settings.model_copy(update={"centres_file": centres})


def config_of(settings: Settings) -> AcdConfig:
    return load_config(settings.centres_file)


def with_store(settings: Settings, work: Callable[[AcdStore], Awaitable[T]]) -> T:
    """Run ``work`` on a real ACD store with the settings' centres (written to Redis first)."""

    async def run() -> T:
        client: Any = Redis.from_url(str(settings.redis_url))
        try:
            store = AcdStore(client, config_of(settings))
            await store.apply_config()
            return await work(store)
        finally:
            await client.aclose()

    return run_async(run)


class AcdUpkeep(LoopThread):
    """The ACD's upkeep (reclaim, wrap-up end, matching) in its own thread until the block ends."""

    def __init__(self, settings: Settings, every: float = 0.3) -> None:
        super().__init__("acd-upkeep", start_timeout=15)
        self.settings = settings
        self.every = every

    async def serve(self, stop: asyncio.Event, started: Callable[[], None]) -> None:
        client: Any = Redis.from_url(str(self.settings.redis_url))
        try:
            store = AcdStore(client, config_of(self.settings))
            await store.apply_config()
            started()
            await run_upkeep(store, EventLog(client), stop, every=self.every)
        finally:
            await client.aclose()
