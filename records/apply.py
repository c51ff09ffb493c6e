"""What each stream event does to the database (sync; runs in the writer's thread).

Every function here is deterministic given the event, so replaying a stream into an empty
database gives the same rows. Unknown event types and fields are kept raw in ``call_events``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ivr.callrecord import CallRecord
from ivr.event_types import (
    AgentEvent,
    CallbackDone,
    CallEnd,
    CallStart,
    CompletedCall,
    Connect,
    EventType,
    Overflow,
    QueueEvent,
    Reclaimed,
    StatementTranscribed,
)
from ivr.outcomes import CallOutcome, LegOutcome
from ivr.privacy import caller_numbers, hide_numbers, is_clear_number, mask_number, private_payload
from ivr.privacy_vault import is_sealed
from records.events import Event, PoisonEvent, caller_hash
from records.models import Agent, Call, CallEvent, IvrStep, QueueLeg, SpeechResult

ACCEPTED_DECISIONS = {"accept", "confirmed"}
# Events that end a call's stay in every centre it is queued at (the ACD removes it everywhere).
LEG_OUTCOMES: dict[EventType, LegOutcome] = {
    EventType.ABANDON: LegOutcome.ABANDONED,
    EventType.EXITWITHTIMEOUT: LegOutcome.TIMEOUT,
    EventType.EXITWITHKEY: LegOutcome.CALLBACK,
    EventType.CALLBACK_REQUEST: LegOutcome.CALLBACK,
    EventType.FULL: LegOutcome.FULL,
    EventType.CLOSED: LegOutcome.CLOSED,
}


def clip(value: Any, length: int) -> str | None:
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    return text[:length]


RecordingIngest = Callable[[Session, str, str], bool]


@dataclass
class RowCache:
    """Rows of one batch, loaded with a few queries up front instead of one per event.
    A key in a ``*_loaded`` set with no row means the row does not exist yet."""

    calls: dict[str, Call] = field(default_factory=dict)
    call_ids_loaded: set[str] = field(default_factory=set)
    legs: dict[str, dict[str, QueueLeg]] = field(default_factory=dict)
    leg_keys_loaded: set[str] = field(default_factory=set)
    agents: dict[str, Agent] = field(default_factory=dict)
    agent_ids_loaded: set[str] = field(default_factory=set)


CACHE_KEY = "records_row_cache"


def _cache(session: Session) -> RowCache | None:
    cache = session.info.get(CACHE_KEY)
    return cache if isinstance(cache, RowCache) else None


def preload(session: Session, events: list[Event]) -> RowCache:
    """Load the calls, queue legs and agents a batch touches; later lookups hit the cache."""
    call_ids: set[str] = set()
    leg_keys: set[str] = set()
    agent_ids: set[str] = set()
    for event in events:
        model = event.model
        for value in (event.call_id, model.call_id if model else None):
            if value:
                call_ids.add(value[:128])
        if isinstance(model, CallEnd) and model.record.queue is not None:
            key = model.record.queue.queue_call_id or model.record.call_id
            leg_keys.add(key[:128])
        elif isinstance(model, QueueEvent):
            key = model.queue_call_id or model.call_id
            if key:
                leg_keys.add(key[:128])
        elif isinstance(model, AgentEvent):
            agent_ids.add(model.agent[:64])
    cache = RowCache(call_ids_loaded=call_ids, leg_keys_loaded=leg_keys, agent_ids_loaded=agent_ids)
    for chunk in _chunks(sorted(call_ids)):
        for call in session.scalars(select(Call).where(Call.call_id.in_(chunk))
                                    .options(selectinload(Call.steps), selectinload(Call.speech))):
            cache.calls[call.call_id] = call
    for chunk in _chunks(sorted(leg_keys)):
        for leg in session.scalars(select(QueueLeg).where(QueueLeg.leg_key.in_(chunk))):
            cache.legs.setdefault(leg.leg_key, {})[leg.centre] = leg
    for chunk in _chunks(sorted(agent_ids)):
        for agent in session.scalars(select(Agent).where(Agent.id.in_(chunk))):
            cache.agents[agent.id] = agent
    session.info[CACHE_KEY] = cache
    return cache


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def apply_event(session: Session, event: Event, secret_key: str, ingest: RecordingIngest | None = None) -> None:
    """Keep the raw event, then apply its typed model by type (types without a model are kept raw only)."""
    # The raw event is kept, with the caller's number masked wherever it appears.
    # The sealed number is kept once, in calls.caller_sealed (where keys are rotated), not in the raw copy.
    raw = {k: v for k, v in event.data.items() if k != "caller_sealed"}
    session.add(CallEvent(event_id=event.event_id, type=event.type, call_id=event.call_id, ts=event.ts,
                          data=private_payload(raw)))
    model = event.model
    if isinstance(model, CallStart):
        _apply_call_start(session, event, model, secret_key)
    elif isinstance(model, CallEnd):
        _apply_call_end(session, event, model, secret_key, ingest)
    elif isinstance(model, StatementTranscribed):
        _apply_transcript(session, event, model)
    elif isinstance(model, AgentEvent):
        _apply_agent(session, event, model)
    elif isinstance(model, QueueEvent):
        _apply_queue(session, event, model)


def _call_row(session: Session, call_id: str) -> Call:
    cache = _cache(session)
    if cache is not None and call_id in cache.call_ids_loaded:
        call = cache.calls.get(call_id)
    else:
        call = session.scalar(select(Call).where(Call.call_id == call_id))
    if call is None:
        call = Call(call_id=call_id, slots={}, outcome="in_progress", steps=[], speech=[])
        session.add(call)
    if cache is not None:
        cache.calls[call_id] = call
        cache.call_ids_loaded.add(call_id)
    return call


def _apply_call_start(session: Session, event: Event, start: CallStart, secret_key: str) -> None:
    """CALL_START carries a few fields (call_id, dnis, transport, menu version, the masked number
    and its keyed hash); the start time is the event's time unless given."""
    call_id = clip(start.call_id, 128)
    if not call_id:
        raise PoisonEvent("CALL_START without call_id")
    call = _call_row(session, call_id)
    if is_sealed(start.caller_sealed):  # stored as it came: only the audited endpoint opens it
        call.caller_sealed = start.caller_sealed
    if call.ended_at is not None:
        return  # CALL_END of this call was applied already (claimed out of order): keep the fuller record
    for name, length in (("transport", 32), ("dnis", 32), ("language", 8), ("menu_id", 64), ("menu_version", 64)):
        value = getattr(start, name)
        if value is not None:
            setattr(call, name, clip(value, length))
    if start.caller is not None and is_clear_number(start.caller):  # written before numbers were masked
        call.caller_hash = caller_hash(start.caller, secret_key)
        call.caller_masked = clip(mask_number(start.caller), 32)
    elif start.caller_hash:  # the producer masked the number itself and sent the keyed hash
        call.caller_hash = clip(start.caller_hash, 64)
        call.caller_masked = clip(start.caller, 32)
    try:
        call.started_at = datetime.fromisoformat(start.started_at) if start.started_at else event.ts
    except ValueError:
        call.started_at = event.ts
    if call.started_at.tzinfo is None:
        call.started_at = event.ts


