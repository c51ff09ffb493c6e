"""The records writer started while the database is still down waits for it instead of exiting."""

from __future__ import annotations

import asyncio
import json
import shutil
import tempfile
import time
from pathlib import Path

import redis.asyncio as aioredis
from sqlalchemy import select

from ivr.events import STREAM
from ivr.settings import Settings
from records.db import make_engine, session_factory
from records.models import CallEvent
from records.writer import run_writer
from tests.support.services import PostgresServer, RedisServer, free_port


async def test_writer_waits_for_a_database_that_starts_later(tmp_path: Path) -> None:
    redis_server = RedisServer(port=free_port(), workdir=tmp_path / "redis")
    redis_server.start()
    redis_url = redis_server.url
    workdir = Path(tempfile.mkdtemp(prefix="ivr-pg-late-"))
    server = PostgresServer(port=free_port(), workdir=workdir)
    settings = Settings(data_dir=tmp_path, redis_url=redis_url, database_url=server.url)
    client = aioredis.Redis.from_url(redis_url)
    stop = asyncio.Event()
    try:
        await client.xadd(STREAM, {"type": "SOMETHING", "call_id": "late-1", "ts": str(int(time.time() * 1000)),
                                   "data": json.dumps({"x": 1})})
        writer = asyncio.create_task(run_writer(settings, stop))
        await asyncio.sleep(2.5)
        assert not writer.done(), "the writer gave up while the database was down"
        await asyncio.to_thread(server.start)
        engine = make_engine(server.url)
        sessions = session_factory(engine)
        deadline = time.monotonic() + 60
        found = None
        while time.monotonic() < deadline and found is None:
            await asyncio.sleep(0.5)
            try:
                with sessions() as s:
                    found = s.scalar(select(CallEvent).where(CallEvent.call_id == "late-1"))
            except Exception:  # noqa: BLE001 - tables appear once the writer has migrated
                found = None
        engine.dispose()
        assert found is not None and found.type == "SOMETHING"
        stop.set()
        await asyncio.wait_for(writer, 30)
    finally:
        stop.set()
        await client.aclose()
        server.stop()
        redis_server.stop()
        shutil.rmtree(workdir, ignore_errors=True)
