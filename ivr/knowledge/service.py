"""The box's retrieval service: answers the workers' questions (ivr.knowledge.questions) from the
one knowledge index of this process, following the published versions like every store.

One per box (``ivr serve`` starts it as a supervised child; ``ivr knowledge serve`` runs it
beside ``ivr agi serve`` workers), so the workers need none of the index's libraries. It says it
is there (``SERVICE_KEY``, refreshed every second) only while it can answer: from after the
index of the live version is built until it stops, when it deletes the key (unless another
service on the same Redis wrote it since) so that the workers stop asking at once. A search
takes a few milliseconds on this process's loop; questions are taken in batches, and one past
its ``until`` is dropped unanswered (its caller has moved on).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from redis.exceptions import RedisError

from ivr.knowledge.questions import (
    ALIVE_MS,
    ANSWER_TTL_MS,
    QUESTIONS_KEY,
    SERVICE_KEY,
    BadQuestion,
    Question,
    answer_json,
    answer_key,
)
from ivr.knowledge.store import KnowledgeStore

log = logging.getLogger("ivr.knowledge.service")

BATCH = 64  # questions taken at once after the first
# KEYS: the service key; ARGV: what this service last wrote there. Deleted only if still ours.
FORGET_LUA = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""
WAIT_SECONDS = 1.0  # BLPOP's wait between looks at the stop flag
ALIVE_EVERY = 1.0


@dataclass
class ServiceCounts:
    answered: int = 0
    late: int = 0  # past their ``until``: dropped
    bad: int = 0


def answer_to(store: KnowledgeStore, question: Question) -> str:
    """The answer to one question from the live index (a few ms of CPU)."""
    index = store.index()
    found = index.search(question.text, question.on, limit=question.limit)
    return answer_json(index.version, index.threshold, [(m.entry.id, m.score, m.confidence) for m in found])


async def _alive_once(redis: Any, store: KnowledgeStore, said: list[str]) -> None:
    alive = json.dumps({"pid": os.getpid(), "version": store.index().version})
    said[:] = [alive]
    await redis.set(SERVICE_KEY, alive, px=ALIVE_MS)


async def _say_alive(redis: Any, store: KnowledgeStore, stop: asyncio.Event, said: list[str]) -> None:
    while not stop.is_set():
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), ALIVE_EVERY)
        if stop.is_set():
            return
        try:
            await _alive_once(redis, store, said)
        except RedisError as exc:
            log.warning("knowledge service: could not say it is alive (%s)", exc)


async def _answer_batch(redis: Any, store: KnowledgeStore, raw: list[bytes], counts: ServiceCounts) -> None:
    now_ms = time.time() * 1000
    async with redis.pipeline(transaction=False) as pipe:
        for item in raw:
            try:
                question = Question.from_json(item)
            except BadQuestion as exc:
                counts.bad += 1
                log.warning("knowledge service: %s", exc)
                continue
            if question.until < now_ms:
                counts.late += 1
                continue
            key = answer_key(question.id)
            pipe.rpush(key, answer_to(store, question))
            pipe.pexpire(key, ANSWER_TTL_MS)
            counts.answered += 1
        await pipe.execute()


async def serve_questions(redis: Any, store: KnowledgeStore, stop: asyncio.Event,
                          counts: ServiceCounts | None = None,
                          ready: Callable[[], None] | None = None) -> ServiceCounts:
    """Answer questions until ``stop`` is set; ``ready()`` once the workers can ask (the live
    index loaded, the service key written)."""
    counts = counts if counts is not None else ServiceCounts()
    said: list[str] = []
    await _alive_once(redis, store, said)
    if ready is not None:
        ready()
    alive = asyncio.create_task(_say_alive(redis, store, stop, said), name="knowledge-service-alive")
    try:
        while not stop.is_set():
            try:
                first = await redis.blpop([QUESTIONS_KEY], timeout=WAIT_SECONDS)
                if first is None:
                    continue
                more = await redis.lpop(QUESTIONS_KEY, BATCH) or []
                await _answer_batch(redis, store, [first[1], *more], counts)
            except RedisError as exc:  # Redis restarting: the workers go to agents meanwhile
                log.warning("knowledge service: Redis error (%s); trying again in a second", exc)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), 1.0)
    finally:
        alive.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await alive
        with contextlib.suppress(RedisError):
            await redis.eval(FORGET_LUA, 1, SERVICE_KEY, *said[-1:] or [""])
    return counts
