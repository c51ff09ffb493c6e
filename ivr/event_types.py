"""The events of the Redis Stream ``ivr:events``: one pydantic model per event type.

Core layer: imports only the call record, the outcome vocabularies and the privacy rules.

A stream entry has four fields: ``type``, ``call_id``, ``ts`` (epoch milliseconds) and ``data``
(a JSON object holding the model's other fields). :func:`to_fields` writes one,
:func:`from_fields` reads one back into its model (``None`` for a type nobody defined: the
records writer keeps those raw). Entries written by earlier versions still parse: ``wait``
for ``wait_seconds``, ``talk`` for ``talk_seconds``, a ``CALL_END`` whose ``data`` is the
bare call record with the caller's number in clear.

What leaves the live call carries the caller's number only masked, with the keyed hash
beside it (:meth:`CallStart.of`, :meth:`CallEnd.of`; the engine builds CALL_END's ``data`` with
:func:`call_end_data`, from one dump of its record); :func:`to_fields` masks any clear number that
is left (``caller``, ``number``, ``slots.caller``) wherever it appears.
"""

from __future__ import annotations

import json
import marshal
import time
from enum import StrEnum
from typing import Annotated, Any, ClassVar

from pydantic import AliasChoices, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator

from ivr.callrecord import CallRecord
from ivr.outcomes import AgentActivity, AgentState
from ivr.privacy import caller_numbers, is_clear_number, mask_number, number_hash, private_payload

#: The one stream every producer writes and the records writer and dashboards read.
STREAM = "ivr:events"
#: Approximate cap of the stream (the records writer consumes it long before).
STREAM_MAXLEN = 1_000_000


class EventType(StrEnum):
    # the call-flow engine
    CALL_START = "CALL_START"
    CALL_END = "CALL_END"
    # the ACD (app_queue's queue_log vocabulary)
    ENTERQUEUE = "ENTERQUEUE"
    CONNECT = "CONNECT"
    COMPLETEAGENT = "COMPLETEAGENT"
    COMPLETECALLER = "COMPLETECALLER"
    ABANDON = "ABANDON"
    EXITWITHTIMEOUT = "EXITWITHTIMEOUT"
    EXITWITHKEY = "EXITWITHKEY"
    RINGNOANSWER = "RINGNOANSWER"
    OVERFLOW = "OVERFLOW"
    FULL = "FULL"
    CLOSED = "CLOSED"
    RECLAIMED = "RECLAIMED"
    CALLBACK_REQUEST = "CALLBACK_REQUEST"
    CALLBACK_DIAL = "CALLBACK_DIAL"
    CALLBACK_DONE = "CALLBACK_DONE"
    CALLBACK_ATTEMPT = "CALLBACK_ATTEMPT"
    CALLBACK_FAILED = "CALLBACK_FAILED"
    AGENT_LOGIN = "AGENT_LOGIN"
    AGENT_READY = "AGENT_READY"
    AGENT_PAUSE = "AGENT_PAUSE"
    AGENT_WRAPUP = "AGENT_WRAPUP"
    AGENT_LOGOUT = "AGENT_LOGOUT"
    # the agent desk
    DISPOSITION = "DISPOSITION"
    # speech: the caller's statement transcribed after the call moved on
    STATEMENT_TRANSCRIBED = "STATEMENT_TRANSCRIBED"
    STATEMENT_TRANSCRIPTION_FAILED = "STATEMENT_TRANSCRIPTION_FAILED"


def now_ms() -> int:
    return int(time.time() * 1000)


def _text(value: Any) -> Any:
    """Ids written as numbers by older producers are read as text."""
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


Text = Annotated[str, BeforeValidator(_text)]


