"""Synthetic but realistic event streams: what the engine and the queue would emit."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import redis.asyncio as aioredis

from ivr.callrecord import CallRecord, PathStep, QueueResult, RoutingDecision, SpeechDecision

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)


def call_record(call_id: str, *, caller: str = "13812345678", centre: str = "bj", ended: bool,
                start: datetime = T0, category: str = "food") -> CallRecord:
    record = CallRecord(call_id=call_id, transport="console", dnis="12315", caller=caller, language="zh",
                        menu_id="main", menu_version="v1", started_at=start)
    if not ended:
        return record
    record.path = [
        PathStep(node="welcome", kind="play", entered_at=start, elapsed_ms=1200.0),
        PathStep(node="region", kind="ask", entered_at=start + timedelta(seconds=2), elapsed_ms=3400.0,
                 input="北京", result="bj", detail={"mode": "speech"}),
        PathStep(node="category", kind="menu", entered_at=start + timedelta(seconds=6), input="2", result=category),
    ]
    record.slots = {"region": "110000", "service_type": "complaint", "category": category, "language": "zh"}
    record.speech = [SpeechDecision(node="region", slot="region", text="北京", confidence=0.91, value="bj",
                                    match_score=98.0, decision="accept", alternatives=[("北京", 98.0)])]
    record.routing = RoutingDecision(centre=centre, priority=0, overflow=["cn"], reason="region")
    record.queue = QueueResult(outcome="answered", centre=centre, agent="bj-007", wait_seconds=12.5,
                               position_at_entry=3, queue_call_id=f"q-{call_id}")
    record.recording = f"{call_id}.wav"
    record.outcome = "answered"
    record.ended_at = start + timedelta(seconds=200)
    record.hangup_node = "queue"
    record.hangup_reason = "agent_completed"
    return record


def ms(when: datetime) -> str:
    return str(int(when.timestamp() * 1000))


def call_events(call_id: str, start: datetime = T0, centre: str = "bj", category: str = "food",
                caller: str = "13812345678") -> list[dict[str, str]]:
    """The events of one answered call, in stream order."""
    begin = call_record(call_id, ended=False, start=start, centre=centre, caller=caller)
    end = call_record(call_id, ended=True, start=start, centre=centre, category=category, caller=caller)
    q = {"centre": centre, "queue_call_id": f"q-{call_id}", "call_id": call_id}

    def ev(kind: str, at: datetime, data: dict[str, Any]) -> dict[str, str]:
        return {"type": kind, "call_id": call_id, "ts": ms(at), "data": json.dumps(data, ensure_ascii=False)}

    return [
        ev("CALL_START", start, {"call_id": call_id, "dnis": begin.dnis, "transport": begin.transport,
                                 "menu_version": begin.menu_version}),
        ev("ENTERQUEUE", start + timedelta(seconds=10), {**q, "position": 3}),
        ev("RINGNOANSWER", start + timedelta(seconds=15), {**q, "agent": "bj-003"}),
        ev("CONNECT", start + timedelta(seconds=22), {**q, "agent": "bj-007", "wait_seconds": 12.5}),
        ev("COMPLETECALLER", start + timedelta(seconds=200), {**q, "agent": "bj-007", "talk_seconds": 178.0,
                                                               "mood": "unknown field kept raw"}),
        ev("CALL_END", start + timedelta(seconds=200), end.model_dump(mode="json")),
        ev("STATEMENT_TRANSCRIBED", start + timedelta(seconds=230),
           {"call_id": call_id, "text": "买的牛奶过期了", "confidence": 0.82}),
    ]


async def emit(client: aioredis.Redis, stream: str, events: list[dict[str, str]]) -> list[str]:
    ids: list[str] = []
    for fields in events:
        ids.append(str(await client.xadd(stream, fields)))  # type: ignore[arg-type]
    return ids


def now_ms() -> str:
    return str(int(time.time() * 1000))
