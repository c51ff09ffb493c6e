"""Sentences with values, composed from pieces built ahead (``ivr prompts build``).

A template such as ``您说的是{value}，对吗？`` becomes the pieces ``您说的是`` · ``北京`` ·
``，对吗？``: each fixed part of the template, each label of each slot value, each word of a
number, duration, date or digit string is one piece of audio, named by its language and
text (``ivr/<lang>/pieces/<digest>``). Nothing is synthesised while a call is up; the
transports play (AGI), join (SIP) or print (console) the pieces.

Which reading a ``{slot}`` gets is fixed here (:data:`SLOT_READINGS`); a template whose slot
has no reading, or whose values have no labels, cannot be composed: ``ivr menus validate``
and ``ivr doctor`` say so.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import math
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ivr import speech_numbers as readings
from ivr.asr.grammars import get_grammar
from ivr.channel import Prompt, PromptPiece

log = logging.getLogger(__name__)

PIECES_DIR = "pieces"
#: The built pieces' words per language, written by ``ivr prompts build`` next to the manifest.
PIECES_INDEX = "pieces.json"


@dataclass(frozen=True)
class Reading:
    """How a slot's value is spoken: ``kind`` is one of ``label`` (the value is a label
    already), ``grammar`` (the value's label in ``grammar``), ``digits``, ``count``
    (a counted number: 两位), ``number``, ``minutes``, ``date`` (ISO), ``key``."""

    kind: str
    grammar: str = ""


SLOT_READINGS: dict[str, Reading] = {
    "region": Reading("grammar", "province"),
    "business_region": Reading("grammar", "province"),
    "caller_region": Reading("grammar", "province"),
    "category": Reading("grammar", "category"),
    "service_type": Reading("grammar", "service_type"),
    "value": Reading("label"),  # a confirmation: the engine passes the heard value's label
    "ticket": Reading("digits"),
    "legacy_line": Reading("digits"),
    "dnis": Reading("digits"),
    "ahead": Reading("count"),
    "position": Reading("count"),
    "wait_minutes": Reading("minutes"),
    "deadline": Reading("date"),
    "callback_key": Reading("key"),
}
#: Grammars whose labels are pieces (every label of every value, in every language).
LABEL_GRAMMARS = ("province", "category", "service_type")
_SPOKEN = re.compile(r"[0-9A-Za-z\u3400-\u9fff]")
_EN_LETTER = re.compile(r"[A-Za-z]")


class ComposeError(ValueError):
    pass


@functools.lru_cache(maxsize=16384)
def piece_sound(language: str, text: str) -> str:
    """The sound name of one piece: ``ivr/<lang>/pieces/<digest of its words>``."""
    digest = hashlib.sha256(f"{language}\0{text}".encode()).hexdigest()[:20]
    return f"ivr/{language}/{PIECES_DIR}/{digest}"


@functools.lru_cache(maxsize=16384)
def piece(language: str, text: str) -> PromptPiece:
    """One piece, made once per process (a frozen value: calls share it)."""
    return PromptPiece(text=text, sound=piece_sound(language, text))


def spoken(text: str) -> bool:
    """Whether a fixed part has anything to say (punctuation and spaces alone are silence)."""
    return bool(_SPOKEN.search(text))


@functools.lru_cache(maxsize=4096)
def template_parts(template: str) -> tuple[tuple[str, str | None], ...]:
    """``(literal, slot or None)`` in order; a literal is a fixed part of the template."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise ComposeError(f"template {template!r}: {exc}") from exc
    return tuple((literal, name or None) for literal, name, _, _ in parsed)


def fixed_parts(template: str) -> list[str]:
    return [literal.strip() for literal, _ in template_parts(template) if spoken(literal)]


def placeholders(template: str) -> list[str]:
    return [name for _, name in template_parts(template) if name]


def reading_problem(slot: str, languages: Iterable[str]) -> str | None:
    """Why ``{slot}`` cannot be composed in these languages, or None when it can."""
    reading = SLOT_READINGS.get(slot)
    if reading is None:
        known = ", ".join(sorted(SLOT_READINGS))
        return f"slot {{{slot}}} has no spoken reading (composable slots: {known})"
    if reading.kind != "grammar":
        return None
    grammar = get_grammar(reading.grammar)
    if grammar is None:
        return f"slot {{{slot}}}: grammar {reading.grammar!r} does not exist"
    for language in languages:
        unlabelled = [v for v in grammar.values() if not grammar.labels.get(v, {}).get(language)]
        if unlabelled:
            return (f"slot {{{slot}}}: values of grammar {reading.grammar!r} have no {language} label "
                    f"({', '.join(unlabelled[:5])})")
    return None


def read_value(slot: str, value: str, language: str) -> list[str]:
    """The words of one slot value; raises :class:`ComposeError` when it cannot be read."""
    if value == "":
        return []
    reading = SLOT_READINGS.get(slot)
    if reading is None:
        raise ComposeError(f"slot {{{slot}}} has no spoken reading")
    try:
        if reading.kind == "label":
            return [value]
        if reading.kind == "grammar":
            grammar = get_grammar(reading.grammar)
            label = grammar.labels.get(value, {}).get(language) if grammar else None
            if not label:
                raise ComposeError(f"{reading.grammar} value {value!r} has no {language} label")
            return [label]
        if reading.kind == "digits":
            return readings.digit_string(value, language)
        if reading.kind in ("count", "number"):
            return readings.number(int(value), language, counted=reading.kind == "count")
        if reading.kind == "minutes":
            return readings.minutes(int(value), language)
        if reading.kind == "date":
            return readings.spoken_date(date.fromisoformat(value), language)
        if reading.kind == "key":
            return readings.key_name(value, language)
    except (ValueError, readings.ReadingError) as exc:
        raise ComposeError(f"slot {{{slot}}} value {value!r}: {exc}") from exc
    raise ComposeError(f"slot {{{slot}}}: unknown reading {reading.kind!r}")


def wait_minutes(seconds: float) -> int:
    """An expected wait as whole minutes to announce (at least one)."""
    return max(1, math.ceil(seconds / 60))


def compose(prompt_id: str, language: str, template: str, values: Mapping[str, str],
            menu_id: str = "") -> Prompt:
    """The template with its values as built pieces. A value that cannot be read is left out
    (logged), never synthesised."""
    parts = template_parts(template)
    slot_values = tuple(str(values.get(slot, "")) for _, slot in parts if slot is not None)
    if all(slot in SLOT_READINGS for _, slot in parts if slot is not None):
        # every value has a reading, so none is a caller's number: the sentence is kept
        prompt, problems = _composed(prompt_id, language, template, slot_values, menu_id)
    else:
        prompt, problems = _compose(prompt_id, language, parts, slot_values, menu_id)
    for problem in problems:
        log.warning("prompt %s: %s; left out", prompt_id, problem)
    return prompt


@functools.lru_cache(maxsize=4096)
def _composed(prompt_id: str, language: str, template: str, slot_values: tuple[str, ...],
              menu_id: str) -> tuple[Prompt, tuple[str, ...]]:
    """:func:`_compose` made once per process for the same sentence (a frozen value: calls share it)."""
    return _compose(prompt_id, language, template_parts(template), slot_values, menu_id)


def _compose(prompt_id: str, language: str, parts: tuple[tuple[str, str | None], ...],
             slot_values: tuple[str, ...], menu_id: str) -> tuple[Prompt, tuple[str, ...]]:
    """The sentence of ``parts`` with the value of each slot in order, and the values that could
    not be read."""
    pieces: list[PromptPiece] = []
    text: list[str] = []
    problems: list[str] = []
    values = iter(slot_values)
    for literal, slot in parts:
        if spoken(literal):
            pieces.append(piece(language, literal.strip()))
        text.append(literal)
        if slot is None:
            continue
        try:
            words = read_value(slot, next(values), language)
        except ComposeError as exc:
            problems.append(str(exc))
            continue
        pieces += [piece(language, word) for word in words]
        text.append(_joined(words, language))
    prompt = Prompt(prompt_id=prompt_id, language=language, text="".join(text), menu_id=menu_id,
                    pieces=tuple(pieces))
    return prompt, tuple(problems)


def _joined(words: list[str], language: str) -> str:
    return "".join(words) if language == "zh" else " ".join(words)


# --- free text (a case status from the records) ------------------------------------------

class Lexicon:
    """Known phrases of one language, for splitting a finished sentence into built pieces."""

    def __init__(self, language: str, phrases: Iterable[str]) -> None:
        self.language = language
        by_first: dict[str, list[str]] = {}
        for phrase in set(p.strip() for p in phrases if spoken(p)):
            by_first.setdefault(phrase[0], []).append(phrase)
        self._by_first = {k: sorted(v, key=len, reverse=True) for k, v in by_first.items()}

    def longest(self, text: str, start: int) -> str | None:
        for phrase in self._by_first.get(text[start], ()):
            if text.startswith(phrase, start):
                end = start + len(phrase)
                # an English phrase ends at a word boundary ("is" is not the start of "issue")
                if self.language != "zh" and end < len(text) and _EN_LETTER.match(text[end]) \
                        and _EN_LETTER.match(phrase[-1]):
                    continue
                return phrase
        return None


def split_text(text: str, lexicon: Lexicon) -> tuple[list[str], list[str]]:
    """A sentence -> (words of built pieces, stretches no piece says). Digit runs are read:
    before 年 digit by digit, before 月/日 as numbers, else digit by digit (a ticket) in
    Mandarin; as numbers in English."""
    words: list[str] = []
    missing: list[str] = []
    language = lexicon.language
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isascii() and ch.isdigit():
            end = i
            while end < len(text) and text[end].isascii() and text[end].isdigit():
                end += 1
            run = text[i:end]
            after = text[end] if end < len(text) else ""
            if language == "zh":
                if after == "年":
                    words += [readings.ZH_DIGITS[int(d)] for d in run]
                elif after in ("月", "日") or len(run) <= 2 and after == "位":
                    words += readings.zh_number(int(run))
                else:
                    words += readings.digit_string(run, language)
            else:
                words += readings.en_number(int(run)) if len(run) <= 6 else readings.digit_string(run, language)
            i = end
            continue
        if not spoken(ch):
            i += 1
            continue
        found = lexicon.longest(text, i)
        if found is None:
            end = i + 1
            while end < len(text) and lexicon.longest(text, end) is None and not text[end].isdigit():
                end += 1
            missing.append(text[i:end])
            i = end
            continue
        words.append(found)
        i += len(found)
    return words, missing


def compose_text(prompt_id: str, language: str, text: str, lexicon: Lexicon, menu_id: str = "") -> Prompt:
    """A finished sentence (a case status) as built pieces; what no piece says is left out."""
    words, missing = split_text(text, lexicon)
    if missing:
        log.warning("prompt %s: no built piece says %r; left out (run `ivr prompts build`)", prompt_id, missing)
    return Prompt(prompt_id=prompt_id, language=language, text=text, menu_id=menu_id,
                  pieces=tuple(piece(language, w) for w in words))


_lexicons: dict[tuple[str, str], tuple[float, Lexicon]] = {}


def built_lexicon(sounds_dir: Path, language: str) -> Lexicon:
    """The phrases ``ivr prompts build`` built for ``language`` (its ``pieces.json``), read
    again only when the file changes; empty when nothing was built."""
    path = sounds_dir / "ivr" / PIECES_INDEX
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return Lexicon(language, ())
    key = (str(path), language)
    cached = _lexicons.get(key)
    if cached is not None and cached[0] == mtime:
        return cached[1]
    try:
        index = json.loads(path.read_text(encoding="utf-8"))
        phrases = [p for p in index.get(language, []) if isinstance(p, str)]
    except (OSError, ValueError, AttributeError):
        log.warning("unreadable %s; run `ivr prompts build`", path)
        phrases = []
    lexicon = Lexicon(language, phrases)
    _lexicons[key] = (mtime, lexicon)
    return lexicon


# --- what to build -------------------------------------------------------------------------

def label_texts(language: str) -> list[str]:
    out: list[str] = []
    for name in LABEL_GRAMMARS:
        grammar = get_grammar(name)
        if grammar is None:
            continue
        for value in grammar.values():
            label = grammar.labels.get(value, {}).get(language)
            if label:
                out.append(label)
    return out


def piece_texts(language: str, templates: Iterable[str], phrases: Iterable[str] = ()) -> list[str]:
    """Every piece a call in ``language`` may need: the fixed parts of the templates, every
    label of every slot value, every word of the readings, and extra ``phrases``."""
    texts: list[str] = []
    for template in templates:
        texts += fixed_parts(template)
    texts += label_texts(language)
    texts += readings.vocabulary(language)
    texts += [p.strip() for p in phrases if spoken(p)]
    return list(dict.fromkeys(texts))
