"""Worker liveness: each call-handling process keeps a short-lived key alive in Redis.

A call's CALL_START names its worker. If the worker dies before the call reaches a queue
(where the queue lease covers it), nobody sends CALL_END; the records sweeper sees the
worker's key expire and closes the call as ``worker_lost``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
import uuid
from typing import Any

log = logging.getLogger("ivr.heartbeat")
WORKER_KEY = "ivr:worker:{}"
TTL_SECONDS = 20


def new_worker_id() -> str:
    return f"{socket.gethostname()[:40]}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


async def beat(redis: Any, worker: str, ttl: int = TTL_SECONDS) -> None:
    await redis.set(WORKER_KEY.format(worker), str(int(time.time())), ex=ttl)


async def worker_alive(redis: Any, worker: str) -> bool:
    return bool(await redis.exists(WORKER_KEY.format(worker)))


async def run_heartbeat(redis: Any, worker: str, stop: asyncio.Event, every: float = 5.0) -> None:
    while not stop.is_set():
        try:
            await beat(redis, worker)
        except Exception:  # noqa: BLE001 - a missed beat only delays nothing: the TTL is 4 beats
            log.warning("heartbeat to Redis failed", exc_info=True)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)
    with contextlib.suppress(Exception):
        await redis.delete(WORKER_KEY.format(worker))  # a clean stop: calls were ended
