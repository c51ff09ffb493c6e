"""ivr.runtime: one context manager opens every service of a process (real Redis, real SQLite)
and the engine's services come from it, sharing its stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from redis.asyncio import Redis
from sqlalchemy import inspect

from ivr.events import RedisEventSink
from ivr.runtime import CONSOLE, RECORDS, MissingPart, Needs, open_runtime
from ivr.services import NullEventSink
from ivr.settings import SHIPPED_MENUS_DIR, Settings
from queueing.gateway import RedisQueueGateway
from records.progress import CaseStatusService

#: Its own Redis database: publishing here must not change the menus other tests see.
DB = 11


@pytest.fixture
async def settings(redis_url: str, tmp_path: Path) -> Settings:
    url = redis_url.rsplit("/", 1)[0] + f"/{DB}"
    client = Redis.from_url(url)
    await client.flushdb()
    await client.aclose()
    return Settings(redis_url=url, data_dir=tmp_path / "data")


async def test_a_servers_services_share_the_runtimes_stores(settings: Settings) -> None:
    async with open_runtime(settings, Needs(migrate=True, recognizer=False)) as runtime:
        services = runtime.engine_services(worker_id="w1")
        gateway = services.queue
        assert isinstance(gateway, RedisQueueGateway) and gateway.store is runtime.acd
        assert services.events is runtime.events and isinstance(runtime.events, RedisEventSink)
        assert isinstance(services.cases, CaseStatusService) and services.cases.sessions is runtime.db
        assert services.knowledge is runtime.knowledge and services.worker_id == "w1"
        # migrated once, at open
        assert runtime.db_engine is not None and "calls" in inspect(runtime.db_engine).get_table_names()
        # a publish through the runtime's menu store reaches the calls' services at once
        before = services.menus.version
        files = {p.name: p.read_text(encoding="utf-8") for p in sorted(SHIPPED_MENUS_DIR.glob("*.yaml"))}
        info = await runtime.menus.publish(files, "runtime test", "tester")
        assert services.menus.version == str(info.number) != before
        # and was announced through the runtime's Redis, where other workers follow it
        assert await runtime.redis.get("ivr:menus:published") == str(info.number).encode()


async def test_the_console_runtime_opens_no_redis_and_no_database(settings: Settings) -> None:
    async with open_runtime(settings, CONSOLE) as runtime:
        with pytest.raises(MissingPart, match="no Redis"):
            _ = runtime.redis
        with pytest.raises(MissingPart, match="no database"):
            _ = runtime.db
        services = runtime.engine_services()
        assert services.queue is None and services.cases is None and services.tickets is None
        assert isinstance(services.events, NullEventSink)
        assert services.menus.for_dnis("12315").menu == "12315"
    assert not (settings.data_dir / "ivr.db").exists() and not list(settings.data_dir.glob("*.db"))


async def test_the_records_runtime_has_no_acd_and_no_recogniser(settings: Settings) -> None:
    async with open_runtime(settings, RECORDS) as runtime:
        assert runtime.acd is None and runtime.acd_configs is None and runtime.recognizer is None
        assert runtime.engine_services().queue is None
        assert await runtime.redis_text.ping()
