"""What the transports call: one SpeechRecognizer per process over the shared model.

- ``recognize_file``: a finished recording (FastAGI ``RECORD FILE`` into the spool).
- ``stream``: live 8 kHz audio (EAGI, the embedded SIP endpoint, the ASR WebSocket service).

Decoding runs in the recogniser's own thread pool, one thread per core, so both cores
decode while the event loop keeps serving calls; Vosk releases the GIL in its C calls.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ivr.asr.audio import wav_to_pcm16
from ivr.asr.model import ModelError, VoskModel, load_model
from ivr.asr.recognizer import (
    STREAM_RATE,
    PreparedGrammar,
    StreamingRecognizer,
    Utterance,
    decode_pcm,
    prepare_grammar,
)
from ivr.settings import Settings

log = logging.getLogger(__name__)

DEFAULT_ALTERNATIVES = 3
GRAMMAR_CACHE_SIZE = 256


class SpeechRecognizer:
    def __init__(self, model: VoskModel, workers: int | None = None) -> None:
        self.model = model
        self.executor = ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 2,
                                           thread_name_prefix="vosk")
        self._grammars: OrderedDict[tuple[str, ...], PreparedGrammar] = OrderedDict()
        self._reported: set[str] = set()

    @property
    def sample_rate(self) -> int:
        return self.model.sample_rate

    def grammar(self, phrases: list[str] | None) -> PreparedGrammar | None:
        """The phrase list restricted to the model's words (cached); None = full vocabulary.
        Words the model does not know are logged once each and kept in the result."""
        if phrases is None:
            return None
        key = tuple(phrases)
        prepared = self._grammars.get(key)
        if prepared is None:
            prepared = prepare_grammar(self.model, phrases)
            self._grammars[key] = prepared
            if len(self._grammars) > GRAMMAR_CACHE_SIZE:
                self._grammars.popitem(last=False)
            fresh = [w for w in prepared.unknown_words if w not in self._reported]
            if fresh:
                self._reported.update(fresh)
                log.warning("words not in the Vosk model's vocabulary, left out of the grammar: %s",
                            ", ".join(fresh[:50]))
        else:
            self._grammars.move_to_end(key)
        return prepared

    async def recognize_pcm(self, pcm: bytes, sample_rate: int, phrases: list[str] | None = None,
                            alternatives: int = DEFAULT_ALTERNATIVES) -> Utterance:
        grammar = self.grammar(phrases)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, decode_pcm, self.model, pcm, sample_rate,
                                          grammar, alternatives)

    async def recognize_file(self, path: Path | str, phrases: list[str] | None = None,
                             alternatives: int = DEFAULT_ALTERNATIVES) -> Utterance:
        """Any WAV file, resampled to the model's rate. Raises AudioError for unreadable files."""
        loop = asyncio.get_running_loop()
        pcm = await loop.run_in_executor(self.executor, wav_to_pcm16, Path(path), self.sample_rate)
        return await self.recognize_pcm(pcm, self.sample_rate, phrases, alternatives)

    def stream(self, phrases: list[str] | None = None, *, sample_rate: int = STREAM_RATE,
               alternatives: int = DEFAULT_ALTERNATIVES, no_input_seconds: float = 5.0,
               max_seconds: float = 20.0) -> StreamingRecognizer:
        return StreamingRecognizer(self.model, self.grammar(phrases), self.executor, sample_rate=sample_rate,
                                   alternatives=alternatives, no_input_seconds=no_input_seconds,
                                   max_seconds=max_seconds)

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


_recognizers: dict[Path, SpeechRecognizer] = {}


def get_recognizer(settings: Settings) -> SpeechRecognizer | None:
    """The process's recogniser for ``settings.vosk_model``; None (logged) when no model is
    configured or it cannot be loaded, so the server runs key-only menus."""
    if settings.vosk_model is None:
        log.info("IVR_VOSK_MODEL is not set: speech recognition is off, menus take keys only")
        return None
    try:
        model = load_model(settings.vosk_model)
    except ModelError as exc:
        log.error("speech recognition is off, menus take keys only: %s", exc)
        return None
    recognizer = _recognizers.get(model.path)
    if recognizer is None:
        recognizer = _recognizers[model.path] = SpeechRecognizer(model)
    return recognizer
