"""Questions for other hotlines (entries with ``refers_elsewhere``, docs/knowledge.md): what they change, each
development set left out in turn.

Run: .venv/bin/python bench/knowledge_referrals.py

For each set (fifth to fourteenth), the shipped base loses every ``asked`` question that set holds (as in
bench/knowledge_ranker.py), once with and once without ivr/knowledge/shipped/referrals.yaml; the set is counted with
each (tests/knowledge/held_out_measure.py) in the same run. Writes bench/knowledge_referrals_RESULTS.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.knowledge_ranker import without  # noqa: E402
from ivr.knowledge.loader import parse_knowledge, shipped_files  # noqa: E402
from ivr.knowledge.retrieval import KnowledgeIndex  # noqa: E402
from tests.knowledge.held_out_measure import BlindSet, count, off_topic_refused  # noqa: E402
from tests.knowledge.test_held_out_eighth import SET as EIGHTH  # noqa: E402
from tests.knowledge.test_held_out_eleventh import SET as ELEVENTH  # noqa: E402
from tests.knowledge.test_held_out_fifth import SET as FIFTH  # noqa: E402
from tests.knowledge.test_held_out_fourteenth import SET as FOURTEENTH  # noqa: E402
from tests.knowledge.test_held_out_ninth import SET as NINTH  # noqa: E402
from tests.knowledge.test_held_out_seventh import SET as SEVENTH  # noqa: E402
from tests.knowledge.test_held_out_sixth import SET as SIXTH  # noqa: E402
from tests.knowledge.test_held_out_tenth import SET as TENTH  # noqa: E402
from tests.knowledge.test_held_out_thirteenth import SET as THIRTEENTH  # noqa: E402
from tests.knowledge.test_held_out_twelfth import SET as TWELFTH  # noqa: E402

REFERRALS = "referrals.yaml"
SETS: dict[str, BlindSet] = {"fifth": FIFTH, "sixth": SIXTH, "seventh": SEVENTH, "eighth": EIGHTH, "ninth": NINTH,
                             "tenth": TENTH, "eleventh": ELEVENTH, "twelfth": TWELFTH, "thirteenth": THIRTEENTH,
                             "fourteenth": FOURTEENTH}
MEASURES = ("top 1", "top 3", "with an entry", "to refuse read an entry", "to refuse", "off-topic refused",
            "off-topic")


def figures(index: KnowledgeIndex, blind: BlindSet) -> tuple[int, ...]:
    counts = count(index, blind)
    return (counts.top1, counts.top3, len(counts.answerable), len(counts.given), len(counts.to_refuse),
            off_topic_refused(counts, blind), len(blind.off_topic))


def cell(values: tuple[int, ...]) -> str:
    top1, top3, n, given, refuse, off, off_n = values
    return f"{top1} / {top3} of {n} · read {given} of {refuse} · off-topic {off}/{off_n}"


def main() -> None:
    files = dict(shipped_files())
    if REFERRALS not in files:
        raise SystemExit(f"ivr/knowledge/shipped/{REFERRALS} is missing")
    # without them first: an index adds its keywords to jieba's dictionary for the rest of the process, so the
    # referral entries' words would otherwise cut the other run's texts too
    bases = {"without": parse_knowledge({k: v for k, v in files.items() if k != REFERRALS}),
             "with": parse_knowledge(files)}
    totals = {name: [0] * len(MEASURES) for name in bases}
    found: dict[str, dict[str, tuple[int, ...]]] = {name: {} for name in SETS}
    for name, base in bases.items():
        for set_name, blind in SETS.items():
            found[set_name][name] = figures(KnowledgeIndex(without(base, set(blind.questions))), blind)
            totals[name] = [a + b for a, b in zip(totals[name], found[set_name][name], strict=True)]
            print(name, set_name, cell(found[set_name][name]), flush=True)
    rows = [f"| {set_name} | {cell(found[set_name]['with'])} | {cell(found[set_name]['without'])} |"
            for set_name in SETS]
    rows.append(f"| all | {cell(tuple(totals['with']))} | {cell(tuple(totals['without']))} |")
    with_all, without_all = totals["with"], totals["without"]
    lines = ["# Knowledge base: questions for other hotlines, each development set left out", "",
             "Command: `.venv/bin/python bench/knowledge_referrals.py` (module doc: how)", "",
             "| set left out | with the referral entries: top 1 / top 3 · to refuse read an entry · off-topic "
             "refused | without them (peer, same run) |", "| --- | --- | --- |", *rows, "",
             f"Off-topic refused: {with_all[5]} of {with_all[6]} with the referral entries, {without_all[5]} without; "
             f"questions to refuse read an entry: {with_all[3]} with, {without_all[3]} without; top 3: "
             f"{with_all[1]} with, {without_all[1]} without, of {with_all[2]}. A question one of them catches is "
             "counted as refused (it is no answer of ours; the caller hears where to turn, then an agent). The "
             "thirteenth and fourteenth sets were measured once each before these entries were written, and their "
             "off-topic misses were read while choosing the eight topics: here they are development sets.", ""]
    (ROOT / "bench" / "knowledge_referrals_RESULTS.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
