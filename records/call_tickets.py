"""``ivr.services.TicketLookup``: the ticket an agent filed for a call, so the caller hears it
before the call ends (the agent files the complaint while the call is still up).

Filing remembers the ticket in Redis under the call id (:func:`remember_call_ticket`, called
by the complaints API); the engine reads only that key, so an answered call costs one Redis
GET, not a database round trip on the call path."""

from __future__ import annotations

from typing import Any

#: The ticket filed for a call, by call id; kept a day (the call is long over by then).
CALL_TICKET_KEY = "ivr:call:{}:ticket"
CALL_TICKET_SECONDS = 86400


async def remember_call_ticket(redis: Any, call_id: str, ticket: str) -> None:
    await redis.set(CALL_TICKET_KEY.format(call_id), ticket, ex=CALL_TICKET_SECONDS)


class CallTicketService:
    def __init__(self, redis: Any) -> None:
        self.redis = redis

    async def ticket_for_call(self, call_id: str) -> str | None:
        found = await self.redis.get(CALL_TICKET_KEY.format(call_id))
        if found is None:
            return None
        return found.decode() if isinstance(found, bytes) else str(found)
