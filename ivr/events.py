"""Call events to the Redis Stream ``ivr:events`` (read by the records writer and dashboards)."""

from __future__ import annotations

import json
import logging
import time
from typing import Any

log = logging.getLogger("ivr.events")
STREAM = "ivr:events"
STREAM_MAXLEN = 1_000_000


def stream_fields(event_type: str, payload: dict[str, Any]) -> dict[str, str]:
    return {
        "type": event_type,
        "call_id": str(payload.get("call_id", "")),
        "ts": str(int(time.time() * 1000)),
        "data": json.dumps(payload, ensure_ascii=False, default=str),
    }


class RedisEventSink:
    """XADD each event; approximate trimming keeps the stream bounded."""

    def __init__(self, redis: Any, stream: str = STREAM) -> None:
        self.redis = redis
        self.stream = stream

    async def emit(self, event_type: str, payload: dict[str, Any]) -> None:
        await self.redis.xadd(self.stream, stream_fields(event_type, payload), maxlen=STREAM_MAXLEN,
                              approximate=True)
