"""Per-utterance recognisers over a shared model: whole buffers (files) and live streams.

Everything here that calls Vosk blocks; :mod:`ivr.asr.service` runs it in a thread pool.
A result carries the text, a confidence from Vosk's word confidences (``SetWords``) and,
when asked for, n-best alternatives (``SetMaxAlternatives``) with posteriors normalised
over the n-best list. Vosk gives either word confidences or n-best lists from one
recogniser, never both, so alternatives come from a second recogniser fed the same audio.
"""

from __future__ import annotations

import asyncio
import json
import math
import time
from concurrent.futures import Executor
from dataclasses import dataclass, field
from typing import Any

from vosk import KaldiRecognizer

from ivr.asr.model import VoskModel

UNK = "[unk]"
STREAM_RATE = 8000  # telephony: EAGI, RTP from the SIP endpoint, vosk-server clients
FEED_SECONDS = 0.5  # a file is fed in pieces so long statements come back segment by segment


@dataclass(frozen=True)
class PreparedGrammar:
    """A phrase list restricted to the model's vocabulary."""

    phrases: tuple[str, ...]  # as the model's words, e.g. "北京 市"
    unknown_words: tuple[str, ...]
    json: str | None  # for KaldiRecognizer; None when no phrase is usable

    @property
    def usable(self) -> bool:
        return self.json is not None


def prepare_grammar(model: VoskModel, phrases: list[str]) -> PreparedGrammar:
    known: list[str] = []
    unknown: list[str] = []
    for phrase in phrases:
        spoken, missing = model.grammar_phrase(phrase)
        if spoken is None:
            unknown.extend(w for w in missing if w not in unknown)
        elif spoken not in known:
            known.append(spoken)
    if not known:
        return PreparedGrammar((), tuple(unknown), None)
    # [unk] lets the decoder say "none of these" instead of forcing the nearest phrase.
    entries = [*known, UNK] if model.knows(UNK) else known
    return PreparedGrammar(tuple(known), tuple(unknown), json.dumps(entries, ensure_ascii=False))


@dataclass
class Utterance:
    text: str
    confidence: float  # 0..1, mean word confidence; 0 when nothing was heard
    alternatives: list[tuple[str, float]] = field(default_factory=list)
    words: list[dict[str, Any]] = field(default_factory=list)
    decode_seconds: float = 0.0
    audio_seconds: float = 0.0
    unknown_words: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "confidence": round(self.confidence, 3),
            "alternatives": [[t, round(p, 3)] for t, p in self.alternatives],
            "decode_seconds": round(self.decode_seconds, 4),
            "audio_seconds": round(self.audio_seconds, 3),
            "unknown_words": self.unknown_words,
        }


def new_recognizer(model: VoskModel, rate: int, grammar: PreparedGrammar | None, alternatives: int = 0) -> Any:
    rec = KaldiRecognizer(model.model, float(rate), grammar.json) if grammar else \
        KaldiRecognizer(model.model, float(rate))
    if alternatives:
        rec.SetMaxAlternatives(alternatives)
    else:
        rec.SetWords(True)
    return rec


def _clean_words(result: dict[str, Any]) -> list[dict[str, Any]]:
    return [w for w in result.get("result", []) if w.get("word") != UNK]


def _clean_text(text: str) -> str:
    return " ".join(w for w in text.split() if w != UNK)


def _nbest(results: list[dict[str, Any]], limit: int) -> list[tuple[str, float]]:
    """Alternatives of the last segment that had speech, as (text, posterior)."""
    for result in reversed(results):
        alts = [(_clean_text(a.get("text", "")), float(a.get("confidence", 0.0)))
                for a in result.get("alternatives", [])]
        alts = [(t, s) for t, s in alts if t]
        if not alts:
            continue
        top = max(s for _, s in alts)
        weights = [(t, math.exp(s - top)) for t, s in alts]
        total = sum(w for _, w in weights)
        merged: dict[str, float] = {}
        for text, weight in weights:
            merged[text] = merged.get(text, 0.0) + weight / total
        return sorted(merged.items(), key=lambda kv: -kv[1])[:limit]
    return []


def _combine(segments: list[dict[str, Any]]) -> tuple[str, float, list[dict[str, Any]]]:
    words = [w for seg in segments for w in _clean_words(seg)]
    text = " ".join(t for t in (_clean_text(seg.get("text", "")) for seg in segments) if t)
    confidence = sum(float(w.get("conf", 0.0)) for w in words) / len(words) if words else 0.0
    return text, (confidence if text else 0.0), words


