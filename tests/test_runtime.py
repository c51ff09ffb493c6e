"""ivr.runtime: one context manager opens every service of a process (real Redis, real SQLite)
and the engine's services come from it, sharing its stores."""

from __future__ import annotations

import ast
import multiprocessing
import os
from pathlib import Path

import pytest
from redis.asyncio import Redis
from sqlalchemy import inspect

from ivr.events import RedisEventSink
from ivr.runtime import CONSOLE, QUEUE_CLI, RECORDS, USERS_CLI, MissingPart, Needs, open_runtime
from ivr.services import NullEventSink
from ivr.settings import SHIPPED_MENUS_DIR, Settings
from queueing.gateway import RedisQueueGateway
from records.progress import CaseStatusService
from tests.test_layers import ROOT, RUNTIME_OWNS, called_names

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


async def test_a_server_parses_published_versions_in_its_child_process(settings: Settings) -> None:
    before = set(multiprocessing.active_children())
    async with open_runtime(settings, Needs(parse_apart=True, recognizer=False, database=False)) as runtime:
        children = set(multiprocessing.active_children()) - before
        assert len(children) == 1, "one parse process, started at open"
        (child,) = children
        assert child.pid is not None and child.pid != os.getpid() and child.is_alive()
        files = {p.name: p.read_text(encoding="utf-8") for p in sorted(SHIPPED_MENUS_DIR.glob("*.yaml"))}
        info = await runtime.menus.publish(files, "parsed apart", "tester")
        assert runtime.menus.current().version == str(info.number)
        assert set(multiprocessing.active_children()) - before == {child}, "the same child parses every version"
    assert not child.is_alive(), "closed with the runtime"


async def test_the_command_line_runtimes_open_what_their_commands_use(settings: Settings) -> None:
    async with open_runtime(settings, USERS_CLI) as runtime:  # the first administrator needs no Redis
        assert runtime.db_engine is not None and "users" in inspect(runtime.db_engine).get_table_names()
        with pytest.raises(MissingPart, match="no Redis"):
            _ = runtime.redis
    async with open_runtime(settings, QUEUE_CLI) as runtime:
        assert runtime.acd is not None and runtime.acd.config is runtime.acd_configs.current()  # type: ignore[union-attr]
        with pytest.raises(MissingPart, match="no database"):
            _ = runtime.db


#: Entry points beside the ones tests/test_layers.py checks: the command lines and the housekeeping.
RUNTIME_USERS = ("queueing/cli.py", "ivr/web/cli.py")
#: What building a service of its own looks like, beyond what the runtime owns.
OWN_SERVICES = RUNTIME_OWNS | {"connect_redis", "create_engine", "create_async_engine", "RedisCluster"}


@pytest.mark.parametrize("module", [*RUNTIME_USERS, "records/maintenance.py"])
def test_command_lines_and_housekeeping_build_no_service_of_their_own(module: str) -> None:
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    calls = called_names(tree)
    assert calls & OWN_SERVICES == set(), f"{module} builds what ivr.runtime owns"
    if module in RUNTIME_USERS:
        assert "open_runtime" in calls, f"{module} does not open ivr.runtime"
