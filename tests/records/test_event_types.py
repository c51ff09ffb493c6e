"""Typed stream events: every model through real Redis and back, entries in the shapes earlier
versions wrote, the writer's dispatch by type, and the caller's number kept out of the events."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
import redis.asyncio as aioredis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ivr.callrecord import CallRecord, PathStep, QueueResult, RoutingDecision, SpeechDecision
from ivr.event_types import (
    MODELS,
    Abandon,
    AgentLogin,
    AgentLogout,
    AgentPause,
    AgentReady,
    AgentWrapup,
    BadEvent,
    CallbackAttempt,
    CallbackDial,
    CallbackDone,
    CallbackFailed,
    CallbackRequest,
    CallEnd,
    CallStart,
    Closed,
    CompleteAgent,
    CompleteCaller,
    Connect,
    Disposition,
    EnterQueue,
    EventType,
    ExitWithKey,
    ExitWithTimeout,
    Full,
    Overflow,
    Reclaimed,
    RingNoAnswer,
    StatementTranscribed,
    StatementTranscriptionFailed,
    StreamEvent,
    call_end_data,
    call_start_data,
    decode_entry,
    from_fields,
    make_event,
    to_fields,
)
from ivr.events import RedisEventSink
from ivr.outcomes import AgentState, CallOutcome, LegOutcome, QueueOutcome
from ivr.privacy import caller_numbers, hide_numbers, number_hash
from queueing.events import EventLog
from records.models import Agent, Call, CallEvent, QueueLeg
from records.writer import RecordsWriter

SECRET = "event-test-secret"
NUMBER = "13957246810"
MASKED = "139******10"
T = 1_772_413_200_000  # 2026-03-02 01:00 UTC in epoch ms
Q: dict[str, Any] = {"centre": "bj", "queue_call_id": "q-1", "call_id": "c-1", "enqueued_ms": T, "ts_ms": T + 1000}


def record(caller: str = NUMBER) -> CallRecord:
    rec = CallRecord(call_id="c-1", transport="agi", dnis="12315", caller=caller, language="zh", menu_id="main",
                     menu_version="7", slots={"dnis": "12315", "caller": caller, "region": "11"},
                     path=[PathStep(node="ask", kind="collect", entered_at=datetime(2026, 3, 2, 1, 0, 1, tzinfo=UTC),
                                    input=f"my number is {caller}")],
                     queue=QueueResult(outcome="answered", centre="bj", agent="a1", wait_seconds=12.5,
                                       queue_call_id="q-1"))
    rec.outcome = "answered"
    return rec


SAMPLES: list[StreamEvent] = [
    CallStart.of(record(), SECRET, transport="agi", worker="w-1"),
    CallEnd.of(record(), SECRET),
    EnterQueue(**Q, position=3, priority=1, dnis="12315", caller=MASKED),
    Connect(**Q, agent="a1", wait_seconds=12.5, ring_seconds=4.0),
    CompleteAgent(**Q, agent="a1", wait_seconds=12.5, talk_seconds=178.0),
    CompleteCaller(**Q, agent="a1", wait_seconds=12.5, talk_seconds=60.25),
    Abandon(**Q, position=2, position_at_entry=4, wait_seconds=30.0),
    ExitWithTimeout(**Q, position=1, wait_seconds=600.0),
    ExitWithKey(**Q, key="*", position=2, wait_seconds=40.0),
    RingNoAnswer(**Q, agent="a2", status="NOANSWER", ring_seconds=20.0, position=1),
    Overflow(**Q, from_centre="he", position=5, wait_seconds=90.0, reason="wait threshold"),
    Full(**Q, max_queue=50),
    Closed(centre="bj", call_id="c-1", ts_ms=T),
    Reclaimed(centre="bj", queue_call_id="q-1", state="requeued", ts_ms=T),
    CallbackRequest(**Q, position=2, wait_seconds=40.0, caller=MASKED),
    CallbackDial(**Q, agent="a1", caller=MASKED),
    CallbackDone(**Q, agent="a1", caller=MASKED, dial_status="ANSWER", wait_seconds=300.0, talk_seconds=95.5),
    CallbackAttempt(**Q, agent="a1", caller=MASKED, dial_status="NOANSWER", attempt=1, max_attempts=3),
    CallbackFailed(**Q, agent="a1", caller=MASKED, dial_status="BUSY", attempts=3),
    AgentLogin(centre="bj", agent="a1", phone="agent-bj-01", endpoint="PJSIP/agent-bj-01", languages=["zh", "en"],
               categories=["food"], state=AgentState.READY, ts_ms=T),
    AgentReady(centre="bj", agent="a1", ts_ms=T),
    AgentPause(centre="bj", agent="a1", reason="ring-no-answer", ts_ms=T),
    AgentWrapup(centre="bj", agent="a1", ended=True, ts_ms=T),
    AgentLogout(centre="bj", agent="a1", forced="user disabled", ts_ms=T),
    Disposition(call_id="c-1", agent="a1", centre="bj", disposition="complaint_filed", ticket="T2026-1",
                note="牛奶过期", ts_ms=T),
    StatementTranscribed(call_id="c-1", path="/spool/c-1.wav", text="买的牛奶过期了", confidence=0.82,
                         audio_seconds=4.2, decode_seconds=0.3, ts_ms=T),
    StatementTranscriptionFailed(call_id="c-1", path="/spool/c-1.wav", error="file not found", ts_ms=T),
]


def test_every_event_type_has_a_model_and_a_sample() -> None:
    assert set(MODELS) == set(EventType)
    assert sorted(e.TYPE for e in SAMPLES) == sorted(EventType)


@pytest.mark.parametrize("event", SAMPLES, ids=[str(e.TYPE) for e in SAMPLES])
async def test_each_model_round_trips_through_the_stream(event: StreamEvent, redis_client: aioredis.Redis,
                                                         stream: str) -> None:
    entry_id = await RedisEventSink(redis_client, stream).publish(event)
    entries: list[tuple[str, dict[str, str]]] = await redis_client.xrange(stream)  # type: ignore[assignment]
    [(read_id, fields)] = entries
    assert read_id == entry_id and fields["type"] == event.TYPE
    back = from_fields(fields)
    assert back == event and type(back) is type(event)
    assert NUMBER not in json.dumps(fields, ensure_ascii=False)


def test_event_data_carries_only_the_masked_number_and_the_keyed_hash() -> None:
    start, end = CallStart.of(record(), SECRET, transport="agi"), CallEnd.of(record(), SECRET)
    for event in (start, end):
        text = json.dumps(to_fields(event), ensure_ascii=False)
        assert NUMBER not in text and MASKED in text
        assert event.data()["caller_hash"] == number_hash(NUMBER, SECRET)
    assert end.data()["slots"]["caller"] == MASKED and end.data()["path"][0]["input"] == f"my number is {MASKED}"
    # a producer that forgets to mask: the entry still holds only the masked form
    careless = EnterQueue(centre="bj", queue_call_id="q-9", caller=NUMBER)
    assert NUMBER not in to_fields(careless)["data"] and MASKED in to_fields(careless)["data"]
    assert CallEnd.of(record(caller=""), SECRET).data()["caller"] == ""  # a withheld number stays empty


async def test_the_engines_call_end_data_is_what_the_validated_copy_gave(redis_client: aioredis.Redis,
                                                                          stream: str) -> None:
    """CALL_END's data from one dump of the record (the engine's) is what the earlier way gave: the
    record dumped, masked, validated into a copy and dumped again; and it reads back as CallEnd."""
    full = record()
    full.path[0].detail = {"failures": {"timeout": 1}, "offered": [NUMBER, 3]}
    full.path.append(PathStep(node="statement", kind="record", entered_at=datetime(2026, 3, 2, 1, 0, 9, tzinfo=UTC),
                              elapsed_ms=812.25, result="end", detail={"duration_seconds": 3.5}))
    full.speech.append(SpeechDecision(node="ask", slot="region", text=f"北京 {NUMBER}", confidence=0.912, value="11",
                                      match_score=1.0, decision="accept", alternatives=[("北京", 0.912)]))
    full.routing = RoutingDecision(centre="bj", priority=1, overflow=["cn"], reason="slot region")
    full.ended_at = datetime(2026, 3, 2, 1, 3, 0, 125000, tzinfo=UTC)
    for rec in (full, record(caller=""), record(caller="110")):
        data = call_end_data(rec, SECRET)
        assert json.dumps(data, ensure_ascii=False) == json.dumps(earlier_call_end_data(rec), ensure_ascii=False)
        assert CallEnd.of(rec, SECRET).data() == data
    assert NUMBER not in json.dumps(call_end_data(full, SECRET), ensure_ascii=False)
    await RedisEventSink(redis_client, stream).emit("CALL_END", call_end_data(full, SECRET))
    [(_, fields)] = await redis_client.xrange(stream)
    back = from_fields(fields)
    assert isinstance(back, CallEnd) and back.record.path[1].elapsed_ms == 812.25
    assert back.record.speech[0].text == "北京 139******10" and back.record.path[0].detail["offered"][0] == MASKED


def earlier_call_end_data(rec: CallRecord) -> dict[str, Any]:
    """CALL_END's data as the engine made it before: dumped, masked, validated into a copy, dumped."""
    numbers = [rec.caller, *caller_numbers({"slots": rec.slots})]
    data = CallRecord.model_validate(hide_numbers(rec.model_dump(mode="json"), numbers)).model_dump(mode="json")
    if rec.caller:
        data["caller_hash"] = number_hash(rec.caller, SECRET)
    return data


