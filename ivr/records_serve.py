"""The records writer on the process's runtime: `ivr records serve` and the writer inside `ivr serve`.

The runtime migrated the database once when it opened; the writer and the lost-call sweeper
use its Redis and its database sessions (no pool or migration of their own).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal

import typer

from ivr.runtime import RECORDS, Runtime, open_runtime
from ivr.settings import get_settings
from recordings.ingest import SpoolIngest
from records.sweeper import run_sweeper
from records.writer import RecordsWriter, WriterStats


def records_writer(runtime: Runtime) -> RecordsWriter:
    settings = runtime.settings
    return RecordsWriter(runtime.redis_text, runtime.db, settings.secret_key.get_secret_value(),
                         claim_idle_ms=settings.records_claim_idle_ms,
                         ingest=SpoolIngest(settings.spool_dir, settings.data_dir))


async def run_records(runtime: Runtime, stop: asyncio.Event) -> WriterStats:
    """Consume the event stream into the database until ``stop``, sweeping lost calls meanwhile."""
    sweeper = asyncio.create_task(run_sweeper(runtime.redis_text, runtime.db, stop), name="lost-call-sweeper")
    try:
        return await records_writer(runtime).run(stop)
    finally:
        sweeper.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sweeper


async def serve_records(once: bool) -> WriterStats:
    async with open_runtime(get_settings(), RECORDS) as runtime:
        if once:
            return await records_writer(runtime).drain()
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        return await run_records(runtime, stop)


def records_serve_command(once: bool = typer.Option(False, help="Write what is in the stream now, then exit")) -> None:
    """Consume the event stream (consumer group 'records') into the database until stopped."""
    stats = asyncio.run(serve_records(once))
    typer.echo(json.dumps(stats.__dict__))
