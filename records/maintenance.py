"""Periodic housekeeping for `ivr serve`: recording retention and the mediation deadline."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from ivr.settings import Settings
from recordings.retention import apply_retention
from recordings.store import recordings_root
from records.complaints import end_expired_mediations
from records.db import make_engine, session_factory, session_scope

log = logging.getLogger(__name__)


def run_once(settings: Settings) -> dict[str, list[str]]:
    engine = make_engine(settings.effective_database_url)
    try:
        with session_scope(session_factory(engine)) as session:
            kept = apply_retention(session, recordings_root(settings.data_dir), datetime.now(UTC),
                                   settings.recording_retention_days)
            ended = end_expired_mediations(session, datetime.now(ZoneInfo(settings.timezone)).date())
    finally:
        engine.dispose()
    return {"recordings_deleted": kept.deleted, "mediation_ended": ended}


async def run_maintenance(settings: Settings, stop: asyncio.Event, interval_s: float = 3600.0) -> None:
    """Run housekeeping now and then every ``interval_s`` until ``stop``; errors are logged, not fatal."""
    while not stop.is_set():
        try:
            done = await asyncio.to_thread(run_once, settings)
            if any(done.values()):
                log.info("maintenance: %d recordings deleted, %d mediations ended",
                         len(done["recordings_deleted"]), len(done["mediation_ended"]))
        except Exception:  # noqa: BLE001 - a database hiccup must not stop the server
            log.exception("maintenance run failed; retrying next interval")
        try:
            await asyncio.wait_for(stop.wait(), timeout=interval_s)
        except TimeoutError:
            pass
