"""Whole calls through the real engine and the shipped 12315 menus over the embedded SIP endpoint."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import redis.asyncio as aioredis

from ivr.engine import default_services, run_call
from ivr.sip.endpoint import start_sip_endpoint
from queueing.agents import AgentService
from queueing.centres import load_config
from queueing.events import EventLog, decode_entry
from queueing.gateway import RedisQueueGateway
from queueing.routing import route
from queueing.store import AcdStore
from tests.sip.harness import Seen, free_udp_port, make_settings, pcap, run_sipp, wait_until
from tests.sip.media_tools import g711_wav, speech_wav, tone_wav
from tests.sip.test_sipp_scenarios import options

pytestmark = pytest.mark.timeout(150)

OPEN = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)  # Wednesday 11:00 in Beijing


class Events:
    def __init__(self) -> None:
        self.events: list[tuple[str, dict[str, Any]]] = []

    async def emit(self, event_type: str, payload: dict[str, Any]) -> None:
        self.events.append((event_type, payload))

    def call_end(self) -> dict[str, Any] | None:
        return next((p for kind, p in self.events if kind == "CALL_END"), None)


async def _complaint_call(tmp_path: Path, services_overrides: dict[str, Any], agent: tuple[str, int] | None
                          ) -> tuple[dict[str, Any], list[Any]]:
    settings = make_settings(tmp_path)
    events = Events()
    services = default_services(settings, events=events, clock=lambda: OPEN, **services_overrides)
    seen = Seen()

    async def handler(channel: Any) -> object:
        record = await run_call(channel, services, transport="sip")
        seen.add("record", record)
        return record

    statement = speech_wav(tmp_path / "statement.wav", "The milk I bought yesterday was sour. " * 2)
    stream = g711_wav(statement, tmp_path / "statement_pcmu.wav", "PCMU")
    endpoint = await start_sip_endpoint(settings, handler, options())
    results = []
    try:
        agent_task = None
        if agent is not None:
            agent_dir = tmp_path / "agent"
            agent_dir.mkdir()
            voice = g711_wav(tone_wav(tmp_path / "agent.wav", 660, 1.0), tmp_path / "agent_pcmu.wav", "PCMU")
            agent_task = asyncio.create_task(run_sipp(
                agent[0], 0, agent_dir, {"stream": f"{voice},1,0"},
                extra=["-p", str(agent[1]), "-d", "2000"], server_first=False, timeout=90))
        # welcome 1 (Mandarin), 1 complaint, 1 region from the area code, 1 business here, 1 food
        caller = await run_sipp("complaint_call.xml", endpoint.address[1], tmp_path,
                                {"digit_1": pcap("1"), "digit_2": pcap("1"), "digit_3": pcap("1"),
                                 "digit_4": pcap("1"), "digit_5": pcap("1"), "stream": f"{stream},1,0",
                                 "caller": "01088886666"},
                                timeout=90)
        results.append(caller)
        if agent_task is not None:
            results.append(await agent_task)
        assert await wait_until(lambda: events.call_end() is not None, 20)
        assert await wait_until(lambda: not endpoint.ports.in_use)
    finally:
        await endpoint.close()
    record = events.call_end()
    assert record is not None
    return record, results


async def test_complaint_reaches_the_queue_and_an_agent_phone(tmp_path: Path, redis_url: str) -> None:
    redis = aioredis.Redis.from_url(redis_url, decode_responses=True)
    await redis.flushall()
    started = time.monotonic()
    open_ms = int(OPEN.timestamp() * 1000)

    def clock_ms() -> int:  # the ACD's clock runs from the same Wednesday morning as the menus'
        return open_ms + int((time.monotonic() - started) * 1000)

    agent_port = free_udp_port()
    config = load_config()
    # the agent phone (SIPp) is one of the centre's phones, dialled by the URI configured for it
    config.centres["bj"] = config.centres["bj"].model_copy(
        update={"phones": {"agent1": f"sip:agent1@127.0.0.1:{agent_port}"}})
    acd = AcdStore(redis, config)
    await acd.apply_config()
    agents = AgentService(acd, EventLog(redis), clock_ms)
    await agents.login("bj", "agent1", "agent1", languages=["zh", "en"], categories=[], ready=True)
    states: list[str] = []

    async def watch_agent() -> None:  # what the agent desk reads from the ACD while the call lasts
        while True:
            state = (await acd.agent("bj", "agent1")).get("state", "")
            if not states or states[-1] != state:
                states.append(state)
            await asyncio.sleep(0.05)

    watcher = asyncio.create_task(watch_agent())
    try:
        record, results = await _complaint_call(
            tmp_path,
            {"queue": RedisQueueGateway(acd, EventLog(redis), clock_ms=clock_ms),
             "router": lambda slots, dnis, priority: route(slots, dnis, config)},
            ("agent_uas.xml", agent_port))
        acd_events = [decode_entry(fields) for _, fields in await redis.xrange("ivr:events")]
    finally:
        watcher.cancel()
        await redis.aclose()
    for result in results:
        assert result.returncode == 0, result.explain()
    assert record["transport"] == "sip" and record["dnis"] == "12315"
    # our call id, not the caller-chosen SIP Call-ID, names the record and the statement file
    assert record["call_id"].startswith("sip-") and "@" not in record["call_id"]
    assert record["caller"] == "010******66"  # the event carries the masked number (and its keyed hash)
    assert record["slots"]["service_type"] == "complaint"
    assert record["slots"]["region"] == record["slots"]["business_region"] == "11"
    assert record["slots"]["category"] == "food"
    assert record["recording"]
    assert Path(record["recording"]).parent == tmp_path / "data" / "spool"
    assert record["queue"]["outcome"] == "answered", record["queue"]
    assert record["queue"]["agent"] == "agent1"
    assert record["queue"]["centre"] == "bj"
    # connected at the agent's 200 OK, for the whole talk; then the agent hung up first (BYE):
    # the caller heard the closing words and the server ended the call
    assert "busy" in states and states.index("busy") > states.index("reserved"), states
    assert record["outcome"] == "answered"
    assert [step["node"] for step in record["path"]][-2:] == ["after_agent", "closing"]
    kinds = [e["type"] for e in acd_events if e["call_id"] == record["call_id"]]
    assert kinds == ["ENTERQUEUE", "CONNECT", "COMPLETEAGENT"], kinds
    connect, complete = (next(e for e in acd_events if e["type"] == kind) for kind in ("CONNECT", "COMPLETEAGENT"))
    # talk time runs from the answer: the agent phone talks 2 s (-d 2000) before its BYE
    assert complete["data"]["talk_seconds"] >= 1.5
    assert int(complete["ts"]) - int(connect["ts"]) >= 1500
