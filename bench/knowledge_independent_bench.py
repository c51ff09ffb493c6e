"""Knowledge base accuracy on questions written by someone other than the base's author (issue 17).

Run: .venv/bin/python bench/knowledge_independent_bench.py

The set (tests/knowledge/held_out_independent.py) was written blind, before its author saw the
base, and labelled afterwards: 160 consumer questions (120 Mandarin as Vosk writes them, 40 English
as typed), of which 123 name the one entry that answers them and 37 have no answering entry, and
40 questions that are not consumer-law consultations at all.

- ours: ``KnowledgeIndex`` on the shipped base, as the IVR and the desk use it.
- peer in the same run: plain jieba + bm25s (``PlainPeer`` of bench/knowledge_heldout_bench.py);
  it has no confidence, so it cannot refuse.
- the author's own held-out set (tests/knowledge/held_out.py) is scored in the same run, so the
  gap between the two sets is measured, not remembered.
- entries added after the set was labelled (``ADDED_AFTER_LABELLING``): its labels cannot name them,
  so a question whose top 1 or read is one of them is listed apart for a reader to judge, and a read
  of one is counted neither right nor wrong.
Writes bench/knowledge_independent_RESULTS.md.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.knowledge_heldout_bench import DAY, PlainPeer, pct  # noqa: E402
from ivr.knowledge.loader import parse_knowledge, shipped_files  # noqa: E402
from ivr.knowledge.retrieval import KnowledgeIndex  # noqa: E402
from tests.knowledge.held_out import HELD_OUT_2  # noqa: E402
from tests.knowledge.held_out_independent import INDEPENDENT, OFF_TOPIC_INDEPENDENT  # noqa: E402
from tests.knowledge.test_held_out_independent import ADDED_AFTER_LABELLING  # noqa: E402

TARGET_TOP1, TARGET_TOP3, TARGET_REFUSED = 0.80, 0.95, 0.90
Z95 = 1.96

# The ten worst misses of the 2026-12-01 run, diagnosed by hand (question -> why); printed while they still miss.
WORST_DIAGNOSED: dict[str, str] = {
    "你好吃饭了没": "evidence rule: one word, 吃饭, and its pinyin count as two matched words, so a greeting "
    "is read the food-poisoning answer",
    "我买的是那个生鲜水果到了都烂了商家说生鲜不支持退货这咋整": "missing keyword: rotten goods (变质) are in no entry "
    "and 烂 only in the cosmetics and beauty ones, so the seven-day exceptions are read, which back the merchant; "
    "that answer does not say a quality problem is outside the exceptions",
    "三包凭证丢了还能保修吗发票也找不到了": "generic word: 找不到 (the platform entry's 'cannot find the seller') "
    "outweighs 三包 and 保修; a lost warranty card is in no entry (凭证 is the evidence and invoice entries' word)",
    "会员自动续费我没同意就给我扣款了": "segmentation and missing entry: search mode cuts the base's 手续费 into "
    "手续/续费, so 续费 (renewal) matches a handling fee; no entry covers auto-renewal",
    "我老妈在电视购物上买了一个金条结果是镀金的": "missing keyword: 电视购物 is the seven-day entry's word, while "
    "镀金 and 金条 (a fake) are unknown to the fraud entry",
    "我想问一下饭店收开瓶费这个合理吗": "missing keyword: 开瓶费 (and 最低消费, corkage, minimum spend) is in no "
    "entry, although the standard-terms entry answers it; 饭店 pulls to food poisoning",
    "你好我想咨询一下就是我在那个京东买了一个电视收到屏幕是碎的快递员已经走了还能找谁": "missing entry: goods broken "
    "in transit (the seller's risk until delivery); 快递 and 收到 pull to return shipping",
    "先涨价再打折原价都是虚标的": "missing entry: price fraud (a made-up original price, 先涨后降) has no entry; no "
    "word of the question is in the base (双十一满减 likewise)",
    "四爱斯店保养给我换的机油是假的": "recogniser slip (4S店 heard as 四爱斯店; the base has no 4S either) and "
    "missing keywords (保养, 机油)",
    "我在微信朋友圈找的代购买的包是假的这种能投诉吗": "segmentation: 代购买 is cut 代/购买 and 假 stands alone; the "
    "fraud entry has 假一赔三 and 以假充真 but not 假货 (the platform entry's) or 代购",
}


def wilson(k: int, n: int) -> str:
    """The 95 % Wilson interval of a share: how far a set of this size can be from the truth."""
    p = k / n
    centre = (p + Z95**2 / (2 * n)) / (1 + Z95**2 / n)
    half = Z95 * math.sqrt(p * (1 - p) / n + Z95**2 / (4 * n * n)) / (1 + Z95**2 / n)
    return f"{100 * (centre - half):.0f}-{100 * (centre + half):.0f} %"


@dataclass
class Ranking:
    """How one ranker did on labelled questions."""

    top1: int = 0
    top3: int = 0
    same_category: int = 0
    total: int = 0


@dataclass
class Reads:
    """What the IVR does with each question: reads an entry (right or wrong) or offers an agent."""

    right: int = 0
    wrong: list[tuple[str, str | None, str, float]] = field(default_factory=list)
    newer: list[tuple[str, str | None, str, float]] = field(default_factory=list)  # an entry added after labelling
    to_agent: int = 0


def main() -> None:
    base = parse_knowledge(shipped_files())
    index = KnowledgeIndex(base)
    peer = PlainPeer(list(base.entries))
    category = {e.id: e.category for e in base.entries}
    labelled = [(t, e) for t, e in INDEPENDENT if e is not None]
    unanswerable = [t for t, e in INDEPENDENT if e is None]

    ours: dict[str, Ranking] = {"all": Ranking(), "zh": Ranking(), "en": Ranking()}
    plain = Ranking()
    reads = Reads()
    misses: list[str] = []
    top1_of: dict[str, str | None] = {}
    better_below = 0  # the expected entry ranked 2nd/3rd but its confidence reaches the threshold
    for text, expected in labelled:
        matches = index.search(text, DAY, 3)
        found = [m.entry.id for m in matches]
        top1_of[text] = found[0] if found else None
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
        better_below += any(m.entry.id == expected and m.confidence >= index.threshold for m in matches[1:])
        read = index.answer(text, DAY)
        if read is None:
            reads.to_agent += 1
        elif read.entry.id == expected:
            reads.right += 1
        elif read.entry.id in ADDED_AFTER_LABELLING:
            reads.newer.append((text, expected, read.entry.id, read.confidence))
        else:
            reads.wrong.append((text, expected, read.entry.id, read.confidence))
        if found[:1] != [expected]:
            shown = ", ".join(f"{m.entry.id} {m.confidence:.2f}" for m in matches) or "nothing"
            misses.append(f"`{text}` → expected `{expected}`, got {shown}")

    given: list[tuple[str, str | None, str, float]] = []
    given_newer: list[tuple[str, str | None, str, float]] = []
    refused_none = refused_off = 0
    for text in unanswerable + OFF_TOPIC_INDEPENDENT:
        read = index.answer(text, DAY)
        if read is None:
            if text in unanswerable:
                refused_none += 1
            else:
                refused_off += 1
        elif read.entry.id in ADDED_AFTER_LABELLING:
            given_newer.append((text, None, read.entry.id, read.confidence))
        else:
            given.append((text, None, read.entry.id, read.confidence))
    refused = refused_none + refused_off
    newer_top1 = [(t, e, top1_of[t]) for t, e in labelled if top1_of[t] in ADDED_AFTER_LABELLING]
    n_refuse = len(unanswerable) + len(OFF_TOPIC_INDEPENDENT)

    author = Ranking(total=len(HELD_OUT_2))
    for text, expected in HELD_OUT_2:
        found = [m.entry.id for m in index.search(text, DAY, 3)]
        author.top1 += found[:1] == [expected]
        author.top3 += expected in found

    a, n = ours["all"], ours["all"].total
    met = {
        "top 1": a.top1 / n >= TARGET_TOP1,
        "top 3": a.top3 / n >= TARGET_TOP3,
        "refused": refused / n_refuse >= TARGET_REFUSED,
    }
    verdict = ", ".join(f"{k} {'met' if ok else 'NOT met'}" for k, ok in met.items())
    verdict += f" (off-topic alone: {pct(refused_off, len(OFF_TOPIC_INDEPENDENT))}; the intervals above say how sure)"
    still_missed = {t for t, *_ in reads.wrong + given} | {m.split("`")[1] for m in misses}
    still_missed -= {t for t, *_ in newer_top1 + given_newer}  # answered by an entry written for them
    worst = [f"- `{t}`: {why}" for t, why in WORST_DIAGNOSED.items() if t in still_missed]
    wrong_by_entry = Counter(g for _, _, g, _ in reads.wrong + given)
    lines = [
        "# Knowledge base: questions by another author",
        "",
        "Command: `.venv/bin/python bench/knowledge_independent_bench.py` (shipped base, "
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
        f"| refused: no entry answers ({len(unanswerable)}) + off-topic ({len(OFF_TOPIC_INDEPENDENT)}) "
        f"| {pct(refused, n_refuse)}: {refused_none}/{len(unanswerable)} + "
        f"{refused_off}/{len(OFF_TOPIC_INDEPENDENT)} | cannot refuse | 90 % |",
        f"| read to the caller: right entry / wrong entry / to an agent | {reads.right} / {len(reads.wrong)} / "
        f"{reads.to_agent} (and {len(reads.newer)} an entry added after labelling) | - | - |",
        f"| top 1 an entry added after labelling (counted a miss above) | {len(newer_top1)}/{n} | - | - |",
        f"| of those to refuse, read an entry added after labelling (counted not refused) | "
        f"{len(given_newer)}/{n_refuse} | - | - |",
        f"| the author's own held-out set, same run: top 1 / top 3 | {pct(author.top1, author.total)} / "
        f"{pct(author.top3, author.total)} | - | - |",
        "",
        f"Issue 17's floors on independent questions: {verdict}. The floors in tests/knowledge/test_held_out.py "
        "hold on the author's set and are left as they are; tests/knowledge/test_held_out_independent.py guards "
        "these figures against regression only.",
        "",
        f"The expected entry ranked 2nd or 3rd with a confidence at or above the threshold in {better_below} "
        "questions (a surer match within a fifth of the best score is put first; these were further behind).",
        "",
        "Development set since the second round (2026-12-01): the base's 13 new entries, its widened keywords "
        "and the retrieval's rules were chosen while looking at these misses, so these figures no longer "
        "measure unseen questions; tests/knowledge/held_out_third.py, written blind against the 53 entries, does.",
        "",
        "How the set was made: written blind from what callers ask 12315 (returns, 三包, prepaid cards, training, "
        "gyms, livestream sales, food, fakes, telecoms, renovation, cars, travel, couriers, personal data, prices, "
        "advertising, medical beauty, health products sold to the elderly), as Vosk writes Mandarin (no "
        "punctuation, fillers, dialect, homophone slips) and as English is typed; labelled strictly after opening "
        "the list of entries, one entry or none per question. Some labels are judgement calls between two entries "
        "that would both help (the category row shows how many misses stay in the right category); the labels "
        "were set before the base's answers were read and were not changed after. Some wrong reads still help "
        "the caller: the restaurant entry's answer gives the ten-fold claim for hair and insects in a dish, the "
        "gym entry's answer (the balance back when the service is not given) partly helps with a gym that ran "
        "away.",
        "",
        "Entries read to a caller who asked something else (wrong entry, unanswerable or off-topic): "
        + (", ".join(f"`{e}` {c}" for e, c in wrong_by_entry.most_common()) or "none"),
        "",
        "The worst misses, diagnosed by hand (missing entry, missing keyword, segmentation, recogniser slip):",
        "",
        *(worst or ["- none of the ten diagnosed on 2026-12-01 misses any more"]),
        "",
        f"Entries added after the set was labelled ({len(ADDED_AFTER_LABELLING)}: "
        + ", ".join(f"`{e}`" for e in sorted(ADDED_AFTER_LABELLING))
        + "): questions whose top 1 or read is one of them, for a reader to judge (question → label, entry):",
        "",
        *[f"- `{t}` → `{e}`, top 1 `{g}`" for t, e, g in newer_top1],
        *[f"- `{t}` → `{e}`, read `{g}` {c:.2f}" for t, e, g, c in given_newer],
        "",
        "Read aloud but wrong by the labels (question → expected, read, confidence):",
        "",
        *[f"- `{t}` → `{e}`, read `{g}` {c:.2f}" for t, e, g, c in reads.wrong + given],
        "",
        f"Top-1 misses ({len(misses)}):",
        "",
        *[f"- {line}" for line in misses],
        "",
    ]
    out = "\n".join(lines)
    (ROOT / "bench" / "knowledge_independent_RESULTS.md").write_text(out, encoding="utf-8")
    print(out)


if __name__ == "__main__":
    main()
