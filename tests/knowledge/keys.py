"""The keys a caller presses in the consult node's key menus for the shipped base as it stands: a
topic's key in ``kb_topics`` and a question's key in that topic's list (``kb_topic_<category>``),
from the same index the node reads, so that scripted calls still reach their entry when entries
are added to the base."""

from __future__ import annotations

from functools import cache

from ivr.knowledge.catalog import MORE_KEY
from ivr.knowledge.loader import shipped_files
from ivr.knowledge.retrieval import KnowledgeIndex
from ivr.knowledge.store import parse_index


@cache
def shipped_index() -> KnowledgeIndex:
    return parse_index(shipped_files())


def topic_keys(category: str) -> list[str]:
    """The keys that pick ``category`` in the topic menu: 9 for each page before its own, then its key."""
    pages = shipped_index().topic_pages()
    page = next(i for i, topics in enumerate(pages) if category in topics)
    return [MORE_KEY] * page + [str(pages[page].index(category) + 1)]


def topic_key(category: str) -> str:
    """The key of a topic on the topic menu's first page."""
    (key,) = topic_keys(category)
    return key


def topic_questions(category: str) -> list[str]:
    """The entry ids of a topic's first page of questions, in key order (key 1 first)."""
    return [e.id for e in shipped_index().question_pages(category)[0]]


def question_keys(category: str, entry_id: str) -> list[str]:
    """Every key that picks ``entry_id`` from the topic menu: the topic's, then the question's (9 for each
    page of questions before its own)."""
    pages = shipped_index().question_pages(category)
    page = next(i for i, entries in enumerate(pages) if entry_id in [e.id for e in entries])
    return [*topic_keys(category), *[MORE_KEY] * page, str([e.id for e in pages[page]].index(entry_id) + 1)]
