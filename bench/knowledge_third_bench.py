"""Knowledge base accuracy on a third blind set, the held-out measure of issue 17.

Run: .venv/bin/python bench/knowledge_third_bench.py

The set (tests/knowledge/held_out_third.py) was written by a third author before the base's entry
list was seen, committed unlabelled, then labelled against the 53 entries' ids and English questions
only: 157 consumer questions (120 Mandarin as Vosk writes them, 37 English as typed), 120 naming the
one entry that answers them and 37 None, plus 35 questions that are not consumer-law consultations
(8 questions found word for word in earlier sets were dropped, see the set's module doc).
Nobody tuned the base or the retrieval on it, unlike the development set
(tests/knowledge/held_out_independent.py), whose figures are measured in the same run to show the gap.

- ours: ``KnowledgeIndex`` on the shipped base, as the IVR and the desk use it.
- peer in the same run: plain jieba + bm25s (``PlainPeer`` of bench/knowledge_heldout_bench.py);
  it has no confidence, so it cannot refuse.
The measuring pieces (Wilson interval, tallies, targets) are those of bench/knowledge_independent_bench.py.
Writes bench/knowledge_third_RESULTS.md.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.knowledge_heldout_bench import DAY, PlainPeer, pct  # noqa: E402
from bench.knowledge_independent_bench import (  # noqa: E402
    TARGET_REFUSED,
    TARGET_TOP1,
    TARGET_TOP3,
    Ranking,
    Reads,
    wilson,
)
from ivr.knowledge.loader import parse_knowledge, shipped_files  # noqa: E402
from ivr.knowledge.retrieval import KnowledgeIndex, Match, units  # noqa: E402
from tests.knowledge.held_out_independent import INDEPENDENT  # noqa: E402
from tests.knowledge.held_out_third import OFF_TOPIC_THIRD, THIRD_LABELLED  # noqa: E402

# The ten worst misses of the first run (2026-12-01): the ten surest reads of a wrong entry, diagnosed
# by hand from the question's words each entry holds (question -> why); printed while they still miss.
WORST_DIAGNOSED: dict[str, str] = {
    "bought fake shoes online what compensation can i get": "goods and channel words win: bought, shoe and "
    "online (and fake) are the online clothes-and-shoes entry's, the fraud entry holds only fake and "
    "compensation and ranks third behind the drugs entry, so a compensation question reads a return answer",
    "does 12315 handle complaints about overseas online shops": "missing entry (cross-border purchases): 12315, "
    "handle, complaint, online and shop are all the jurisdiction entry's words and only overseas is unknown, "
    "so five of six words covered read it at 0.86",
    "hair salon prepaid card refund": "hair, salon and card are the salon entry's (a card pushed at a salon), "
    "prepaid, card and refund the prepaid entry's; the salon's rarer words win score and confidence",
    "difference between complaint and report": "missing entry (complaint or report, 投诉 or 举报) and ordinary "
    "words not generic: difference and between are the deposit entry's (定金 or 订金) and read it at 0.79",
    "online store says no returns on sale items": "ordinary words not generic: online, say and item read the "
    "transit-damage entry at 0.75; the standard-terms entry shares only return, and sale is in no entry",
    "饭店 吃饭 吃 出 了 虫子 老板 就 说 给 我 打 个 折": "a label call: the restaurant words 饭店 and 吃饭 pull "
    "to the food-poisoning entry, 虫子 is the ten-fold entry's; the development bench notes the restaurant "
    "answer gives the ten-fold claim for insects in a dish, so this read may well help",
    "ad says lowest price but its not": "a label call and a missing word: lowest price is the price-fraud "
    "entry's (a false lowest-price claim is price fraud too), and the advertising entry holds none of ad, "
    "say, lowest, price",
    "我 想 匿名 举报 一个 商家 可以 吗 会 不会 泄露 我 的 信息": "missing entry (anonymous reports, the "
    "reporter's identity kept): 泄露 and 信息 read the entry on businesses leaking personal data, no help",
    "can i return clothes after 7 days": "the digit 7 is not the words' seven, and after and day are ordinary "
    "words not generic: return, after and day read the three-guarantees entry (within seven or fifteen days) "
    "while the seven-day entry holds only return and day",
    "我 就 拆 了 个 包装 商家 就 说 不给 七天 无理由 退 了 这 有 道理 吗": "near tie of the two seven-day "
    "entries (13.67 and 12.69); the caller's point, 拆 包装 (opened the package), is in neither",
}


def ranked(index: KnowledgeIndex, peer: PlainPeer, labelled: list[tuple[str, str]]) -> tuple[Ranking, Ranking]:
    """Top 1 and top 3 of ours and of the peer on a labelled set (the category column is left at 0)."""
    ours, plain = Ranking(total=len(labelled)), Ranking(total=len(labelled))
    for text, expected in labelled:
        found = [m.entry.id for m in index.search(text, DAY, 3)]
        ours.top1 += found[:1] == [expected]
        ours.top3 += expected in found
        peer_found = peer.top(text)
        plain.top1 += peer_found[:1] == [expected]
        plain.top3 += expected in peer_found
    return ours, plain


def shared_words(index: KnowledgeIndex, text: str, entry_id: str) -> str:
    """The question's words (first form of each unit) that an entry's indexed text also holds: why it
    was chosen. Only the question's own words are shown."""
    position = next(i for i, e in enumerate(index.entries) if e.id == entry_id)
    held = index._sets[position]  # noqa: SLF001 - the index's own token sets, read to explain a miss
    return " ".join(u[0] for u in units(text) if any(t in held for t in u)) or "-"


