"""Follow a "published version" announced on Redis pub/sub, across Redis restarts.

Used by the menu store and the ACD configuration store: each publish stores the new number
under a key and announces it on a channel; every worker follows the channel and, after any
Redis error, resubscribes and re-reads the key so a publish missed while disconnected still
reaches it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from redis.exceptions import RedisError

log = logging.getLogger("ivr.published")


def text_of(value: bytes | str) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


async def follow_published(redis: Any, channel: str, published_key: str,
                           switch_to: Callable[[str], Awaitable[None]], stop: asyncio.Event | None,
                           what: str) -> None:
    """Call ``switch_to(number)`` for the published number now and for every later publish."""
    while stop is None or not stop.is_set():
        try:
            await _follow(redis, channel, published_key, switch_to, stop)
        except (RedisError, OSError) as exc:
            log.warning("%s publish channel lost (%s); retrying", what, exc)
            if stop is not None:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), 1.0)
            else:
                await asyncio.sleep(1.0)


async def _follow(redis: Any, channel: str, published_key: str, switch_to: Callable[[str], Awaitable[None]],
                  stop: asyncio.Event | None) -> None:
    pubsub = redis.pubsub()
    try:
        await pubsub.subscribe(channel)
        published = await redis.get(published_key)
        if published is not None:
            await switch_to(text_of(published))
        while stop is None or not stop.is_set():
            message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=0.5)
            if message:
                await switch_to(text_of(message["data"]))
    finally:
        with contextlib.suppress(Exception):
            await pubsub.aclose()
