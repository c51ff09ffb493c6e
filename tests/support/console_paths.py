"""Shared by the opening-hours tests: a Redis database of the test's own, flushed, and the path of
one console call (key 1, then hang up) through the engine's services."""

from __future__ import annotations

from redis.asyncio import Redis

from ivr.console import ConsoleChannel
from ivr.engine import EngineServices, run_call
from ivr.settings import Settings


async def flushed_redis_db(redis_url: str, db: int) -> str:
    """The session Redis's database ``db``, emptied: a publish there reaches no other test's worker."""
    url = redis_url.rsplit("/", 1)[0] + f"/{db}"
    client = Redis.from_url(url)
    await client.flushdb()
    await client.aclose()
    return url


async def path_of_a_call(services: EngineServices, settings: Settings) -> list[str]:
    channel = ConsoleChannel("12315", "01088886666", settings.spool_dir, script=["1", "hangup"])
    record = await run_call(channel, services, transport="console")
    return [step.node for step in record.path]
