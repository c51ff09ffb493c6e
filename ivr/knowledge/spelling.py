"""English words typed with a slip ("refnd", "warrenty", "arived") read as the base's own word.

Callers on the web channel type fast: a word the base does not hold is looked up among the base's
English words one slip away: a letter missing or one too many, two neighbours swapped, or, in words of
seven letters or more, one letter changed inside the word. The first letter never changes and short
words (under five letters) are left alone: there one letter turns a word into another word ("night" is
not "right", "cancer" not "cancel"). Candidates come from the words' one-letter deletions (a
symmetric-delete lookup). When several of the base's words are that close, the one most entries hold
wins (ties alphabetically), so the reading is stable.
"""

from __future__ import annotations

from collections.abc import Mapping

MIN_LENGTH = 5
MIN_LENGTH_CHANGED = 7  # a changed letter (not a missing, extra or swapped one) only in words this long


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def one_slip(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with one slip of a typing hand (module doc); the first letter holds."""
    if not typed or not word or typed[0] != word[0] or typed == word:
        return False
    if len(typed) + 1 == len(word):
        return any(word[:i] + word[i + 1:] == typed for i in range(1, len(word)))
    if len(typed) == len(word) + 1:
        return any(typed[:i] + typed[i + 1:] == word for i in range(1, len(typed)))
    if len(typed) != len(word):
        return False
    differ = [i for i in range(len(word)) if typed[i] != word[i]]
    if len(differ) == 2:
        i, j = differ
        return j == i + 1 and typed[i] == word[j] and typed[j] == word[i]
    return len(differ) == 1 and len(word) >= MIN_LENGTH_CHANGED and differ[0] < len(word) - 1


class SpellingNeighbours:
    """The base's English words by their one-letter deletions, to read a typed slip as one of them."""

    def __init__(self, entries_holding: Mapping[str, int]) -> None:
        self._holding = {w: n for w, n in entries_holding.items() if w.isascii() and w.isalpha() and len(w) >= 4}
        self._by_deletion: dict[str, list[str]] = {}
        for word in self._holding:
            for form in {word} | _deletions(word):
                self._by_deletion.setdefault(form, []).append(word)

    def correct(self, word: str) -> str | None:
        """The base's word a typed word was meant to be, or None (known, too short, nothing close)."""
        if len(word) < MIN_LENGTH or not word.isalpha() or word in self._holding:
            return None
        near = {c for form in {word} | _deletions(word) for c in self._by_deletion.get(form, ()) if one_slip(word, c)}
        if not near:
            return None
        return min(near, key=lambda c: (-self._holding[c], c))
