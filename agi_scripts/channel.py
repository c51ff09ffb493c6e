"""The engine's Channel over AGI (FastAGI or classic AGI): one call, driven by AGI commands.

Sounds are named relative to Asterisk's sounds directory (``ivr/<lang>/<menu>/<prompt>``,
as built by ``ivr prompts build`` under ``<data_dir>/sounds``); recordings go to absolute
paths in the spool (``<data_dir>/spool``), which Asterisk and the server share. No file
name is ever built from caller input.

Music on hold: ``EXEC StartMusicOnHold default`` then ``WAIT FOR DIGIT <ms>``, so the
hold class plays for exactly the time asked and a key press (callback request) still
gets through; the music is stopped before the next prompt, recording or dial.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, Protocol

from agi_scripts.codec import AgiHeaders, AgiReply, format_command
from agi_scripts.session import AgiSession
from ivr.channel import (
    AnswerHook,
    CallerHangup,
    Channel,
    ChannelError,
    DialResult,
    DigitsResult,
    Heard,
    HeardKind,
    Prompt,
    Recording,
)
from ivr.privacy import mask_number
from ivr.system_sounds import BEEP_SOUND, SILENCE_SOUND

log = logging.getLogger(__name__)

_SOUND_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_./-]*\Z")
_RECORDING_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\Z")
_VARIABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,79}\Z")
_ENDPOINT = re.compile(r"^(?:[A-Za-z]+/)?[A-Za-z0-9_.@-]{1,80}\Z")
_DIGITS = re.compile(r"^[0-9*#A-D]*\Z")
_DIAL_KEY = re.compile(r"^[A-Za-z0-9_.-]{1,64}\Z")
_KEYS = frozenset("0123456789*#ABCD")
#: The dialplan subroutine Dial runs on the agent's channel when it answers (extensions.conf).
ANSWER_SUBROUTINE = "ivr-agent-answered"
#: Set before the server hangs up a call it finished; the dialplan falls back only without it.
END_MARKER = "IVR_DONE"
_MUSIC_CLASS = "default"
#: A Dial may be answered and talked for a long time; bound it only loosely.
MAX_TALK_SECONDS = 4 * 3600
#: Pause that ends keyed digits given to a speech question, and the most taken.
INTER_DIGIT_SECONDS = 2.0
MAX_SPOKEN_KEYS = 8
SAMPLE_RATE = 8000


class Recognition(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def confidence(self) -> float: ...

    @property
    def alternatives(self) -> Any: ...


class Recognizer(Protocol):
    async def recognize_file(self, path: str, phrases: list[str]) -> Recognition: ...


def _ms(seconds: float) -> int:
    return max(0, int(round(seconds * 1000)))


# Checked once per distinct value: menus pass the same few escape strings and sound names on every
# command. lru_cache keeps only values that passed; a bad one raises again each time.
@functools.lru_cache(maxsize=256)
def _check_escape(digits: str) -> str:
    if not _DIGITS.match(digits):
        raise ChannelError(f"bad escape digits {digits!r}")
    return digits


@functools.lru_cache(maxsize=8192)
def _check_sound(name: str) -> str:
    if not _SOUND_NAME.match(name) or ".." in name.split("/"):
        raise ChannelError(f"unsafe sound name {name!r}")
    return name


@functools.lru_cache(maxsize=8192)
def _stream_line(sound: str, escape_digits: str) -> bytes:
    """The ``STREAM FILE`` line of a checked sound name: made once per process (menus play the
    same few hundred sounds with the same few escape strings)."""
    return format_command("STREAM FILE", _check_sound(sound), _check_escape(escape_digits))


# Lines a call sends whatever it does, made once.
_ANSWER_LINE = format_command("ANSWER")
_END_MARKER_LINE = format_command("SET VARIABLE", END_MARKER, "1")
_HANGUP_LINE = format_command("HANGUP")


@functools.lru_cache(maxsize=256)
def _every_digit(escape_digits: str) -> bool:
    return set("0123456789") <= set(escape_digits)


def _ensure_dir(path: str) -> None:
    """One ``stat`` when the folder is there (Path.mkdir(exist_ok=True) tries mkdir and catches)."""
    if not os.path.isdir(path):
        os.makedirs(path, exist_ok=True)


class AgiChannel(Channel):
    """Channel implementation that speaks AGI through an :class:`AgiSession`."""

    def __init__(
        self,
        session: AgiSession,
        sounds_dir: Path,
        spool_dir: Path,
        recognizer: Recognizer | None = None,
    ) -> None:
        headers: AgiHeaders = session.headers
        self.session = session
        self.sounds_dir = sounds_dir
        self.spool_dir = spool_dir
        self.recognizer = recognizer
        self.caller = headers.caller
        self.caller_name = headers.caller_name
        self.dnis = headers.dnis
        self.call_id = headers.uniqueid
        self.args = headers.args
        # Asterisk sends the channel's language (pjsip.conf ``language=``); the engine uses
        # it only when the menu offers that language.
        self.language_hint = headers.get("agi_language")
        self._music_on = False
        self._spool = str(spool_dir)

    @property
    def headers(self) -> AgiHeaders:
        return self.session.headers

    @property
    def hung_up(self) -> bool:
        return self.session.hung_up

    @property
    def is_up(self) -> bool:
        return not self.session.hung_up

    def describe(self) -> str:
        """For logs: the call id and the masked caller number."""
        return f"{self.call_id} from {mask_number(self.caller)} to {self.dnis}"

    # -- sounds ---------------------------------------------------------------------

    async def sound_for(self, prompt: Prompt) -> str:
        """The STREAM FILE name for a prompt (its first piece for a composed sentence)."""
        return self.sounds_for(prompt)[0]

    def sounds_for(self, prompt: Prompt) -> list[str]:
        """The STREAM FILE names of a prompt, in order: one, or one per built piece of a
        composed sentence (``ivr/<lang>/pieces/...``). Nothing is synthesised here."""
        if prompt.pieces:
            return [_check_sound(p.sound) for p in prompt.pieces]
        return [_check_sound(prompt.sound_name)]

    async def _stop_music(self) -> None:
        """Only awaited while music plays (:meth:`_music_stopper`)."""
        self._music_on = False
        await self.session.command("EXEC", "StopMusicOnHold")

    def _music_stopper(self) -> Coroutine[Any, Any, None] | None:
        """The coroutine that stops the music on hold, or nothing when none plays (a prompt,
        recording or dial must not start over it): ``if (stop := ...) is not None: await stop``
        makes no coroutine on the common path."""
        return self._stop_music() if self._music_on else None

    # -- Channel --------------------------------------------------------------------

    async def answer(self) -> None:
        await self.session.command_line("ANSWER", _ANSWER_LINE)

    async def play(self, prompt: Prompt, escape_digits: str = "") -> str | None:
        """One STREAM FILE per piece; a key that stops a piece stops the rest (barge-in)."""
        if (stop := self._music_stopper()) is not None:
            await stop
        pieces = prompt.pieces
        # every line made (every name checked) before the first is sent
        lines = [_stream_line(p.sound, escape_digits) for p in pieces] if pieces \
            else [_stream_line(prompt.sound_name, escape_digits)]
        for line in lines:
            reply = await self.session.command_line("STREAM FILE", line)
            key = _key_of_result(reply.result)
            if key is not None:
                return key
        return None

    async def collect_digits(
        self, prompt: Prompt | None, max_digits: int, timeout: float, terminator: str = "#"
    ) -> DigitsResult:
        if (stop := self._music_stopper()) is not None:
            await stop
        first = ""
        sound = SILENCE_SOUND
        if prompt is not None and prompt.pieces:
            # a composed question: its pieces, any key stops them and starts the answer
            first = await self.play(prompt, "0123456789*#") or ""
            if first == "#" or (first and max_digits <= 1):
                return DigitsResult(digits="" if first == "#" else first)
        elif prompt is not None:
            sound = await self.sound_for(prompt)
        wanted = max(1, max_digits - len(first))
        # GET DATA always ends on '#'; other terminators are not offered by Asterisk.
        reply = await self.session.command(
            "GET DATA", sound, _ms(timeout), wanted, expected_seconds=timeout * (wanted + 1)
        )
        if reply.result == "-1":
            # A live channel answered -1: the prompt file is missing. Treat as no input.
            return DigitsResult(digits="", timed_out=True)
        digits = first + (reply.result or "")
        if not _DIGITS.match(digits):
            raise ChannelError(f"GET DATA returned non-digits {digits[:20]!r}")
        return DigitsResult(digits=digits, timed_out=reply.data == "timeout" or digits == "")

    async def wait_for_digit(self, timeout: float) -> str | None:
        reply = await self.session.command("WAIT FOR DIGIT", _ms(timeout), expected_seconds=timeout)
        return _key_of_result(reply.result)

    async def listen(
        self, prompt: Prompt | None, phrases: list[str], timeout: float, escape_digits: str = "0123456789*#"
    ) -> Heard:
        escape_digits = _check_escape(escape_digits)
        if prompt is not None:
            key = await self.play(prompt, escape_digits)
            if key is not None:
                return await self._keys_heard(key, escape_digits)
        if self.recognizer is None:
            key = await self.wait_for_digit(timeout)
            if key is not None and key in escape_digits:
                return await self._keys_heard(key, escape_digits)
            return Heard(kind=HeardKind.SILENCE)
        return await self._listen_speech(phrases, timeout, escape_digits)

    async def _keys_heard(self, first: str, escape_digits: str) -> Heard:
        """A key answered a speech question. When every digit is allowed (a free-form
        answer such as a two-digit province code) more keys are gathered until '#' or a
        short pause; a menu (only its choice keys allowed) takes the single key at once."""
        if first not in "0123456789" or not _every_digit(escape_digits):
            return Heard(kind=HeardKind.KEYS, digits=first)
        reply = await self.session.command(
            "GET DATA", SILENCE_SOUND, _ms(INTER_DIGIT_SECONDS), MAX_SPOKEN_KEYS - 1,
            expected_seconds=INTER_DIGIT_SECONDS * MAX_SPOKEN_KEYS,
        )
        more = reply.result if reply.result and reply.result != "-1" and _DIGITS.match(reply.result) else ""
        return Heard(kind=HeardKind.KEYS, digits=first + more)

    async def _listen_speech(self, phrases: list[str], timeout: float, escape_digits: str) -> Heard:
        """Record one utterance (ends on 1 s of silence or a key), then recognise it."""
        assert self.recognizer is not None
        folder = os.path.join(self._spool, "utterances")
        base = os.path.join(folder, f"{_safe_id(self.call_id)}-{self.session.commands_sent}")
        _ensure_dir(folder)
        reply = await self.session.command(
            "RECORD FILE", base, "wav", escape_digits, _ms(timeout), "s=1",
            expected_seconds=timeout, probe=False,
        )
        if reply.result == "-1" or reply.data == "hangup":
            self.session.mark_hangup()
            raise CallerHangup("caller hangup")
        key = _key_of_result(reply.result)
        if reply.data == "dtmf" and key:
            return Heard(kind=HeardKind.KEYS, digits=key)
        wav = base + ".wav"
        if not os.path.exists(wav):  # noqa: ASYNC240 - one stat of a local spool file, no I/O wait worth a thread
            return Heard(kind=HeardKind.SILENCE)
        try:
            result = await self.recognizer.recognize_file(wav, phrases)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(wav)
        text = (result.text or "").strip()
        if not text:
            return Heard(kind=HeardKind.SILENCE)
        alternatives = [(str(alt[0]), float(alt[1])) for alt in (result.alternatives or [])]
        return Heard(kind=HeardKind.SPEECH, text=text, confidence=float(result.confidence),
                     alternatives=alternatives)

    async def record(
        self, prompt: Prompt | None, name: str, max_seconds: float, silence_seconds: float, beep: bool = True
    ) -> Recording:
        if not _RECORDING_NAME.match(name) or ".." in name:
            raise ChannelError(f"recording name must be a server id, got {name[:40]!r}")
        if (stop := self._music_stopper()) is not None:
            await stop
        if prompt is not None:
            await self.play(prompt)
        _ensure_dir(self._spool)
        base = os.path.join(self._spool, name)  # name is one plain component (checked above)
        if beep:
            await self.session.command("STREAM FILE", BEEP_SOUND, "")
        args: list[str | int] = [base, "wav", "#", _ms(max_seconds), f"s={max(1, int(round(silence_seconds)))}"]
        reply = await self.session.command("RECORD FILE", *args, expected_seconds=max_seconds, probe=False)
        path = base + ".wav"
        endpos = reply.endpos or 0
        duration = endpos / SAMPLE_RATE
        if reply.result == "-1" and reply.data != "hangup" and not self.session.hung_up:
            # (writefile), (randomerror): the recording failed, the caller may well be there.
            if await self.session.probe_channel():
                log.warning("call %s: RECORD FILE failed on a live channel (%s)", self.call_id, reply.data)
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(path)
                return Recording(path="", duration_seconds=0.0, ended_by=f"failed:{reply.data or 'unknown'}")
        if reply.result == "-1" or reply.data == "hangup":
            # Hanging up is a normal way to finish a statement: keep what was said.
            self.session.mark_hangup()
            ended_by = "hangup"
        elif reply.data == "dtmf":
            ended_by = "dtmf"
        elif duration >= max_seconds - 0.5:
            ended_by = "max_length"
        else:
            ended_by = "silence"
        if ended_by == "hangup" and not os.path.exists(path):  # noqa: ASYNC240 - as above
            raise CallerHangup("caller hangup")
        return Recording(path=path, duration_seconds=duration, ended_by=ended_by)

    async def hold(self, seconds: float, escape_digits: str = "") -> str | None:
        escape_digits = _check_escape(escape_digits)
        if not self._music_on:
            await self.session.command("EXEC", "StartMusicOnHold", _MUSIC_CLASS)
            self._music_on = True
        remaining = seconds
        while remaining > 0:
            # Keys that are not escape digits are ignored; keep holding for the rest.
            step = min(remaining, 30.0)
            key = await self.wait_for_digit(step)
            if key is None:
                remaining -= step
                continue
            if key in escape_digits:
                if (stop := self._music_stopper()) is not None:
                    await stop
                return key
            remaining -= 0.5
        return None

    async def dial(self, endpoint: str, timeout: float, on_answer: AnswerHook | None = None) -> DialResult:
        """``EXEC Dial``. Asterisk answers ``-1`` when an answered talk ends, whoever hung up:
        only a ``HANGUP`` line or ``511`` says the caller left (AGI-FACTS.md). ``ANSWEREDTIME``
        is the caller channel's age in Asterisk 20, so the talk time is left to the ACD, which
        learns the answer moment from the ``U()`` subroutine (``on_answer.key``)."""
        if not _ENDPOINT.match(endpoint):
            raise ChannelError(f"unsafe dial endpoint {endpoint[:40]!r}")
        if (stop := self._music_stopper()) is not None:
            await stop
        target = endpoint if "/" in endpoint else f"PJSIP/{endpoint}"
        options = ""
        if on_answer is not None:
            if not all(_DIAL_KEY.match(word) for word in on_answer.key):
                raise ChannelError("unsafe answer key")
            options = f",U({ANSWER_SUBROUTINE}^{'^'.join(on_answer.key)})"
        reply = await self.session.command(
            "EXEC", "Dial", f"{target},{max(1, int(timeout))}{options}",
            expected_seconds=timeout + MAX_TALK_SECONDS, probe=False,
        )
        if reply.result == "-2":
            raise ChannelError("Asterisk has no Dial application")
        if reply.result == "-1" and not self.session.hung_up:
            await self.session.probe_channel()
        status = await self.get_variable("DIALSTATUS") or "CHANUNAVAIL"
        if status != "ANSWER" and self.session.hung_up:
            raise CallerHangup(self.session.hangup_reason or "caller hangup")
        return DialResult(status=status, caller_still_up=status == "ANSWER" and not self.session.hung_up)

    async def set_variable(self, name: str, value: str) -> None:
        if not _VARIABLE_NAME.match(name):
            raise ChannelError(f"bad variable name {name[:40]!r}")
        await self.session.command("SET VARIABLE", name, value)

    async def get_variable(self, name: str) -> str | None:
        if not _VARIABLE_NAME.match(name):
            raise ChannelError(f"bad variable name {name[:40]!r}")
        reply = await self.session.command("GET VARIABLE", name)
        if reply.result != "1":
            return None
        return reply.data if reply.data is not None else ""

    async def verbose(self, message: str, level: int = 1) -> None:
        await self.session.command("VERBOSE", message, level)

    async def hangup(self) -> None:
        """End a call the server finished: mark it done for the dialplan (no fallback), then
        ``HANGUP``; the server closes the socket right after (the caller's BYE waits for it)."""
        if self.session.hung_up:
            return
        try:
            await self.session.command_line("SET VARIABLE", _END_MARKER_LINE)
            await self.session.command_line("HANGUP", _HANGUP_LINE)
        except (CallerHangup, ChannelError):
            pass
        self.session.mark_hangup("server hangup")


@functools.lru_cache(maxsize=256)  # a handful of results come back: 0, -1, the keys' codes
def _key_of_result(result: str | None) -> str | None:
    """``result`` of STREAM FILE / WAIT FOR DIGIT / RECORD FILE is the ASCII code of a key (read
    once per distinct result; a bad one raises every time)."""
    code = AgiReply(code=200, result=result).result_int
    if code is None or code <= 0:
        return None
    if code > 127:
        raise ChannelError(f"key code out of range: {code}")
    key = chr(code)
    if key not in _KEYS:
        raise ChannelError(f"not a key: {key!r}")
    return key


def _safe_id(call_id: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9_-]", "_", call_id)[:60]
    return cleaned or "call"
