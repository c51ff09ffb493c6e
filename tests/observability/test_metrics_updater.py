"""The queue and writer gauges follow the real Redis state."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis.asyncio as aioredis
from prometheus_client import REGISTRY

from ivr.events import STREAM
from ivr.metrics_updater import update_once, writer_lag
from queueing.centres import load_config
from queueing.store import AcdStore
from tests.support.services import RedisServer, free_port


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    """A Redis of this test's own: the stream and its consumer group are created from scratch."""
    server = RedisServer(port=free_port(), workdir=tmp_path / "redis")
    server.start()
    yield server.url
    server.stop()


def gauge(name: str, **labels: str) -> float | None:
    return REGISTRY.get_sample_value(name, labels)


async def test_gauges_show_waiting_calls_agents_and_writer_lag(redis_url: str) -> None:
    client = aioredis.Redis.from_url(redis_url)
    try:
        store = AcdStore(client, load_config())
        await store.apply_config()
        now = int(time.time() * 1000)
        await store.agent_login("sn", "gauge-agent", "PJSIP/gauge-agent", now, ready=False)
        for i in range(3):
            await store.enqueue("sn", f"gauge-q{i}", call_id=f"gauge-c{i}", enq_ms=now - 30_000 * (i + 1),
                                now_ms=now)
        for i in range(4):
            await client.xadd(STREAM, {"type": "CALL_END", "call_id": f"x{i}", "ts": str(now), "data": "{}"})
        assert await writer_lag(client, "records") == 4  # no consumer group yet: everything waits
        await client.xgroup_create(STREAM, "records", id="0")
        await client.xreadgroup("records", "w1", {STREAM: ">"}, count=1)  # one read, not acknowledged
        await update_once(store, client)
        assert gauge("ivr_queue_waiting", centre="sn") == 3
        longest = gauge("ivr_queue_longest_wait_seconds", centre="sn")
        assert longest is not None and 85 <= longest <= 200
        assert gauge("ivr_agents", centre="sn", state="paused") == 1
        assert gauge("ivr_agents", centre="sn", state="ready") == 0
        assert gauge("ivr_records_writer_lag_events") == 4  # 3 unread + 1 pending
    finally:
        await client.aclose()
