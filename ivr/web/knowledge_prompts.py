"""After a publish, build the knowledge base's prompts whose text changed, so that callers hear the
new answer at once (nothing is synthesised during a call; a prompt never built plays as silence).

Only the prompts that differ from the version published before (an edited answer or question, a new
entry, the topic lists) are spoken, with the same espeak-ng and sox as ``ivr prompts build``, and
recorded in its manifest with its own digest (agi_scripts.prompts.PromptSource), so ``ivr doctor``
and the next build see them as built. Past ``MAX_NOW`` changed prompts (a large import) nothing is
built here: the reply says to run ``ivr prompts build``. Blocking: call it in a thread.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from agi_scripts.prompts import MANIFEST, PromptSource
from ivr.knowledge.prompts import KNOWLEDGE_MENU, prompt_texts
from ivr.knowledge.retrieval import KnowledgeIndex
from ivr.tts import TtsError, synthesize_wav

MAX_NOW = 40


@dataclass
class Rebuilt:
    built: list[str] = field(default_factory=list)  # sound keys (<lang>/knowledge/<id>)
    pending: list[str] = field(default_factory=list)  # changed but not built here
    error: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {"built": self.built, "pending": self.pending, "error": self.error}


def changed_prompts(before: KnowledgeIndex | None, after: KnowledgeIndex) -> list[PromptSource]:
    old = prompt_texts(before) if before is not None else {}
    return [PromptSource(KNOWLEDGE_MENU, pid, lang, text)
            for pid, by_language in sorted(prompt_texts(after).items())
            for lang, text in sorted(by_language.items())
            if old.get(pid, {}).get(lang) != text]


def _record(sounds_dir: Path, done: list[PromptSource]) -> None:
    path = sounds_dir / "ivr" / MANIFEST
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
        manifest = {str(k): str(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}
    except (OSError, ValueError):
        manifest = {}
    manifest.update({source.key: source.digest() for source in done})
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.knowledge.part")
    partial.write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    partial.replace(path)


def rebuild_changed(sounds_dir: Path, before: KnowledgeIndex | None, after: KnowledgeIndex) -> Rebuilt:
    changed = changed_prompts(before, after)
    result = Rebuilt()
    if len(changed) > MAX_NOW:
        result.pending = [s.key for s in changed]
        return result
    done: list[PromptSource] = []
    try:
        for source in changed:
            synthesize_wav(source.text, source.language, sounds_dir / "ivr" / f"{source.key}.wav")
            done.append(source)
    except (TtsError, OSError, subprocess.SubprocessError) as exc:
        result.error = str(exc)
        result.pending = [s.key for s in changed[len(done):]]
    if done:
        _record(sounds_dir, done)
    result.built = [s.key for s in done]
    return result
