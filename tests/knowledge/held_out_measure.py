"""How a blind question set is measured against the shipped base, written once for every set (issue 17).

A blind set is questions callers ask, each labelled with the one entry whose answer helps, or None when
no entry would, and questions that are not consumer-law consultations at all. The sets' tests
(test_held_out_independent.py, test_held_out_third.py, test_held_out_fourth.py) and
bench/knowledge_blind_bench.py take from here: the copy check (a question must be no text of the base
and no question of an earlier set), the counts their floors guard, and issue 17's targets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from ivr.knowledge.catalog import Found
from ivr.knowledge.clarify import Decision, plan
from ivr.knowledge.loader import parse_knowledge, shipped_files
from ivr.knowledge.model import Entry, KnowledgeBase
from ivr.knowledge.retrieval import KnowledgeIndex, Match
from tests.knowledge.held_out import HELD_OUT_2, OFF_TOPIC_2
from tests.knowledge.phrasings import HELD_OUT, HOMOPHONES, OFF_TOPIC, ON_TOPIC

DAY = date(2026, 3, 1)  # the earlier sets' day: every entry they were labelled against is valid on it
TARGET_TOP1, TARGET_TOP3, TARGET_REFUSED = 0.80, 0.95, 0.90
PUNCTUATION = re.compile(r"[\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f,.!?;:\"'()]")
SPACES = re.compile(r"\s+")
CJK = re.compile(r"[\u4e00-\u9fff]")
# A question or paraphrase of the base this long (Mandarin characters, English words) found inside a question,
# spaces and case aside, would be a copy, not a caller's words; shorter ones ("corkage fee", "owner ran away")
# are what anyone says, and keywords are terms a caller may well say, so those are only compared whole.
COPIED_CHARACTERS = 10
COPIED_WORDS = 5

#: The base's first author's own phrasings and held-out set: no blind set may repeat them.
FIRST_AUTHORS_QUESTIONS: list[str] = [
    *(t for t, _, _ in ON_TOPIC + HOMOPHONES + HELD_OUT),
    *OFF_TOPIC,
    *(t for t, _ in HELD_OUT_2),
    *OFF_TOPIC_2,
]


@dataclass(frozen=True)
class BlindSet:
    """Labelled questions and off-topic ones; entries written after the labels cannot be named by them."""

    labelled: Sequence[tuple[str, str | None]]
    off_topic: Sequence[str]
    added_after_labelling: frozenset[str] = frozenset()
    day: date = DAY  # the day asked: the labels name entries valid on it (a rule's successor is not, before)

    @property
    def questions(self) -> list[str]:
        return [t for t, _ in self.labelled]

    @property
    def answerable(self) -> list[tuple[str, str]]:
        return [(t, e) for t, e in self.labelled if e is not None]

    @property
    def unanswerable(self) -> list[str]:
        return [t for t, e in self.labelled if e is None]

    @property
    def to_refuse(self) -> list[str]:
        return [*self.unanswerable, *self.off_topic]

    @property
    def everything(self) -> list[str]:
        return [*self.questions, *self.off_topic]


@dataclass(frozen=True)
class Asked:
    """One question put to the index: its label, the top 3, and what the IVR reads (None: an agent)."""

    text: str
    expected: str | None
    matches: list[Match]
    read: Match | None

    @property
    def found(self) -> list[str]:
        return [m.entry.id for m in self.matches]


@dataclass
class Counts:
    """How the base does on one set by its labels; a read of an entry added after labelling is neither
    right nor wrong (it is kept apart in ``newer_reads``)."""

    answerable: list[Asked] = field(default_factory=list)
    to_refuse: list[Asked] = field(default_factory=list)
    added_after_labelling: frozenset[str] = frozenset()

    @property
    def top1_missed(self) -> list[Asked]:
        return [a for a in self.answerable if a.found[:1] != [a.expected]]

    @property
    def top3_missed(self) -> list[Asked]:
        return [a for a in self.answerable if a.expected not in a.found]

    @property
    def top1(self) -> int:
        return len(self.answerable) - len(self.top1_missed)

    @property
    def top3(self) -> int:
        return len(self.answerable) - len(self.top3_missed)

    @property
    def wrong_reads(self) -> list[Asked]:
        """Questions with an answering entry that are read another entry (newer entries aside)."""
        return [
            a for a in self.answerable if a.read and a.read.entry.id not in {a.expected, *self.added_after_labelling}
        ]

    @property
    def given(self) -> list[Asked]:
        """Questions to refuse that are read an entry the labeller could have named."""
        return [a for a in self.to_refuse if a.read and a.read.entry.id not in self.added_after_labelling]

    @property
    def newer_reads(self) -> list[Asked]:
        return [a for a in self.answerable + self.to_refuse if a.read and a.read.entry.id in self.added_after_labelling]

    @property
    def refused(self) -> int:
        """Questions to refuse that go to an agent (a read of a newer entry is not a refusal)."""
        return sum(1 for a in self.to_refuse if a.read is None)


@cache
def shipped_base() -> KnowledgeBase:
    return parse_knowledge(shipped_files())


@cache
def shipped_index() -> KnowledgeIndex:
    """One index of the shipped base for every set's tests in a session (building it costs a second)."""
    return KnowledgeIndex(shipped_base())


