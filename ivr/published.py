"""Follow a "published version" announced on Redis pub/sub, across Redis restarts.

Used by the versioned store (ivr.versioned_store): each publish stores the new number under
a key and announces it on a channel. The follower treats every message as a wake-up and lets
its callback read the key, so the key (not the order in which messages arrive) decides what
is live. After any Redis error it resubscribes and wakes the callback again, so a publish
missed while disconnected still reaches it. An exception in the callback is logged and the
follower keeps following.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from redis.exceptions import RedisError

log = logging.getLogger("ivr.published")

__all__ = ["follow_published", "text_of"]


def text_of(value: bytes | str) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


async def follow_published(redis: Any, channel: str, wake: Callable[[], Awaitable[None]],
                           stop: asyncio.Event | None, what: str) -> None:
    """Call ``wake()`` once subscribed and after every message on ``channel``, until ``stop``."""
    while stop is None or not stop.is_set():
        try:
            await _follow(redis, channel, wake, stop, what)
        except (RedisError, OSError) as exc:
            log.warning("%s publish channel lost (%s); retrying", what, exc)
            if stop is not None:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), 1.0)
            else:
                await asyncio.sleep(1.0)


async def _follow(redis: Any, channel: str, wake: Callable[[], Awaitable[None]],
                  stop: asyncio.Event | None, what: str) -> None:
    pubsub = redis.pubsub()
    try:
        await pubsub.subscribe(channel)
        await _wake(wake, what)
        while stop is None or not stop.is_set():
            message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=0.5)
            if message:
                await _wake(wake, what)
    finally:
        with contextlib.suppress(Exception):
            await pubsub.aclose()


async def _wake(wake: Callable[[], Awaitable[None]], what: str) -> None:
    try:
        await wake()
    except (RedisError, OSError):
        raise  # resubscribe and wake again: the publish is not lost
    except Exception:  # noqa: BLE001 - a bad version or a broken listener must not stop the follower
        log.exception("%s publish not applied; still following", what)
