"""Knowledge base retrieval: accuracy on the caller phrasings, and time and memory per question on
a 1,000-entry base, side by side with the libraries called directly in the same run.

Run: .venv/bin/python bench/knowledge_bench.py [--entries 1000] [--rounds 20]

- ours: ``KnowledgeIndex.search`` (jieba words + pinyin, bm25s scores, date filter, confidence, top 3)
- peers: jieba ``cut_for_search`` alone on the same questions, and ``bm25s.BM25.get_scores`` alone on
  the already tokenised questions (the same index), so the ratio shows what our layer adds.
The 1,000-entry base is the shipped base plus entries made from it (each shipped entry's
keywords and questions combined with goods and places), so its words are the hotline's words.
Writes bench/knowledge_RESULTS.md.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import statistics
import sys
import time
from datetime import date
from pathlib import Path

import jieba

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ivr.knowledge.loader import parse_knowledge, shipped_files  # noqa: E402
from ivr.knowledge.model import Entry, KnowledgeBase  # noqa: E402
from ivr.knowledge.ranker import EntryRanker  # noqa: E402
from ivr.knowledge.retrieval import KnowledgeIndex, tokenize  # noqa: E402
from tests.knowledge.phrasings import HELD_OUT, HOMOPHONES, OFF_TOPIC, ON_TOPIC  # noqa: E402

DAY = date(2026, 3, 1)
GOODS = ["手机", "电脑", "空调", "热水器", "沙发", "床垫", "电动车", "奶粉", "白酒", "茶叶", "羽绒服", "运动鞋",
         "眼镜", "耳机", "家具", "门窗", "瓷砖", "燃气灶", "净水器", "儿童玩具"]
PLACES = ["商场", "超市", "专卖店", "网店", "直播间", "门店", "批发市场", "4S店", "药店", "小区"]


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def grown_base(base: KnowledgeBase, size: int, made_from: dict[str, str]) -> KnowledgeBase:
    entries: list[Entry] = list(base.entries)
    combos = itertools.product(range(len(GOODS)), range(len(PLACES)), base.entries)
    for n, (g, p, source) in enumerate(combos):
        if len(entries) >= size:
            break
        good, place = GOODS[g], PLACES[p]
        made_from[f"gen_{n:04d}"] = source.id
        entries.append(source.model_copy(update={
            "id": f"gen_{n:04d}",
            "question": source.question.model_copy(update={"zh": f"在{place}买的{good}：{source.question.zh}"}),
            "keywords": source.keywords.model_copy(update={"zh": [good, place, *source.keywords.zh[:3]]}),
        }))
    return KnowledgeBase(entries=tuple(entries))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def accuracy(index: KnowledgeIndex, source: dict[str, str],
             table: list[tuple[str, str, int]] | None = None) -> tuple[int, int, int, int]:
    """Top 1 / top 3 hits (an entry made from the expected one counts as it), phrasings, refusals."""
    table = table if table is not None else ON_TOPIC + HOMOPHONES

    def ids(text: str, limit: int) -> list[str]:
        return [source.get(m.entry.id, m.entry.id) for m in index.search(text, DAY, limit)]

    top1 = sum(1 for t, e, _ in table if ids(t, 1) == [e])
    top3 = sum(1 for t, e, _ in table if e in ids(t, 3))
    refused = sum(1 for t in OFF_TOPIC if index.answer(t, DAY) is None)
    return top1, top3, len(table), refused


def timed(work: list[str], call: object, rounds: int) -> list[float]:
    assert callable(call)
    times: list[float] = []
    for _ in range(rounds):
        for text in work:
            start = time.perf_counter()
            call(text)
            times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()

    shipped = parse_knowledge(shipped_files())
    small = KnowledgeIndex(shipped)  # loads jieba's dictionary once, before any measuring
    start = time.perf_counter()
    EntryRanker(shipped.entries, tokenize)
    train_s = time.perf_counter() - start
    small_unranked = KnowledgeIndex(shipped, ranked=False)
    t1, t3, n, refused = accuracy(small, {})
    h1, h3, hn, _ = accuracy(small, {}, HELD_OUT)
    made_from: dict[str, str] = {}
    big_base = grown_base(shipped, args.entries, made_from)
    gc.collect()
    before = rss_kib()
    start = time.perf_counter()
    big = KnowledgeIndex(big_base)
    build_s = time.perf_counter() - start
    gc.collect()
    grown_kib = rss_kib() - before
    acc_big = accuracy(big, made_from)

    questions = [t for t, _, _ in ON_TOPIC + HOMOPHONES] + OFF_TOPIC
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    tokens = [[t for t in tokenize(q) if t in big._vocab] or ["七天无理由"] for q in questions]  # noqa: SLF001
    token_of = dict(zip(questions, tokens, strict=True))
    ours = timed(questions, lambda q: big.search(q, DAY, 3), args.rounds)
    ranked_small = timed(questions, lambda q: small.search(q, DAY, 3), args.rounds)
    unranked_small = timed(questions, lambda q: small_unranked.search(q, DAY, 3), args.rounds)
    jieba_only = timed(questions, lambda q: list(tokenizer.cut_for_search(q)), args.rounds)
    bm25_only = timed(questions, lambda q: big._bm25.get_scores(token_of[q]), args.rounds)  # noqa: SLF001
    p = {name: (statistics.median(v), percentile(v, 0.99)) for name, v in
         (("ours", ours), ("jieba", jieba_only), ("bm25s", bm25_only), ("ranked", ranked_small),
          ("unranked", unranked_small))}
    libs_p99 = p["jieba"][1] + p["bm25s"][1]

    def row(label: str, pair: tuple[float, float]) -> str:
        return f"| {label} | {pair[0]:.3f} | {pair[1]:.3f} |"

    b1, b3, bn, brefused = acc_big
    lines = [
        "# Knowledge base retrieval",
        "",
        f"Command: `.venv/bin/python bench/knowledge_bench.py --entries {args.entries} --rounds {args.rounds}` "
        "(2 shared cores; jieba 0.42, bm25s; nothing downloaded)",
        "",
        "| measure | result | peer / limit in the same run | ratio |",
        "| --- | --- | --- | --- |",
        f"| caller phrasings, shipped base ({len(shipped.entries)} entries): top 1 / top 3 | {t1}/{n} "
        f"({100 * t1 / n:.1f} %) / {t3}/{n} ({100 * t3 / n:.1f} %) | target 80 % / 95 % | - |",
        f"| later phrasings (written after the first tuning; a development set since the third round): top 1 / top 3 | "
        f"{h1}/{hn} ({100 * h1 / hn:.1f} %) / {h3}/{hn} ({100 * h3 / hn:.1f} %) | target 80 % / 95 % | - |",
        f"| all {n + hn} phrasings: top 1 / top 3 | {100 * (t1 + h1) / (n + hn):.1f} % / "
        f"{100 * (t3 + h3) / (n + hn):.1f} % | target 80 % / 95 % | - |",
        f"| off-topic questions refused (no good answer) | {refused}/{len(OFF_TOPIC)} "
        f"({100 * refused / len(OFF_TOPIC):.1f} %) | target 90 % | - |",
        f"| same on the {len(big_base.entries)}-entry base (an entry made from the expected one counts): "
        f"top 1 / top 3 / refused | {b1}/{bn} / {b3}/{bn} / "
        f"{brefused}/{len(OFF_TOPIC)} | - | - |",
        f"| search p99 per question, {len(big_base.entries)} entries (tokenise, score, dates, confidence, top 3) "
        f"| {p['ours'][1]:.3f} ms (median {p['ours'][0]:.3f}) | jieba alone p99 {p['jieba'][1]:.3f} + bm25s "
        f"get_scores alone p99 {p['bm25s'][1]:.3f} = {libs_p99:.3f} ms | {p['ours'][1] / libs_p99:.2f} |",
        f"| index build, {len(big_base.entries)} entries | {build_s:.2f} s, RSS +{grown_kib / 1024:.1f} MiB; ranked: "
        f"{'yes' if big.ranked else 'no, over the ranker limit (BM25 order)'} | - | - |",
        f"| the ranker (ivr.knowledge.ranker) on the shipped base: training | {train_s:.2f} s | - | - |",
        f"| search p99 per question, shipped base, with the ranker | {p['ranked'][1]:.3f} ms (median "
        f"{p['ranked'][0]:.3f}) | the same index in BM25's order (`ranked=False`) p99 {p['unranked'][1]:.3f} ms | "
        f"{p['ranked'][1] / p['unranked'][1]:.2f} |",
        "",
        "| per question (ms) | median | p99 |",
        "| --- | --- | --- |",
        row("ours: `KnowledgeIndex.search`", p["ours"]),
        row("jieba `cut_for_search` alone", p["jieba"]),
        row("bm25s `get_scores` alone (tokens given)", p["bm25s"]),
        "",
        f"Questions: the {n} caller phrasings and {len(OFF_TOPIC)} off-topic questions of "
        f"`tests/knowledge/phrasings.py`, {args.rounds} rounds each, one at a time on one core. Our search also "
        "makes the pinyin of every word (pypinyin) and sorts; that and the Python around it is the gap between the "
        "ratio and 1. A caller waits on this once per question, against a recogniser that needs hundreds of "
        "milliseconds for the utterance (see Speech recognition).",
        "",
        "Honesty about the accuracy figures: the phrasings were written apart from the base's paraphrases, but "
        "after a first run four keywords were added to the base for three phrasings that missed (手续费, 十天 / "
        "不制冷, 说得很好 / 实际很差); they are a development set, not a held-out one, and the third round (issue 17) "
        "looked at the later phrasings' misses too. Each search caches the pinyin of the words it has seen (a "
        "first run of the third round without that cache had a median of 1.5 ms here). The 1,000-entry base's "
        "extra entries are made from the shipped ones, so its accuracy row measures ranking among near-duplicates, "
        "and its timing rows are the point of it. The ranker (ivr.knowledge.ranker, a LinearSVC over each entry's "
        "texts and callers' questions) costs its transform and decision function per question, a few "
        "milliseconds; a base whose entries times texts exceed its limit (this 1,000-entry base, whose made "
        "entries copy their sources' texts: 44,000) is not ranked and keeps BM25's order.",
        "",
    ]
    out = ROOT / "bench" / "knowledge_RESULTS.md"
    out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
