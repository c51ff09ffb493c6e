"""Complaint calls through FastAGI into the real ACD (queueing/ on a real redis-server):
music on hold over AGI, callback key, and the bridge to an agent phone of asterisk_conf/."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import pytest_asyncio
import redis.asyncio as aioredis

from agi_scripts.cli import DEFAULT_CONF_DIR
from agi_scripts.codec import parse_args
from agi_scripts.confcheck import check_config
from agi_scripts.server import FastAgiServer, engine_handler
from ivr.engine import default_services
from ivr.settings import Settings
from queueing.centres import load_config
from queueing.events import EventLog, decode_entry
from queueing.gateway import RedisQueueGateway
from queueing.routing import route
from queueing.store import AcdStore
from tests.agi.test_engine_calls import EventCollector
from tests.support.agi_peer import CallerScript, PeerResult, call

AGENT_ENDPOINT = "PJSIP/agent-bj-01"


# The ACD runs on a clock that starts at 11:00 on a weekday in Beijing and then moves
# with the wall clock, so the centres are open whatever time the test runs.
OPEN_MS = int(datetime(2026, 12, 2, 3, 0, tzinfo=UTC).timestamp() * 1000)


class ShiftedClock:
    def __init__(self) -> None:
        self.started = time.monotonic()

    def __call__(self) -> int:
        return OPEN_MS + int((time.monotonic() - self.started) * 1000)


class QueueRig:
    def __init__(self, tmp_path: Path, redis: Any) -> None:
        self.settings = Settings(data_dir=tmp_path / "data")
        self.redis = redis
        self.acd_config = load_config()
        self.store = AcdStore(redis, self.acd_config)
        self.events = EventCollector()
        self.clock = ShiftedClock()
        menus = default_services(self.settings).menus
        now = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
        self.services = default_services(
            self.settings, menus=menus, events=self.events, clock=lambda: now,
            queue=RedisQueueGateway(self.store, EventLog(redis), clock_ms=self.clock),
            router=lambda slots, dnis, priority: route(slots, dnis, self.acd_config),
        )
        self.server = FastAgiServer(handler=engine_handler(lambda: self.services),
                                    sounds_dir=self.settings.sounds_dir, spool_dir=self.settings.spool_dir,
                                    command_timeout=10)

    async def call(self, caller: CallerScript, call_id: str) -> tuple[PeerResult, dict[str, Any]]:
        result = await call("127.0.0.1", self.server.port, caller, callerid="01088886666", uniqueid=call_id,
                            idle_timeout=30)
        for _ in range(200):
            ends = [p for kind, p in self.events.events if kind == "CALL_END" and p["call_id"] == call_id]
            if ends:
                return result, ends[0]
            await asyncio.sleep(0.01)
        raise AssertionError(f"no CALL_END: {result.commands[-5:]}")

    async def acd_events(self, call_id: str) -> list[str]:
        entries = await self.redis.xrange("ivr:events")
        return [e["type"] for e in (decode_entry(fields) for _, fields in entries) if e["call_id"] == call_id]


RigT = TypeVar("RigT", bound=QueueRig)


@asynccontextmanager
async def running_rig(rig_class: type[RigT], tmp_path: Path, redis_url: str) -> AsyncIterator[RigT]:
    """A rig of ``rig_class`` on an emptied Redis, its ACD configured and FastAGI listening."""
    client = aioredis.Redis.from_url(redis_url, decode_responses=True)
    await client.flushall()
    rig = rig_class(tmp_path, client)
    await rig.store.apply_config()
    await rig.server.start("127.0.0.1", 0)
    try:
        yield rig
    finally:
        await rig.server.close()
        await client.aclose()


@pytest_asyncio.fixture(loop_scope="function")
async def rig(tmp_path: Path, redis_url: str) -> AsyncIterator[QueueRig]:
    async with running_rig(QueueRig, tmp_path, redis_url) as running:
        yield running


async def test_complaint_answered_by_an_agent_phone(rig: QueueRig) -> None:
    await rig.store.agent_login("bj", "a1", AGENT_ENDPOINT, rig.clock() - 60_000, ready=True)
    result, record = await rig.call(CallerScript(keys=["1", "1", "1", "1", "1"], dial_status="ANSWER"), "q.1")
    dials = [parse_args(c) for c in result.commands if c.startswith("EXEC Dial")]
    assert dials and dials[0][2].startswith(f"{AGENT_ENDPOINT},20,U(ivr-agent-answered^bj^")
    assert record["queue"]["outcome"] == "answered" and record["queue"]["agent"] == "a1"
    assert record["outcome"] == "answered"
    assert await rig.acd_events("q.1") == ["ENTERQUEUE", "CONNECT", "COMPLETEAGENT"]
    # the phone the ACD rang is one the shipped Asterisk configuration defines
    assert check_config(DEFAULT_CONF_DIR, dial_endpoints=[AGENT_ENDPOINT], allow_placeholders=True) == []


async def test_waiting_caller_hears_music_and_asks_for_a_callback(rig: QueueRig) -> None:
    # nobody logged in at bj: the caller waits with music on hold, then presses * (callback)
    result, record = await rig.call(CallerScript(keys=["1", "1", "1", "1", "1", "*"]), "q.2")
    assert "EXEC StartMusicOnHold default" in result.commands
    assert any(c.startswith("WAIT FOR DIGIT") for c in result.commands)
    assert record["queue"]["outcome"] == "callback"
    assert "ENTERQUEUE" in await rig.acd_events("q.2")


async def test_caller_hangs_up_while_waiting(rig: QueueRig) -> None:
    probe, _ = await rig.call(CallerScript(keys=["1", "1", "1", "1", "1", "*"]), "q.3")
    holds = [n for n, c in enumerate(probe.commands, start=1) if c.startswith("WAIT FOR DIGIT")]
    assert holds, probe.commands
    result, record = await rig.call(CallerScript(keys=["1", "1", "1", "1", "1"], hangup_at=holds[0]), "q.4")
    assert record["outcome"] == "abandoned" and record["queue"]["outcome"] == "abandoned"
    assert result.closed_by_server and result.channel_commands_after_hangup <= 1
    assert "ABANDON" in await rig.acd_events("q.4")
