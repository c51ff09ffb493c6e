"""The parts of a process that are imported only when that process runs them.

A FastAGI worker without a Vosk model runs neither speech, nor the web app, nor the records
writer, nor the embedded SIP endpoint; importing them would cost it about 100 MB of resident
memory (bench/agi_RESULTS.md, "FastAGI worker at rest"). So the composition asks for each of
them here, by module name, when settings say it runs. This is the one module besides the
command line (ivr/cli.py) and the web app's routers that chooses modules at run time.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any, cast

from ivr.services import EventSink, StatementTranscriber
from ivr.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from ivr.asr.service import SpeechRecognizer
    from ivr.runtime import Runtime

log = logging.getLogger(__name__)

#: module and attribute of each optional part
SPEECH_RECOGNIZER = ("ivr.asr.service", "get_recognizer")
STATEMENT_TRANSCRIBER = ("ivr.asr.transcriber", "VoskStatementTranscriber")
SIP_ENDPOINT = ("ivr.sip.endpoint", "start_sip_endpoint")
RECORDS_WRITER = ("ivr.records_serve", "run_records")
RECORDS_MAINTENANCE = ("records.maintenance", "run_maintenance")
WEB_APP = ("ivr.serve_web", "start_web")


def load(part: tuple[str, str]) -> Any:
    module, attribute = part
    return getattr(importlib.import_module(module), attribute)


def speech_recognizer(settings: Settings) -> SpeechRecognizer | None:
    """The process's Vosk recogniser, or None without a model (Vosk is then never imported)."""
    if settings.vosk_model is None:
        log.info("IVR_VOSK_MODEL is not set: speech recognition is off, menus take keys only")
        return None
    get_recognizer = cast(Callable[[Settings], "SpeechRecognizer | None"], load(SPEECH_RECOGNIZER))
    return get_recognizer(settings)


def statement_transcriber(recognizer: SpeechRecognizer, events: EventSink) -> StatementTranscriber:
    """Transcribes a caller's statement after the call (only where a recogniser was loaded)."""
    return cast(StatementTranscriber, load(STATEMENT_TRANSCRIBER)(recognizer, events))


def sip_endpoint_starter() -> Callable[..., Awaitable[Any]]:
    return cast(Callable[..., Awaitable[Any]], load(SIP_ENDPOINT))


def records_writer() -> Callable[[Runtime, asyncio.Event], Coroutine[Any, Any, Any]]:
    """``ivr.records_serve.run_records``: the stream's events into the SQL database."""
    return cast(Callable[["Runtime", asyncio.Event], Coroutine[Any, Any, Any]], load(RECORDS_WRITER))


def records_maintenance() -> Callable[[Settings, sessionmaker[Session], asyncio.Event], Coroutine[Any, Any, None]]:
    """``records.maintenance.run_maintenance``: the records' housekeeping, on the runtime's database pool."""
    return cast(Callable[[Settings, "sessionmaker[Session]", asyncio.Event], Coroutine[Any, Any, None]],
                load(RECORDS_MAINTENANCE))


def web_starter() -> Callable[[Runtime], tuple[asyncio.Task[Any], Callable[[], Awaitable[None]]]]:
    """``ivr.serve_web.start_web``: the web app on the runtime (uvicorn, FastAPI and their pages)."""
    return cast(Callable[["Runtime"], "tuple[asyncio.Task[Any], Callable[[], Awaitable[None]]]"], load(WEB_APP))
