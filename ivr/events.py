"""The one event sink: typed events (:mod:`ivr.event_types`) to the Redis Stream ``ivr:events``.

The engine, the ACD, the agent desk and the transcriber all write through
:class:`RedisEventSink`. ``publish`` takes a typed event; ``emit`` is the engine's
``EventSink`` protocol (type and payload), which builds the event's model first, so a payload
that does not fit its type is refused before anything is written.
"""

from __future__ import annotations

import logging
from typing import Any

from ivr.event_types import STREAM, STREAM_MAXLEN, StreamEvent, make_event, to_fields
from ivr.stream_appender import StreamAppender

__all__ = ["STREAM", "STREAM_MAXLEN", "RedisEventSink"]

log = logging.getLogger("ivr.events")


class RedisEventSink:
    """XADD each event, the events of concurrent emitters together (:mod:`ivr.stream_appender`);
    approximate trimming keeps the stream bounded. ``redis`` is a redis.asyncio client (or cluster
    client)."""

    def __init__(self, redis: Any, stream: str = STREAM, maxlen: int = STREAM_MAXLEN) -> None:
        self.redis = redis
        self.stream = stream
        self.maxlen = maxlen
        self._appender = StreamAppender(redis, stream, maxlen)

    async def publish(self, event: StreamEvent) -> str:
        """Append the event; returns the stream entry id."""
        return await self._appender.append(to_fields(event))

    async def emit(self, event_type: str, payload: dict[str, Any]) -> None:
        await self.publish(make_event(event_type, payload))
