"""Consultations in a FastAGI worker: the knowledge base's versions followed as entries only
(ivr.knowledge.catalog), and the matches of a recognised text asked of the box's retrieval
service (ivr.knowledge.service, over ivr.knowledge.questions).

The worker never waits long for it and never waits in silence for a service that is not there:
no service (its key expired) is known in the one round trip that would have asked; a slow one
is given ``timeout`` seconds (IVR_KNOWLEDGE_TIMEOUT). Either way the question has no answer:
the consult node's low-confidence path (the no-answer prompt, then an agent with the recognised
text on screen), and one warning in the log until the service answers again.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from datetime import date
from typing import Any

from redis.exceptions import RedisError

from ivr.knowledge.catalog import Found, KnowledgeCatalog, Matches, label_catalog, parse_catalog
from ivr.knowledge.loader import shipped_files
from ivr.knowledge.questions import (
    ASK_LUA,
    MAX_TEXT,
    MAX_WAITING,
    QUESTIONS_KEY,
    QUESTIONS_TTL_MS,
    SERVICE_KEY,
    Answer,
    Question,
    answer_key,
)
from ivr.redis_scripts import run_script
from ivr.settings import Settings
from ivr.versioned_store import StoreKind, VersionedStore

log = logging.getLogger("ivr.knowledge.served")

#: The knowledge base's versions (same directory, Redis keys and publishes) parsed without an index.
KNOWLEDGE_CATALOG: StoreKind[KnowledgeCatalog] = StoreKind(name="knowledge", what="knowledge base",
                                                           parse=parse_catalog, label=label_catalog)


class RetrievalClient:
    """Asks the retrieval service for a question's matches; None when it could not answer in time."""

    def __init__(self, redis: Any, timeout: float) -> None:
        self.redis = redis
        self.timeout = timeout
        self._ask = redis.register_script(ASK_LUA)
        self._unavailable: str | None = None  # why the last question went unanswered (logged once)

    async def ask(self, text: str, day: date, limit: int, version: str) -> Answer | None:
        why = await self._unanswered_or(text, day, limit, version)
        if isinstance(why, Answer):
            if self._unavailable is not None:
                log.info("knowledge retrieval service answers again")
                self._unavailable = None
            return why
        if self._unavailable != why.split(" (", 1)[0]:  # once per cause, not once per question
            log.warning("knowledge retrieval service: %s; spoken questions go to an agent with their text "
                        "until it answers", why)
            self._unavailable = why.split(" (", 1)[0]
        return None

    async def _unanswered_or(self, text: str, day: date, limit: int, version: str) -> Answer | str:
        """The service's answer, or why there is none."""
        deadline = time.monotonic() + self.timeout
        question = Question(id=uuid.uuid4().hex, text=text[:MAX_TEXT], day=day.isoformat(), limit=limit,
                            version=version, until=int(time.time() * 1000 + self.timeout * 1000))
        late = f"no answer within {self.timeout:g} s"
        try:
            asked = await asyncio.wait_for(
                run_script(self._ask, [SERVICE_KEY, QUESTIONS_KEY],
                           [question.to_json(), MAX_WAITING, QUESTIONS_TTL_MS]),
                self.timeout)
            if not asked:
                return "no retrieval service is running (`ivr knowledge serve`)"
            left = deadline - time.monotonic()
            if left < 0.01:  # BLPOP's 0 would wait for ever
                return late
            # the margin lets BLPOP's own timeout end the wait, not a cancelled read
            got = await asyncio.wait_for(self.redis.blpop([answer_key(question.id)], timeout=left), left + 1.0)
        except TimeoutError:
            return late
        except (RedisError, OSError) as exc:
            return f"asking failed ({type(exc).__name__}: {exc})"[:200]
        if got is None:
            return late
        try:
            return Answer.from_json(got[1])
        except (ValueError, KeyError, TypeError) as exc:
            return f"an answer could not be read ({exc})"[:200]


class ServedBook:
    """One version for a call: its entries here, its search by the service."""

    def __init__(self, catalog: KnowledgeCatalog, client: RetrievalClient) -> None:
        self.catalog = catalog
        self.client = client

    async def matches(self, text: str, day: date, limit: int) -> Matches | None:
        answer = await self.client.ask(text, day, limit, self.catalog.version)
        if answer is None:
            return None
        # the service answers from the version it follows; an entry this call's version lacks
        # (a publish between the two) is not read
        found = [Found(entry, score, confidence) for entry_id, score, confidence in answer.found
                 if (entry := self.catalog.entry(entry_id)) is not None]
        return Matches(found, answer.threshold, answer.version)


class ServedKnowledge:
    """The knowledge base as a worker follows it: versions as entries, questions to the service."""

    def __init__(self, settings: Settings, redis: Any, client: RetrievalClient) -> None:
        self.versions: VersionedStore[KnowledgeCatalog] = VersionedStore(
            KNOWLEDGE_CATALOG, settings.data_dir / "knowledge", shipped_files, redis,
            seed_comment="shipped knowledge base")
        self.client = client
        self._live: KnowledgeCatalog | None = None
        self._book: ServedBook | None = None
        self.versions.on_change(self._swap)

    def _swap(self, catalog: KnowledgeCatalog) -> None:
        self._live = catalog

    def current(self) -> KnowledgeCatalog:
        """Blocking on first use (seeds the shipped base and parses it)."""
        self._live = self.versions.current()
        return self._live

    async def load_current(self) -> KnowledgeCatalog:
        return await asyncio.to_thread(self.current)

    def book(self) -> ServedBook:
        """The live version for a call (ivr.knowledge.consult)."""
        live = self._live if self._live is not None else self.current()
        if self._book is None or self._book.catalog is not live:
            self._book = ServedBook(live, self.client)
        return self._book

    async def watch(self, stop: asyncio.Event | None = None) -> None:
        await self.versions.watch(stop)
