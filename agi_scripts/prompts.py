"""``ivr prompts build``: every prompt of every menu file -> 8 kHz 16-bit mono WAV for Asterisk.

Files go to ``<sounds_dir>/ivr/<lang>/<menu_id>/<prompt_id>.wav``, so that
``STREAM FILE ivr/<lang>/<menu_id>/<prompt_id>`` finds them once ``<sounds_dir>/ivr`` is
linked into Asterisk's sounds directory. A manifest of text digests keeps rebuilds to the
prompts whose text (or recorded audio) changed. The menu files are read with PyYAML
directly: only ``menu:`` and ``prompts:`` matter here.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ivr.compose import PIECES_DIR, PIECES_INDEX, piece_sound, piece_texts, placeholders, reading_problem
from ivr.prompts_built import PromptTexts
from ivr.system_sounds import write_system_sounds
from ivr.tts import synthesize_wav
from queueing.prompts import DEFAULT_TEXTS as QUEUE_TEXTS
from queueing.prompts import QUEUE_MENU
from records.progress import DEADLINE_TEXT, KIND_TEXT, PAUSED_TEXT, STATUS_TEXT

MANIFEST = "manifest.json"
_ID = re.compile(r"^[a-z0-9_]{1,64}\Z")
_LANG = re.compile(r"^[a-z]{2,3}\Z")
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")

Synthesizer = Callable[[str, str, Path], Path]

#: Prompts the dialplan plays by itself (asterisk_conf/extensions.conf, [ivr-fallback]),
#: built under the pseudo-menu ``system``.
SYSTEM_MENU = "system"
SYSTEM_PROMPTS: dict[str, dict[str, str]] = {
    "fallback_sorry": {
        "zh": "很抱歉，自助语音服务暂时不可用，正在为您转接人工服务，请稍候。",
        "en": "Sorry, the automated service is not available right now. Please hold for an agent.",
    },
    "fallback_busy": {
        "zh": "很抱歉，人工座席正忙，请稍后再拨。",
        "en": "Sorry, all agents are busy. Please call again later.",
    },
}


def system_sound_names() -> list[str]:
    return [f"ivr/{lang}/{SYSTEM_MENU}/{pid}" for pid, texts in SYSTEM_PROMPTS.items() for lang in texts]


class PromptBuildError(ValueError):
    pass


@dataclass(frozen=True)
class PromptSource:
    menu_id: str
    prompt_id: str
    language: str
    text: str
    audio: Path | None = None

    @property
    def key(self) -> str:
        return f"{self.language}/{self.menu_id}/{self.prompt_id}"

    def digest(self) -> str:
        hasher = hashlib.sha256(f"{self.language}\0{self.text}".encode())
        if self.audio is not None:
            hasher.update(b"\0audio\0" + self.audio.read_bytes())
        return hasher.hexdigest()[:32]


@dataclass
class BuildReport:
    built: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    #: Texts with ``{slot}`` placeholders: composed per call from pieces (built here, below).
    templated: list[str] = field(default_factory=list)
    #: Pieces of composed sentences (``<lang>/pieces/<digest>``) that were built.
    pieces: list[str] = field(default_factory=list)


def iter_menu_prompts(menus_dir: Path) -> Iterator[PromptSource]:
    """Every (menu, prompt, language) with its text, from every ``*.yaml`` in ``menus_dir``."""
    files = sorted(menus_dir.glob("*.yaml")) + sorted(menus_dir.glob("*.yml"))
    if not files:
        raise PromptBuildError(f"no menu files (*.yaml) in {menus_dir}")
    for path in files:
        try:
            document = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise PromptBuildError(f"{path.name}: not valid YAML: {exc}") from exc
        if not isinstance(document, dict) or "menu" not in document:
            raise PromptBuildError(f"{path.name}: no top-level 'menu:' id")
        menu_id = str(document["menu"])
        if not _ID.match(menu_id):
            raise PromptBuildError(f"{path.name}: menu id {menu_id!r} is not [a-z0-9_]")
        prompts = document.get("prompts") or {}
        if not isinstance(prompts, dict):
            raise PromptBuildError(f"{path.name}: 'prompts:' must be a mapping")
        for prompt_id, entry in prompts.items():
            yield from _prompt_sources(path, menu_id, str(prompt_id), entry)


def _prompt_sources(path: Path, menu_id: str, prompt_id: str, entry: object) -> Iterator[PromptSource]:
    if not _ID.match(prompt_id):
        raise PromptBuildError(f"{path.name}: prompt id {prompt_id!r} is not [a-z0-9_]")
    if not isinstance(entry, dict):
        raise PromptBuildError(f"{path.name}: prompt {prompt_id} must map languages to text")
    audio = entry.get("audio") or {}
    for language, text in entry.items():
        if language == "audio":
            continue
        if not _LANG.match(str(language)) or not isinstance(text, str):
            raise PromptBuildError(f"{path.name}: prompt {prompt_id}: bad language entry {language!r}")
        audio_file = audio.get(language) if isinstance(audio, dict) else None
        audio_path = (path.parent / audio_file) if audio_file else None
        if audio_path is not None and not audio_path.is_file():
            raise PromptBuildError(f"{path.name}: prompt {prompt_id}: audio file {audio_file} not found")
        yield PromptSource(menu_id, prompt_id, str(language), text, audio_path)


def convert_audio(source: Path, target: Path) -> Path:
    """A recorded prompt in any format sox reads -> 8 kHz 16-bit mono WAV."""
    sox = shutil.which("sox")
    if not sox:
        raise PromptBuildError("sox is required to convert recorded prompts (apt-get install sox)")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.parent / f"{target.stem}.part.wav"
    subprocess.run([sox, str(source), "-r", "8000", "-c", "1", "-b", "16", "-e", "signed-integer", str(partial)],
                   check=True, capture_output=True, timeout=60)
    partial.replace(target)
    return target


#: Words the records' case-status sentence (records.progress.status_sentence) puts around its parts.
CASE_STATUS_GLUE: dict[str, tuple[str, ...]] = {
    "zh": ("您的", "编号", "将在", "前作出"),
    "en": ("Your", "number", "is", "Expect", "by"),
}


def case_status_phrases(language: str) -> list[str]:
    """Every phrase a case status may say, so that it is composed from built pieces."""
    lang = "zh" if language == "zh" else "en"
    tables = [STATUS_TEXT, KIND_TEXT, DEADLINE_TEXT]
    phrases = [texts[lang] for table in tables for texts in table.values() if lang in texts]
    return phrases + [PAUSED_TEXT[lang], *CASE_STATUS_GLUE[lang]]


def piece_sources(sources: list[PromptSource]) -> list[PromptSource]:
    """The pieces every composed sentence needs, per language of the menus: fixed parts of every
    template (menus and the queue's defaults), every label, every word of the readings, every
    phrase of a case status."""
    templates: dict[str, list[str]] = {}
    for source in sources:
        templates.setdefault(source.language, [])
        if source.audio is None and _PLACEHOLDER.search(source.text):
            templates[source.language].append(source.text)
    for texts in QUEUE_TEXTS.values():
        for language, text in texts.items():
            templates.setdefault(language, []).append(text)
    out: list[PromptSource] = []
    for language in sorted(templates):
        for text in piece_texts(language, templates[language], case_status_phrases(language)):
            sound = piece_sound(language, text)
            out.append(PromptSource(PIECES_DIR, sound.rsplit("/", 1)[1], language, text))
    return out


def start_up_prompts(menu_texts: PromptTexts) -> tuple[dict[str, Mapping[str, Mapping[str, str]]],
                                                        dict[str, list[str]]]:
    """What a server checks is built before it accepts calls (``ivr.prompts_built.prepare_prompts``):
    the published menus' prompts (``menu_texts``), the dialplan's and the queue's defaults; and per
    language the phrases of a case status."""
    texts: dict[str, Mapping[str, Mapping[str, str]]] = {**menu_texts, SYSTEM_MENU: SYSTEM_PROMPTS,
                                                         QUEUE_MENU: QUEUE_TEXTS}
    languages = {lang for by_id in texts.values() for entry in by_id.values() for lang in entry}
    return texts, {lang: case_status_phrases(lang) for lang in sorted(languages)}


def all_sources(menus_dir: Path) -> list[PromptSource]:
    """Every prompt to build: the menus', the dialplan's, the queue's defaults and the pieces."""
    sources = list(iter_menu_prompts(menus_dir))
    sources += [PromptSource(SYSTEM_MENU, pid, lang, text)
                for pid, texts in SYSTEM_PROMPTS.items() for lang, text in texts.items()]
    sources += [PromptSource(QUEUE_MENU, pid, lang, text)
                for pid, texts in QUEUE_TEXTS.items() for lang, text in texts.items()]
    return sources + piece_sources(sources)


def missing_pieces(menus_dir: Path, sounds_dir: Path) -> list[str]:
    """Sound names of pieces the menus need that are not built (``ivr doctor``)."""
    return missing_pieces_of(list(iter_menu_prompts(menus_dir)), sounds_dir)


def missing_pieces_of(sources: list[PromptSource], sounds_dir: Path) -> list[str]:
    return [f"ivr/{s.key}" for s in piece_sources(sources) if not (sounds_dir / "ivr" / f"{s.key}.wav").exists()]


def composition_problems(prompts: dict[str, dict[str, dict[str, str]]], sounds_dir: Path) -> list[str]:
    """What keeps the sentences with values of these menus (menu -> prompt -> language -> text)
    from being composed: a slot without a reading or labels, or a piece not built."""
    problems: list[str] = []
    sources: list[PromptSource] = []
    for menu, by_id in prompts.items():
        for prompt_id, texts in by_id.items():
            for language, text in texts.items():
                sources.append(PromptSource(menu, prompt_id, language, text))
                for slot in placeholders(text) if _PLACEHOLDER.search(text) else []:
                    problem = reading_problem(slot, [language])
                    if problem:
                        problems.append(f"{language}/{menu}/{prompt_id}: {problem}")
    missing = missing_pieces_of(sources, sounds_dir)
    if missing:
        problems.append(f"{len(missing)} pieces not built (e.g. {missing[0]}); run `ivr prompts build`")
    return problems


def build_prompts(
    menus_dir: Path, sounds_dir: Path, *, force: bool = False, synthesize: Synthesizer = synthesize_wav,
    extra: Iterable[PromptSource] = (),
) -> BuildReport:
    """Build what changed since the last run; drop files of prompts that no longer exist.
    ``extra``: prompts that are not the menus' (the knowledge base's answers, ivr.knowledge.prompts)."""
    sources = all_sources(menus_dir) + list(extra)
    root = sounds_dir / "ivr"
    manifest_path = root / MANIFEST
    manifest: dict[str, str] = {}
    if manifest_path.exists() and not force:
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            manifest = {}
    report = BuildReport()
    current: dict[str, str] = {}
    for source in sources:
        if source.audio is None and _PLACEHOLDER.search(source.text):
            report.templated.append(source.key)
            continue
        target = root / f"{source.key}.wav"
        digest = source.digest()
        current[source.key] = digest
        if manifest.get(source.key) == digest and target.exists():
            report.unchanged.append(source.key)
            continue
        if source.audio is not None:
            convert_audio(source.audio, target)
        else:
            synthesize(source.text, source.language, target)
        (report.pieces if source.menu_id == PIECES_DIR else report.built).append(source.key)
        manifest[source.key] = digest
        _save(manifest_path, manifest)  # a crash part-way keeps what was built
    for key in sorted(set(manifest) - set(current)):
        (root / f"{key}.wav").unlink(missing_ok=True)
        report.removed.append(key)
    _save(manifest_path, current)
    index: dict[str, list[str]] = {}
    for source in sources:
        if source.menu_id == PIECES_DIR:
            index.setdefault(source.language, []).append(source.text)
    _save_index(root / PIECES_INDEX, index)
    # the tone and the silence the server plays instead of Asterisk's core sounds
    report.built += write_system_sounds(sounds_dir)
    return report


def _save_index(path: Path, index: dict[str, list[str]]) -> None:
    partial = path.with_name(path.name + ".part")
    partial.write_text(json.dumps(index, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    partial.replace(path)


def _save(path: Path, manifest: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    partial.replace(path)