WIDE = "１３９５７２４６８１０"  # full-width digits: not ASCII, so its UTF-8 is what the masking walk's skip looks for
JSON_LEAVES = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(
    alphabet="0123456789+ *-号码abc\n\"", max_size=30) | st.sampled_from([NUMBER, f"tel:{NUMBER}", f"{NUMBER}{NUMBER}",
                                                                      WIDE, f"号码{WIDE}"])
JSON_VALUES = st.recursive(JSON_LEAVES, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
    st.text(max_size=12) | st.just(NUMBER), inner, max_size=4), max_leaves=20)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(caller=st.sampled_from([NUMBER, "", "110", "+8613957246810", "0108888666*", WIDE]),
       slot_values=st.dictionaries(st.sampled_from(["caller", "note", "ticket", "region"]), JSON_LEAVES.filter(
           lambda v: isinstance(v, str)), max_size=4),
       details=st.lists(st.dictionaries(st.text(max_size=8), JSON_VALUES, max_size=3), max_size=4),
       inputs=st.lists(st.none() | st.text(alphabet="0123456789#*", max_size=14) | st.just(NUMBER), max_size=4))
def test_call_end_data_masks_every_string_as_the_earlier_copy_did(caller: str, slot_values: dict[str, str],
                                                                  details: list[dict[str, Any]],
                                                                  inputs: list[str | None]) -> None:
    rec = record(caller)
    rec.slots.update(slot_values)
    for index, (detail, keys) in enumerate(zip(details, inputs + [None] * len(details), strict=False)):
        rec.path.append(PathStep(node=f"n{index}", kind="collect", entered_at=datetime(2026, 3, 2, 1, 1, index,
                                                                                        tzinfo=UTC),
                                 input=keys, result=keys, detail=detail))
    data = call_end_data(rec, SECRET)
    assert json.dumps(data, ensure_ascii=False) == json.dumps(earlier_call_end_data(rec), ensure_ascii=False)


