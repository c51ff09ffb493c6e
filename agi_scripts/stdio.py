"""Classic (process) AGI and EAGI: Asterisk starts one process per call and speaks AGI on
stdin/stdout; EAGI adds the caller's audio on file descriptor 3.

pyst2's ``asterisk.agi.AGI`` reads the ``agi_*`` environment from stdin and writes the
command lines; our codec reads the replies (pyst2's reader does not know every reply form)
and the same :class:`AgiSession`/:class:`AgiChannel` as FastAGI drive the engine.
Process AGI is told of a hangup by SIGHUP (not by a ``HANGUP`` line); pyst2 catches the
signal and the transport turns it into the ``HANGUP`` line FastAGI would have sent.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import threading
from collections.abc import Awaitable, MutableMapping
from pathlib import Path
from typing import IO, Any

from asterisk.agi import AGI

from agi_scripts.channel import AgiChannel, Recognizer
from agi_scripts.codec import AgiClosed, AgiHeaders, AgiTimeout
from agi_scripts.session import AgiSession
from ivr.callrecord import CallRecord
from ivr.channel import Heard, HeardKind
from ivr.engine import EngineServices, run_call
from ivr.settings import Settings

log = logging.getLogger(__name__)

EAGI_AUDIO_FD = 3
EAGI_CHUNK = 320  # 20 ms of 8 kHz 16-bit mono


class PystTransport:
    """AGI over stdin/stdout through a pyst2 ``AGI`` object."""

    def __init__(self, agi: Any) -> None:
        self.agi = agi
        self._hangup_reported = False

    def send(self, line: bytes) -> Awaitable[None]:
        text = line.decode("utf-8").rstrip("\n")
        return asyncio.to_thread(self.agi.send_command, text)

    async def readline(self, timeout: float | None) -> bytes:
        if getattr(self.agi, "_got_sighup", False) and not self._hangup_reported:
            self._hangup_reported = True
            return b"HANGUP\n"
        try:
            async with asyncio.timeout(timeout):
                line: str = await asyncio.to_thread(self.agi.stdin.readline)
        except TimeoutError as exc:
            raise AgiTimeout(f"no reply from Asterisk within {timeout} s") from exc
        if not line:
            raise AgiClosed("stdin closed")
        return line.encode("utf-8", errors="replace")

    async def close(self) -> None:
        return None


def open_agi(stdin: IO[str] | None = None, stdout: IO[str] | None = None) -> Any:
    """pyst2's AGI on stdin/stdout; undecodable bytes are replaced, pyst2's debug output
    (which includes the caller's number) goes nowhere."""
    source = stdin or sys.stdin
    if hasattr(source, "reconfigure"):
        source.reconfigure(errors="replace")
    return AGI(stdin=source, stdout=stdout or sys.stdout, stderr=open(os.devnull, "w"))  # noqa: SIM115


def headers_from(agi: Any) -> AgiHeaders:
    return AgiHeaders({str(k): str(v) for k, v in agi.env.items()})


class AudioTap:
    """Reads EAGI audio from fd 3 all the time (so Asterisk never blocks on a full pipe) and
    hands chunks to the event loop only while someone listens."""

    def __init__(self, fd: int = EAGI_AUDIO_FD) -> None:
        os.fstat(fd)  # raises OSError when Asterisk gave no audio (plain AGI)
        self.fd = fd
        self._loop: asyncio.AbstractEventLoop | None = None
        self._queue: asyncio.Queue[bytes | None] | None = None
        self._lock = threading.Lock()
        self.listening = threading.Event()
        self.closed = False
        self._thread = threading.Thread(target=self._pump, name="eagi-audio", daemon=True)
        self._thread.start()

    def _pump(self) -> None:
        while True:
            try:
                chunk = os.read(self.fd, EAGI_CHUNK * 5)
            except OSError:
                chunk = b""
            with self._lock:
                if not chunk:
                    self.closed = True
                if self._queue is not None and self._loop is not None:
                    self._loop.call_soon_threadsafe(self._queue.put_nowait, chunk or None)
            if not chunk:
                return

    def start(self) -> asyncio.Queue[bytes | None]:
        with self._lock:
            self._loop = asyncio.get_running_loop()
            self._queue = asyncio.Queue()
            if self.closed:
                self._queue.put_nowait(None)
            self.listening.set()
            return self._queue

    def stop(self) -> None:
        with self._lock:
            self._queue = None
            self.listening.clear()


class EagiChannel(AgiChannel):
    """AgiChannel whose speech questions stream the caller's audio (fd 3) into the
    recogniser instead of recording a file. Keys barge in during the prompt; while the
    caller speaks no AGI command runs, so keys pressed then are not seen."""

    def __init__(self, session: AgiSession, sounds_dir: Path, spool_dir: Path, recognizer: Any,
                 audio: AudioTap) -> None:
        super().__init__(session, sounds_dir, spool_dir, recognizer)
        self.audio = audio

    async def _listen_speech(self, phrases: list[str], timeout: float, escape_digits: str) -> Heard:
        stream = self.recognizer.stream(phrases, sample_rate=8000, no_input_seconds=timeout,  # type: ignore[union-attr]
                                        max_seconds=max(10.0, timeout * 3))
        queue = self.audio.start()
        try:
            while True:
                chunk = await queue.get()
                if chunk is None:
                    break
                if await stream.feed(chunk):
                    break
        finally:
            self.audio.stop()
        result = await stream.result()
        text = (result.text or "").strip()
        if not text:
            return Heard(kind=HeardKind.SILENCE)
        return Heard(kind=HeardKind.SPEECH, text=text, confidence=float(result.confidence),
                     alternatives=[(str(a[0]), float(a[1])) for a in (result.alternatives or [])])


#: Asterisk starts AGI processes with its own environment, not the operator's shell: the
#: IVR_* settings of a deployment are read from this file (``KEY=value`` lines) when set.
ENV_FILE = Path("/etc/ivr12315/ivr.env")


def load_env_file(path: Path, environ: MutableMapping[str, str]) -> list[str]:
    """Copy ``IVR_*`` settings from an env file into ``environ`` (variables already set win).
    Returns the names taken. A missing file is not an error: the defaults apply."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    taken: list[str] = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        name, _, value = line.removeprefix("export ").partition("=")
        name, value = name.strip(), value.strip().strip('"').strip("'")
        if name.startswith("IVR_") and name not in environ:
            environ[name] = value
            taken.append(name)
    return taken


async def run_process_call(
    agi: Any,
    settings: Settings,
    *,
    recognizer: Recognizer | None = None,
    audio: AudioTap | None = None,
    services: EngineServices,
) -> CallRecord:
    """One call of this process on ``services`` (the entry script builds them from ``ivr.runtime``)."""

    session = AgiSession(PystTransport(agi), headers_from(agi), settings.agi_command_timeout)
    channel: AgiChannel
    if audio is not None and recognizer is not None and hasattr(recognizer, "stream"):
        channel = EagiChannel(session, settings.sounds_dir, settings.spool_dir, recognizer, audio)
        transport = "eagi"
    else:
        channel = AgiChannel(session, settings.sounds_dir, settings.spool_dir, recognizer)
        transport = "agi"
    return await run_call(channel, services, transport=transport)
