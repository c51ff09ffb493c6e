"""Pinyin for the grammars' sound-alike matching (ivr.asr.grammars), with pypinyin imported at the
first use, by module name.

pypinyin loads its phrase dictionary when imported (about 52 MB resident). Only recognised speech
is matched by sound, so a FastAGI worker without a Vosk model never needs it and never holds it
(bench/agi_RESULTS.md, "FastAGI worker at rest"); the console caller's ``say:`` and a worker with
a model load it at their first spoken answer. Like ivr/optional_parts.py, this module chooses a
module at run time on purpose (tests/test_layers.py names it).
"""

from __future__ import annotations

import functools
import importlib
from types import ModuleType


@functools.cache
def _pypinyin() -> ModuleType:
    return importlib.import_module("pypinyin")


def syllables(text: str, tones: bool = False) -> list[str]:
    """pypinyin's ``lazy_pinyin`` of ``text``: toneless syllables, or with tone numbers (TONE3)."""
    library = _pypinyin()
    style = library.Style.TONE3 if tones else library.Style.NORMAL
    return list(library.lazy_pinyin(text, style=style))