@pytest.mark.parametrize("caller", [NUMBER, "", "110"])
@pytest.mark.parametrize(("call_id", "worker", "sealed"), [("c-1", "w-1", "gAAAA-sealed"), ("", "", None)])
def test_call_start_data_is_the_typed_events_data(caller: str, call_id: str, worker: str, sealed: str | None) -> None:
    rec = record(caller)
    rec.call_id = call_id
    typed = CallStart(call_id=call_id, dnis=rec.dnis, transport="fastagi", menu_version=rec.menu_version,
                      worker=worker, caller=MASKED if caller == NUMBER else caller,
                      caller_hash=number_hash(caller, SECRET), caller_sealed=sealed)
    data = call_start_data(rec, SECRET, transport="fastagi", worker=worker, sealed=sealed)
    assert json.dumps(data) == json.dumps(typed.data())
    assert CallStart.of(rec, SECRET, transport="fastagi", worker=worker, sealed=sealed).data() == data


def test_outcomes_are_checked_against_their_enums() -> None:
    assert CallOutcome("callback_promised") == "callback_promised" and QueueOutcome.NO_ACD == "no_acd"
    with pytest.raises(BadEvent, match="outcome"):
        make_event("CALL_END", {**record().model_dump(mode="json"), "outcome": "teleported"})
    with pytest.raises(BadEvent, match="state"):
        make_event("AGENT_LOGIN", {"centre": "bj", "agent": "a1", "state": "asleep"})


