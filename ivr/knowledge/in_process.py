"""The knowledge index in this process: ivr.knowledge.retrieval (jieba, pypinyin, bm25s, numpy,
about 97 MB of resident memory) imported at its first use, by module name.

Where a process searches the base itself (the web app, the console caller, ``ivr knowledge
serve``, the tests' calls), :class:`ivr.knowledge.store.KnowledgeStore` builds its index through
here; a FastAGI worker asks the box's retrieval service instead (ivr.knowledge.served) and never
imports these libraries (bench/agi_RESULTS.md, "FastAGI worker at rest"). Like
ivr/optional_parts.py for the composition's parts, this is the one place in the engine layer
that chooses a module at run time (tests/test_layers.py names it).
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, cast

from ivr.knowledge.model import KnowledgeBase

if TYPE_CHECKING:
    from ivr.knowledge.retrieval import KnowledgeIndex

RETRIEVAL = "ivr.knowledge.retrieval"


def _retrieval() -> ModuleType:
    return importlib.import_module(RETRIEVAL)


def build_index(base: KnowledgeBase) -> KnowledgeIndex:
    """BM25 over the base's entries (ivr.knowledge.retrieval.KnowledgeIndex)."""
    return cast("KnowledgeIndex", _retrieval().KnowledgeIndex(base))


def load_tokenizer() -> None:
    """Load the process's jieba dictionary (1-3 s of CPU) now rather than at the first search."""
    _retrieval().tokenize("消费者投诉")