def _apply_call_end(session: Session, event: Event, end: CallEnd, secret_key: str,
                    ingest: RecordingIngest | None) -> None:
    record = end.record
    if len(record.call_id) > 128:
        raise PoisonEvent("call_id longer than 128 characters")
    call = _call_row(session, record.call_id)
    call.transport = clip(record.transport, 32)
    call.dnis = clip(record.dnis, 32)
    if is_clear_number(record.caller) or not (call.caller_hash or end.caller_hash):
        call.caller_hash = caller_hash(record.caller, secret_key)  # written before numbers were masked
        call.caller_masked = clip(mask_number(record.caller), 32)
    elif end.caller_hash:
        call.caller_hash = clip(end.caller_hash, 64)
        call.caller_masked = clip(mask_number(record.caller), 32)
    call.language = clip(record.language, 8)
    call.menu_id = clip(record.menu_id, 64)
    call.menu_version = clip(record.menu_version, 64)
    call.started_at = record.started_at
    call.ended_at = record.ended_at
    call.outcome = clip(record.outcome, 32) or CallOutcome.IN_PROGRESS
    call.hangup_node = clip(record.hangup_node, 128)
    call.hangup_reason = clip(record.hangup_reason, 128)
    call.slots = hide_numbers(dict(record.slots), [record.caller, *caller_numbers(record.slots)])
    call.region = clip(record.slots.get("region"), 16)
    call.service_type = clip(record.slots.get("service_type"), 32)
    call.category = clip(record.slots.get("category"), 64)
    call.recording = clip(record.recording, 256)
    call.routing = record.routing.model_dump(mode="json") if record.routing else None
    call.queue_result = record.queue.model_dump(mode="json") if record.queue else None
    call.centre = clip(
        (record.queue.centre if record.queue else None) or (record.routing.centre if record.routing else None), 16
    )
    _replace_path(call, record)
    if ingest is not None and record.recording:
        ingest(session, record.call_id, record.recording)
    if record.queue and record.queue.centre:
        _leg_from_result(session, record, event.ts)


