"""Records writer throughput against a peer measured in the same run.

Peer: the same number of raw event rows bulk-inserted into ``call_events`` with one
executemany per batch (the least any writer that keeps every event must do). Ratio =
writer time / peer time. Runs on SQLite and on a throwaway PostgreSQL.

    .venv/bin/python -m bench.records_writer [--calls 300]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

import redis.asyncio as aioredis
from sqlalchemy import insert

from records.db import make_engine, migrate, session_factory
from records.events import parse_entry
from records.models import CallEvent
from records.writer import RecordsWriter
from tests.records.streamdata import T0, call_events
from tests.support.services import PostgresServer, RedisServer, free_port


async def writer_seconds(redis_url: str, db_url: str, calls: int) -> tuple[float, int]:
    client = aioredis.from_url(redis_url, decode_responses=True)
    stream = f"bench:{uuid.uuid4().hex[:8]}"
    for i in range(calls):
        pipe = client.pipeline()
        for fields in call_events(f"b-{i}", start=T0 + timedelta(seconds=i)):
            pipe.xadd(stream, fields)  # type: ignore[arg-type]
        await pipe.execute()
    engine = make_engine(db_url)
    migrate(db_url, engine)
    writer = RecordsWriter(client, session_factory(engine), "k", consumer="bench", stream=stream)
    started = time.perf_counter()
    stats = await writer.drain()
    elapsed = time.perf_counter() - started
    await client.aclose()  # type: ignore[attr-defined]
    engine.dispose()
    return elapsed, stats.written


def peer_seconds(db_url: str, calls: int, batch: int = 200) -> float:
    engine = make_engine(db_url)
    migrate(db_url, engine)
    rows = []
    n = 0
    for i in range(calls):
        for fields in call_events(f"p-{i}", start=T0 + timedelta(seconds=i)):
            event = parse_entry(f"{n + 1}-0", fields)
            n += 1
            rows.append({"event_id": event.event_id, "type": event.type, "call_id": event.call_id,
                         "ts": event.ts, "data": event.data})
    started = time.perf_counter()
    for at in range(0, len(rows), batch):
        with engine.begin() as conn:
            conn.execute(insert(CallEvent), rows[at:at + batch])
    elapsed = time.perf_counter() - started
    engine.dispose()
    return elapsed


def pg_db(pg: PostgresServer, name: str) -> str:
    admin = make_engine(pg.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        from sqlalchemy import text

        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return pg.url.rsplit("/", 1)[0] + "/" + name


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ivr-bench-"))
    redis = RedisServer(port=free_port(), workdir=work / "redis")
    pg = PostgresServer(port=free_port(), workdir=Path(tempfile.mkdtemp(prefix="ivr-bench-pg-")))
    redis.start()
    pg.start()
    results = {}
    try:
        for backend in ("sqlite", "postgresql"):
            if backend == "sqlite":
                w_url, p_url = f"sqlite:///{work / 'w.db'}", f"sqlite:///{work / 'p.db'}"
            else:
                w_url, p_url = pg_db(pg, "bench_w"), pg_db(pg, "bench_p")
            w_s, written = asyncio.run(writer_seconds(redis.url, w_url, args.calls))
            p_s = peer_seconds(p_url, args.calls)
            results[backend] = {
                "events": written, "writer_s": round(w_s, 3), "peer_s": round(p_s, 3),
                "writer_events_per_s": round(written / w_s), "ratio_writer_to_peer": round(w_s / p_s, 2),
            }
    finally:
        pg.stop()
        redis.stop()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