# What earlier versions wrote, byte for byte: the engine's RedisEventSink (json.dumps defaults,
# call_id in data, the bare record with the number in clear), the ACD's EventLog (compact JSON,
# ``wait``/``talk`` in the oldest entries) and the agent desk's own XADD.
OLD_CALL_END = record().model_dump(mode="json")
OLD_ENTRIES: list[dict[str, str]] = [
    {"type": "CALL_START", "call_id": "c-1", "ts": str(T),
     "data": json.dumps({"call_id": "c-1", "dnis": "12315", "transport": "agi", "menu_version": "7",
                         "worker": "w-1"})},
    {"type": "ENTERQUEUE", "call_id": "c-1", "ts": str(T + 1000),
     "data": '{"centre":"bj","queue_call_id":"q-1","call_id":"c-1","enqueued_ms":1772413201000,"position":3,'
             '"priority":0,"dnis":"12315","caller":"139******10"}'},
    {"type": "RINGNOANSWER", "call_id": "c-1", "ts": str(T + 5000),
     "data": '{"centre":"bj","queue_call_id":"q-1","agent":"a2","status":"NOANSWER","ring_seconds":4,"position":1}'},
    {"type": "CONNECT", "call_id": "c-1", "ts": str(T + 22000),
     "data": '{"centre":"bj","queue_call_id":"q-1","call_id":"c-1","agent":"a1","wait":21}'},
    {"type": "COMPLETECALLER", "call_id": "c-1", "ts": str(T + 200000),
     "data": '{"centre":"bj","queue_call_id":"q-1","agent":"a1","wait":21,"talk":"178.5","mood":"kept raw"}'},
    {"type": "DISPOSITION", "call_id": "c-1", "ts": str(T + 210000),
     "data": json.dumps({"agent": "a1", "disposition": "complaint_filed", "ticket": None, "note": "",
                         "centre": "bj"}, ensure_ascii=False)},
    {"type": "AGENT_PAUSE", "call_id": "", "ts": str(T + 211000),
     "data": '{"centre":"bj","agent":"a1","reason":"lunch"}'},
    {"type": "CALL_END", "call_id": "c-1", "ts": str(T + 200500),
     "data": json.dumps({"call_id": "c-1", **OLD_CALL_END}, ensure_ascii=False)},
    {"type": "STATEMENT_TRANSCRIBED", "call_id": "c-1", "ts": str(T + 230000),
     "data": json.dumps({"call_id": "c-1", "path": "/spool/c-1.wav", "text": "买的牛奶过期了",
                         "confidence": 0.82}, ensure_ascii=False)},
    {"type": "SOMETHING_NEW", "call_id": "c-1", "ts": str(T + 240000), "data": '{"x": [1, 2]}'},
]


def test_old_shape_entries_parse_into_their_models() -> None:
    parsed = [from_fields(e) for e in OLD_ENTRIES]
    kinds = [type(p).__name__ for p in parsed]
    assert kinds == ["CallStart", "EnterQueue", "RingNoAnswer", "Connect", "CompleteCaller", "Disposition",
                     "AgentPause", "CallEnd", "StatementTranscribed", "NoneType"]
    connect, complete, end = parsed[3], parsed[4], parsed[7]
    assert isinstance(connect, Connect) and connect.wait_seconds == 21.0
    assert isinstance(complete, CompleteCaller) and (complete.wait_seconds, complete.talk_seconds) == (21.0, 178.5)
    assert isinstance(end, CallEnd) and end.record.caller == NUMBER and end.caller_hash is None
    assert end.record.outcome == CallOutcome.ANSWERED and end.ts_ms == T + 200500
    assert decode_entry(OLD_ENTRIES[4])["data"]["talk_seconds"] == 178.5  # pages see the new names