def _replace_path(call: Call, record: CallRecord) -> None:
    call.steps = [
        IvrStep(seq=i, node=clip(s.node, 128) or "", kind=clip(s.kind, 32) or "", entered_at=s.entered_at,
                elapsed_ms=s.elapsed_ms, input=clip(s.input, 512), result=clip(s.result, 512), detail=s.detail)
        for i, s in enumerate(record.path)
    ]
    call.speech = [
        SpeechResult(seq=i, node=clip(d.node, 128) or "", slot=clip(d.slot, 64) or "", text=clip(d.text, 1024) or "",
                     confidence=d.confidence, value=clip(d.value, 256), match_score=d.match_score,
                     decision=clip(d.decision, 32) or "", accepted=d.decision in ACCEPTED_DECISIONS,
                     alternatives=[list(a) for a in d.alternatives])
        for i, d in enumerate(record.speech)
    ]


def _leg(session: Session, key: str, centre: str) -> tuple[QueueLeg, bool]:
    cache = _cache(session)
    if cache is not None and key in cache.leg_keys_loaded:
        leg = cache.legs.get(key, {}).get(centre)
    else:
        leg = session.scalar(select(QueueLeg).where(QueueLeg.leg_key == key, QueueLeg.centre == centre))
    new = leg is None
    if leg is None:
        leg = QueueLeg(leg_key=key, centre=centre, outcome="waiting", ring_no_answer=0)
        session.add(leg)
    if cache is not None and key in cache.leg_keys_loaded:
        cache.legs.setdefault(key, {})[centre] = leg
    return leg, new


def _leg_from_result(session: Session, record: CallRecord, ended: datetime) -> None:
    """The engine's own view of the queue; fills only what the queue events did not."""
    result = record.queue
    assert result is not None
    leg, _new = _leg(session, clip(result.queue_call_id or record.call_id, 128) or "", clip(result.centre, 16) or "")
    leg.call_id = leg.call_id or record.call_id
    leg.queue_call_id = leg.queue_call_id or clip(result.queue_call_id, 128)
    if leg.outcome == "waiting":
        leg.outcome = clip(result.outcome, 32) or "waiting"
    leg.agent = leg.agent or clip(result.agent, 64)
    if leg.wait_seconds is None:
        leg.wait_seconds = result.wait_seconds
    if leg.position is None:
        leg.position = result.position_at_entry
    if leg.ended_at is None and record.ended_at is not None:
        leg.ended_at = record.ended_at


