"""Sentences with values recorded whole: a recording of one template for one set of values.

An administrator may record, say, the queue's ``queue_one_ahead`` sentence for one caller
ahead and a two-minute wait, in Mandarin. A call that would compose that sentence with exactly
those values plays the recording instead of the pieces; other values are still composed.

Files live beside the built prompts, so that Asterisk's STREAM FILE finds them too:
``<sounds>/ivr/<lang>/<menu>/whole/<prompt>/<digest of the values and the sentence>.wav``, with an
``index.json`` per prompt and language saying which values each one is for (for the admin
pages).

On the call path: :func:`whole_index` lists every whole recording once and lists them again
only after one was saved or removed, which rewrites ``<sounds>/ivr/whole-generation``; a call
reads the list once (one ``stat`` of that file), then each sentence is a set lookup.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from ivr.channel import Prompt, PromptPiece
from ivr.compose import SLOT_READINGS, ComposeError, compose, placeholders, read_value

WHOLE_DIR = "whole"
INDEX = "index.json"
SENTENCE = "_sentence"  # the index's key for the sentence a recording says (slots are identifiers)
#: Under ``<sounds>/ivr/``: its modification time changes whenever a whole recording is saved or removed.
GENERATION = "whole-generation"


NUMBER_READINGS = frozenset({"count", "number", "minutes"})


class WholeRecordingError(ValueError):
    """The values do not fit the template; the message says why (Mandarin and English) and
    ``slot`` which value, when one is to blame."""

    def __init__(self, message: str, slot: str | None = None) -> None:
        super().__init__(message)
        self.slot = slot


def values_key(values: Mapping[str, str], sentence: str) -> str:
    """The digest naming a recording: the slots and their values, and the sentence they make
    (a changed template makes another sentence: its old recordings are no longer played)."""
    text = "\0".join([*(f"{slot}={values[slot]}" for slot in sorted(values)), sentence])
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def whole_dir(menu_id: str, prompt_id: str, language: str) -> str:
    return f"ivr/{language}/{menu_id or 'common'}/{WHOLE_DIR}/{prompt_id}"


def whole_sound(menu_id: str, prompt_id: str, language: str, values: Mapping[str, str], sentence: str) -> str:
    """The sound name of the recording of this sentence with exactly these values."""
    return f"{whole_dir(menu_id, prompt_id, language)}/{values_key(values, sentence)}"


def check_values(template: str, language: str, values: Mapping[str, str]) -> dict[str, str]:
    """The values, as strings, when they are exactly the template's slots and each can be read."""
    slots = placeholders(template)
    if not slots:
        raise WholeRecordingError("这句提示没有数值，请直接上传录音 / this prompt has no values: upload its "
                                  "recording as a fixed prompt")
    given = {str(k): str(v) for k, v in values.items()}
    if set(given) != set(slots):
        raise WholeRecordingError(f"数值须恰为 {', '.join(sorted(set(slots)))} / the values must be exactly "
                                  f"{', '.join(sorted(set(slots)))} (got {', '.join(sorted(given)) or 'none'})")
    for slot in slots:
        given[slot] = _canonical(slot, given[slot])
        try:
            if not read_value(slot, given[slot], language):
                raise ComposeError(f"slot {{{slot}}} is empty")
        except ComposeError as exc:
            raise WholeRecordingError(f"数值无法读出 / a value cannot be read: {exc}", slot) from exc
    return given


def _canonical(slot: str, value: str) -> str:
    """A value as calls pass it (numbers without leading zeros or spaces), so that the recording
    is found; digit strings are digits only (the reading would skip anything else)."""
    kind = SLOT_READINGS[slot].kind if slot in SLOT_READINGS else ""
    text = value.strip()
    if kind in NUMBER_READINGS and text.isascii() and text.isdigit():
        return str(int(text))
    if kind == "digits" and not (text.isascii() and text.isdigit()):
        raise WholeRecordingError(f"{{{slot}}} 只能是数字 / {{{slot}}} must be digits only (got {value!r})", slot)
    return text


@dataclass(frozen=True, slots=True)
class WholeIndex:
    """The sound names of every whole recording under one sounds directory at one generation."""

    sounds: frozenset[str]
    root: Path  # the sounds directory the names are under

    def played(self, prompt: Prompt, values: Mapping[str, str]) -> Prompt:
        """``prompt`` (composed from ``values``) as its whole recording when one was made for
        exactly these values and its file is still there, else unchanged."""
        if not prompt.pieces or not self.sounds:
            return prompt
        sound = whole_sound(prompt.menu_id, prompt.prompt_id, prompt.language, values, prompt.text)
        # a recording deleted by hand leaves the generation as it was: one stat keeps the caller on the pieces
        if sound not in self.sounds or not (self.root / f"{sound}.wav").is_file():
            return prompt
        return replace(prompt, pieces=(PromptPiece(text=prompt.text, sound=sound),))


_indexes: dict[Path, tuple[int | None, WholeIndex]] = {}


