"""Faults: Redis killed and restarted mid-run (appendonly), a worker killed while its
calls are bridged."""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
import redis.asyncio as aioredis
from redis.exceptions import NoScriptError

from queueing.centres import load_config
from queueing.store import AcdStore, claim_key
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


class ForgetsAfterLoading:
    """A real Redis client whose server forgets its scripts right after the first ``times`` loads, as the
    whole-system fault test saw a restarted Redis do: redis-py's own reload-and-run then meets NoScript."""

    def __init__(self, client: aioredis.Redis, times: int) -> None:
        self.client, self.times = client, times

    def __getattr__(self, name: str) -> object:
        return getattr(self.client, name)

    async def evalsha(self, sha: str, numkeys: int, *args: str | int) -> object:
        return await self.client.evalsha(sha, numkeys, *args)

    async def script_load(self, script: str) -> str:
        sha = await self.client.script_load(script)
        if self.times > 0:
            self.times -= 1
            await self.client.script_flush()
        return str(sha)


async def test_a_script_forgotten_again_after_loading_is_run_a_little_later(acd_redis_url: str) -> None:
    client = aioredis.Redis.from_url(acd_redis_url, decode_responses=True)
    try:
        store = AcdStore(client, load_config())
        await client.script_flush()
        store._claim.registered_client = ForgetsAfterLoading(client, times=1)  # noqa: SLF001 - the fault
        assert await store.claim("q-forgotten-1", "bj", 5000) == (True, "bj")
        # forgotten after every load: the error reaches the caller after SCRIPT_ATTEMPTS tries
        await client.script_flush()
        store._claim.registered_client = ForgetsAfterLoading(client, times=99)  # noqa: SLF001
        with pytest.raises(NoScriptError):
            await store.claim("q-forgotten-2", "bj", 5000)
        # and redis-py alone, without the store's retry, loses the first case
        await client.script_flush()
        forgetful = ForgetsAfterLoading(client, times=1)
        store._claim.registered_client = forgetful  # noqa: SLF001
        with pytest.raises(NoScriptError):
            await store._claim(keys=[claim_key("q-forgotten-3")], args=["take", "bj", 5000])  # noqa: SLF001
    finally:
        await client.aclose()  # type: ignore[attr-defined]
