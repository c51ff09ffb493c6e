"""Rebuild BENCHMARKS.md from bench/SUMMARY.md and each part's bench/<part>_RESULTS.md.

Run: .venv/bin/python bench/make_benchmarks.py  (after re-running a benchmark with its command)
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARTS = [("agi", "FastAGI server"), ("composed", "Composed prompts"), ("asr", "Speech recognition"),
         ("queue", "Queue (ACD)"),
         ("records", "Records writer"), ("events", "Typed events"), ("sip", "Embedded SIP endpoint"),
         ("sip_hostile", "SIP endpoint under hostile traffic"), ("web", "Web app"),
         ("knowledge", "Knowledge base retrieval"),
         ("knowledge_heldout", "Knowledge base: second set by the author (development set)"),
         ("knowledge_independent", "Knowledge base: questions by another author (development set)"),
         ("knowledge_third", "Knowledge base: third set (development set since the third round)"),
         ("knowledge_service", "Knowledge retrieval service"),
         ("knowledge_fourth", "Knowledge base: fourth set (development set since the fourth round)"),
         ("knowledge_fifth", "Knowledge base: fifth set (development set since the list of close questions)"),
         ("knowledge_sixth", "Knowledge base: sixth set (held out when measured; a development set since the ranker)"),
         ("knowledge_ranker", "Knowledge base: the ranker, each earlier set left out"),
         ("knowledge_seventh", "Knowledge base: seventh set (held out when measured; a development set since)"),
         ("knowledge_eighth", "Knowledge base: eighth set (held out when measured; a development set since)"),
         ("knowledge_ninth", "Knowledge base: ninth set (held out when measured; a development set since)"),
         ("knowledge_tenth", "Knowledge base: tenth set (held out when measured; a development set since)"),
         ("knowledge_eleventh", "Knowledge base: eleventh set (held out when measured; a development set since)"),
         ("knowledge_twelfth", "Knowledge base: twelfth set (held out when measured; a development set since)"),
         ("knowledge_thirteenth", "Knowledge base: thirteenth set (held out when measured; a development set since)"),
         ("knowledge_fourteenth", "Knowledge base: fourteenth set (held out when measured; a development set since)"),
         ("knowledge_referrals", "Knowledge base: questions for other hotlines, each development set left out"),
         ("knowledge_fifteenth", "Knowledge base: fifteenth set (held out when measured; a development set since)"),
         ("knowledge_sixteenth", "Knowledge base: sixteenth set (held out)"),
         ("knowledge_agreement", "Knowledge base: two labellers of the tenth set"),
         ("system", "Whole system"), ("yaml", "Bounded YAML"),
         ("cli", "Command line")]

SUMMARY = ROOT / "bench" / "SUMMARY.md"  # the headline table; SOAK_SUMMARY is filled in


def main() -> None:
    soak = "10 min: 22,200 calls, 0 failed, RSS 242.8 -> 246.8 MB, fds 209 -> 210"
    extra = ROOT / "bench" / "soak_summary.txt"
    if extra.exists():
        soak = extra.read_text(encoding="utf-8").strip()
    parts = [SUMMARY.read_text(encoding="utf-8").replace("SOAK_SUMMARY", soak)]
    for name, title in PARTS:
        path = ROOT / "bench" / f"{name}_RESULTS.md"
        if path.exists():
            body = path.read_text(encoding="utf-8").strip()
            lines = body.splitlines()
            if lines and lines[0].startswith("#"):
                lines = lines[1:]
            lines = ["#" + line if line.startswith("## ") else line for line in lines]
            parts.append(f"## {title}\n\n" + "\n".join(lines).strip() + "\n")
    (ROOT / "BENCHMARKS.md").write_text("\n".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