async def test_writer_dispatches_old_shape_entries_by_type(redis_client: aioredis.Redis,
                                                           sessions: sessionmaker[Session], stream: str) -> None:
    for fields in OLD_ENTRIES:
        await redis_client.xadd(stream, fields)  # type: ignore[arg-type]
    stats = await RecordsWriter(redis_client, sessions, SECRET, consumer="w1", stream=stream,
                                group="records").drain()
    assert stats.written == len(OLD_ENTRIES) and stats.dead_lettered == 0
    with sessions() as s:
        call = s.scalar(select(Call).where(Call.call_id == "c-1"))
        assert call is not None and call.outcome == CallOutcome.ANSWERED and call.centre == "bj"
        assert call.caller_masked == MASKED and call.caller_hash == number_hash(NUMBER, SECRET)
        assert call.transcript == "买的牛奶过期了"
        legs = s.scalars(select(QueueLeg)).all()  # the disposition is not a queue event: no leg of its own
        assert [(leg.leg_key, leg.centre, leg.outcome) for leg in legs] == [("q-1", "bj", LegOutcome.ANSWERED)]
        assert (legs[0].wait_seconds, legs[0].handle_seconds, legs[0].ring_no_answer) == (21.0, 178.5, 1)
        assert legs[0].agent == "a1" and legs[0].position == 3
        agent = s.get(Agent, "a1")
        assert agent is not None and agent.last_state == "pause"
        raw = {e.type: e.data for e in s.scalars(select(CallEvent))}
        assert raw["SOMETHING_NEW"] == {"x": [1, 2]} and raw["COMPLETECALLER"]["mood"] == "kept raw"
        assert NUMBER not in json.dumps(list(raw.values()), ensure_ascii=False)


async def test_entries_that_do_not_fit_their_model_go_to_dead_letter(
        redis_client: aioredis.Redis, sessions: sessionmaker[Session], stream: str) -> None:
    bad: list[dict[str, Any]] = [
        {"type": "ENTERQUEUE", "call_id": "b-1", "ts": str(T), "data": '{"queue_call_id": "q"}'},
        {"type": "CONNECT", "call_id": "b-2", "ts": str(T), "data": '{"centre": "bj", "wait_seconds": "long"}'},
        {"type": "AGENT_READY", "call_id": "b-3", "ts": str(T), "data": '{"centre": "bj"}'},
    ]
    for fields in [*bad, OLD_ENTRIES[0]]:
        await redis_client.xadd(stream, fields)  # type: ignore[arg-type]
    stats = await RecordsWriter(redis_client, sessions, SECRET, consumer="w1", stream=stream,
                                group="records").drain()
    assert stats.dead_lettered == 3 and stats.written == 1
    dead: list[tuple[str, dict[str, str]]] = await redis_client.xrange(f"{stream}:dead")  # type: ignore[assignment]
    reasons = {f["call_id"]: f["reason"] for _, f in dead}
    assert "centre" in reasons["b-1"] and "wait_seconds" in reasons["b-2"] and "agent" in reasons["b-3"]


async def test_the_acd_adapter_writes_through_the_one_sink_and_refuses_bad_events(
        redis_client: aioredis.Redis, stream: str) -> None:
    log = EventLog(redis_client, stream)
    await log.emit("ABANDON", call_id="c-1", ts_ms=T, data={"centre": "bj", "queue_call_id": "q-1", "wait": 7})
    with pytest.raises(ValueError, match="unknown ACD event type"):
        await log.emit("CALL_END", call_id="c-1", ts_ms=T, data={})
    with pytest.raises(BadEvent, match="centre"):
        await log.emit("CONNECT", call_id="c-1", ts_ms=T, data={"agent": "a1"})
    entries: list[tuple[str, dict[str, str]]] = await redis_client.xrange(stream)  # type: ignore[assignment]
    assert len(entries) == 1  # nothing written for the refused ones
    event = from_fields(entries[0][1])
    assert event == Abandon(call_id="c-1", ts_ms=T, centre="bj", queue_call_id="q-1", wait_seconds=7.0)