class StreamEvent(BaseModel):
    """Fields common to every event: the call (empty for agent events) and the time."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True, frozen=True)
    TYPE: ClassVar[EventType]

    call_id: Text = ""
    ts_ms: int = Field(default_factory=now_ms)

    def data(self) -> dict[str, Any]:
        """The ``data`` JSON object of the stream entry."""
        data = self.model_dump(mode="json", exclude={"ts_ms"}, exclude_none=True)
        if not data.get("call_id"):
            data.pop("call_id", None)
        return data


# -- the call-flow engine ---------------------------------------------------------------------


class CallStart(StreamEvent):
    TYPE = EventType.CALL_START
    dnis: Text | None = None
    transport: str | None = None
    menu_id: str | None = None
    menu_version: Text | None = None
    language: str | None = None
    worker: str | None = None
    caller: Text | None = None  # masked (older entries: in clear)
    caller_hash: str | None = None  # keyed hash of the number (ivr.privacy.number_hash)
    caller_sealed: str | None = None  # the number encrypted (ivr.privacy_vault), for calls.caller_sealed
    started_at: str | None = None

    @classmethod
    def of(cls, record: CallRecord, secret_key: str, *, transport: str, worker: str = "",
           sealed: str | None = None) -> CallStart:
        return cls.model_validate(call_start_data(record, secret_key, transport=transport, worker=worker,
                                                  sealed=sealed))


def call_start_data(record: CallRecord, secret_key: str, *, transport: str, worker: str = "",
                    sealed: str | None = None) -> dict[str, Any]:
    """The ``data`` of a call's CALL_START entry: ``CallStart.of(...).data()``, built directly
    (every value is a string the engine holds; the stream's readers validate what they read)."""
    data: dict[str, Any] = {"call_id": record.call_id, "dnis": record.dnis, "transport": transport,
                            "menu_version": record.menu_version, "worker": worker, "caller": _masked(record.caller)}
    caller_hash = number_hash(record.caller, secret_key)
    if caller_hash is not None:
        data["caller_hash"] = caller_hash
    if sealed is not None:
        data["caller_sealed"] = sealed
    if not record.call_id:
        del data["call_id"]
    return data


class CallEnd(StreamEvent):
    """The whole call record; on the stream its fields are ``data`` itself (plus ``caller_hash``)."""

    TYPE = EventType.CALL_END
    record: CallRecord
    caller_hash: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _flat(cls, value: Any) -> Any:
        if isinstance(value, dict) and "record" not in value:
            outer = {k: value[k] for k in ("ts_ms", "caller_hash") if value.get(k) is not None}
            record = {k: v for k, v in value.items() if k not in ("ts_ms", "caller_hash")}
            return {**outer, "call_id": value.get("call_id") or "", "record": record}
        return value

    @model_validator(mode="after")
    def _same_call(self) -> CallEnd:
        if self.call_id and self.call_id != self.record.call_id:
            raise ValueError(f"call_id {self.call_id!r} is not the record's {self.record.call_id!r}")
        return self

    def data(self) -> dict[str, Any]:
        data = self.record.model_dump(mode="json")
        if self.caller_hash:
            data["caller_hash"] = self.caller_hash
        return data

    @classmethod
    def of(cls, record: CallRecord, secret_key: str) -> CallEnd:
        """The record as it may leave the call: the number masked wherever it appears."""
        return cls.model_validate(call_end_data(record, secret_key))


def call_end_data(record: CallRecord, secret_key: str) -> dict[str, Any]:
    """The ``data`` of a call's CALL_END entry from one dump of its record: the caller's number
    masked wherever it appears, its keyed hash beside. The same object as
    ``CallEnd.of(record, secret_key).data()``, without validating a copy of the record on the way:
    the engine made the record, and the stream's readers validate what they read."""
    numbers = [record.caller, *caller_numbers({"slots": record.slots})]
    data = _hide_in_fresh_dump(record.model_dump(mode="json"), numbers)
    caller_hash = number_hash(record.caller, secret_key)
    if caller_hash:
        data["caller_hash"] = caller_hash
    return data


def _hide_in_fresh_dump(data: dict[str, Any], numbers: list[str]) -> dict[str, Any]:
    """:func:`ivr.privacy.hide_numbers` for a JSON dump nobody else holds: the same strings masked
    (every string value holding a number, at any depth; keys are not values), changed in place
    instead of copied, which takes a third of the time on a call record."""
    hidden = [(number, mask_number(number)) for number in numbers if is_clear_number(number)]
    if not hidden:
        return data
    needles = [number.encode("utf-8", "surrogatepass") for number, _ in hidden]
    containers: list[dict[str, Any] | list[Any]] = [data]
    while containers:
        container = containers.pop()
        pairs = container.items() if isinstance(container, dict) else enumerate(container)
        for key, value in pairs:
            kind = type(value)  # a JSON dump holds these exact types
            if kind is str:
                for number, masked in hidden:
                    if number in value:
                        value = value.replace(number, masked)
                        container[key] = value  # type: ignore[index]  # a key of this dict or list
            elif (kind is dict or kind is list) and _may_hold(value, needles):
                containers.append(value)
    return data


def _may_hold(container: dict[str, Any] | list[Any], needles: list[bytes]) -> bool:
    """False only when no string anywhere in ``container`` holds one of the numbers: marshal
    writes every string's UTF-8 bytes whole (the first time it meets the object; later as a
    reference), in C, several times faster than visiting the strings (a call's 16 path steps
    are nearly always skipped so)."""
    try:
        packed = marshal.dumps(container)
    except ValueError:  # not plain data after all: visit it
        return True
    return any(needle in packed for needle in needles)


def _masked(number: str) -> str:
    return mask_number(number) if is_clear_number(number) else number


# -- the ACD ----------------------------------------------------------------------------------


class QueueEvent(StreamEvent):
    """A call's stay at one centre's queue (``queue_call_id`` names the stay at every centre)."""

    centre: Text
    queue_call_id: Text | None = None
    enqueued_ms: int | None = None
    position: int | None = None
    wait_seconds: float | None = Field(default=None, validation_alias=AliasChoices("wait_seconds", "wait"))
    agent: Text | None = None
    caller: Text | None = None  # masked


class EnterQueue(QueueEvent):
    TYPE = EventType.ENTERQUEUE
    priority: int | None = None
    dnis: Text | None = None


class Connect(QueueEvent):
    TYPE = EventType.CONNECT
    ring_seconds: float | None = None
    callback: bool = False


class CompletedCall(QueueEvent):
    talk_seconds: float | None = Field(default=None, validation_alias=AliasChoices("talk_seconds", "talk"))


class CompleteAgent(CompletedCall):
    TYPE = EventType.COMPLETEAGENT


class CompleteCaller(CompletedCall):
    TYPE = EventType.COMPLETECALLER


class Abandon(QueueEvent):
    TYPE = EventType.ABANDON
    position_at_entry: int | None = None


class ExitWithTimeout(QueueEvent):
    TYPE = EventType.EXITWITHTIMEOUT


class ExitWithKey(QueueEvent):
    TYPE = EventType.EXITWITHKEY
    key: str | None = None


class RingNoAnswer(QueueEvent):
    TYPE = EventType.RINGNOANSWER
    status: str | None = None
    ring_seconds: float | None = None
    callback: bool = False


class Overflow(QueueEvent):
    TYPE = EventType.OVERFLOW
    from_centre: Text | None = None
    reason: str | None = None


class Full(QueueEvent):
    TYPE = EventType.FULL
    max_queue: int | None = None


class Closed(QueueEvent):
    TYPE = EventType.CLOSED


class Reclaimed(QueueEvent):
    TYPE = EventType.RECLAIMED
    state: str | None = None  # the call's state when its worker stopped renewing ("requeued": waits again)


class CallbackRequest(QueueEvent):
    TYPE = EventType.CALLBACK_REQUEST


class CallbackDial(QueueEvent):
    TYPE = EventType.CALLBACK_DIAL


class _CallbackReport(QueueEvent):
    dial_status: str | None = None


class CallbackDone(_CallbackReport):
    TYPE = EventType.CALLBACK_DONE
    talk_seconds: float | None = Field(default=None, validation_alias=AliasChoices("talk_seconds", "talk"))


class CallbackAttempt(_CallbackReport):
    TYPE = EventType.CALLBACK_ATTEMPT
    attempt: int | None = None
    max_attempts: int | None = None


class CallbackFailed(_CallbackReport):
    TYPE = EventType.CALLBACK_FAILED
    attempts: int | None = None


class AgentEvent(StreamEvent):
    TYPE: ClassVar[EventType]
    centre: Text | None = None
    agent: Text
    name: str | None = None
    reason: str | None = None

    @property
    def activity(self) -> AgentActivity:
        return AgentActivity(self.TYPE.removeprefix("AGENT_").lower())


class AgentLogin(AgentEvent):
    TYPE = EventType.AGENT_LOGIN
    phone: str | None = None
    endpoint: str | None = None
    languages: list[str] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)
    state: AgentState | None = None