def decode_pcm(model: VoskModel, pcm: bytes, rate: int, grammar: PreparedGrammar | None,
               alternatives: int = 0) -> Utterance:
    """Recognise a whole buffer of 16-bit mono PCM. Blocking."""
    started = time.perf_counter()
    audio_seconds = len(pcm) / 2 / rate
    unknown = list(grammar.unknown_words) if grammar else []
    if grammar is not None and not grammar.usable:
        return Utterance("", 0.0, audio_seconds=audio_seconds, unknown_words=unknown)
    recs = [new_recognizer(model, rate, grammar)]
    if alternatives:
        recs.append(new_recognizer(model, rate, grammar, alternatives))
    outputs: list[list[dict[str, Any]]] = [[] for _ in recs]
    step = int(rate * FEED_SECONDS) * 2
    for offset in range(0, len(pcm), step):
        piece = pcm[offset:offset + step]
        for rec, out in zip(recs, outputs, strict=True):
            if rec.AcceptWaveform(piece):
                out.append(json.loads(rec.Result()))
    for rec, out in zip(recs, outputs, strict=True):
        out.append(json.loads(rec.FinalResult()))
    text, confidence, words = _combine(outputs[0])
    alts = _nbest(outputs[1], alternatives) if alternatives else []
    return Utterance(text, confidence, alts, words, time.perf_counter() - started, audio_seconds, unknown)


class StreamingRecognizer:
    """One live utterance: feed 16-bit mono PCM chunks as they arrive; ``feed`` returns True once
    the utterance is over (the caller stopped talking, said nothing for ``no_input_seconds``,
    or talked for ``max_seconds``). Then ``await result()``.

    Time is measured in audio, not on the wall clock, so the same audio always ends the same way.
    """

    def __init__(self, model: VoskModel, grammar: PreparedGrammar | None, executor: Executor | None,
                 *, sample_rate: int = STREAM_RATE, alternatives: int = 0, no_input_seconds: float = 5.0,
                 max_seconds: float = 20.0, batch_seconds: float = 0.1) -> None:
        self.model = model
        self.grammar = grammar
        self.sample_rate = sample_rate
        self.no_input_seconds = no_input_seconds
        self.max_seconds = max_seconds
        self.alternatives = alternatives
        self.finished = False
        self.reason = ""  # "end_of_speech" | "no_input" | "max_length" | "closed"
        self.partial = ""
        self.speech_started = False
        self.audio_seconds = 0.0
        self.decode_seconds = 0.0
        self._executor = executor
        self._batch_bytes = max(2, int(sample_rate * batch_seconds) * 2)
        self._pending = bytearray()
        self._lock = asyncio.Lock()
        self._usable = grammar is None or grammar.usable
        self._recs = [new_recognizer(model, sample_rate, grammar)] if self._usable else []
        if self._usable and alternatives:
            self._recs.append(new_recognizer(model, sample_rate, grammar, alternatives))
        self._outputs: list[list[dict[str, Any]]] = [[] for _ in self._recs]
        self._result: Utterance | None = None

    async def feed(self, chunk: bytes) -> bool:
        if self.finished:
            return True
        self._pending.extend(chunk)
        if len(self._pending) < self._batch_bytes:
            return False
        # Keep whole samples; an odd byte waits for the next chunk.
        cut = len(self._pending) - len(self._pending) % 2
        data = bytes(self._pending[:cut])
        del self._pending[:cut]
        async with self._lock:
            if self.finished:
                return True
            await asyncio.get_running_loop().run_in_executor(self._executor, self._accept, data)
        return self.finished

    def _accept(self, data: bytes) -> None:
        started = time.perf_counter()
        self.audio_seconds += len(data) / 2 / self.sample_rate
        ended = False
        for index, rec in enumerate(self._recs):
            if rec.AcceptWaveform(data):
                result = json.loads(rec.Result())
                self._outputs[index].append(result)
                if index == 0 and _clean_text(result.get("text", "")):
                    ended = True
            elif index == 0:
                self.partial = _clean_text(json.loads(rec.PartialResult()).get("partial", ""))
                self.speech_started = self.speech_started or bool(self.partial)
        self.decode_seconds += time.perf_counter() - started
        if ended:
            self._finish("end_of_speech")
        elif not self._usable and self.audio_seconds >= self.no_input_seconds:
            self._finish("no_input")
        elif not self.speech_started and self.audio_seconds >= self.no_input_seconds:
            self._finish("no_input")
        elif self.audio_seconds >= self.max_seconds:
            self._finish("max_length")

    def _finish(self, reason: str) -> None:
        self.finished = True
        self.reason = reason

    def _final(self) -> Utterance:
        if self._result is not None:
            return self._result
        started = time.perf_counter()
        if self._pending:
            self._accept(bytes(self._pending[: len(self._pending) - len(self._pending) % 2]))
            self._pending.clear()
        if self.reason != "end_of_speech":
            for rec, out in zip(self._recs, self._outputs, strict=True):
                out.append(json.loads(rec.FinalResult()))
        unknown = list(self.grammar.unknown_words) if self.grammar else []
        if not self._recs:
            self._result = Utterance("", 0.0, audio_seconds=self.audio_seconds, unknown_words=unknown)
            return self._result
        text, confidence, words = _combine(self._outputs[0])
        alts = _nbest(self._outputs[1], self.alternatives) if self.alternatives else []
        self.decode_seconds += time.perf_counter() - started
        self._result = Utterance(text, confidence, alts, words, self.decode_seconds, self.audio_seconds, unknown)
        return self._result

    async def result(self) -> Utterance:
        """The utterance so far, final: call after ``feed`` returned True or when audio stops."""
        async with self._lock:
            if not self.finished:
                self._finish("closed")
            if self._result is not None:
                return self._result
            return await asyncio.get_running_loop().run_in_executor(self._executor, self._final)
