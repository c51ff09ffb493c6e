"""The records writer: Redis Stream ``ivr:events`` -> SQL, idempotent, outage-proof.

Per cycle: retry this consumer's own pending entries (left unacknowledged by a database
failure), then claim entries another consumer left idle too long (XAUTOCLAIM), then read
new ones. A batch is written in one transaction together with its ``processed_events``
rows and acknowledged only after the commit, so a crash or an outage at any point means
redelivery, and redelivery writes nothing twice. Entries that can never be written go to
``ivr:events:dead`` with the reason, then are acknowledged.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from dataclasses import dataclass, field
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ivr.settings import Settings
from recordings.ingest import SpoolIngest
from records.apply import RecordingIngest, apply_event, preload
from records.db import make_engine, migrate, session_factory, session_scope
from records.events import DEAD_LETTER_STREAM, GROUP, STREAM, Event, PoisonEvent, parse_entry
from records.models import ProcessedEvent
from records.sweeper import run_sweeper

log = logging.getLogger(__name__)

Entry = tuple[str, dict[str, str]]


class DatabaseDown(Exception):
    """The database cannot be reached; entries stay pending and are retried."""


def is_outage(exc: BaseException) -> bool:
    if isinstance(exc, OperationalError):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


@dataclass
class WriterStats:
    written: int = 0
    skipped_duplicates: int = 0
    dead_lettered: int = 0
    claimed: int = 0
    db_failures: int = 0
    batches: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def default_consumer_name() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


def redis_url_of(settings: Settings) -> str:
    return settings.redis_url or f"redis://127.0.0.1:{settings.embedded_redis_port}/0"


class RecordsWriter:
    def __init__(
        self,
        redis: aioredis.Redis,
        sessions: sessionmaker[Session],
        secret_key: str,
        *,
        consumer: str | None = None,
        stream: str = STREAM,
        group: str = GROUP,
        batch_size: int = 200,
        block_ms: int = 1000,
        claim_idle_ms: int = 30_000,
        backoff_initial: float = 0.1,
        backoff_max: float = 2.0,
        ingest: RecordingIngest | None = None,
    ) -> None:
        self.ingest = ingest
        self.redis = redis
        self.sessions = sessions
        self.secret_key = secret_key
        self.consumer = consumer or default_consumer_name()
        self.stream = stream
        self.group = group
        self.batch_size = batch_size
        self.block_ms = block_ms
        self.claim_idle_ms = claim_idle_ms
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.dead_stream = DEAD_LETTER_STREAM if stream == STREAM else f"{stream}:dead"
        self.stats = WriterStats()
        self._claim_cursor = "0-0"

    async def ensure_group(self) -> None:
        try:
            await self.redis.xgroup_create(self.stream, self.group, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    # --- reading -----------------------------------------------------------------

    async def _own_pending(self) -> list[Entry]:
        reply = await self.redis.xreadgroup(self.group, self.consumer, {self.stream: "0"}, count=self.batch_size)
        entries = _entries(reply)
        gone = [i for i, f in entries if f is None]  # trimmed from the stream while pending here
        if gone:
            await self.redis.xack(self.stream, self.group, *gone)
        return [(i, f) for i, f in entries if f is not None]

    async def _claim(self) -> list[Entry]:
        reply = await self.redis.xautoclaim(
            self.stream, self.group, self.consumer, self.claim_idle_ms, start_id=self._claim_cursor,
            count=self.batch_size,
        )
        self._claim_cursor = _text(reply[0])
        claimed = [(_text(i), _decode(f)) for i, f in reply[1] if f is not None]
        for deleted in reply[2] if len(reply) > 2 else []:  # trimmed away before anyone read it
            await self.redis.xack(self.stream, self.group, deleted)
        self.stats.claimed += len(claimed)
        return claimed

    async def _new(self, block_ms: int | None) -> list[Entry]:
        reply = await self.redis.xreadgroup(
            self.group, self.consumer, {self.stream: ">"}, count=self.batch_size, block=block_ms
        )
        return [(i, f) for i, f in _entries(reply) if f is not None]

    async def next_batch(self, block_ms: int | None) -> list[Entry]:
        return await self._own_pending() or await self._claim() or await self._new(block_ms)

    # --- writing -----------------------------------------------------------------

    async def process(self, entries: list[Entry]) -> None:
        """Write ``entries``; raise DatabaseDown (nothing acknowledged) when the DB is unreachable."""
        events: list[Event] = []
        for event_id, fields in entries:
            try:
                events.append(parse_entry(event_id, fields))
            except PoisonEvent as exc:
                await self._dead_letter(event_id, fields, str(exc))
        if not events:
            return
        try:
            written, skipped = await asyncio.to_thread(self._write_batch, events)
        except Exception as exc:
            if is_outage(exc):
                raise DatabaseDown(str(exc).splitlines()[0]) from exc
            # One entry spoils the batch: write them one by one to find it.
            written, skipped = 0, 0
            for event in events:
                w, s = await self._write_one(event, dict(entries)[event.event_id])
                written, skipped = written + w, skipped + s
        await self.redis.xack(self.stream, self.group, *[e.event_id for e in events])
        self.stats.written += written
        self.stats.skipped_duplicates += skipped
        self.stats.batches += 1

    async def _write_one(self, event: Event, fields: dict[str, str]) -> tuple[int, int]:
        for attempt in range(2):
            try:
                return await asyncio.to_thread(self._write_batch, [event])
            except PoisonEvent as exc:
                await self._dead_letter(event.event_id, fields, str(exc))
                return 0, 0
            except IntegrityError:
                if attempt == 0:
                    continue  # a concurrent writer may have just written it; the retry will skip it
                await self._dead_letter(event.event_id, fields, "integrity error writing the event")
                return 0, 0
            except Exception as exc:
                if is_outage(exc):
                    raise DatabaseDown(str(exc).splitlines()[0]) from exc
                await self._dead_letter(event.event_id, fields, f"{type(exc).__name__}: {str(exc)[:300]}")
                return 0, 0
        return 0, 0

    def _write_batch(self, events: list[Event]) -> tuple[int, int]:
        ids = [e.event_id for e in events]
        with session_scope(self.sessions) as session:
            done = set(session.scalars(select(ProcessedEvent.event_id).where(ProcessedEvent.event_id.in_(ids))))
            preload(session, [e for e in events if e.event_id not in done])
            written = 0
            for event in events:
                if event.event_id in done:
                    continue
                apply_event(session, event, self.secret_key, self.ingest)
                session.add(ProcessedEvent(event_id=event.event_id, stream=self.stream))
                done.add(event.event_id)
                written += 1
            return written, len(events) - written

    async def _dead_letter(self, event_id: str, fields: dict[str, str], reason: str) -> None:
        entry = {k: v for k, v in fields.items() if k not in ("event_id", "reason", "consumer")}
        entry.update(event_id=event_id, reason=reason, consumer=self.consumer)
        await self.redis.xadd(self.dead_stream, entry)  # type: ignore[arg-type]
        await self.redis.xack(self.stream, self.group, event_id)
        self.stats.dead_lettered += 1
        log.warning("event %s to %s: %s", event_id, self.dead_stream, reason)

    # --- loop --------------------------------------------------------------------

    async def run(self, stop: asyncio.Event | None = None) -> WriterStats:
        stop = stop or asyncio.Event()
        await self.ensure_group()
        delay = self.backoff_initial
        while not stop.is_set():
            try:
                entries = await self.next_batch(self.block_ms)
                if entries:
                    await self.process(entries)
                delay = self.backoff_initial
            except DatabaseDown as exc:
                self.stats.db_failures += 1
                log.warning("database unavailable, retrying in %.1fs: %s", delay, exc)
                await _sleep_or_stop(stop, delay)
                delay = min(delay * 2, self.backoff_max)
            except (RedisConnectionError, RedisTimeoutError) as exc:
                log.warning("redis unavailable, retrying in %.1fs: %s", delay, exc)
                await _sleep_or_stop(stop, delay)
                delay = min(delay * 2, self.backoff_max)
        return self.stats

    async def drain(self) -> WriterStats:
        """Process until nothing is pending or new (for tests and `ivr records serve --once`)."""
        await self.ensure_group()
        while entries := await self.next_batch(None):
            await self.process(entries)
        return self.stats


async def _sleep_or_stop(stop: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except TimeoutError:
        pass


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _decode(fields: dict[Any, Any]) -> dict[str, str]:
    return {_text(k): _text(v) for k, v in fields.items()}


def _entries(reply: Any) -> list[tuple[str, dict[str, str] | None]]:
    out: list[tuple[str, dict[str, str] | None]] = []
    if not reply:
        return out
    items = reply.items() if isinstance(reply, dict) else reply
    for _stream, messages in items:
        for entry_id, fields in messages:
            out.append((_text(entry_id), _decode(fields) if fields else None))
    return out


async def run_writer(settings: Settings, stop: asyncio.Event | None = None) -> WriterStats:
    """Entry point for `ivr records serve` and `ivr serve`: migrate, then consume until ``stop``."""
    url = settings.effective_database_url
    engine = make_engine(url)
    stop = stop or asyncio.Event()
    delay = 1.0
    while True:  # the database may still be starting (or down): events wait in the stream meanwhile
        try:
            await asyncio.to_thread(migrate, url, engine)
            break
        except Exception as exc:
            if not is_outage(exc):
                raise
            log.warning("database not reachable for migrations (%s); retrying in %.0fs", type(exc).__name__, delay)
            await _sleep_or_stop(stop, delay)
            if stop.is_set():
                engine.dispose()
                return WriterStats()
            delay = min(delay * 2, 30.0)
    client = aioredis.from_url(redis_url_of(settings), decode_responses=True)

    sessions = session_factory(engine)
    writer = RecordsWriter(client, sessions, settings.secret_key.get_secret_value(),
                           ingest=SpoolIngest(settings.spool_dir, settings.data_dir))
    sweeper = asyncio.create_task(run_sweeper(client, sessions, stop), name="lost-call-sweeper")
    try:
        return await writer.run(stop)
    finally:
        sweeper.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sweeper
        await client.aclose()  # type: ignore[attr-defined]
        engine.dispose()
