"""Periodic housekeeping for `ivr serve`: recording retention, the caller number's retention
(records/caller_retention.py) and the mediation deadline.

It runs on the database pool of the process's runtime (ivr.runtime), handed in by `ivr serve`;
it opens no engine of its own."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from ivr.settings import Settings
from recordings.retention import apply_retention
from recordings.store import recordings_root
from records.caller_retention import erase_old_caller_numbers
from records.complaints import end_expired_mediations
from records.db import session_scope

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MaintenanceRun:
    recordings_deleted: list[str]
    caller_numbers_erased: int
    mediation_ended: list[str]

    def did_something(self) -> bool:
        return bool(self.recordings_deleted or self.caller_numbers_erased or self.mediation_ended)


def run_once(settings: Settings, sessions: sessionmaker[Session]) -> MaintenanceRun:
    """One pass (blocking) in one transaction."""
    with session_scope(sessions) as session:
        now = datetime.now(UTC)
        kept = apply_retention(session, recordings_root(settings.data_dir), now,
                               settings.recording_retention_days)
        numbers = erase_old_caller_numbers(session, now, settings.caller_number_retention_days)
        ended = end_expired_mediations(session, datetime.now(ZoneInfo(settings.timezone)).date())
    return MaintenanceRun(kept.deleted, numbers.erased, ended)


async def run_maintenance(settings: Settings, sessions: sessionmaker[Session], stop: asyncio.Event,
                          interval_s: float = 3600.0) -> None:
    """Run housekeeping now and then every ``interval_s`` until ``stop``; errors are logged, not fatal."""
    while not stop.is_set():
        try:
            done = await asyncio.to_thread(run_once, settings, sessions)
            if done.did_something():
                log.info("maintenance: %d recordings deleted, %d caller numbers erased, %d mediations ended",
                         len(done.recordings_deleted), done.caller_numbers_erased, len(done.mediation_ended))
        except Exception:  # noqa: BLE001 - a database hiccup must not stop the server
            log.exception("maintenance run failed; retrying next interval")
        try:
            await asyncio.wait_for(stop.wait(), timeout=interval_s)
        except TimeoutError:
            pass
