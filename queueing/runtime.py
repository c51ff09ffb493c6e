"""Wiring for a running server: one Redis client, store, event log per event loop."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import redis.asyncio as aioredis

from ivr.settings import Settings, get_settings
from queueing.agents import AgentService
from queueing.centres import AcdConfig, load_config
from queueing.events import EventLog
from queueing.gateway import RedisQueueGateway, wall_clock_ms
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
        from redis.asyncio.cluster import RedisCluster

        return RedisCluster.from_url("redis://" + url.removeprefix("redis+cluster://"), decode_responses=True)
    return aioredis.Redis.from_url(url, decode_responses=True)


async def build_services(redis: Any, config: AcdConfig | None = None) -> AcdServices:
    cfg = config or load_config()
    store = AcdStore(redis, cfg)
    await store.apply_config()
    events = EventLog(redis)
    return AcdServices(redis, cfg, store, events, AgentService(store, events, wall_clock_ms))


_by_loop: dict[int, AcdServices] = {}


async def default_services(settings: Settings | None = None, centres_file: Path | None = None) -> AcdServices:
    """Per-event-loop services from ``IVR_REDIS_URL`` (or the embedded Redis port)."""
    key = id(asyncio.get_running_loop())
    if key not in _by_loop:
        s = settings or get_settings()
        _by_loop[key] = await build_services(connect_redis(redis_url_of(s)), load_config(centres_file))
    return _by_loop[key]


async def queue_gateway(settings: Settings | None = None) -> RedisQueueGateway:
    """The engine's ``EngineServices.queue``: ``queue=await queue_gateway(settings)``."""
    services = await default_services(settings)
    return RedisQueueGateway(services.store, services.events)
