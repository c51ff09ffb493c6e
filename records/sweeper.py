"""Close calls whose worker died before sending CALL_END (and before a queue lease covered them)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ivr.heartbeat import worker_alive
from records.models import Call, CallEvent, QueueLeg

log = logging.getLogger("records.sweeper")
LOST_REASON = "worker lost (no heartbeat, no CALL_END)"


def _open_calls(session: Session, older_than: datetime) -> list[tuple[Call, str | None]]:
    calls = session.scalars(
        select(Call).where(Call.outcome == "in_progress", Call.ended_at.is_(None), Call.started_at < older_than)
    ).all()
    found: list[tuple[Call, str | None]] = []
    for call in calls:
        start = session.scalar(select(CallEvent).where(CallEvent.call_id == call.call_id,
                                                       CallEvent.type == "CALL_START"))
        worker = (start.data or {}).get("worker") if start is not None else None
        found.append((call, worker if isinstance(worker, str) else None))
    return found


async def sweep_lost_calls(redis: Any, sessions: sessionmaker[Session], *, min_age_s: float = 60.0,
                           now: datetime | None = None) -> list[str]:
    """Close every call still open after ``min_age_s`` whose worker's heartbeat is gone."""
    moment = now or datetime.now(UTC)
    older_than = moment - timedelta(seconds=min_age_s)

    def load() -> list[tuple[str, str | None]]:
        with sessions() as session:
            return [(call.call_id, worker) for call, worker in _open_calls(session, older_than)]

    candidates = await asyncio.to_thread(load)
    lost = [call_id for call_id, worker in candidates if worker and not await worker_alive(redis, worker)]
    if not lost:
        return []

    def close() -> None:
        with sessions() as session, session.begin():
            for call in session.scalars(select(Call).where(Call.call_id.in_(lost), Call.ended_at.is_(None))):
                call.outcome = "worker_lost"
                call.ended_at = moment
                call.hangup_reason = LOST_REASON
            # as the queue's lease reclaim would: a leg still waiting or talking is lost with its worker
            for leg in session.scalars(select(QueueLeg).where(QueueLeg.call_id.in_(lost), QueueLeg.ended_at.is_(None),
                                                              QueueLeg.outcome.in_(("waiting", "answered")))):
                leg.outcome = "lost"
                leg.ended_at = moment

    await asyncio.to_thread(close)
    log.warning("closed %d call(s) whose worker died: %s", len(lost), ", ".join(lost[:10]))
    return lost


async def run_sweeper(redis: Any, sessions: sessionmaker[Session], stop: asyncio.Event, every: float = 30.0) -> None:
    while not stop.is_set():
        try:
            await sweep_lost_calls(redis, sessions)
        except Exception:  # noqa: BLE001 - the sweeper retries; the writer must keep writing
            log.warning("sweep of lost calls failed", exc_info=True)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)
