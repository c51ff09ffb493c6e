"""What the SIP channel needs from a speech recogniser (ivr/asr provides the real one).

``recognizer.stream(phrases)`` returns an utterance stream; the channel feeds it 8 kHz
16-bit mono PCM chunks as they arrive and, once the caller stops talking, asks for
``result`` (a method, coroutine or attribute) carrying ``text`` and ``confidence``
(optionally ``alternatives``), or a ready :class:`ivr.channel.Heard`.
"""

from __future__ import annotations

import inspect
from typing import Any, Protocol

from ivr.channel import Heard, HeardKind


class SpeechStream(Protocol):
    async def feed(self, chunk: bytes) -> Any:
        """Feed audio; a truthy return means the recogniser has found the end of the utterance."""


class SpeechRecognizer(Protocol):
    def stream(self, phrases: list[str]) -> SpeechStream: ...


async def final_result(stream: SpeechStream) -> Heard:
    result: Any = getattr(stream, "result", None)
    if callable(result):
        result = result()
    if inspect.isawaitable(result):
        result = await result
    if isinstance(result, Heard):
        return result
    if result is None:
        return Heard(kind=HeardKind.SILENCE)
    text = result if isinstance(result, str) else str(getattr(result, "text", "") or "")
    if not text.strip():
        return Heard(kind=HeardKind.SILENCE)
    return Heard(kind=HeardKind.SPEECH, text=text, confidence=float(getattr(result, "confidence", 0.0) or 0.0),
                 alternatives=list(getattr(result, "alternatives", []) or []))
