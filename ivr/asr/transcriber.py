"""Statement transcription: the caller's recorded statement, decoded with the full vocabulary
after the call has moved on, reported as a ``STATEMENT_TRANSCRIBED`` event."""

from __future__ import annotations

import asyncio
import logging

from ivr.asr.audio import AudioError
from ivr.asr.service import SpeechRecognizer
from ivr.callrecord import CallRecord
from ivr.event_types import EventType, StatementTranscribed, StatementTranscriptionFailed, StreamEvent
from ivr.services import EventSink

log = logging.getLogger(__name__)

EVENT_TYPE = str(EventType.STATEMENT_TRANSCRIBED)
EVENT_FAILED = str(EventType.STATEMENT_TRANSCRIPTION_FAILED)


class VoskStatementTranscriber:
    """Implements :class:`ivr.services.StatementTranscriber`. ``submit`` returns at once; the
    transcription runs as a background task whose decoding happens in the recogniser's pool."""

    def __init__(self, recognizer: SpeechRecognizer, events: EventSink) -> None:
        self.recognizer = recognizer
        self.events = events
        self._tasks: set[asyncio.Task[None]] = set()

    def submit(self, record: CallRecord, path: str) -> None:
        task = asyncio.get_running_loop().create_task(self._run(record.call_id, path),
                                                      name=f"transcribe-{record.call_id}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, call_id: str, path: str) -> None:
        try:
            utterance = await self.recognizer.recognize_file(path, None, alternatives=0)
        except AudioError as exc:
            log.warning("statement of call %s not transcribed: %s", call_id, exc)
            await self._emit(StatementTranscriptionFailed(call_id=call_id, path=path, error=str(exc)))
            return
        except Exception:
            log.exception("statement of call %s not transcribed", call_id)
            await self._emit(StatementTranscriptionFailed(call_id=call_id, path=path, error="internal error"))
            return
        await self._emit(StatementTranscribed(
            call_id=call_id, path=path, text=utterance.text, confidence=round(utterance.confidence, 3),
            audio_seconds=round(utterance.audio_seconds, 3), decode_seconds=round(utterance.decode_seconds, 3)))

    async def _emit(self, event: StreamEvent) -> None:
        await self.events.emit(event.TYPE, event.data())

    @property
    def pending(self) -> int:
        return len(self._tasks)

    async def drain(self) -> None:
        """Wait for transcriptions under way (at shutdown, and in tests)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
