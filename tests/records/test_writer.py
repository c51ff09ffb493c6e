"""The records writer against real Redis and real SQL (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
import json

import redis.asyncio as aioredis
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from records.events import caller_hash
from records.models import Agent, Call, CallEvent, ProcessedEvent, QueueLeg
from records.writer import RecordsWriter
from tests.records.dbdump import dump
from tests.records.streamdata import T0, call_events, emit, now_ms

SECRET = "test-secret"


def writer(client: aioredis.Redis, sessions: sessionmaker[Session], stream: str, consumer: str = "w1",
           **kw: object) -> RecordsWriter:
    return RecordsWriter(client, sessions, SECRET, consumer=consumer, stream=stream, group="records",
                         **kw)  # type: ignore[arg-type]


async def test_call_with_path_queue_leg_and_transcript(
    redis_client: aioredis.Redis, sessions: sessionmaker[Session], stream: str
) -> None:
    events = call_events("c-1")
    events.append({"type": "AGENT_READY", "call_id": "", "ts": now_ms(),
                   "data": json.dumps({"agent": "bj-007", "centre": "bj"})})
    events.append({"type": "SOMETHING_NEW", "call_id": "c-1", "ts": now_ms(), "data": '{"x": [1, 2]}'})
    await emit(redis_client, stream, events)
    stats = await writer(redis_client, sessions, stream).drain()
    assert stats.written == len(events) and stats.dead_lettered == 0

    with sessions() as s:
        call = s.scalar(select(Call).where(Call.call_id == "c-1"))
        assert call is not None
        assert call.outcome == "answered" and call.centre == "bj" and call.category == "food"
        assert call.caller_masked == "138******78" and call.caller_hash == caller_hash("13812345678", SECRET)
        assert "13812345678" not in json.dumps([call.slots, call.routing, call.queue_result])
        assert [st.node for st in call.steps] == ["welcome", "region", "category"]
        assert call.steps[1].input == "北京" and call.steps[1].detail == {"mode": "speech"}
        assert call.speech[0].accepted and call.speech[0].confidence == 0.91
        assert call.transcript == "买的牛奶过期了" and call.ended_at is not None
        leg = s.scalar(select(QueueLeg).where(QueueLeg.call_id == "c-1"))
        assert leg is not None
        assert (leg.centre, leg.outcome, leg.agent, leg.position) == ("bj", "answered", "bj-007", 3)
        assert leg.wait_seconds == 12.5 and leg.handle_seconds == 178.0 and leg.ring_no_answer == 1
        assert leg.enqueued_at == T0.replace(second=10)
        agent = s.get(Agent, "bj-007")
        assert agent is not None and agent.last_state == "ready"
        raw = s.scalar(select(CallEvent.data).where(CallEvent.type == "SOMETHING_NEW"))
        assert raw == {"x": [1, 2]}
    assert await redis_client.xpending(stream, "records") == {"pending": 0, "min": None, "max": None,
                                                             "consumers": []}


async def test_replay_twice_gives_identical_database(
    redis_client: aioredis.Redis, sessions: sessionmaker[Session], engine: Engine, stream: str
) -> None:
    for i in range(20):
        await emit(redis_client, stream, call_events(f"r-{i}", category=("food", "phone")[i % 2]))
    first = await writer(redis_client, sessions, stream, batch_size=17).drain()
    before = dump(engine)
    await redis_client.xgroup_setid(stream, "records", id="0")  # deliver the whole stream again
    second = await writer(redis_client, sessions, stream, consumer="w2", batch_size=50).drain()
    assert first.written == 140 and second.written == 0 and second.skipped_duplicates == 140
    assert dump(engine) == before
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Call)) == 20
        assert s.scalar(select(func.count()).select_from(QueueLeg)) == 20


async def test_poison_events_go_to_dead_letter_and_good_ones_still_land(
    redis_client: aioredis.Redis, sessions: sessionmaker[Session], stream: str
) -> None:
    bad = [
        {"type": "CALL_END", "call_id": "p-1", "ts": now_ms(), "data": "{not json"},
        {"type": "CALL_END", "call_id": "p-2", "ts": now_ms(), "data": "[1, 2]"},
        {"call_id": "p-3", "ts": now_ms(), "data": "{}"},
        {"type": "CALL_END", "call_id": "p-4", "ts": "yesterday", "data": "{}"},
        {"type": "CALL_END", "call_id": "p-5", "ts": now_ms(), "data": '{"call_id": "p-5", "caller": 5}'},
    ]
    good = call_events("g-1")
    await emit(redis_client, stream, good[:3] + bad + good[3:])
    stats = await writer(redis_client, sessions, stream, batch_size=4).drain()
    assert stats.dead_lettered == len(bad) and stats.written == len(good)
    dead: list[tuple[str, dict[str, str]]] = await redis_client.xrange(f"{stream}:dead")  # type: ignore[assignment]
    assert sorted(f.get("call_id", "") for _, f in dead) == ["p-1", "p-2", "p-3", "p-4", "p-5"]
    assert all(f["reason"] and f["event_id"] for _, f in dead)
    assert any("not JSON" in f["reason"] for _, f in dead)
    with sessions() as s:
        assert s.scalar(select(Call.outcome).where(Call.call_id == "g-1")) == "answered"
        assert s.scalar(select(func.count()).select_from(ProcessedEvent)) == len(good)
    assert (await redis_client.xpending(stream, "records"))["pending"] == 0


async def test_dead_consumers_pending_events_are_claimed(
    redis_client: aioredis.Redis, sessions: sessionmaker[Session], stream: str
) -> None:
    await emit(redis_client, stream, call_events("d-1") + call_events("d-2"))
    dead = writer(redis_client, sessions, stream, consumer="dead")
    await dead.ensure_group()
    taken = await dead.next_batch(None)  # read, then "crash" before writing or acknowledging
    assert len(taken) == 14
    survivor = writer(redis_client, sessions, stream, consumer="alive", claim_idle_ms=20)
    await asyncio.sleep(0.1)  # let the dead consumer's entries pass the minimum idle time
    stats = await survivor.drain()
    assert stats.claimed == 14 and stats.written == 14
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Call)) == 2
    assert (await redis_client.xpending(stream, "records"))["pending"] == 0


async def test_call_end_before_call_start_keeps_the_full_record(
    redis_client: aioredis.Redis, sessions: sessionmaker[Session], stream: str
) -> None:
    events = call_events("o-1")
    await emit(redis_client, stream, [events[5], events[0]])  # CALL_END, then a late CALL_START
    await writer(redis_client, sessions, stream).drain()
    with sessions() as s:
        call = s.scalar(select(Call).where(Call.call_id == "o-1"))
        assert call is not None and call.outcome == "answered" and len(call.steps) == 3


def _apply_all(sessions: sessionmaker[Session], events: list[dict[str, str]]) -> None:
    from records.apply import apply_event
    from records.events import parse_entry

    with sessions.begin() as s:
        for n, fields in enumerate(events):
            apply_event(s, parse_entry(f"{1000 + n}-0", fields), SECRET)


def _q(kind: str, call_id: str, centre: str, second: int, **data: object) -> dict[str, str]:
    payload = {"centre": centre, "queue_call_id": f"q-{call_id}", "call_id": call_id, **data}
    return {"type": kind, "call_id": call_id, "ts": str(int(T0.timestamp() * 1000) + second * 1000),
            "data": json.dumps(payload)}


def test_overflow_answered_elsewhere_and_abandon_everywhere(sessions: sessionmaker[Session]) -> None:
    _apply_all(sessions, [
        _q("ENTERQUEUE", "a", "bj", 0, position=4),
        _q("OVERFLOW", "a", "cn", 60, from_centre="bj", position=1, wait_seconds=60.0),
        _q("CONNECT", "a", "cn", 70, agent="cn-1", wait_seconds=70.0),
        _q("COMPLETEAGENT", "a", "cn", 170, agent="cn-1", wait_seconds=70.0, talk_seconds=100.0),
        _q("ENTERQUEUE", "b", "bj", 0, position=5),
        _q("OVERFLOW", "b", "cn", 60, from_centre="bj", position=2),
        _q("ABANDON", "b", "cn", 90, position=1, wait_seconds=90.0),
        _q("CLOSED", "c", "sh", 0),
    ])
    with sessions() as s:
        legs = {(leg.call_id, leg.centre): leg for leg in s.scalars(select(QueueLeg))}
    a_bj, a_cn = legs[("a", "bj")], legs[("a", "cn")]
    assert (a_bj.outcome, a_bj.overflow_to, a_bj.position) == ("answered_elsewhere", "cn", 4)
    assert (a_cn.outcome, a_cn.agent, a_cn.wait_seconds, a_cn.handle_seconds) == ("answered", "cn-1", 70.0, 100.0)
    assert legs[("b", "bj")].outcome == legs[("b", "cn")].outcome == "abandoned"
    assert legs[("b", "cn")].wait_seconds == 90.0
    assert legs[("c", "sh")].outcome == "closed"


async def test_call_belongs_to_its_centre_while_still_in_progress(
    redis_client: aioredis.Redis, sessions: sessionmaker[Session], stream: str
) -> None:
    """The answering agent files a complaint during the call: the centre is known from ENTERQUEUE/CONNECT."""
    events = [e for e in call_events("c-live", centre="gd") if e["type"] in ("CALL_START", "ENTERQUEUE", "CONNECT")]
    assert [e["type"] for e in events] == ["CALL_START", "ENTERQUEUE", "CONNECT"]
    await emit(redis_client, stream, events[:2])
    await writer(redis_client, sessions, stream).drain()
    with sessions() as s:
        call = s.scalar(select(Call).where(Call.call_id == "c-live"))
        assert call is not None and call.outcome == "in_progress" and call.centre == "gd"
