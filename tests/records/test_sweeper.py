"""Calls whose worker died in the menus (no CALL_END, no queue lease) are closed as worker_lost."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import redis.asyncio as aioredis
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ivr.heartbeat import beat
from records.models import Call, QueueLeg
from records.sweeper import sweep_lost_calls
from records.writer import RecordsWriter
from tests.records.streamdata import emit


def start_event(call_id: str, worker: str, at: datetime) -> dict[str, str]:
    data = {"call_id": call_id, "dnis": "12315", "transport": "fastagi", "menu_version": "1", "worker": worker,
            "started_at": at.isoformat()}
    return {"type": "CALL_START", "call_id": call_id, "ts": str(int(at.timestamp() * 1000)),
            "data": json.dumps(data)}


async def test_dead_workers_open_calls_are_closed_and_live_ones_kept(
    redis_client: aioredis.Redis, sessions: sessionmaker[Session], stream: str
) -> None:
    now = datetime.now(UTC)
    old = now - timedelta(minutes=5)
    await beat(redis_client, "w-alive")
    enter = {"type": "ENTERQUEUE", "call_id": "sw-dead", "ts": str(int(old.timestamp() * 1000) + 5000),
             "data": json.dumps({"centre": "bj", "queue_call_id": "q-sw-dead", "call_id": "sw-dead", "position": 1})}
    await emit(redis_client, stream, [
        start_event("sw-dead", "w-dead", old),  # its worker's key is gone
        enter,
        start_event("sw-alive", "w-alive", old),  # still beating: a long call, not a lost one
        start_event("sw-young", "w-dead", now),  # too recent to judge
    ])
    await RecordsWriter(redis_client, sessions, "k", consumer="w1", stream=stream, group="records").drain()
    closed = await sweep_lost_calls(redis_client, sessions, min_age_s=60, now=now)
    assert closed == ["sw-dead"]
    with sessions() as s:
        rows = {c.call_id: c for c in s.scalars(select(Call).where(Call.call_id.like("sw-%")))}
    assert rows["sw-dead"].outcome == "worker_lost" and rows["sw-dead"].ended_at is not None
    with sessions() as s:
        legs = s.scalars(select(QueueLeg).where(QueueLeg.call_id == "sw-dead")).all()
    assert [(leg.outcome, leg.ended_at is not None) for leg in legs] == [("lost", True)]
    assert rows["sw-alive"].outcome == "in_progress" and rows["sw-alive"].ended_at is None
    assert rows["sw-young"].outcome == "in_progress"
    # a second sweep finds nothing more to do
    assert await sweep_lost_calls(redis_client, sessions, min_age_s=60, now=now) == []
