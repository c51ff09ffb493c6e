"""jieba's prefix dictionary in a fraction of the memory, answering exactly as jieba's own.

jieba keeps every word of its dictionary and every prefix of one in a dict (word -> frequency,
prefix -> 0): about 500,000 str keys, 62 MB in every process that segments text (a FastAGI
worker's consult node; bench/agi_RESULTS.md). :class:`CompactFrequencies` holds the same pairs as
one string per first character (``"\\0word\\1frequency\\0prefix\\10..."``) and answers ``in``,
``[]`` and ``get`` as that dict does; what is added later (the base's keywords through
``add_word``) goes into a small dict in front. The segmentation is jieba's own code over it, so
the words, and the retrieval's ranking, are the same (tests/knowledge/test_compact_dictionary.py).
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jieba

KEY_MARK = "\x00"
VALUE_MARK = "\x01"


class CompactFrequencies:
    """The mapping jieba's ``Tokenizer.FREQ`` is, for the operations jieba uses on it."""

    def __init__(self, pairs: str, firsts: str, starts: array[int], keys: int) -> None:
        self._pairs = pairs  # every group of keys with one first character, one after another
        self._group: dict[str, tuple[int, int]] = {
            first: (starts[i], starts[i + 1]) for i, first in enumerate(firsts)}
        self._keys = keys
        self._added: dict[str, int] = {}

    def _find(self, key: str) -> int | None:
        added = self._added.get(key)
        if added is not None:
            return added
        return self._find_shipped(key)

    def _find_shipped(self, key: str) -> int | None:
        group = self._group.get(key[:1])
        if group is None or KEY_MARK in key or VALUE_MARK in key:
            return None
        start = self._pairs.find(KEY_MARK + key + VALUE_MARK, *group)
        if start < 0:
            return None
        start += len(key) + 2
        end = self._pairs.find(KEY_MARK, start, group[1])
        return int(self._pairs[start:end if end >= 0 else group[1]])

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key) is not None

    def __getitem__(self, key: str) -> int:
        found = self._find(key)
        if found is None:
            raise KeyError(key)
        return found

    def get(self, key: str, default: Any = None) -> Any:
        found = self._find(key)
        return default if found is None else found

    def __setitem__(self, key: str, value: int) -> None:
        self._added[key] = value

    def __len__(self) -> int:
        return self._keys + sum(1 for k in self._added if self._find_shipped(k) is None)


def read_frequencies(text: Iterable[str]) -> tuple[CompactFrequencies, int]:
    """The pairs and total jieba's ``gen_pfdict`` makes of a dictionary file ("word freq [tag]"
    lines: a later line of the same word wins; every prefix of a word counts 0 unless a word)."""
    by_first: defaultdict[str, dict[str, int]] = defaultdict(dict)
    total = 0
    for number, line in enumerate(text, 1):
        parts = line.strip().split(" ")
        try:
            word, frequency = parts[0], int(parts[1])
        except (IndexError, ValueError) as exc:
            raise ValueError(f"invalid dictionary entry at line {number}: {line.strip()!r}") from exc
        if not word or KEY_MARK in word or VALUE_MARK in word:
            raise ValueError(f"invalid dictionary entry at line {number}: {line.strip()!r}")
        group = by_first[word[0]]
        group[word] = frequency
        total += frequency
        for end in range(1, len(word)):
            group.setdefault(word[:end], 0)
    # Only three objects outlive the pass (one string of pairs, one of first characters, one
    # array of offsets): the half a million small strings above are then freed together, and
    # the allocator hands their memory back instead of keeping it around a few survivors.
    firsts = "".join(by_first)
    starts = array("q", bytes(8 * (len(by_first) + 1)))
    keys = offset = 0
    pieces: list[str] = []
    for i, group in enumerate(by_first.values()):
        starts[i] = offset
        pieces.append("".join(f"{KEY_MARK}{k}{VALUE_MARK}{v}" for k, v in group.items()))
        offset += len(pieces[-1])
        keys += len(group)
    pairs = "".join(pieces)
    starts[len(by_first)] = offset
    del pieces, by_first
    return CompactFrequencies(pairs, firsts, starts, keys), total


def compact_tokenizer(dictionary: Path | None = None) -> Any:
    """A ``jieba.Tokenizer`` on jieba's shipped dictionary (or ``dictionary``), its prefix
    dictionary compact; ready, so jieba never loads its own dict."""
    tokenizer = jieba.Tokenizer()
    path = dictionary or Path(jieba.__file__).with_name("dict.txt")
    with path.open(encoding="utf-8") as text:
        tokenizer.FREQ, tokenizer.total = read_frequencies(text)
    tokenizer.initialized = True
    return tokenizer