class AgentReady(AgentEvent):
    TYPE = EventType.AGENT_READY


class AgentPause(AgentEvent):
    TYPE = EventType.AGENT_PAUSE


class AgentWrapup(AgentEvent):
    TYPE = EventType.AGENT_WRAPUP
    ended: bool = False


class AgentLogout(AgentEvent):
    TYPE = EventType.AGENT_LOGOUT
    forced: str | None = None  # the reason when an administrator ended the agent's access


# -- the agent desk and speech ---------------------------------------------------------------


class Disposition(StreamEvent):
    TYPE = EventType.DISPOSITION
    agent: Text
    centre: Text | None = None
    disposition: str
    ticket: Text | None = None
    note: str | None = None


class StatementTranscribed(StreamEvent):
    TYPE = EventType.STATEMENT_TRANSCRIBED
    path: str | None = None
    text: str = ""
    confidence: float | None = None
    audio_seconds: float | None = None
    decode_seconds: float | None = None


class StatementTranscriptionFailed(StreamEvent):
    TYPE = EventType.STATEMENT_TRANSCRIPTION_FAILED
    path: str | None = None
    error: str = ""


MODELS: dict[EventType, type[StreamEvent]] = {model.TYPE: model for model in (
    CallStart, CallEnd, EnterQueue, Connect, CompleteAgent, CompleteCaller, Abandon, ExitWithTimeout, ExitWithKey,
    RingNoAnswer, Overflow, Full, Closed, Reclaimed, CallbackRequest, CallbackDial, CallbackDone, CallbackAttempt,
    CallbackFailed, AgentLogin, AgentReady, AgentPause, AgentWrapup, AgentLogout, Disposition, StatementTranscribed,
    StatementTranscriptionFailed)}
