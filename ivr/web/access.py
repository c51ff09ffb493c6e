"""Ending a user's access at once: web sessions and bearer tokens (one store), open WebSockets
(they check their session on every poll), the console's cached offer, and the agent's ACD seat.

Called when a user is disabled, changes role or centre, or has their password reset; by the
users API and by ``ivr users ...``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass

from redis.asyncio import Redis

from ivr.web.sessions import SessionStore
from ivr.web.users import WebUser
from queueing.agents import AgentService
from queueing.centres import AcdConfig, load_config
from queueing.events import EventLog
from queueing.store import AcdStore

log = logging.getLogger(__name__)
OFFER_KEY = "ivr:web:console:offer:{}"
_pending: set[asyncio.Task[str]] = set()


@dataclass(frozen=True)
class Revoked:
    sessions_ended: int
    acd: str  # "out" | "not_logged_in" | "in_call" (logged out when the call is over) | "no_centre"


def now_ms() -> int:
    return int(time.time() * 1000)


async def revoke_access(redis: Redis, sessions: SessionStore, user: WebUser, reason: str, *,
                        acd_config: AcdConfig | None = None, wait_for_call: float = 0.0) -> Revoked:
    """End every session of ``user`` (as it was before the change) and log it out of the ACD.

    When the agent is ringing or talking, the ACD refuses a logout; then the logout is retried
    until the call is over: in a background task (``wait_for_call`` 0, the web server) or here
    for up to ``wait_for_call`` seconds (the command line)."""
    ended = await sessions.end_all_for(user.username)
    await redis.delete(OFFER_KEY.format(user.username))
    if not user.centre:
        return Revoked(ended, "no_centre")
    service = AgentService(AcdStore(redis, acd_config or load_config()), EventLog(redis), now_ms)
    outcome = await service.force_logout(user.centre, user.username, reason)
    if outcome == "in_call":
        if wait_for_call > 0:
            outcome = await service.logout_when_free(user.centre, user.username, reason,
                                                     give_up_after=wait_for_call)
        else:
            task = asyncio.create_task(service.logout_when_free(user.centre, user.username, reason))
            _pending.add(task)
            task.add_done_callback(_pending.discard)
    log.info("access of %s ended (%s): %d sessions, ACD %s", user.username, reason, ended, outcome)
    return Revoked(ended, outcome)
