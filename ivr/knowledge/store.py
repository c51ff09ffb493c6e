"""Knowledge base versions: the third kind of ivr.versioned_store (after menus and the ACD).

Each version is ``<data>/knowledge/versions/<n>/*.yaml``; the parsed value of a version is its
:class:`KnowledgeIndex` (validated, then indexed once per version per process, in a thread).
Publishing and rolling back are the store's; a publish reaches every worker through Redis
(``ivr:knowledge:publish``) and calls already answering keep the index they started with.

This store searches in its own process (the web app, the console caller, the retrieval service,
tests): the index's libraries are imported at its first version (ivr.knowledge.in_process). A
FastAGI worker follows the same versions as entries only and asks the service
(ivr.knowledge.served).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from ivr.knowledge.catalog import Found, KnowledgeCatalog, Matches
from ivr.knowledge.in_process import build_index, load_tokenizer
from ivr.knowledge.loader import KnowledgeError, parse_knowledge, shipped_files, validate_files
from ivr.settings import Settings
from ivr.versioned_store import StoreKind, VersionedStore, VersionInfo

if TYPE_CHECKING:
    from ivr.knowledge.retrieval import KnowledgeIndex

__all__ = ["KNOWLEDGE", "KnowledgeStore", "LocalBook", "StaticKnowledge", "VersionInfo"]


def parse_index(files: Mapping[str, str]) -> KnowledgeIndex:
    """Validate (KnowledgeRejected with every error) and index a version's files."""
    return build_index(parse_knowledge(files))


def _label(index: KnowledgeIndex, number: int) -> KnowledgeIndex:
    index.version = str(number)
    return index


# the kind's warm-up: a parse process loads jieba's dictionary at start, not at the first
# knowledge version it follows during calls (bench/sip_RESULTS.md)
KNOWLEDGE: StoreKind[KnowledgeIndex] = StoreKind(name="knowledge", what="knowledge base", parse=parse_index,
                                                 label=_label, warm=load_tokenizer)


class LocalBook:
    """One version searched in this process (the consult node's view of an index)."""

    def __init__(self, index: KnowledgeIndex) -> None:
        self.index = index
        self.catalog = KnowledgeCatalog(index.base)
        self.catalog.version = index.version

    async def matches(self, text: str, day: date, limit: int) -> Matches:
        # a few milliseconds of CPU, on the loop as before (no service to wait for)
        found = [Found(m.entry, m.score, m.confidence) for m in self.index.search(text, day, limit=limit)]
        return Matches(found, self.index.threshold, self.index.version)


def _book_of(index: KnowledgeIndex, last: LocalBook | None) -> LocalBook:
    """The last book when it is of ``index``, else a new one (made once per version)."""
    return last if last is not None and last.index is index else LocalBook(index)


class KnowledgeStore:
    """Versions of the base, and the live index (``index()``, never blocking once loaded; ``book()``
    for a call)."""

    def __init__(self, settings: Settings, redis: Any | None = None) -> None:
        self.settings = settings
        self.versions: VersionedStore[KnowledgeIndex] = VersionedStore(
            KNOWLEDGE, settings.data_dir / "knowledge", shipped_files, redis,
            seed_comment="shipped knowledge base")
        self._live: KnowledgeIndex | None = None
        self._book: LocalBook | None = None
        self._building = threading.Lock()
        self.versions.on_change(self._swap)

    def _swap(self, index: KnowledgeIndex) -> None:
        self._live = index

    # --- versions (blocking: call through asyncio.to_thread on the event loop) --------------------
    def list_versions(self) -> list[VersionInfo]:
        return self.versions.list_versions()

    def published_number(self) -> int:
        return self.versions.published_number()

    def read_version(self, number: int) -> dict[str, str]:
        return self.versions.read_version(number)

    def validate_files(self, files: Mapping[str, str]) -> list[KnowledgeError]:
        return validate_files(files)

    def diff(self, files: Mapping[str, str]) -> str:
        return self.versions.diff(files)

    # --- publish and rollback ----------------------------------------------------------------------
    async def publish(self, files: Mapping[str, str], comment: str, author: str) -> VersionInfo:
        """A new version; KnowledgeRejected (nothing changed) when the files have errors."""
        return await self.versions.publish(files, comment, author)

    async def rollback(self, number: int, author: str) -> VersionInfo:
        files = await asyncio.to_thread(self.read_version, number)
        return await self.publish(files, f"rollback to version {number}", author)

    # --- the live index ------------------------------------------------------------------------------
    def current(self) -> KnowledgeIndex:
        """Blocking on first use (seeds the shipped base, parses and indexes it); a second thread asking meanwhile
        waits for that index rather than building its own."""
        with self._building:
            self._live = self.versions.current()
        return self._live

    async def load_current(self) -> KnowledgeIndex:
        return await asyncio.to_thread(self.current)

    def index(self) -> KnowledgeIndex:
        """The live index as last loaded or followed; blocking the first time when
        ``load_current`` was not awaited first (a server awaits it at start)."""
        return self._live if self._live is not None else self.current()

    def book(self) -> LocalBook:
        """The live version for a call (ivr.knowledge.consult): its entries and its search."""
        self._book = _book_of(self.index(), self._book)
        return self._book

    async def watch(self, stop: asyncio.Event | None = None) -> None:
        await self.versions.watch(stop)


class StaticKnowledge:
    """One fixed index (the console caller without a data directory, tests)."""

    def __init__(self, index: KnowledgeIndex | None = None) -> None:
        self._index = index
        self._book: LocalBook | None = None

    def index(self) -> KnowledgeIndex:
        if self._index is None:
            self._index = parse_index(shipped_files())
        return self._index

    def book(self) -> LocalBook:
        self._book = _book_of(self.index(), self._book)
        return self._book
