"""The desk's remembered call (one Redis key per agent) and the rule that no call is left
without a disposition.

The call offered to an agent is remembered from the offer until its disposition is recorded,
also after the ACD's wrap-up timer has made the agent ready again: the ended call stays
pending on the desk. Every change of the key is a compare-and-set on the call id (Lua), so the
agent's wrap-up, the next call's offer and the pages' updates never overwrite one another, and
exactly one of them records the call's disposition. When a new call is offered (or the agent
signs out) before a disposition was chosen for an answered call, ``settle_unrecorded`` records
one automatically (``not_recorded_timer`` / ``not_recorded_logout``) by the actor ``system``,
in the audit log and on the event stream as the agent's own would be.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.orm import Session

from ivr.event_types import Disposition
from ivr.events import RedisEventSink
from ivr.web.access import OFFER_KEY
from ivr.web.audit import write_audit
from records.models import QueueLeg

T = TypeVar("T")
InDb = Callable[[Callable[[Session], T]], Awaitable[T]]
LAST_KEY = "ivr:web:console:last:{}"
OFFER_TTL_SECONDS = 86400
SYSTEM_ACTOR = "system"
#: dispositions only the server records (never offered in the desk's list), with their labels
AUTO_DISPOSITIONS: dict[str, tuple[str, str]] = {
    "not_recorded_timer": ("未记录（话后处理计时结束）", "Not recorded (wrap-up timer ended)"),
    "not_recorded_logout": ("未记录（坐席已签出）", "Not recorded (agent signed out)"),
}

# KEYS[1] the offer; ARGV[1] the call id. Deletes and returns the offer only if it is that call's.
_TAKE = """
local v = redis.call('GET', KEYS[1])
if v and cjson.decode(v)['call_id'] == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return v
end
return false
"""
# KEYS[1] the offer; ARGV: call id, new text, ttl. Replaces the offer only if it is still that call's.
_UPDATE = """
local v = redis.call('GET', KEYS[1])
if v and cjson.decode(v)['call_id'] == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
  return 1
end
return 0
"""


def now_ms() -> int:
    return int(time.time() * 1000)


def _text(offer: dict[str, Any]) -> str:
    return json.dumps(offer, ensure_ascii=False)


async def load_offer(redis: Redis, username: str) -> dict[str, Any] | None:
    cached = await redis.get(OFFER_KEY.format(username))
    return json.loads(cached) if cached else None


async def put_offer(redis: Redis, username: str, offer: dict[str, Any]) -> None:
    """Remember a newly offered call (the previous one was settled first)."""
    await redis.set(OFFER_KEY.format(username), _text(offer), ex=OFFER_TTL_SECONDS)


async def update_offer(redis: Redis, username: str, offer: dict[str, Any]) -> bool:
    """Write the remembered call's new phase or ticket; nothing if it was settled meanwhile."""
    done = await redis.eval(_UPDATE, 1, OFFER_KEY.format(username), str(offer.get("call_id") or ""),  # type: ignore[misc]
                            _text(offer), str(OFFER_TTL_SECONDS))
    return bool(done)


async def take_offer(redis: Redis, username: str, call_id: str) -> dict[str, Any] | None:
    """Remove the remembered call if it is ``call_id``; the one caller that gets it back records
    the disposition."""
    taken = await redis.eval(_TAKE, 1, OFFER_KEY.format(username), call_id)  # type: ignore[misc]
    return json.loads(taken) if taken else None


def answered_by(session: Session, call_id: str, agent: str) -> bool:
    return session.scalar(select(QueueLeg.id).where(QueueLeg.call_id == call_id, QueueLeg.agent == agent,
                                                    QueueLeg.answered_at.is_not(None)).limit(1)) is not None


async def record_disposition(redis: Redis, in_db: InDb[None], actor: str, agent: str, centre: str | None,
                             call_id: str, disposition: str, detail: dict[str, Any]) -> None:
    """The call's disposition in the audit log, on the event stream and as the desk's last call."""
    audited = {"disposition": disposition, "centre": centre, **detail}
    await in_db(lambda s: write_audit(s, actor, "call.disposition", f"call:{call_id}", audited))
    await RedisEventSink(redis).publish(Disposition(
        call_id=call_id, agent=agent, disposition=disposition, ticket=detail.get("ticket"), note=detail.get("note"),
        centre=centre))
    await redis.set(LAST_KEY.format(agent), json.dumps(
        {"call_id": call_id, "ticket": detail.get("ticket"), "disposition": disposition, "at_ms": now_ms(),
         "auto": actor == SYSTEM_ACTOR}), ex=OFFER_TTL_SECONDS)


async def settle_unrecorded(redis: Redis, in_db: InDb[Any], agent: str, centre: str | None,
                            offer: dict[str, Any], disposition: str) -> bool:
    """Give the remembered call a disposition when the agent chose none: only a call that was
    answered (a call that only rang is not the agent's), and only if the agent's own wrap-up did
    not take it first. True when this recorded one."""
    if disposition not in AUTO_DISPOSITIONS:
        raise ValueError(f"{disposition!r} is not a disposition the server records")
    call_id = str(offer.get("call_id") or "")
    taken = await take_offer(redis, agent, call_id) if call_id else None
    if taken is None:
        return False
    owed = bool(taken.get("connected_at_ms")) or taken.get("phase") in ("connected", "ended")
    if not owed and not await in_db(lambda s: answered_by(s, call_id, agent)):
        return False
    await record_disposition(redis, in_db, SYSTEM_ACTOR, agent, centre, call_id, disposition,
                             {"ticket": taken.get("ticket"), "agent": agent, "auto": True,
                              "offered_at_ms": taken.get("offered_at_ms"), "ended_at_ms": taken.get("ended_at_ms")})
    return True
