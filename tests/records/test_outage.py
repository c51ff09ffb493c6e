"""PostgreSQL stopped under load and started again: every record present, none twice.

CI runs a short outage; IVR_LONG_TESTS=1 runs the minute-long one. Figures go to
bench/records_RESULTS.md (with IVR_WRITE_EVIDENCE=1; tests/support/evidence.py).
"""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta

import pytest
import redis.asyncio as aioredis
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from records.models import Call, CallEvent, ProcessedEvent, QueueLeg
from records.writer import RecordsWriter
from tests.conftest import long_tests_enabled
from tests.records.streamdata import T0, call_events, emit
from tests.support.evidence import evidence_dir
from tests.support.services import PostgresServer

RESULTS = evidence_dir("bench") / "records_RESULTS.md"


def _counts(sessions: sessionmaker[Session]) -> dict[str, int]:
    with sessions() as s:
        return {
            "calls": s.scalar(select(func.count()).select_from(Call)) or 0,
            "legs": s.scalar(select(func.count()).select_from(QueueLeg)) or 0,
            "events": s.scalar(select(func.count()).select_from(CallEvent)) or 0,
            "processed": s.scalar(select(func.count()).select_from(ProcessedEvent)) or 0,
            "distinct_events": s.scalar(select(func.count(func.distinct(CallEvent.event_id)))) or 0,
        }


async def _run_outage(outage_s: float, calls_per_s: float, redis_client: aioredis.Redis,
                      sessions: sessionmaker[Session], stream: str, pg: PostgresServer) -> dict[str, float]:
    stop = asyncio.Event()
    writers = [RecordsWriter(redis_client, sessions, "k", consumer=f"w{i}", stream=stream, block_ms=200,
                             claim_idle_ms=5000, backoff_max=1.0) for i in range(2)]
    tasks = [asyncio.create_task(w.run(stop)) for w in writers]
    produced = 0
    producing = True

    async def produce() -> None:
        nonlocal produced
        i = 0
        while producing:
            await emit(redis_client, stream, call_events(f"o-{i}", start=T0 + timedelta(seconds=i)))
            produced += 7
            i += 1
            await asyncio.sleep(1 / calls_per_s)

    producer = asyncio.create_task(produce())
    await asyncio.sleep(1.0)
    down_at = time.monotonic()
    await asyncio.to_thread(pg.stop)
    await asyncio.sleep(outage_s)
    await asyncio.to_thread(pg.start)
    outage = time.monotonic() - down_at
    await asyncio.sleep(1.0)
    producing = False
    await producer
    up_at = time.monotonic()
    while True:  # liveness wait, bounded by the test timeout
        if (await redis_client.xpending(stream, "records"))["pending"] == 0 and \
                _counts(sessions)["processed"] == produced:
            break
        await asyncio.sleep(0.2)
    catch_up = time.monotonic() - up_at
    stop.set()
    await asyncio.gather(*tasks)
    counts = _counts(sessions)
    return {"produced": produced, "outage_s": outage, "catch_up_s": catch_up,
            "db_failures": sum(w.stats.db_failures for w in writers),
            "written": sum(w.stats.written for w in writers),
            "duplicates_skipped": sum(w.stats.skipped_duplicates for w in writers), **counts}


def _write_results(fig: dict[str, float], label: str) -> None:
    RESULTS.parent.mkdir(exist_ok=True)
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else \
        "# Records writer: database outage under load\n\n"
    marker = f"## {label}"
    before, _, after = text.partition(marker)
    rest = after.split("\n## ", 1)[1] if "\n## " in after else ""
    text = before.rstrip() + "\n\n" + (f"## {rest.rstrip()}\n\n" if rest else "")
    text += (
        f"{marker}\n\nCommand: `.venv/bin/pytest tests/records/test_outage.py -q`"
        f"{' with IVR_LONG_TESTS=1' if 'minute' in label else ''}\n\n"
        "| events produced | outage (s) | events written | calls | distinct events in DB | duplicates in DB "
        "| writer DB failures | catch-up after restart (s) |\n|---|---|---|---|---|---|---|---|\n"
        f"| {fig['produced']:.0f} | {fig['outage_s']:.1f} | {fig['written']:.0f} | {fig['calls']:.0f} "
        f"| {fig['distinct_events']:.0f} | {fig['events'] - fig['distinct_events']:.0f} "
        f"| {fig['db_failures']:.0f} | {fig['catch_up_s']:.1f} |\n"
    )
    RESULTS.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
async def test_postgres_outage_loses_nothing_and_writes_nothing_twice(
    redis_client: aioredis.Redis, sessions: sessionmaker[Session], stream: str, postgres_server: PostgresServer
) -> None:
    await _outage_case(8.0, "short outage (CI)", redis_client, sessions, stream, postgres_server)


@pytest.mark.slow
@pytest.mark.skipif(not long_tests_enabled(), reason="IVR_LONG_TESTS=1 runs the minute-long outage")
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
async def test_postgres_minute_outage(
    redis_client: aioredis.Redis, sessions: sessionmaker[Session], stream: str, postgres_server: PostgresServer
) -> None:
    await _outage_case(60.0, "minute-long outage", redis_client, sessions, stream, postgres_server)


async def _outage_case(outage_s: float, label: str, redis_client: aioredis.Redis,
                       sessions: sessionmaker[Session], stream: str, pg: PostgresServer) -> None:
    fig = await _run_outage(outage_s, 20.0, redis_client, sessions, stream, pg)
    _write_results(fig, label)
    assert fig["db_failures"] >= 1, "the outage never reached the writer"
    assert fig["processed"] == fig["produced"] == fig["events"] == fig["distinct_events"]
    assert fig["calls"] == fig["legs"] == fig["produced"] / 7
    assert fig["written"] <= fig["produced"]  # a commit whose reply was lost is retried and skipped
