"""ASR WebSocket service speaking the vosk-server protocol, for the EAGI script and Asterisk's
res_speech_vosk.

A client sends an optional text message ``{"config": {"sample_rate": 8000, "phrase_list": [...],
"words": 1, "max_alternatives": 0}}``, then binary 16-bit mono PCM; each audio message is answered
with ``{"partial": "..."}`` or, at the end of an utterance, a final result (``{"text": ...,
"result": [...]}`` or ``{"alternatives": [...]}``). ``{"eof": 1}`` returns the final result and
closes. Recognition goes on across utterances, as vosk-server's does. Bad input gets
``{"error": "..."}`` and the connection is closed.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from ivr.asr.model import ModelError, load_model
from ivr.asr.recognizer import PreparedGrammar, new_recognizer
from ivr.asr.service import SpeechRecognizer
from ivr.settings import Settings

log = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 1 << 20
MAX_PHRASES = 5000
MAX_PHRASE_CHARS = 200
MAX_ALTERNATIVES = 10
RATES = (8000, 48000)


class ProtocolError(ValueError):
    pass


@dataclass
class SessionConfig:
    sample_rate: int = 8000
    phrases: list[str] | None = None
    words: bool = True
    alternatives: int = 0


def parse_config(body: Any) -> SessionConfig:
    if not isinstance(body, dict):
        raise ProtocolError("config must be an object")
    config = SessionConfig()
    rate = body.get("sample_rate", config.sample_rate)
    if not isinstance(rate, int | float) or not RATES[0] <= rate <= RATES[1]:
        raise ProtocolError(f"sample_rate must be a number from {RATES[0]} to {RATES[1]}")
    config.sample_rate = int(rate)
    phrases = body.get("phrase_list")
    if phrases is not None:
        if (not isinstance(phrases, list) or len(phrases) > MAX_PHRASES
                or not all(isinstance(p, str) and 0 < len(p) <= MAX_PHRASE_CHARS for p in phrases)):
            raise ProtocolError(f"phrase_list must be a list of at most {MAX_PHRASES} non-empty strings "
                                f"of at most {MAX_PHRASE_CHARS} characters")
        config.phrases = phrases
    alternatives = body.get("max_alternatives", 0)
    if not isinstance(alternatives, int) or not 0 <= alternatives <= MAX_ALTERNATIVES:
        raise ProtocolError(f"max_alternatives must be an integer from 0 to {MAX_ALTERNATIVES}")
    config.alternatives = alternatives
    config.words = bool(body.get("words", True))
    return config


class _Session:
    def __init__(self, recognizer: SpeechRecognizer) -> None:
        self.recognizer = recognizer
        self.config = SessionConfig()
        self.grammar: PreparedGrammar | None = None
        self._rec: Any = None

    def configure(self, config: SessionConfig) -> None:
        if self._rec is not None:
            raise ProtocolError("config must come before the audio")
        self.config = config
        self.grammar = self.recognizer.grammar(config.phrases)

    def _ensure(self) -> Any:
        if self._rec is None:
            grammar = self.grammar if self.grammar is not None and self.grammar.usable else None
            if self.grammar is not None and not self.grammar.usable:
                raise ProtocolError("no phrase of phrase_list is in the model's vocabulary: "
                                    + ", ".join(self.grammar.unknown_words[:20]))
            self._rec = new_recognizer(self.recognizer.model, self.config.sample_rate, grammar,
                                       self.config.alternatives)
            if not self.config.words and not self.config.alternatives:
                self._rec.SetWords(False)
        return self._rec

    def accept(self, audio: bytes) -> str:
        rec = self._ensure()
        return str(rec.Result() if rec.AcceptWaveform(audio) else rec.PartialResult())

    def final(self) -> str:
        return str(self._ensure().FinalResult())


async def _handle(connection: ServerConnection, recognizer: SpeechRecognizer) -> None:
    session = _Session(recognizer)
    loop = asyncio.get_running_loop()
    try:
        async for message in connection:
            if isinstance(message, bytes):
                if len(message) % 2:
                    raise ProtocolError("audio must be 16-bit samples (an even number of bytes)")
                reply = await loop.run_in_executor(recognizer.executor, session.accept, message)
                await connection.send(reply)
                continue
            try:
                body = json.loads(message)
            except json.JSONDecodeError as exc:
                raise ProtocolError(f"text messages must be JSON: {exc.msg}") from exc
            if isinstance(body, dict) and "config" in body:
                session.configure(parse_config(body["config"]))
            elif isinstance(body, dict) and body.get("eof"):
                reply = await loop.run_in_executor(recognizer.executor, session.final)
                await connection.send(reply)
                await connection.close()
                return
            else:
                raise ProtocolError('expected {"config": {...}} or {"eof": 1}')
    except ProtocolError as exc:
        try:
            await connection.send(json.dumps({"error": str(exc)}))
            await connection.close(code=1008, reason="protocol error")
        except ConnectionClosed:
            pass
    except ConnectionClosed:
        pass


async def start_asr_server(recognizer: SpeechRecognizer, host: str, port: int) -> Server:
    """Start listening (port 0 picks a free one: see ``server.sockets``); close with
    ``server.close(); await server.wait_closed()``."""
    return await serve(lambda conn: _handle(conn, recognizer), host, port, max_size=MAX_MESSAGE_BYTES,
                       compression=None)


async def serve_asr(settings: Settings, recognizer: SpeechRecognizer | None = None) -> None:
    """Run the ASR service on ``settings.asr_host:asr_port`` until cancelled. Pass the process's
    recogniser (``get_recognizer``) to share its model and thread pool. Raises ModelError when
    none is given and ``IVR_VOSK_MODEL`` is unset or unusable (``ivr serve`` may then skip it)."""
    owned = recognizer is None
    if recognizer is None:
        if settings.vosk_model is None:
            raise ModelError("IVR_VOSK_MODEL is not set: the ASR service needs a Vosk model")
        recognizer = SpeechRecognizer(load_model(settings.vosk_model))
    server = await start_asr_server(recognizer, settings.asr_host, settings.asr_port)
    log.info("ASR WebSocket service on ws://%s:%d", settings.asr_host, settings.asr_port)
    try:
        await server.serve_forever()
    finally:
        server.close()
        await server.wait_closed()
        if owned:
            recognizer.close()
