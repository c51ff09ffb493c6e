"""The built audio of prompts: found on the call path (never made there), checked at start-up.

During a call a transport asks :func:`built_file` for a prompt's or a piece's WAV. A file that
was never built is not synthesised: the caller hears silence about as long as its words
(:func:`stand_in_seconds`) and the log names the sound once per process.

Before a process accepts calls (``ivr serve``, ``ivr sip serve``), :func:`prepare_prompts`
checks that every prompt of the published menus and every piece their sentences with values
need is built, and builds the missing ones then (espeak-ng and sox, in the caller's thread:
run it off the event loop) or raises :class:`PromptsNotBuilt`, which names
``ivr prompts build``.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import subprocess
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ivr.compose import PIECES_INDEX, piece_sound, piece_texts
from ivr.menus.menuset import MenuSet
from ivr.system_sounds import missing_system_sounds, write_system_sounds
from ivr.tts import TtsError, synthesize_wav

log = logging.getLogger(__name__)

#: menu id -> prompt id -> language -> text
PromptTexts = Mapping[str, Mapping[str, Mapping[str, str]]]
Synthesizer = Callable[[str, str, Path], Path]

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[0-9A-Za-z]")
#: Rough speaking rates of the built voices: seconds per Chinese character, per Latin letter.
_SECONDS_PER_CJK = 0.22
_SECONDS_PER_LETTER = 0.065
_STAND_IN_MIN = 0.2
_STAND_IN_MAX = 5.0

_reported: set[str] = set()


def built_file(sounds_dir: Path, sound: str) -> Path | None:
    """The WAV of a built sound name (``ivr/<lang>/...``), None when it was never built."""
    return existing_file(sounds_dir / f"{sound}.wav")


def existing_file(path: Path | str) -> Path | None:
    """``path`` if it is a file (one stat: cheap enough for the call path), else None."""
    found = Path(path)
    return found if found.is_file() else None


def stand_in_seconds(text: str) -> float:
    """How long the missing words would about take: the silence played in their place."""
    seconds = len(_CJK.findall(text)) * _SECONDS_PER_CJK + len(_LATIN.findall(text)) * _SECONDS_PER_LETTER
    return min(_STAND_IN_MAX, max(_STAND_IN_MIN, seconds))


def report_missing(path: Path | str, text: str) -> None:
    """Log a file played as silence because it was never built: once per file per process."""
    key = str(path)
    if key in _reported:
        return
    _reported.add(key)
    log.warning("prompt audio %s (%r) not built: silence instead; run `ivr prompts build`", key, text)


def reported_missing() -> frozenset[str]:
    """Files this process played as silence so far."""
    return frozenset(_reported)


# --- the start-up check --------------------------------------------------------------------

class PromptsNotBuilt(RuntimeError):
    """Prompts are missing and cannot be built here; the message says what to run."""

    def __init__(self, missing: list[str], reason: str) -> None:
        self.missing = missing
        example = missing[0] if missing else ""
        super().__init__(
            f"提示音未生成（{len(missing)} 个，例如 {example}），请先运行 `ivr prompts build` / "
            f"{len(missing)} prompt sounds are not built (e.g. {example}): run `ivr prompts build` "
            f"before accepting calls ({reason})")


@dataclass(frozen=True)
class Needed:
    """One sound a call may play: its name, language and the words to build it from."""

    sound: str
    language: str
    text: str
    piece: bool = False


def menu_prompt_texts(menus: MenuSet) -> dict[str, dict[str, dict[str, str]]]:
    """The published menus' prompt texts, leaving out the languages that have a recording."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    for menu in menus.menus.values():
        for prompt_id, definition in menu.prompts.items():
            texts = {lang: text for lang, text in definition.texts.items() if not definition.audio.get(lang)}
            if texts:
                out.setdefault(menu.menu, {})[prompt_id] = texts
    return out


def needed_sounds(prompts: PromptTexts, phrases: Mapping[str, Iterable[str]] | None = None) -> list[Needed]:
    """Every sound of these prompts: a file per fixed prompt, and the pieces of the sentences
    with values (fixed parts, every label, every reading's words, and ``phrases`` per language)."""
    needed: list[Needed] = []
    templates: dict[str, list[str]] = {}
    for menu_id, by_id in prompts.items():
        for prompt_id, texts in by_id.items():
            for language, text in texts.items():
                if _PLACEHOLDER.search(text):
                    templates.setdefault(language, []).append(text)
                else:
                    templates.setdefault(language, [])
                    needed.append(Needed(f"ivr/{language}/{menu_id}/{prompt_id}", language, text))
    for language in sorted(set(templates) | set(phrases or {})):
        for text in piece_texts(language, templates.get(language, []), (phrases or {}).get(language, ())):
            needed.append(Needed(piece_sound(language, text), language, text, piece=True))
    return needed


def missing_sounds(needed: Iterable[Needed], sounds_dir: Path) -> list[Needed]:
    return [n for n in needed if built_file(sounds_dir, n.sound) is None]


def prepare_prompts(prompts: PromptTexts, sounds_dir: Path, *, phrases: Mapping[str, Iterable[str]] | None = None,
                    build: bool = True, synthesize: Synthesizer = synthesize_wav) -> list[str]:
    """Make sure every sound of ``prompts`` is built before calls come; returns the sound names
    built now. Blocking (espeak-ng and sox): call it in a thread. Raises :class:`PromptsNotBuilt`
    when something is missing and ``build`` is off or the tools are not installed."""
    needed = needed_sounds(prompts, phrases)
    missing = missing_sounds(needed, sounds_dir)
    system = missing_system_sounds(sounds_dir)
    if not missing and not system:
        return []
    names = [n.sound for n in missing] + system
    if missing and not build:
        raise PromptsNotBuilt(names, "building at start-up is off")
    if missing and synthesize is synthesize_wav and not (shutil.which("espeak-ng") and shutil.which("sox")):
        raise PromptsNotBuilt(names, "espeak-ng and sox are not installed here")
    log.warning("%d prompt sounds not built; building them before accepting calls", len(names))
    for item in missing:
        try:
            synthesize(item.text, item.language, sounds_dir / f"{item.sound}.wav")
        except (TtsError, OSError, subprocess.SubprocessError) as exc:
            raise PromptsNotBuilt([i.sound for i in missing], f"building {item.sound} failed: {exc}") from exc
    write_system_sounds(sounds_dir)
    _merge_index(sounds_dir / "ivr" / PIECES_INDEX, [n for n in needed if n.piece])
    return names


def _merge_index(path: Path, pieces: list[Needed]) -> None:
    """Add the pieces' words to the index the case-status sentences are split by."""
    index: dict[str, list[str]] = {}
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(loaded, dict):
            index = {str(k): [p for p in v if isinstance(p, str)] for k, v in loaded.items() if isinstance(v, list)}
    except (OSError, ValueError):
        index = {}
    for item in pieces:
        words = index.setdefault(item.language, [])
        if item.text not in words:
            words.append(item.text)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_text(json.dumps(index, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    partial.replace(path)
