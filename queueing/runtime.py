"""Wiring of the ACD's parts from one Redis client (the composition passes the store it owns)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import redis.asyncio as aioredis
from redis.asyncio.cluster import RedisCluster

from ivr.settings import Settings
from queueing.agents import AgentService
from queueing.centres import AcdConfig, load_config
from queueing.events import EventLog
from queueing.gateway import wall_clock_ms
from queueing.store import AcdStore


@dataclass
class AcdServices:
    redis: Any
    config: AcdConfig
    store: AcdStore
    events: EventLog
    agents: AgentService


def redis_url_of(settings: Settings) -> str:
    return settings.redis_url or f"redis://127.0.0.1:{settings.embedded_redis_port}/0"


def connect_redis(url: str) -> Any:
    """A redis.asyncio client; ``redis+cluster://host:port`` selects Redis Cluster."""
    if url.startswith("redis+cluster://"):
        return RedisCluster.from_url("redis://" + url.removeprefix("redis+cluster://"), decode_responses=True)
    return aioredis.Redis.from_url(url, decode_responses=True)


async def build_services(redis: Any, config: AcdConfig | None = None) -> AcdServices:
    cfg = config or load_config()
    store = AcdStore(redis, cfg)
    await store.apply_config()
    events = EventLog(redis)
    return AcdServices(redis, cfg, store, events, AgentService(store, events, wall_clock_ms))
