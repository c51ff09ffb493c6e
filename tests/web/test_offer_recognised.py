"""What the caller said reaches the agent's desk during the call: a console call through the real
engine says its region and queues in the real Redis ACD; the agent's offer (no records writer runs,
so nothing of it comes from SQL) carries the recognised text while the call is up. The queue entry
keeps only the last utterances, each cut short."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import redis.asyncio as aioredis
from fastapi.testclient import TestClient

from ivr.callrecord import CallRecord, SpeechDecision
from ivr.console import ConsoleChannel
from ivr.engine import default_services, run_call
from ivr.events import RedisEventSink
from ivr.settings import Settings
from queueing.centres import load_config
from queueing.events import EventLog
from queueing.gateway import RECOGNISED_CHARS, RECOGNISED_LAST, RedisQueueGateway, recognised
from queueing.routing import route
from queueing.store import AcdStore
from tests.web.test_journey import open_all_day

MENU_NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)  # a Wednesday 11:00 in Beijing: the menu is open
# Mandarin, complaint, the region said (a mobile number proposes none), same business region,
# food, the statement; then the caller talks with the agent.
SCRIPT = ["1", "1", "say: 北京", "1", "1", "statement: 买到过期牛奶"]
TALK_SECONDS = 8.0


class Caller:
    """One console call through the engine and the Redis ACD, in its own thread and loop."""

    def __init__(self, settings: Settings, tmp_path: Path) -> None:
        self.settings = settings
        self.config = load_config(open_all_day(tmp_path))
        self.record: CallRecord | None = None
        self.queue_data: dict[str, Any] = {}
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._thread, name="console-caller", daemon=True)

    def _thread(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # re-raised in the test's thread
            self.error = exc

    async def _main(self) -> None:
        redis: Any = aioredis.Redis.from_url(str(self.settings.redis_url), decode_responses=True)
        try:
            store = AcdStore(redis, self.config)
            await store.apply_config()
            services = default_services(
                self.settings, events=RedisEventSink(redis), clock=lambda: MENU_NOW,
                queue=RedisQueueGateway(store, EventLog(redis)),
                router=lambda slots, dnis, priority: route(slots, dnis, self.config))
            channel = ConsoleChannel("12315", "13812345678", self.settings.spool_dir / "console", script=SCRIPT,
                                     hold_seconds=0.2, talk_seconds=TALK_SECONDS)
            self.record = await run_call(channel, services, transport="console")
            assert self.record.queue is not None and self.record.queue.queue_call_id
            entry = await store.call("bj", self.record.queue.queue_call_id)
            self.queue_data = json.loads(entry.get("data") or "{}")
        finally:
            await redis.aclose()


def test_the_offer_shows_what_the_caller_said_during_the_call(agent_client: TestClient, web_settings: Settings,
                                                              tmp_path: Path) -> None:
    assert agent_client.post("/api/console/login", json={}).status_code == 200
    assert agent_client.post("/api/console/ready").status_code == 200
    caller = Caller(web_settings, tmp_path)
    caller.thread.start()
    offer = None
    deadline = time.monotonic() + 90  # a bound on the wait, not a measured speed
    while offer is None and caller.thread.is_alive() and time.monotonic() < deadline:
        view = agent_client.get("/api/console/state").json()
        offer = view["offer"] if view["state"] in ("reserved", "busy") else None
        time.sleep(0.05)
    assert offer is not None, caller.error
    assert offer["phase"] in ("offered", "connected"), offer  # read while the call is up
    assert offer["region"] == "11" and offer["service_type"] == "complaint"
    assert offer["recognised"] == [{"slot": "region", "text": "北京", "value": "11"}]
    caller.thread.join(TALK_SECONDS + 60)
    assert caller.error is None, caller.error
    assert caller.record is not None and caller.record.queue is not None
    assert caller.record.queue.outcome == "answered" and caller.record.queue.agent == "ann"
    assert [d.text for d in caller.record.speech] == ["北京"]


def test_the_queue_entry_keeps_the_last_utterances_cut_short() -> None:
    record = CallRecord(call_id="c-cap", transport="console", dnis="12315", caller="13812345678",
                        language="zh", menu_id="12315", menu_version="1")
    texts = [f"第{i}句" for i in range(RECOGNISED_LAST + 2)] + ["长" * (RECOGNISED_CHARS + 50)]
    record.speech = [SpeechDecision(node="consult", slot="consult_question", text=t, confidence=0.9, value=None,
                                    match_score=0.0, decision="to_agent") for t in texts]
    kept = recognised(record)
    assert [k["text"] for k in kept] == texts[-RECOGNISED_LAST:-1] + ["长" * RECOGNISED_CHARS]
    assert all(k["slot"] == "consult_question" for k in kept)