def _legs_of(session: Session, key: str) -> list[QueueLeg]:
    cache = _cache(session)
    if cache is not None and key in cache.leg_keys_loaded:
        return list(cache.legs.get(key, {}).values())
    return list(session.scalars(select(QueueLeg).where(QueueLeg.leg_key == key)))


def _apply_queue(session: Session, event: Event, model: QueueEvent) -> None:
    """Queue events (queueing/ uses app_queue's queue_log names). A call waits in its home
    centre and, after OVERFLOW, in further centres at the same time: one leg per centre."""
    centre = clip(model.centre, 16)
    key = clip(model.queue_call_id or model.call_id, 128)
    if not centre or not key:
        return
    leg, _new = _leg(session, key, centre)
    leg.call_id = leg.call_id or clip(model.call_id, 128)
    leg.queue_call_id = leg.queue_call_id or clip(model.queue_call_id, 128)
    if model.TYPE in LEG_OUTCOMES:
        _leg_ended(session, event, leg, key, LEG_OUTCOMES[model.TYPE], model.wait_seconds)
        return
    handler = QUEUE_HANDLERS.get(model.TYPE)
    if handler is not None:
        handler(session, event, model, leg, key)


def _enter(session: Session, event: Event, model: QueueEvent, leg: QueueLeg, key: str) -> None:
    leg.enqueued_at = leg.enqueued_at or event.ts
    leg.position = model.position if model.position is not None else leg.position
    if model.TYPE is EventType.ENTERQUEUE and model.call_id:
        # the agent who answers files the complaint while the call is still up: the call
        # belongs to a centre from its first queue event, not only from CALL_END
        call = _call_row(session, clip(model.call_id, 128) or "")
        call.centre = call.centre or leg.centre
    if isinstance(model, Overflow):
        source = clip(model.from_centre, 16)
        if source and source != leg.centre:
            origin, _ = _leg(session, key, source)
            origin.call_id = origin.call_id or leg.call_id
            origin.overflow_to = leg.centre


def _connect(session: Session, event: Event, model: QueueEvent, leg: QueueLeg, key: str) -> None:
    assert isinstance(model, Connect)
    if model.call_id:
        _call_row(session, clip(model.call_id, 128) or "").centre = leg.centre
    leg.answered_at = event.ts
    leg.outcome = LegOutcome.ANSWERED
    leg.agent = clip(model.agent, 64) or leg.agent
    leg.wait_seconds = model.wait_seconds if model.wait_seconds is not None else leg.wait_seconds
    for other in _legs_of(session, key):
        if other is not leg and other.outcome == LegOutcome.WAITING:
            other.outcome = LegOutcome.ANSWERED_ELSEWHERE
            other.ended_at = event.ts


def _complete(session: Session, event: Event, model: QueueEvent, leg: QueueLeg, key: str) -> None:
    assert isinstance(model, CompletedCall)
    leg.ended_at = event.ts
    leg.outcome = LegOutcome.ANSWERED
    leg.agent = leg.agent or clip(model.agent, 64)
    leg.wait_seconds = leg.wait_seconds if leg.wait_seconds is not None else model.wait_seconds
    talk = model.talk_seconds
    if talk is None and leg.answered_at is not None:
        talk = (event.ts - leg.answered_at).total_seconds()
    leg.handle_seconds = talk


def _leg_ended(session: Session, event: Event, leg: QueueLeg, key: str, outcome: LegOutcome,
               wait: float | None) -> None:
    """The call left the queue: it ends its stay in every centre it is queued at."""
    for each in {id(x): x for x in [leg, *_legs_of(session, key)]}.values():
        if each.outcome == LegOutcome.WAITING:
            each.outcome = outcome
            each.ended_at = event.ts
            each.wait_seconds = wait if wait is not None else each.wait_seconds


def _ring_no_answer(session: Session, event: Event, model: QueueEvent, leg: QueueLeg, key: str) -> None:
    leg.ring_no_answer = (leg.ring_no_answer or 0) + 1


