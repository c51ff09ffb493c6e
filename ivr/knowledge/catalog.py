"""One version of the knowledge base as a call uses it without searching it: its entries, the topic
key menu, each topic's questions and the phrases the recogniser listens for.

A FastAGI worker holds only this (pydantic models of the entries, no jieba, pypinyin, bm25s or
numpy) and asks the box's retrieval service (ivr.knowledge.service) for the matches of a
recognised text; the service and the web app hold the index (ivr.knowledge.retrieval), which is a
catalog with BM25 added: the key menus are these same methods over the same entries in the same
order, so the prompts built ahead from either read the same keys.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from ivr.knowledge.loader import parse_knowledge
from ivr.knowledge.model import Entry, KnowledgeBase

MENU_KEYS = 9  # keys 1-9 in a key menu
MORE_KEY = "9"  # on a page of a longer list: the next page
Item = TypeVar("Item")


def key_pages(items: Sequence[Item], keys: int = MENU_KEYS) -> list[list[Item]]:
    """A key menu's items in pages: one page when they fit the keys; else pages of ``keys - 1`` items,
    the last key (MORE_KEY) reading the next page on every page but the last, so every item has a key."""
    if len(items) <= keys:
        return [list(items)]
    size = keys - 1
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def _question_key(entry: Entry) -> tuple[str, str]:
    """What makes two entries one question on the key menus: the same category and Mandarin question."""
    return entry.category, entry.question.zh


class KnowledgeCatalog:
    """The entries of one version and the key menus read from them (fixed per version)."""

    def __init__(self, base: KnowledgeBase) -> None:
        self.base = base
        self.version = base.version
        self.entries = list(base.entries)
        self._by_id = {e.id: e for e in self.entries}
        self._phrases: dict[str, list[str]] = {}
        self._topic_pages: list[list[str]] | None = None
        self._question_pages: dict[str, list[list[Entry]]] = {}

    def entry(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)

    def _questions(self) -> list[Entry]:
        """One entry per question a key reads (first seen): an entry that replaces another from a date (a new
        rule, the same question in Mandarin, the same category) shares its key; the call reads the version of
        the day (``version_on``), so the key menus and their prompts hold for every day of the version."""
        seen: dict[tuple[str, str], Entry] = {}
        for e in self.entries:
            if not e.refers_elsewhere:  # another hotline's question is no topic of ours to pick by keys
                seen.setdefault(_question_key(e), e)
        return list(seen.values())

    def version_on(self, entry: Entry, day: date) -> Entry | None:
        """The entry asking ``entry``'s question that is valid on ``day`` (None: none is)."""
        asked = _question_key(entry)
        valid = [e for e in self.entries if _question_key(e) == asked and e.valid_on(day)]
        return valid[-1] if valid else None

    def topics(self, limit: int | None = None) -> list[str]:
        """Categories, most questions first, then in the base's order (the topic key menu)."""
        questions = self._questions()
        counts = Counter(e.category for e in questions)
        first_seen = {c: i for i, c in reversed(list(enumerate(e.category for e in questions)))}
        return sorted(counts, key=lambda c: (-counts[c], first_seen[c]))[:limit]

    def topic_entries(self, category: str, limit: int | None = None) -> list[Entry]:
        """A topic's questions, one entry each (``_questions``)."""
        return [e for e in self._questions() if e.category == category][:limit]

    def topic_pages(self) -> list[list[str]]:
        """The topic key menu's pages (key_pages): every topic has a key. Made once per version: each
        topic menu a call hears asks for them."""
        if self._topic_pages is None:
            self._topic_pages = key_pages(self.topics())
        return self._topic_pages

    def question_pages(self, category: str) -> list[list[Entry]]:
        """A topic's question list in pages (key_pages): every entry has a key (made once per topic)."""
        pages = self._question_pages.get(category)
        if pages is None:
            pages = self._question_pages[category] = key_pages(self.topic_entries(category))
        return pages

    def phrases(self, language: str) -> list[str]:
        """What the recogniser may hear: every keyword, question and paraphrase in ``language``
        (kept per language: a consultation asks for them at every question)."""
        known = self._phrases.get(language)
        if known is None:
            seen: dict[str, None] = {}
            for e in self.entries:
                for phrase in (*getattr(e.keywords, language), e.question.get(language),
                               *getattr(e.paraphrases, language)):
                    seen.setdefault(phrase, None)
            known = self._phrases[language] = list(seen)
        return known


def parse_catalog(files: Mapping[str, str]) -> KnowledgeCatalog:
    """Validate (KnowledgeRejected with every error) a version's files, without indexing them."""
    return KnowledgeCatalog(parse_knowledge(files))


def label_catalog(catalog: KnowledgeCatalog, number: int) -> KnowledgeCatalog:
    catalog.version = str(number)
    return catalog


@dataclass(frozen=True)
class Found:
    """One entry that may answer a question: its BM25 score and the confidence that it does."""

    entry: Entry
    score: float
    confidence: float


@dataclass(frozen=True)
class Matches:
    """The best entries for a question, best first, and the confidence a good answer reaches."""

    found: list[Found]
    threshold: float
    version: str
