"""The ACD's side of the one event sink (:class:`ivr.events.RedisEventSink`): app_queue's
queue_log vocabulary, each event built into its model (:mod:`ivr.event_types`)."""

from __future__ import annotations

from typing import Any

from ivr.event_types import ACD_TYPES, STREAM, STREAM_MAXLEN, StreamEvent, decode_entry, make_event
from ivr.events import RedisEventSink

__all__ = ["EVENT_TYPES", "STREAM", "EventLog", "decode_entry"]

# Types this package writes; consumers may rely on the names.
EVENT_TYPES = frozenset(str(t) for t in ACD_TYPES)


class EventLog:
    """The one sink with the ACD's call shape: ``emit(type, call_id=, ts_ms=, data=)``."""

    def __init__(self, redis: Any, stream: str = STREAM, maxlen: int = STREAM_MAXLEN) -> None:
        self.sink = RedisEventSink(redis, stream, maxlen)

    @property
    def redis(self) -> Any:
        return self.sink.redis

    @property
    def stream(self) -> str:
        return self.sink.stream

    async def publish(self, event: StreamEvent) -> str:
        return await self.sink.publish(event)

    async def emit(self, event_type: str, *, call_id: str, ts_ms: int, data: dict[str, Any]) -> str:
        """ValueError for a type the ACD does not write; BadEvent for data that does not fit it."""
        if event_type not in EVENT_TYPES:
            raise ValueError(f"unknown ACD event type {event_type!r}")
        return await self.publish(make_event(event_type, data, call_id=call_id or None, ts_ms=ts_ms))
