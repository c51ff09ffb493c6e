"""Fixtures for the ACD tests: a fresh key space on the session's real redis-server."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
import redis.asyncio as aioredis

from queueing.centres import AcdConfig, load_config
from queueing.store import AcdStore


@pytest.fixture
def acd_config() -> AcdConfig:
    return load_config()


@pytest_asyncio.fixture(loop_scope="function")
async def redis_client(redis_url: str) -> AsyncIterator[aioredis.Redis]:
    client = aioredis.Redis.from_url(redis_url, decode_responses=True)
    await client.flushall()
    yield client
    await client.aclose()  # type: ignore[attr-defined]


@pytest_asyncio.fixture(loop_scope="function")
async def store(redis_client: aioredis.Redis, acd_config: AcdConfig) -> AcdStore:
    s = AcdStore(redis_client, acd_config)
    await s.apply_config()
    return s
