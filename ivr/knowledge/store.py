"""Knowledge base versions: the third kind of ivr.versioned_store (after menus and the ACD).

Each version is ``<data>/knowledge/versions/<n>/*.yaml``; the parsed value of a version is its
:class:`KnowledgeIndex` (validated, then indexed once per version per process, in a thread).
Publishing and rolling back are the store's; a publish reaches every worker through Redis
(``ivr:knowledge:publish``) and calls already answering keep the index they started with.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from ivr.knowledge.loader import KnowledgeError, parse_knowledge, shipped_files, validate_files
from ivr.knowledge.retrieval import KnowledgeIndex, tokenize
from ivr.settings import Settings
from ivr.versioned_store import StoreKind, VersionedStore, VersionInfo

__all__ = ["KNOWLEDGE", "KnowledgeStore", "StaticKnowledge", "VersionInfo"]


def parse_index(files: Mapping[str, str]) -> KnowledgeIndex:
    """Validate (KnowledgeRejected with every error) and index a version's files."""
    return KnowledgeIndex(parse_knowledge(files))


def _label(index: KnowledgeIndex, number: int) -> KnowledgeIndex:
    index.version = str(number)
    return index


def load_tokenizer() -> None:
    """Load the process's jieba dictionary (1-3 s of CPU) now: a parse process does at start,
    not at the first knowledge version it follows during calls (bench/sip_RESULTS.md)."""
    tokenize("消费者投诉")


KNOWLEDGE: StoreKind[KnowledgeIndex] = StoreKind(name="knowledge", what="knowledge base", parse=parse_index,
                                                 label=_label, warm=load_tokenizer)


class KnowledgeStore:
    """Versions of the base, and the live index for calls (``index()``, never blocking once loaded)."""

    def __init__(self, settings: Settings, redis: Any | None = None) -> None:
        self.settings = settings
        self.versions: VersionedStore[KnowledgeIndex] = VersionedStore(
            KNOWLEDGE, settings.data_dir / "knowledge", shipped_files, redis,
            seed_comment="shipped knowledge base")
        self._live: KnowledgeIndex | None = None
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
        """Blocking on first use (seeds the shipped base, parses and indexes it)."""
        self._live = self.versions.current()
        return self._live

    async def load_current(self) -> KnowledgeIndex:
        return await asyncio.to_thread(self.current)

    def index(self) -> KnowledgeIndex:
        """The live index as last loaded or followed; blocking the first time when
        ``load_current`` was not awaited first (a server awaits it at start)."""
        return self._live if self._live is not None else self.current()

    async def watch(self, stop: asyncio.Event | None = None) -> None:
        await self.versions.watch(stop)


class StaticKnowledge:
    """One fixed index (the console caller without a data directory, tests)."""

    def __init__(self, index: KnowledgeIndex | None = None) -> None:
        self._index = index

    def index(self) -> KnowledgeIndex | None:
        if self._index is None:
            self._index = parse_index(shipped_files())
        return self._index
