"""The keys a caller presses in the consult node's key menus for the shipped base as it stands: a
topic's key in ``kb_topics`` and a question's key in that topic's list (``kb_topic_<category>``),
from the same index the node reads, so that scripted calls still reach their entry when entries
are added to the base."""

from __future__ import annotations

from functools import cache

from ivr.knowledge.loader import shipped_files
from ivr.knowledge.prompts import MAX_KEYS
from ivr.knowledge.retrieval import KnowledgeIndex
from ivr.knowledge.store import parse_index


@cache
def shipped_index() -> KnowledgeIndex:
    return parse_index(shipped_files())


def topic_key(category: str) -> str:
    return str(shipped_index().topics(MAX_KEYS).index(category) + 1)


def topic_questions(category: str) -> list[str]:
    """The entry ids of a topic's question list, in key order (key 1 first)."""
    return [e.id for e in shipped_index().topic_entries(category, MAX_KEYS)]


def question_keys(category: str, entry_id: str) -> list[str]:
    """The two keys that pick ``entry_id`` from the topic menu: the topic's, then the question's."""
    return [topic_key(category), str(topic_questions(category).index(entry_id) + 1)]