def _callback_done(session: Session, event: Event, model: QueueEvent, leg: QueueLeg, key: str) -> None:
    assert isinstance(model, CallbackDone)
    leg.outcome = LegOutcome.CALLBACK_ANSWERED
    leg.agent = clip(model.agent, 64) or leg.agent
    leg.ended_at = event.ts
    leg.handle_seconds = model.talk_seconds if model.talk_seconds is not None else leg.handle_seconds


def _callback_attempt(session: Session, event: Event, model: QueueEvent, leg: QueueLeg, key: str) -> None:
    leg.outcome = LegOutcome.CALLBACK  # the caller was not reached: owed another call
    leg.answered_at = None


def _callback_failed(session: Session, event: Event, model: QueueEvent, leg: QueueLeg, key: str) -> None:
    leg.outcome = LegOutcome.CALLBACK_FAILED
    leg.ended_at = event.ts


def _reclaimed(session: Session, event: Event, model: QueueEvent, leg: QueueLeg, key: str) -> None:
    assert isinstance(model, Reclaimed)
    if model.state != "requeued":
        _worker_lost(session, leg, event)


QueueHandler = Callable[[Session, Event, QueueEvent, QueueLeg, str], None]
QUEUE_HANDLERS: dict[EventType, QueueHandler] = {
    EventType.ENTERQUEUE: _enter,
    EventType.OVERFLOW: _enter,
    EventType.CONNECT: _connect,
    EventType.COMPLETEAGENT: _complete,
    EventType.COMPLETECALLER: _complete,
    EventType.RINGNOANSWER: _ring_no_answer,
    EventType.CALLBACK_DONE: _callback_done,
    EventType.CALLBACK_ATTEMPT: _callback_attempt,
    EventType.CALLBACK_FAILED: _callback_failed,
    EventType.RECLAIMED: _reclaimed,
    # CALLBACK_DIAL: the leg stays as it is until the dialplan reports
}


def _worker_lost(session: Session, leg: QueueLeg, event: Event) -> None:
    """The ACD reclaimed a call whose worker stopped renewing its lease (the worker died):
    that worker will never send CALL_END, so the reclaim closes the leg and the call. A
    CALL_END that still comes (a stalled, not dead, worker) overwrites this with the truth."""
    if leg.outcome in (LegOutcome.WAITING, LegOutcome.ANSWERED) and leg.ended_at is None:
        leg.outcome = LegOutcome.LOST
        leg.ended_at = event.ts
    if not leg.call_id:
        return
    call = _call_row(session, leg.call_id)
    if call.ended_at is None:
        call.outcome = CallOutcome.WORKER_LOST
        call.ended_at = event.ts
        call.hangup_reason = "worker lost (queue lease expired)"
        call.centre = call.centre or leg.centre


def _apply_agent(session: Session, event: Event, model: AgentEvent) -> None:
    agent_id = clip(model.agent, 64)
    if not agent_id:
        return
    cache = _cache(session)
    if cache is not None and agent_id in cache.agent_ids_loaded:
        agent = cache.agents.get(agent_id)
    else:
        agent = session.get(Agent, agent_id)
    if agent is None:
        agent = Agent(id=agent_id, first_seen=event.ts)
        session.add(agent)
    if cache is not None:
        cache.agents[agent_id] = agent
        cache.agent_ids_loaded.add(agent_id)
    agent.centre = clip(model.centre, 16) or agent.centre
    agent.name = clip(model.name, 128) or agent.name
    if agent.last_seen is None or event.ts >= agent.last_seen:
        agent.last_state = model.activity
        agent.last_seen = event.ts


def _apply_transcript(session: Session, event: Event, model: StatementTranscribed) -> None:
    if not model.call_id:
        raise PoisonEvent("STATEMENT_TRANSCRIBED without call_id")
    call = _call_row(session, clip(model.call_id, 128) or "")
    call.transcript = clip(model.text, 20000)
    call.transcript_confidence = model.confidence
