"""What the form for a sentence recorded whole offers (/api/prompts/whole/templates): every prompt
with values, each of its slots with how a value is chosen (from the reference data's values, a
number within what the readings can say, a key, a date, digits), and the recordings made so far.

Slot values come from the menu file's catalogue (ivr.web.menu_slots), the readings from
ivr.compose; ivr.prompts_whole checks the same values again when a recording arrives.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ivr import prompts_whole as whole
from ivr.compose import SLOT_READINGS, placeholders
from ivr.speech_numbers import KEY_NAMES, MAX_NUMBER
from ivr.web.menu_admin import list_prompts
from ivr.web.menu_slots import SLOT_WORDS, Catalogue, catalogue

# Slots that only sentences carry (the queue's and the case's), in words: (zh, en).
SENTENCE_SLOT_WORDS: dict[str, tuple[str, str]] = {
    "ahead": ("前面的来电数", "callers ahead"), "position": ("排队位置", "queue position"),
    "wait_minutes": ("预计等待分钟数", "expected wait in minutes"), "callback_key": ("回电按键", "callback key"),
    "deadline": ("办理期限", "deadline"), "value": ("确认的内容", "value confirmed"),
}
# How a reading's value is entered on the form.
INPUTS = {"grammar": "choice", "key": "choice", "count": "number", "number": "number", "minutes": "number",
          "date": "date", "digits": "digits", "label": "text"}


def slot_input(slot: str, cat: Catalogue) -> dict[str, Any]:
    """One slot's field: its words, the kind of input, and the values or range it allows."""
    zh, en = SLOT_WORDS.get(slot) or SENTENCE_SLOT_WORDS.get(slot, (slot, slot))
    reading = SLOT_READINGS.get(slot)
    kind = reading.kind if reading else "label"
    field: dict[str, Any] = {"slot": slot, "zh": zh, "en": en, "input": INPUTS.get(kind, "text")}
    if kind == "grammar":
        known = cat.slots.get(slot)
        field["values"] = known.values if known else []
    elif kind == "key":
        field["values"] = [{"value": key, "zh": KEY_NAMES["zh"][key], "en": KEY_NAMES["en"][key]}
                           for key in KEY_NAMES["zh"]]
    elif kind in whole.NUMBER_READINGS:
        field.update(min=0, max=MAX_NUMBER)
    return field


def whole_templates(files: dict[str, str], sounds_dir: Path) -> list[dict[str, Any]]:
    """Every prompt with values: its texts, slots (as form fields) and whole recordings per language."""
    out: list[dict[str, Any]] = []
    catalogues: dict[str, Catalogue] = {}
    for row in list_prompts(files):
        slots = sorted({slot for text in row["texts"].values() for slot in placeholders(str(text))})
        if not slots:
            continue
        cat = catalogues.get(row["file"]) or catalogues.setdefault(row["file"], catalogue(files, row["file"]))
        menu = str(row["menu"] or "")
        out.append({"file": row["file"], "id": row["id"], "menu": menu, "languages": row["languages"],
                    "texts": row["texts"], "slots": [slot_input(slot, cat) for slot in slots],
                    "recordings": {lang: whole.recordings(sounds_dir, menu, row["id"], lang, str(text))
                                   for lang, text in row["texts"].items() if placeholders(str(text))}})
    return out