def ask(index: KnowledgeIndex, text: str, expected: str | None, day: date = DAY) -> Asked:
    return Asked(text, expected, index.search(text, day, 3), index.answer(text, day))


def count(index: KnowledgeIndex, blind: BlindSet) -> Counts:
    return Counts(
        answerable=[ask(index, t, e, blind.day) for t, e in blind.answerable],
        to_refuse=[ask(index, t, None, blind.day) for t in blind.to_refuse],
        added_after_labelling=blind.added_after_labelling,
    )


@dataclass(frozen=True)
class Reached:
    """What callers would reach with the consult node's list of close questions (ivr.knowledge.clarify):
    a sure match read, close or unsure ones offered by key, nothing near enough to an agent. A caller
    offered a list is counted as picking their own question when the list holds it (the labelled
    entry) and as going to an agent when it does not: an assumption about callers, not a measurement.
    The recogniser is taken to have heard the words well (the sets are text)."""

    read_right: int = 0
    read_wrong: int = 0
    read_newer: int = 0  # read an entry written after the labels: neither right nor wrong
    chosen_from_list: int = 0
    list_without_it: int = 0
    to_agent: int = 0
    refuse_read: int = 0  # questions to refuse that are read an entry the labeller could have named
    refuse_read_newer: int = 0  # ... read an entry written after the labels: neither right nor wrong
    refuse_listed: int = 0  # questions to refuse offered a list (the caller then presses 0 for an agent)
    refuse_agent: int = 0

    @property
    def answerable(self) -> int:
        return (self.read_right + self.read_wrong + self.read_newer + self.chosen_from_list + self.list_without_it
                + self.to_agent)

    @property
    def right(self) -> int:
        return self.read_right + self.chosen_from_list

    @property
    def to_refuse(self) -> int:
        return self.refuse_read + self.refuse_read_newer + self.refuse_listed + self.refuse_agent


def reached(counts: Counts, threshold: float) -> Reached:
    """The module's sets through the consult node's rule (``Reached``), from the matches already counted."""
    tally: dict[str, int] = {}

    def add(name: str) -> None:
        tally[name] = tally.get(name, 0) + 1

    newer = counts.added_after_labelling
    for a in counts.answerable:
        chosen = plan([Found(m.entry, m.score, m.confidence) for m in a.matches], threshold)
        offered = [f.entry.id for f in chosen.entries]
        if chosen.decision == Decision.READ:
            add("read_right" if offered == [a.expected] else "read_newer" if offered[0] in newer else "read_wrong")
        elif chosen.decision == Decision.OFFER:
            add("chosen_from_list" if a.expected in offered else "list_without_it")
        else:
            add("to_agent")
    for a in counts.to_refuse:
        chosen = plan([Found(m.entry, m.score, m.confidence) for m in a.matches], threshold)
        if chosen.decision == Decision.READ and chosen.entries[0].entry.id in newer:
            add("refuse_read_newer")
        else:
            add({Decision.READ: "refuse_read", Decision.OFFER: "refuse_listed",
                 Decision.AGENT: "refuse_agent"}[chosen.decision])
    return Reached(**tally)


