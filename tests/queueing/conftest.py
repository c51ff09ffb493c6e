"""Fixtures for the ACD tests: a fresh key space on a real redis-server, and the same
suite again on a real three-node Redis Cluster on loopback."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import pytest_asyncio
import redis.asyncio as aioredis
from redis.asyncio.cluster import ClusterNode, RedisCluster

from queueing.centres import AcdConfig, load_config
from queueing.store import AcdStore
from tests.queueing.cluster import RedisClusterNodes
from tests.support.services import RedisServer, free_port


@pytest.fixture(scope="session")
def redis_cluster_nodes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisClusterNodes]:
    nodes = RedisClusterNodes(workdir=tmp_path_factory.mktemp("redis-cluster"))
    nodes.start()
    yield nodes
    nodes.stop()


@pytest.fixture(scope="session")
def acd_redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A redis-server without fsync-per-write, so the long randomized runs stay quick;
    persistence is exercised by the restart test on its own append-only server."""
    server = RedisServer(port=free_port(), workdir=tmp_path_factory.mktemp("redis-acd"), appendonly=False)
    server.start()
    yield server.url
    server.stop()


@pytest.fixture
def acd_config() -> AcdConfig:
    return load_config()


@pytest_asyncio.fixture(loop_scope="function", params=["single", "cluster"])
async def redis_client(request: pytest.FixtureRequest) -> AsyncIterator[Any]:
    client: Any
    if request.param == "single":
        client = aioredis.Redis.from_url(request.getfixturevalue("acd_redis_url"), decode_responses=True)
    else:
        nodes: RedisClusterNodes = request.getfixturevalue("redis_cluster_nodes")
        client = RedisCluster(startup_nodes=[ClusterNode(h, p) for h, p in nodes.startup_nodes],
                              decode_responses=True)
        await client.initialize()
    await client.flushall()
    yield client
    await client.aclose()


@pytest_asyncio.fixture(loop_scope="function")
async def store(redis_client: Any, acd_config: AcdConfig) -> AcdStore:
    s = AcdStore(redis_client, acd_config)
    await s.apply_config()
    return s
