"""ASR WebSocket service speaking the vosk-server protocol, for the EAGI script and Asterisk's
res_speech_vosk.

A client sends an optional text message ``{"config": {"sample_rate": 8000, "phrase_list": [...],
"words": 1, "max_alternatives": 0}}``, then binary 16-bit mono PCM; each audio message is answered
with ``{"partial": "..."}`` or, at the end of an utterance, a final result (``{"text": ...,
"result": [...]}`` or ``{"alternatives": [...]}``). ``{"eof": 1}`` returns the final result and
closes. Recognition goes on across utterances, as vosk-server's does. Bad input gets
``{"error": "..."}`` and the connection is closed.

Limits (:class:`AsrLimits`, from ``IVR_ASR_*``): a bearer token (``Authorization: Bearer
<IVR_ASR_TOKEN>``) is required whenever one is set, and the service refuses to start beyond
loopback without one; messages are at most ``max_message_bytes`` (larger ones close the
connection, 1009), audio messages at most ``max_audio_bytes``; a connection that sends nothing
for ``idle_seconds`` or lasts longer than ``max_session_seconds`` is closed with an error; at
most ``max_connections`` sessions at once (the next handshake gets 503).
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import json
import logging
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

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


@dataclass(frozen=True)
class AsrLimits:
    token: str = ""
    max_message_bytes: int = MAX_MESSAGE_BYTES
    max_audio_bytes: int = 256 * 1024
    idle_seconds: float = 30.0
    max_session_seconds: float = 600.0
    max_connections: int = 200
    handshake_seconds: float = 10.0

    @classmethod
    def from_settings(cls, settings: Settings) -> AsrLimits:
        return cls(token=settings.asr_token.get_secret_value(), max_message_bytes=settings.asr_max_message_bytes,
                   max_audio_bytes=settings.asr_max_audio_bytes, idle_seconds=settings.asr_idle_seconds,
                   max_session_seconds=settings.asr_max_session_seconds,
                   max_connections=settings.asr_max_connections)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_exposure(host: str, limits: AsrLimits) -> None:
    """Beyond loopback the service needs a token (ValueError, in Mandarin and English, otherwise)."""
    if not limits.token and not is_loopback(host):
        raise ValueError(f"ASR 服务监听 {host} 时必须设置 IVR_ASR_TOKEN / the ASR service listens on {host}: "
                         "set IVR_ASR_TOKEN (clients send Authorization: Bearer <token>) or bind to loopback")


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


async def _messages(connection: ServerConnection, limits: AsrLimits) -> Any:
    """The connection's messages, each within ``idle_seconds`` of the last one."""
    while True:
        try:
            async with asyncio.timeout(limits.idle_seconds):
                message = await connection.recv()
        except TimeoutError as exc:
            raise ProtocolError(f"nothing received for {limits.idle_seconds:g} s") from exc
        yield message


async def _handle(connection: ServerConnection, recognizer: SpeechRecognizer, limits: AsrLimits) -> None:
    try:
        async with asyncio.timeout(limits.max_session_seconds):
            await _converse(connection, recognizer, limits)
    except TimeoutError:
        await _refuse(connection, f"session longer than {limits.max_session_seconds:g} s")
    except ProtocolError as exc:
        await _refuse(connection, str(exc))
    except ConnectionClosed:
        pass


async def _refuse(connection: ServerConnection, error: str) -> None:
    try:
        await connection.send(json.dumps({"error": error}))
        await connection.close(code=1008, reason="protocol error")
    except ConnectionClosed:
        pass


async def _converse(connection: ServerConnection, recognizer: SpeechRecognizer, limits: AsrLimits) -> None:
    session = _Session(recognizer)
    loop = asyncio.get_running_loop()
    async for message in _messages(connection, limits):
        if isinstance(message, bytes):
            if len(message) % 2:
                raise ProtocolError("audio must be 16-bit samples (an even number of bytes)")
            if len(message) > limits.max_audio_bytes:
                raise ProtocolError(f"audio messages are at most {limits.max_audio_bytes} bytes")
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


class _Gate:
    """The handshake check: the bearer token, and room for one more session."""

    def __init__(self, limits: AsrLimits) -> None:
        self.limits = limits
        self.active = 0

    def __call__(self, connection: ServerConnection, request: Request) -> Response | None:
        if self.limits.token:
            given = request.headers.get("Authorization", "")
            if not hmac.compare_digest(given.encode(), f"Bearer {self.limits.token}".encode()):
                return connection.respond(HTTPStatus.UNAUTHORIZED, "需要令牌 / bearer token required\n")
        if self.active >= self.limits.max_connections:
            return connection.respond(HTTPStatus.SERVICE_UNAVAILABLE, "繁忙 / too many sessions, retry later\n")
        return None

    async def handle(self, connection: ServerConnection, recognizer: SpeechRecognizer) -> None:
        self.active += 1
        try:
            await _handle(connection, recognizer, self.limits)
        finally:
            self.active -= 1


async def start_asr_server(recognizer: SpeechRecognizer, host: str, port: int,
                           limits: AsrLimits | None = None) -> Server:
    """Start listening (port 0 picks a free one: see ``server.sockets``); close with
    ``server.close(); await server.wait_closed()``. ValueError beyond loopback without a token."""
    limits = limits or AsrLimits()
    check_exposure(host, limits)
    gate = _Gate(limits)
    return await serve(lambda conn: gate.handle(conn, recognizer), host, port, max_size=limits.max_message_bytes,
                       compression=None, process_request=gate, open_timeout=limits.handshake_seconds)


async def serve_asr(settings: Settings, recognizer: SpeechRecognizer | None = None) -> None:
    """Run the ASR service on ``settings.asr_host:asr_port`` until cancelled. Pass the process's
    recogniser (``get_recognizer``) to share its model and thread pool. Raises ModelError when
    none is given and ``IVR_VOSK_MODEL`` is unset or unusable (``ivr serve`` may then skip it),
    ValueError beyond loopback without ``IVR_ASR_TOKEN``."""
    limits = AsrLimits.from_settings(settings)
    check_exposure(settings.asr_host, limits)  # before a model is loaded for nothing
    owned = recognizer is None
    if recognizer is None:
        if settings.vosk_model is None:
            raise ModelError("IVR_VOSK_MODEL is not set: the ASR service needs a Vosk model")
        recognizer = SpeechRecognizer(load_model(settings.vosk_model))
    server = await start_asr_server(recognizer, settings.asr_host, settings.asr_port, limits)
    log.info("ASR WebSocket service on ws://%s:%d", settings.asr_host, settings.asr_port)
    try:
        await server.serve_forever()
    finally:
        server.close()
        await server.wait_closed()
        if owned:
            recognizer.close()
