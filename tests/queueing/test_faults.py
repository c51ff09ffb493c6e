"""Faults: Redis killed and restarted mid-run (appendonly), a worker killed while its
calls are bridged."""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
import redis.asyncio as aioredis

from queueing.centres import load_config
from queueing.store import AcdStore
from tests.queueing import workload
from tests.support.services import RedisServer, free_port

T0 = int(datetime(2026, 6, 1, 2, 0, tzinfo=UTC).timestamp() * 1000)  # 10:00 in Beijing
ROOT = Path(__file__).resolve().parents[2]


async def test_redis_killed_and_restarted_mid_run(tmp_path: Path) -> None:
    server = RedisServer(port=free_port(), workdir=tmp_path / "redis")
    server.start()
    try:
        client = aioredis.Redis.from_url(server.url, decode_responses=True)
        store = AcdStore(client, load_config())
        await store.apply_config()
        book = await workload.run(store, total_ops=3000, workers=4, seed=7, start_ms=T0)
        before = {k: await client.type(k) for k in await client.keys("acd:*")}
        await client.aclose()  # type: ignore[attr-defined]
        server.stop(kill=True)  # SIGKILL: only the append-only file survives
        server.start()
        client = aioredis.Redis.from_url(server.url, decode_responses=True)
        store = AcdStore(client, load_config())
        after = {k: await client.type(k) for k in await client.keys("acd:*")}
        assert after == before
        assert await workload.check_all(store) == []
        assert await workload.nothing_lost(store, book) == []
        # the scripts are gone from the restarted server's cache; EVALSHA falls back to load
        await workload.run(store, total_ops=2000, workers=4, seed=8, start_ms=book.now, book=book)
        assert await workload.nothing_lost(store, book) == []
        await client.aclose()  # type: ignore[attr-defined]
    finally:
        server.stop()


async def test_killed_worker_calls_are_reclaimed(store: AcdStore, acd_redis_url: str) -> None:
    if type(store.redis).__name__ == "RedisCluster":
        pytest.skip("the worker process talks to the single redis-server")
    await store.agent_login("bj", "a1", "PJSIP/a1", T0 - 2000, ready=True)
    await store.agent_login("bj", "a2", "PJSIP/a2", T0 - 1000, ready=True)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.queueing.worker_proc", acd_redis_url, str(T0), "3",
        cwd=ROOT, stdout=asyncio.subprocess.PIPE)
    try:
        assert proc.stdout is not None
        bridged = [(await asyncio.wait_for(proc.stdout.readline(), 60)).decode().split()[1] for _ in range(2)]
        assert len(set(bridged)) == 2
        agents = {a["id"]: a for a in await store.agents("bj")}
        assert {agents["a1"]["state"], agents["a2"]["state"]} == {"reserved"}
    finally:
        proc.kill()
        await proc.wait()
    assert await store.reclaim("bj", T0 + 10_000) == []  # leases still running
    reclaimed = await store.reclaim("bj", T0 + 31_000)
    assert sorted(what for _, what in reclaimed) == ["reserved", "reserved", "waiting"]
    agents = {a["id"]: a for a in await store.agents("bj")}
    assert {agents["a1"]["state"], agents["a2"]["state"]} == {"ready"}
    assert await store.redis.zcard("acd:{bj}:queue") == 0
    assert await store.check("bj") == []
