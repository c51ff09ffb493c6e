"""Are the published base's prompts built? (``ivr doctor``)

Every answer (``kb_<id>``), the topic menu and each topic's questions of the published version
(ivr.knowledge.prompts) must have its WAV under ``<sounds>/ivr/<lang>/knowledge/``, built from the
text the base has now: an answer edited and published but not rebuilt would be played from the
old recording. The build's manifest (``<sounds>/ivr/manifest.json``: sound -> digest of language
and text) tells which; the digest is the builder's own (its prompt source type, handed in by the
doctor: this layer does not import the transports), so the two can never disagree.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Protocol

from ivr.knowledge.prompts import KNOWLEDGE_MENU, published_prompt_texts
from ivr.settings import Settings

MANIFEST = "manifest.json"


class Built(Protocol):
    def digest(self) -> str: ...


class Source(Protocol):
    """What ``ivr prompts build`` builds a sound from (agi_scripts.prompts.PromptSource)."""

    def __call__(self, menu_id: str, prompt_id: str, language: str, text: str) -> Built: ...


def _manifest(sounds_dir: Path) -> dict[str, str]:
    try:
        data = json.loads((sounds_dir / "ivr" / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def unbuilt_prompts(texts: dict[str, dict[str, str]], sounds_dir: Path,
                    source: Source | None = None) -> tuple[list[str], list[str]]:
    """Sound names (``<lang>/knowledge/<id>``) not built, and built from another text (only when
    the builder's ``source`` type is given)."""
    manifest = _manifest(sounds_dir) if source is not None else {}
    missing: list[str] = []
    stale: list[str] = []
    for prompt_id, by_language in sorted(texts.items()):
        for language, text in sorted(by_language.items()):
            key = f"{language}/{KNOWLEDGE_MENU}/{prompt_id}"
            if not (sounds_dir / "ivr" / f"{key}.wav").is_file():
                missing.append(key)
            elif source is not None and manifest.get(key) != source(KNOWLEDGE_MENU, prompt_id, language, text).digest():
                stale.append(key)
    return missing, stale


def knowledge_prompts_ready(settings: Settings, source: Source | None = None) -> tuple[str, bool, str]:
    """``(name, ok, detail)`` for the doctor: every prompt of the published base built from its
    current text."""
    texts = published_prompt_texts(settings)
    missing, stale = unbuilt_prompts(texts, settings.sounds_dir, source)
    count = sum(len(by_language) for by_language in texts.values())
    if not missing and not stale:
        return "knowledge prompts", True, f"all {count} prompts of the published knowledge base built"
    parts = []
    if missing:
        parts.append(f"{len(missing)} not built (e.g. {missing[0]})")
    if stale:
        parts.append(f"{len(stale)} built from an older text (e.g. {stale[0]})")
    return "knowledge prompts", False, "; ".join(parts) + "; run `ivr prompts build`"