def whole_index(sounds_dir: Path) -> WholeIndex:
    """The whole recordings under ``sounds_dir``: listed again only when the generation file
    changed since the last listing (one ``stat``), else the list this process already holds."""
    generation = _generation(sounds_dir)
    held = _indexes.get(sounds_dir)
    if held is not None and held[0] == generation:
        return held[1]
    # the generation was read before the files: a change while they are listed lists them again
    found = WholeIndex(frozenset(str(wav.relative_to(sounds_dir).with_suffix(""))
                                 for wav in sounds_dir.glob(f"ivr/*/*/{WHOLE_DIR}/*/*.wav") if wav.is_file()),
                       sounds_dir)
    _indexes[sounds_dir] = (generation, found)
    return found


def with_whole_recording(prompt: Prompt, values: Mapping[str, str], sounds_dir: Path) -> Prompt:
    """``prompt`` (composed from ``values``) as its whole recording when one was made for exactly
    these values, else unchanged."""
    return whole_index(sounds_dir).played(prompt, values)


def _generation(sounds_dir: Path) -> int | None:
    try:
        return os.stat(os.path.join(sounds_dir, "ivr", GENERATION)).st_mtime_ns  # once per call: no Path built
    except OSError:
        return None


def _mark_changed(sounds_dir: Path) -> None:
    """A recording was saved or removed: move the generation file's time on, strictly (two
    changes within one tick of the file system's clock must still differ)."""
    path = sounds_dir / "ivr" / GENERATION
    path.parent.mkdir(parents=True, exist_ok=True)
    before = _generation(sounds_dir)
    path.write_text("whole recordings changed\n", encoding="utf-8")
    now = time.time_ns()
    if before is not None and now <= before:
        now = before + 1
    os.utime(path, ns=(now, now))


def recordings(sounds_dir: Path, menu_id: str, prompt_id: str, language: str,
               template: str) -> list[dict[str, object]]:
    """The whole recordings of one prompt and language: values, sentence, sound name and key of
    each, when it was recorded (UTC), and whether calls play it (``current``: the template still
    makes that sentence)."""
    index = _read_index(sounds_dir / whole_dir(menu_id, prompt_id, language) / INDEX)
    out: list[dict[str, object]] = []
    for key, entry in sorted(index.items()):
        sound = f"{whole_dir(menu_id, prompt_id, language)}/{key}"
        values = {k: v for k, v in entry.items() if k != SENTENCE}
        if (sounds_dir / f"{sound}.wav").is_file():
            now = compose(prompt_id, language, template, values, menu_id=menu_id).text
            recorded = datetime.fromtimestamp((sounds_dir / f"{sound}.wav").stat().st_mtime, UTC)
            out.append({"values": values, "sentence": entry.get(SENTENCE, ""), "sound": sound, "key": key,
                        "current": now == entry.get(SENTENCE), "recorded_at": recorded.isoformat()})
    return out


def recording_path(sounds_dir: Path, menu_id: str, prompt_id: str, language: str, key: str) -> Path | None:
    """The file of the recording named ``key`` (a digest from :func:`recordings`), if it exists."""
    if len(key) != 20 or not all(c in "0123456789abcdef" for c in key):
        return None
    path = sounds_dir / whole_dir(menu_id, prompt_id, language) / f"{key}.wav"
    return path if path.is_file() else None


def save_recording(sounds_dir: Path, menu_id: str, prompt_id: str, language: str, values: Mapping[str, str],
                   sentence: str, converted: Path) -> Path:
    """Move an 8 kHz recording (already checked and converted) into place and index it."""
    sound = whole_sound(menu_id, prompt_id, language, values, sentence)
    target = sounds_dir / f"{sound}.wav"
    target.parent.mkdir(parents=True, exist_ok=True)
    converted.replace(target)
    index_path = target.parent / INDEX
    index = _read_index(index_path)
    index[values_key(values, sentence)] = {**values, SENTENCE: sentence}
    _write_index(index_path, index)
    _mark_changed(sounds_dir)
    return target


def remove_recording(sounds_dir: Path, menu_id: str, prompt_id: str, language: str,
                     values: Mapping[str, str], sentence: str) -> bool:
    """Delete one whole recording; False when there was none."""
    sound = whole_sound(menu_id, prompt_id, language, values, sentence)
    target = sounds_dir / f"{sound}.wav"
    existed = target.is_file()
    target.unlink(missing_ok=True)
    index_path = target.parent / INDEX
    index = _read_index(index_path)
    if index.pop(values_key(values, sentence), None) is not None:
        _write_index(index_path, index)
    if existed:
        _mark_changed(sounds_dir)
    return existed


def _read_index(path: Path) -> dict[str, dict[str, str]]:
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {str(k): {str(s): str(v) for s, v in values.items()} for k, values in loaded.items()
            if isinstance(values, dict)}


def _write_index(path: Path, index: dict[str, dict[str, str]]) -> None:
    partial = path.with_name(path.name + ".part")
    partial.write_text(json.dumps(index, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    partial.replace(path)
