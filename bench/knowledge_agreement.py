"""How far two labellers agree on the tenth blind set: is the ranker held back by labels people dispute?

Run: .venv/bin/python bench/knowledge_agreement.py

The first labels are the set's own (tests/knowledge/held_out_tenth.py, TENTH_LABELLED); the second were given
later, blind to the first, by another helper from the same entry list (tests/knowledge/held_out_tenth_second.py).
Counted here: agreement over every question, over the questions the first labeller gave an entry, and how often
the first label is the second labeller's label or runner-up (what a top 2 of a perfect second labeller would
score). Writes bench/knowledge_agreement_RESULTS.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.knowledge.held_out_tenth import TENTH_LABELLED  # noqa: E402
from tests.knowledge.held_out_tenth_second import TENTH_SECOND_LABELS  # noqa: E402


def pct(k: int, n: int) -> str:
    return f"{k}/{n} ({100 * k / n:.1f} %)"


def main() -> None:
    if len(TENTH_SECOND_LABELS) != len(TENTH_LABELLED):
        raise SystemExit("the second labelling does not cover the tenth set question for question")
    both = zip(TENTH_LABELLED, TENTH_SECOND_LABELS, strict=True)
    pairs = [(q, first, second, runner) for (q, first), (second, runner) in both]
    with_entry = [p for p in pairs if p[1] is not None]
    same = sum(first == second for _, first, second, _ in pairs)
    same_entry = sum(first == second for _, first, second, _ in with_entry)
    within_two = sum(first in (second, runner) for _, first, second, runner in with_entry)
    second_none = sum(second is None for _, _, second, _ in with_entry)
    first_none_second_entry = sum(first is None and second is not None for _, first, second, _ in pairs)
    differing = [f"- `{q}`: first `{first}`, second `{second}` (runner-up `{runner}`)"
                 for q, first, second, runner in pairs if first != second]
    lines = ["# Knowledge base: two labellers of the tenth set", "",
             "Command: `.venv/bin/python bench/knowledge_agreement.py` (module doc: how)", "",
             "| measure | count |", "| --- | --- |",
             f"| same label (an entry or None), every question | {pct(same, len(pairs))} |",
             f"| same entry, questions the first labeller gave an entry | {pct(same_entry, len(with_entry))} |",
             f"| first label is the second's label or runner-up | {pct(within_two, len(with_entry))} |",
             f"| first gave an entry, second None | {second_none} |",
             f"| first None, second an entry | {first_none_second_entry} |", "",
             "Both labellers are helper engineers of the same kind, working from the same entry list; their agreement "
             "is an upper bound on what people in a centre would reach, not a measure of it.", "",
             f"Questions labelled differently ({len(differing)}):", "", *differing, ""]
    (ROOT / "bench" / "knowledge_agreement_RESULTS.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines[4:11]))


if __name__ == "__main__":
    main()