def shown(matches: list[Match]) -> str:
    return ", ".join(f"{m.entry.id} {m.confidence:.2f}" for m in matches) or "nothing"


def main() -> None:
    base = parse_knowledge(shipped_files())
    index = KnowledgeIndex(base)
    peer = PlainPeer(list(base.entries))
    category = {e.id: e.category for e in base.entries}
    labelled = [(t, e) for t, e in THIRD_LABELLED if e is not None]
    unanswerable = [t for t, e in THIRD_LABELLED if e is None]
    to_refuse = unanswerable + OFF_TOPIC_THIRD

    ours: dict[str, Ranking] = {"all": Ranking(), "zh": Ranking(), "en": Ranking()}
    plain = Ranking()
    reads = Reads()
    misses: list[tuple[str, str, list[Match]]] = []
    for text, expected in labelled:
        matches = index.search(text, DAY, 3)
        found = [m.entry.id for m in matches]
        for key in ("all", "en" if text.isascii() else "zh"):
            r = ours[key]
            r.total += 1
            r.top1 += found[:1] == [expected]
            r.top3 += expected in found
            r.same_category += bool(found) and category[found[0]] == category[expected]
        peer_found = peer.top(text)
        plain.total += 1
        plain.top1 += peer_found[:1] == [expected]
        plain.top3 += expected in peer_found
        plain.same_category += bool(peer_found) and category[peer_found[0]] == category[expected]
        read = index.answer(text, DAY)
        if read is None:
            reads.to_agent += 1
        elif read.entry.id == expected:
            reads.right += 1
        else:
            reads.wrong.append((text, expected, read.entry.id, read.confidence))
        if found[:1] != [expected]:
            misses.append((text, expected, matches))

    given: list[tuple[str, str | None, str, float]] = []
    refused_none = refused_off = 0
    for text in to_refuse:
        read = index.answer(text, DAY)
        if read is None:
            refused_none += text in unanswerable
            refused_off += text not in unanswerable
        else:
            given.append((text, None, read.entry.id, read.confidence))
    refused = refused_none + refused_off
    development, development_plain = ranked(index, peer, [(t, e) for t, e in INDEPENDENT if e is not None])

    a, n, n_refuse = ours["all"], ours["all"].total, len(to_refuse)
    met = {
        "top 1": a.top1 / n >= TARGET_TOP1,
        "top 3": a.top3 / n >= TARGET_TOP3,
        "refused": refused / n_refuse >= TARGET_REFUSED,
    }
    verdict = ", ".join(f"{k} {'met' if ok else 'NOT met'}" for k, ok in met.items())
    wrong_reads = sorted(reads.wrong + given, key=lambda w: -w[3])
    out_of_top3 = [(t, e, ms) for t, e, ms in misses if e not in [m.entry.id for m in ms]]
    worst_now = [t for t, *_ in wrong_reads] + [t for t, *_ in out_of_top3]
    worst = [f"- `{t}`: {why}" for t, why in WORST_DIAGNOSED.items() if t in worst_now]
    wrong_by_entry = Counter(g for _, _, g, _ in wrong_reads)
    lines = [
        "# Knowledge base: third blind set (held out)",
        "",
        "Command: `.venv/bin/python bench/knowledge_third_bench.py` (shipped base, "
        f"{len(base.entries)} entries, on {DAY.isoformat()})",
        "",
        "| measure | ours | plain jieba + bm25s (same run) | issue 17 target |",
        "| --- | --- | --- | --- |",
        f"| top 1, {n} questions with an answering entry | {pct(a.top1, n)} | {pct(plain.top1, n)} | 80 % |",
        f"| top 3 | {pct(a.top3, n)} | {pct(plain.top3, n)} | 95 % |",
        f"| 95 % interval (Wilson): top 1 / top 3 / refused | {wilson(a.top1, n)} / {wilson(a.top3, n)} / "
        f"{wilson(refused, n_refuse)} | {wilson(plain.top1, n)} / {wilson(plain.top3, n)} / - | - |",
        f"| top 1 in the expected entry's category | {pct(a.same_category, n)} | {pct(plain.same_category, n)} | - |",
        f"| top 1, Mandarin as recognised / English as typed | {pct(ours['zh'].top1, ours['zh'].total)} / "
        f"{pct(ours['en'].top1, ours['en'].total)} | - | - |",
        f"| refused: no entry answers ({len(unanswerable)}) + off-topic ({len(OFF_TOPIC_THIRD)}) "
        f"| {pct(refused, n_refuse)}: {refused_none}/{len(unanswerable)} + "
        f"{refused_off}/{len(OFF_TOPIC_THIRD)} | cannot refuse | 90 % |",
        f"| read to the caller, {n} with an answering entry: right entry / wrong entry / to an agent "
        f"| {reads.right} / {len(reads.wrong)} / {reads.to_agent} | - | - |",
        f"| read to the caller, {n_refuse} to refuse: an entry / to an agent | {len(given)} / {n_refuse - len(given)} "
        "| - | - |",
        f"| the development set (held_out_independent.py), same run: top 1 / top 3 "
        f"| {pct(development.top1, development.total)} / {pct(development.top3, development.total)} "
        f"| {pct(development_plain.top1, development_plain.total)} / "
        f"{pct(development_plain.top3, development_plain.total)} | - |",
        "",
        f"Issue 17's targets on the held-out set: {verdict} (the intervals say how sure a set of this size "
        "is). tests/knowledge/test_held_out_third.py guards these figures against regression.",
        "",
        "How the set was made: written from what callers ask 12315 (online and shop purchases, livestream "
        "sales, returns, 三包, prepaid cards for gyms, salons and schools, food and restaurants, fakes, cars "
        "and 4S shops, renovation, telecoms, couriers, travel, medical beauty, health products sold to the "
        "elderly, education, personal data, prices and advertising, compensation, how 12315 works), before "
        "the base, its phrasings or the other sets were seen; committed unlabelled, then labelled strictly "
        "from the entries' ids and English questions (one entry or None), questions unchanged; 8 questions "
        "found word for word in earlier sets (3 with an entry, 5 off-topic) were then dropped. Labels "
        "between two entries that would both help are judgement calls; the category row shows how many "
        "misses stay in the right category.",
        "",
        "Entries read to a caller who asked something else (wrong entry, unanswerable or off-topic): "
        + (", ".join(f"`{e}` {c}" for e, c in wrong_by_entry.most_common()) or "none"),
        "",
        "The ten worst misses of the first run (the surest reads of a wrong entry), diagnosed by hand:",
        "",
        *(worst or ["- none of the ten diagnosed misses any more"]),
        "",
        "Read aloud but wrong by the labels, surest first (question → expected, read, confidence; the "
        "question's words the read entry also holds):",
        "",
        *[f"- `{t}` → `{e}`, read `{g}` {c:.2f}; shared: {shared_words(index, t, g)}" for t, e, g, c in wrong_reads],
        "",
        f"Expected entry not in the top 3 ({len(out_of_top3)}):",
        "",
        *[f"- `{t}` → `{e}`, got {shown(ms)}" for t, e, ms in out_of_top3],
        "",
        f"Top-1 misses ({len(misses)}):",
        "",
        *[f"- `{t}` → `{e}`, got {shown(ms)}" for t, e, ms in misses],
        "",
    ]
    text = "\n".join(lines)
    (ROOT / "bench" / "knowledge_third_RESULTS.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