def off_topic_refused(counts: Counts, blind: BlindSet) -> int:
    """The set's off-topic questions that go to an agent."""
    off_topic = set(blind.off_topic)
    return sum(1 for a in counts.to_refuse if a.text in off_topic and a.read is None)


def targets_missed(counts: Counts) -> list[str]:
    """Issue 17's targets the set does not reach, as figures only (never the questions)."""
    n, n_refuse = len(counts.answerable), len(counts.to_refuse)
    shares = [
        ("top 1", counts.top1, n, TARGET_TOP1),
        ("top 3", counts.top3, n, TARGET_TOP3),
        ("refused", counts.refused, n_refuse, TARGET_REFUSED),
    ]
    return [f"{name} {k}/{total} < {target:.0%}" for name, k, total, target in shares if k / total < target]


def plain(text: str) -> str:
    """Lower case; Mandarin without the spaces the recogniser puts between words, English one space apart."""
    return SPACES.sub("" if CJK.search(text) else " ", text).strip().lower()


def long_enough_to_be_a_copy(text: str) -> bool:
    return len(text) >= COPIED_CHARACTERS if CJK.search(text) else len(text.split()) >= COPIED_WORDS


def base_texts(entries: Iterable[Entry]) -> set[str]:
    """Every question, paraphrase and keyword of the base, spaces and case aside."""
    return {plain(t) for e in entries for t in (e.question.zh, e.question.en, *e.paraphrases.all(), *e.keywords.all())}


def copies_of_the_base(questions: Iterable[str], entries: Iterable[Entry]) -> list[str]:
    """Questions that are, spaces and case aside, a question, paraphrase or keyword of the base."""
    written = base_texts(entries)
    return [t for t in questions if plain(t) in written]


def base_sentences_inside(questions: Iterable[str], entries: Iterable[Entry]) -> list[tuple[str, str]]:
    """(question, sentence) where a long question or paraphrase of the base sits inside a question."""
    sentences = {plain(t) for e in entries for t in (e.question.zh, e.question.en, *e.paraphrases.all())}
    long_texts = [w for w in sentences if long_enough_to_be_a_copy(w)]
    return [(t, w) for t in questions for w in long_texts if w in plain(t)]


def repeats(questions: Iterable[str], earlier: Iterable[str]) -> list[str]:
    """Questions that an earlier set holds, spaces and case aside."""
    seen = {plain(t) for t in earlier}
    return [t for t in questions if plain(t) in seen]


def label_problems(blind: BlindSet, labelled_against: frozenset[str]) -> list[str]:
    """What is wrong with a set's labels: one naming no entry of the base valid on the set's day or one the
    labeller did not see, or an entry of that day written after labelling and not declared as such. Another
    hotline's question (``refers_elsewhere``) is no answer a label could name, and is left out."""
    entry_ids = {e.id for e in shipped_base().valid_on(blind.day) if not e.refers_elsewhere}
    named = {e for _, e in blind.answerable}
    problems = [f"a label names no entry of the base: {e}" for e in sorted(named - entry_ids)]
    problems += [f"a label names an entry the labeller did not see: {e}" for e in sorted(named - labelled_against)]
    # an entry declared as later but not yet valid on the set's day (a rule from a later date) is no problem
    undeclared = (entry_ids - labelled_against) ^ (blind.added_after_labelling & entry_ids)
    problems += [f"written after labelling but not declared, or declared but not: {e}" for e in sorted(undeclared)]
    every_id = {e.id for e in shipped_base().entries}
    problems += [f"declared as written after labelling but not in the base: {e}"
                 for e in sorted(blind.added_after_labelling - every_id)]
    return problems


def copy_problems(blind: BlindSet, earlier: Iterable[str]) -> list[str]:
    """Questions that are a text of the base, hold a sentence of it, or repeat an earlier set."""
    entries = shipped_base().entries
    everything = blind.everything
    return [*(f"a text of the base: {t}" for t in copies_of_the_base(everything, entries)),
            *(f"holds a sentence of the base: {t}" for t, _ in base_sentences_inside(everything, entries)),
            *(f"repeats an earlier set: {t}" for t in repeats(everything, earlier))]


def with_punctuation(questions: Iterable[str]) -> list[str]:
    """Mandarin questions holding punctuation, which the recogniser never writes."""
    return [t for t in questions if not t.isascii() and PUNCTUATION.search(t)]