#: What the ACD writes.
ACD_TYPES = frozenset(t for t, m in MODELS.items() if issubclass(m, QueueEvent | AgentEvent))


class BadEvent(ValueError):
    """An entry of a known type whose fields do not fit its model."""


def model_for(event_type: str) -> type[StreamEvent] | None:
    try:
        return MODELS[EventType(event_type)]
    except ValueError:
        return None


def make_event(event_type: str, data: dict[str, Any], *, call_id: str | None = None,
               ts_ms: int | None = None) -> StreamEvent:
    """The typed event from a producer's or an entry's fields. ValueError for an unknown type,
    BadEvent for fields that do not fit."""
    model = model_for(event_type)
    if model is None:
        raise ValueError(f"unknown event type {event_type!r}")
    fields = dict(data)
    fields["call_id"] = call_id or _text(data.get("call_id")) or ""
    if ts_ms is not None:
        fields["ts_ms"] = ts_ms
    else:
        fields.pop("ts_ms", None)
    try:
        return model.model_validate(fields)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or '-'}: {e['msg']}" for e in exc.errors()[:5])
        raise BadEvent(f"{event_type} does not fit its model: {problems}") from exc


def to_fields(event: StreamEvent) -> dict[str, str]:
    """The stream entry of an event; clear numbers left anywhere in it are masked."""
    return {
        "type": str(event.TYPE),
        "call_id": event.call_id,
        "ts": str(int(event.ts_ms)),
        "data": json.dumps(private_payload(event.data()), ensure_ascii=False, separators=(",", ":")),
    }


def plain_fields(fields: dict[Any, Any]) -> dict[str, str]:
    """A stream entry as redis returns it (bytes or text) as text."""
    return {(k.decode() if isinstance(k, bytes) else str(k)): (v.decode() if isinstance(v, bytes) else str(v))
            for k, v in fields.items()}


def from_fields(fields: dict[Any, Any], *, default_ts_ms: int | None = None) -> StreamEvent | None:
    """The typed event of a stream entry; ``None`` for a type no model describes. ValueError
    (BadEvent among them) for an entry that cannot be read."""
    plain = plain_fields(fields)
    event_type = plain.get("type") or ""
    if model_for(event_type) is None:
        return None
    data = json.loads(plain.get("data") or "{}")
    if not isinstance(data, dict):
        raise BadEvent("'data' is not a JSON object")
    ts = plain.get("ts")
    return make_event(event_type, data, call_id=plain.get("call_id") or None,
                      ts_ms=int(ts) if ts else default_ts_ms)


def decode_entry(fields: dict[Any, Any]) -> dict[str, Any]:
    """A stream entry as a plain dict with ``data`` parsed (for pages and tests that show the
    stream as written); old shapes are read through their model, so ``wait`` shows as
    ``wait_seconds``."""
    plain: dict[str, Any] = dict(plain_fields(fields))
    data = json.loads(plain.get("data") or "{}")
    try:
        event = from_fields(fields)
    except ValueError:
        event = None
    if event is not None and isinstance(data, dict):
        data = {**data, **event.data()}
    plain["data"] = data
    return plain
