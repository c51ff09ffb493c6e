"""Parsing stream entries of ``ivr:events`` into events: the entry's fields, and its typed model
(:mod:`ivr.event_types`) when its type has one. Bad entries raise PoisonEvent."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ivr.event_types import STREAM, BadEvent, StreamEvent, make_event, model_for
from ivr.privacy import number_hash

__all__ = ["DEAD_LETTER_STREAM", "GROUP", "STREAM", "Event", "PoisonEvent", "caller_hash", "parse_entry"]

GROUP = "records"
DEAD_LETTER_STREAM = f"{STREAM}:dead"


class PoisonEvent(ValueError):
    """An entry that can never be written; it goes to the dead-letter stream with this reason."""


@dataclass(frozen=True)
class Event:
    event_id: str  # stream entry id, e.g. "1732860000000-0"
    type: str
    call_id: str | None
    ts: datetime
    data: dict[str, Any]  # as written (kept raw, numbers masked, in call_events)
    model: StreamEvent | None = None  # None: a type no model describes (kept raw only)


def parse_entry(event_id: str, fields: dict[str, str]) -> Event:
    event_type = fields.get("type")
    if not event_type or len(event_type) > 64:
        raise PoisonEvent("missing or overlong 'type'")
    raw_ts = fields.get("ts")
    try:
        ts = datetime.fromtimestamp(int(raw_ts) / 1000, UTC) if raw_ts else _ts_from_id(event_id)
    except (ValueError, OverflowError, OSError) as exc:
        raise PoisonEvent(f"bad 'ts' {raw_ts!r}") from exc
    try:
        data = json.loads(fields.get("data") or "{}")
    except json.JSONDecodeError as exc:
        raise PoisonEvent(f"'data' is not JSON: {exc.msg} at {exc.pos}") from exc
    if not isinstance(data, dict):
        raise PoisonEvent("'data' is not a JSON object")
    call_id = fields.get("call_id") or data.get("call_id")
    if call_id is not None and not isinstance(call_id, str):
        call_id = str(call_id)
    if call_id is not None and len(call_id) > 128:
        raise PoisonEvent("'call_id' longer than 128 characters")
    model = None
    if model_for(event_type) is not None:
        try:
            model = make_event(event_type, data, call_id=call_id or None, ts_ms=int(ts.timestamp() * 1000))
        except BadEvent as exc:
            raise PoisonEvent(str(exc)) from exc
    return Event(event_id=event_id, type=event_type, call_id=call_id or None, ts=ts, data=data, model=model)


def _ts_from_id(event_id: str) -> datetime:
    return datetime.fromtimestamp(int(event_id.split("-", 1)[0]) / 1000, UTC)


def caller_hash(number: str | None, secret_key: str) -> str | None:
    """Keyed hash of a caller number (:func:`ivr.privacy.number_hash`)."""
    return number_hash(number, secret_key)
