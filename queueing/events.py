"""ACD events to the Redis Stream ``ivr:events`` (app_queue's queue_log vocabulary)."""

from __future__ import annotations

import json
from typing import Any

STREAM = "ivr:events"

# Types this package writes; consumers may rely on the names.
EVENT_TYPES = frozenset({
    "ENTERQUEUE", "CONNECT", "COMPLETECALLER", "COMPLETEAGENT", "ABANDON", "EXITWITHTIMEOUT",
    "EXITWITHKEY", "RINGNOANSWER", "OVERFLOW", "FULL", "CLOSED", "RECLAIMED",
    "CALLBACK_REQUEST", "CALLBACK_DIAL", "CALLBACK_DONE", "CALLBACK_ATTEMPT", "CALLBACK_FAILED",
    "AGENT_LOGIN", "AGENT_READY", "AGENT_PAUSE", "AGENT_LOGOUT", "AGENT_WRAPUP",
})


class EventLog:
    """Appends events; ``redis`` is a redis.asyncio client. The stream is capped
    approximately at ``maxlen`` entries (the records writer consumes it long before)."""

    def __init__(self, redis: Any, stream: str = STREAM, maxlen: int = 1_000_000) -> None:
        self.redis = redis
        self.stream = stream
        self.maxlen = maxlen

    async def emit(self, event_type: str, *, call_id: str, ts_ms: int, data: dict[str, Any]) -> str:
        if event_type not in EVENT_TYPES:
            raise ValueError(f"unknown ACD event type {event_type!r}")
        fields = {
            "type": event_type,
            "call_id": call_id,
            "ts": str(int(ts_ms)),
            "data": json.dumps(data, ensure_ascii=False, separators=(",", ":")),
        }
        entry_id = await self.redis.xadd(self.stream, fields, maxlen=self.maxlen, approximate=True)
        return entry_id.decode() if isinstance(entry_id, bytes) else str(entry_id)


def decode_entry(fields: dict[Any, Any]) -> dict[str, Any]:
    """A stream entry as a dict with ``data`` parsed."""
    plain = {(k.decode() if isinstance(k, bytes) else k): (v.decode() if isinstance(v, bytes) else v)
             for k, v in fields.items()}
    plain["data"] = json.loads(plain.get("data") or "{}")
    return plain
