"""Knowledge base accuracy on the second held-out set (tests/knowledge/held_out.py): 120 caller
phrasings (colloquial Mandarin, recogniser slips, English) and 30 off-topic questions.

Run: .venv/bin/python bench/knowledge_heldout_bench.py

- ours: ``KnowledgeIndex`` on the shipped base (jieba words with the base's keywords as a user
  dictionary, toneless pinyin, bm25s, dates, confidence threshold 0.5).
- peer in the same run: the same libraries used plainly — jieba ``cut_for_search`` words (no user
  dictionary, no pinyin, no stop words) ranked by ``bm25s.BM25`` over the same texts of each entry
  (question, paraphrases, keywords) — so the difference is what our layer adds. The plain ranking
  has no confidence, so it cannot refuse: its refusal row is left empty.
- what a caller gets: the IVR reads an answer only at or above the threshold; "read, right entry",
  "read, wrong entry" and "to an agent" add up to the 120.
Writes bench/knowledge_heldout_RESULTS.md.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import bm25s
import jieba
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ivr.knowledge.loader import parse_knowledge, shipped_files  # noqa: E402
from ivr.knowledge.model import Entry  # noqa: E402
from ivr.knowledge.retrieval import KnowledgeIndex  # noqa: E402
from tests.knowledge.held_out import HELD_OUT_2, OFF_TOPIC_2  # noqa: E402

DAY = date(2026, 3, 1)
WORD = re.compile(r"\w", re.UNICODE)


def plain_words(text: str) -> list[str]:
    return [w.lower() for w in jieba.cut_for_search(text) if WORD.search(w)]


def plain_document(entry: Entry) -> list[str]:
    texts = [entry.question.zh, entry.question.en, *entry.paraphrases.all(), *entry.keywords.all()]
    return [w for t in texts for w in plain_words(t)]


class PlainPeer:
    """The peer: plain jieba words ranked by bm25s over each entry's texts; it has no confidence."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.bm25 = bm25s.BM25()
        self.bm25.index([plain_document(e) for e in entries], show_progress=False)
        self.vocab = set(self.bm25.vocab_dict)

    def top(self, text: str, limit: int = 3) -> list[str]:
        words = [w for w in plain_words(text) if w in self.vocab]
        if not words:
            return []
        scores = np.asarray(self.bm25.get_scores(words), dtype=float)
        order = [i for i in np.argsort(-scores, kind="stable")[:limit] if scores[i] > 0]
        return [self.entries[i].id for i in order]


def pct(n: int, total: int) -> str:
    return f"{n}/{total} ({100 * n / total:.1f} %)"


def main() -> None:
    base = parse_knowledge(shipped_files())
    index = KnowledgeIndex(base)
    peer = PlainPeer(base.valid_on(DAY))  # the entries of the day asked, as ours are

    n = len(HELD_OUT_2)
    ours1 = ours3 = peer1 = peer3 = right = wrong = 0
    misses: list[str] = []
    for text, expected in HELD_OUT_2:
        found = [m.entry.id for m in index.search(text, DAY, 3)]
        ours1 += found[:1] == [expected]
        ours3 += expected in found
        plain = peer.top(text)
        peer1 += plain[:1] == [expected]
        peer3 += expected in plain
        read = index.answer(text, DAY)
        right += read is not None and read.entry.id == expected
        wrong += read is not None and read.entry.id != expected
        if found[:1] != [expected]:
            misses.append(f"`{text}` → expected `{expected}`, got {found or 'nothing'}")
    refused = sum(1 for t in OFF_TOPIC_2 if index.answer(t, DAY) is None)
    m = len(OFF_TOPIC_2)
    lines = [
        "# Knowledge base: second set by the base's author (development set since the third round)", "",
        "Command: `.venv/bin/python bench/knowledge_heldout_bench.py` "
        f"(shipped base, {len(index.entries)} entries, on {DAY.isoformat()})", "",
        "| measure | ours | plain jieba + bm25s (same run) | target |",
        "| --- | --- | --- | --- |",
        f"| top 1, {n} held-out phrasings | {pct(ours1, n)} | {pct(peer1, n)} | 80 % |",
        f"| top 3 | {pct(ours3, n)} | {pct(peer3, n)} | 95 % |",
        f"| off-topic refused (no good answer), {m} questions | {pct(refused, m)} | cannot refuse | 90 % |",
        f"| read to the caller: right entry / wrong entry / to an agent | {right} / {wrong} / {n - right - wrong} "
        "| - | - |",
        "",
        "Development-set figures: in the base's third round (issue 17) this set was run with the others while "
        "entries, keywords and rules changed, so it no longer measures unseen questions. "
        "Phrasings written for the test after the base was built: colloquial Mandarin "
        "without punctuation, recogniser slips (推货, 保值期, 发漂), English as typed. Honesty: they were written "
        "with each entry's question in view (not its paraphrases or keywords), so they lean towards the question's "
        "words; the plain peer scoring almost as well says the set is easier than real callers. What our layer "
        "adds shows less in the ranking than in the refusals: the plain ranking answers every off-topic question. "
        "Top-1 misses:",
        "",
        *[f"- {line}" for line in misses],
        "",
    ]
    out = "\n".join(lines)
    (ROOT / "bench" / "knowledge_heldout_RESULTS.md").write_text(out, encoding="utf-8")
    print(out)


if __name__ == "__main__":
    main()
