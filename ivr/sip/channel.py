"""SipChannel: the engine's Channel over the embedded SIP endpoint."""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any

from ivr.channel import (
    AnswerHook,
    CallerHangup,
    Channel,
    DialResult,
    DigitsResult,
    Heard,
    HeardKind,
    Prompt,
    Recording,
)
from ivr.prompts_built import built_file, existing_file, report_missing, stand_in_seconds
from ivr.sip import audio, g711
from ivr.sip.bridge import dial_and_bridge
from ivr.sip.speech import SpeechRecognizer, final_result

if TYPE_CHECKING:
    from ivr.sip.endpoint import InboundCall, SipEndpoint

ALL_KEYS = "0123456789*#"
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}\Z")  # one file name, no path
_END_OF_SPEECH = 0.8  # seconds of quiet after speech that end an utterance
_MAX_UTTERANCE = 12.0


class SipChannel(Channel):
    def __init__(self, endpoint: SipEndpoint, call: InboundCall,
                 recognizer: SpeechRecognizer | None = None) -> None:
        self.endpoint = endpoint
        self.call = call
        self.recognizer = recognizer if recognizer is not None else getattr(endpoint, "recognizer", None)
        self.caller = call.caller
        self.dnis = call.dnis
        # The SIP Call-ID is chosen by the caller: our call id (database key, file names) is ours.
        self.call_id = f"sip-{uuid.uuid4().hex}"
        self.sip_call_id = call.call_id
        self.args = []
        self.variables: dict[str, str] = {}
        self.settings = endpoint.settings
        self.options = endpoint.options

    # --- helpers -------------------------------------------------------------
    def _check(self) -> None:
        if self.call.ended:
            raise CallerHangup(self.call.end_reason or "caller hangup")

    async def _first(self, *awaitables: Awaitable[Any], timeout: float | None = None) -> tuple[int, Any]:
        """Index and result of the first awaitable to finish; (-1, None) on timeout.

        Raises CallerHangup when the call ends first.
        """
        self._check()
        tasks = [asyncio.ensure_future(a) for a in awaitables]
        hangup = asyncio.ensure_future(self.call.hangup_event.wait())
        try:
            done, _ = await asyncio.wait([*tasks, hangup], timeout=timeout,
                                         return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in [*tasks, hangup]:
                if not task.done():
                    task.cancel()
        if hangup in done or self.call.ended:
            raise CallerHangup(self.call.end_reason or "caller hangup")
        for index, task in enumerate(tasks):
            if task in done:
                return index, task.result()
        return -1, None

    async def _digit(self, accept: str) -> str:
        """Wait for the next key in ``accept``; other keys are dropped."""
        while True:
            while self.call.digits:
                digit = self.call.digits.pop(0)
                if digit in accept:
                    return digit
            self.call.digit_event.clear()
            await self.call.digit_event.wait()

    async def _payload(self, prompt: Prompt) -> bytes:
        """The prompt's audio in the call's codec: its recording, its built file, or its built
        pieces joined (a composed sentence). Nothing is synthesised: a sound never built plays
        as silence about as long as its words, and the log names it once."""
        if prompt.pieces:
            return b"".join([await self._sound(p.sound, p.text) for p in prompt.pieces])
        if prompt.audio:
            recorded = existing_file(prompt.audio)
            if recorded is not None:
                return await audio.encoded_file(recorded, self.call.stream.codec)
            report_missing(prompt.audio, prompt.text)
            return self._encode(audio.silence(stand_in_seconds(prompt.text)))
        return await self._sound(prompt.sound_name, prompt.text)

    async def _sound(self, sound: str, text: str) -> bytes:
        path = built_file(self.settings.sounds_dir, sound)
        if path is None:
            report_missing(self.settings.sounds_dir / f"{sound}.wav", text)
            return self._encode(audio.silence(stand_in_seconds(text)))
        return await audio.encoded_file(path, self.call.stream.codec)

    def _encode(self, pcm: bytes) -> bytes:
        return g711.encode(pcm, self.call.stream.codec)

    async def _play_payload(self, payload: bytes, escape_digits: str) -> str | None:
        stream = self.call.stream
        if escape_digits:
            for index, digit in enumerate(self.call.digits):
                if digit in escape_digits:
                    del self.call.digits[:index + 1]
                    return digit
        done = stream.play(payload)
        waiters: list[Awaitable[Any]] = [done]
        if escape_digits:
            waiters.append(self._digit(escape_digits))
        try:
            index, result = await self._first(*waiters)
        finally:
            stream.stop_playing()
        return result if index == 1 else None

    # --- Channel -----------------------------------------------------------------
    async def answer(self) -> None:
        self._check()
        if self.options.ring_seconds > 0 and not self.call.answered:
            await self._first(asyncio.sleep(self.options.ring_seconds))
        self._check()
        self.endpoint.answer(self.call)

    async def play(self, prompt: Prompt, escape_digits: str = "") -> str | None:
        self._check()
        # Keys typed ahead (e.g. during the previous prompt) stay buffered:
        # an escape key among them skips this prompt, like a caller who knows the menu.
        return await self._play_payload(await self._payload(prompt), escape_digits)

    async def collect_digits(self, prompt: Prompt | None, max_digits: int, timeout: float,
                             terminator: str = "#") -> DigitsResult:
        self._check()
        collected = ""
        if prompt is not None:
            first = await self._play_payload(await self._payload(prompt), ALL_KEYS)
            if first is not None:
                if first == terminator:
                    return DigitsResult(collected)
                collected = first
        while len(collected) < max_digits:
            index, digit = await self._first(self._digit(ALL_KEYS), timeout=timeout)
            if index < 0:
                return DigitsResult(collected, timed_out=True)
            if digit == terminator:
                break
            collected += digit
        return DigitsResult(collected)

    async def listen(self, prompt: Prompt | None, phrases: list[str], timeout: float,
                     escape_digits: str = ALL_KEYS) -> Heard:
        self._check()
        if self.recognizer is None:
            if prompt is not None:
                key = await self._play_payload(await self._payload(prompt), escape_digits)
                if key is not None:
                    return Heard(kind=HeardKind.KEYS, digits=key)
            index, key = await self._first(self._digit(escape_digits), timeout=timeout)
            return Heard(kind=HeardKind.KEYS, digits=key) if index == 0 else Heard(kind=HeardKind.SILENCE)
        return await self._listen_with_speech(prompt, phrases, timeout, escape_digits)

    async def _listen_with_speech(self, prompt: Prompt | None, phrases: list[str], timeout: float,
                                  escape_digits: str) -> Heard:
        assert self.recognizer is not None
        utterance = self.recognizer.stream(phrases)
        chunks: asyncio.Queue[bytes] = asyncio.Queue()
        speech_started = asyncio.Event()
        utterance_over = asyncio.Event()
        state = {"loud": 0, "last_loud": 0.0, "recogniser_final": False}
        loop = asyncio.get_running_loop()

        def on_audio(pcm: bytes) -> None:
            chunks.put_nowait(pcm)
            if audio.rms(pcm) >= self.options.barge_in_rms:
                state["loud"] += 1
                state["last_loud"] = loop.time()
                if state["loud"] >= 3:  # 60 ms of speech energy: a caller talking, not a click
                    speech_started.set()
            else:
                state["loud"] = 0

        async def feeder() -> None:
            while True:
                chunk = await chunks.get()
                if await utterance.feed(chunk):
                    state["recogniser_final"] = True
                    utterance_over.set()

        async def endpointer() -> None:
            await speech_started.wait()
            started = loop.time()
            while not utterance_over.is_set():
                await asyncio.sleep(0.1)
                now = loop.time()
                if now - float(state["last_loud"]) >= _END_OF_SPEECH or now - started >= _MAX_UTTERANCE:
                    utterance_over.set()

        stream = self.call.stream
        stream.on_audio = on_audio
        background = [loop.create_task(feeder()), loop.create_task(endpointer())]
        try:
            if prompt is not None:
                done = stream.play(await self._payload(prompt))
                index, key = await self._first(done, self._digit(escape_digits), speech_started.wait())
                stream.stop_playing()
                if index == 1:
                    return Heard(kind=HeardKind.KEYS, digits=key)
            index, key = await self._first(self._digit(escape_digits), speech_started.wait(), timeout=timeout)
            if index == 0:
                return Heard(kind=HeardKind.KEYS, digits=key)
            if index < 0:
                return Heard(kind=HeardKind.SILENCE)
            index, key = await self._first(self._digit(escape_digits), utterance_over.wait())
            if index == 0:
                return Heard(kind=HeardKind.KEYS, digits=key)
            stream.on_audio = None
            while not chunks.empty():  # hand over what arrived before the end was noticed
                chunk = chunks.get_nowait()
                await utterance.feed(chunk)
            return await final_result(utterance)
        finally:
            stream.on_audio = None
            stream.stop_playing()
            for task in background:
                task.cancel()

    async def record(self, prompt: Prompt | None, name: str, max_seconds: float, silence_seconds: float,
                     beep: bool = True) -> Recording:
        if not _SAFE_NAME.match(name) or ".." in name:
            raise ValueError(f"recording name must be a server-generated id, got {name!r}")
        self._check()
        path = self.settings.spool_dir / f"{name}.wav"
        if prompt is not None:
            await self.play(prompt)
        if beep:
            await self._play_payload(self._encode(audio.BEEP_PCM), "")
        self.call.digits.clear()
        captured: list[bytes] = []
        loop = asyncio.get_running_loop()
        last_sound = loop.time()
        heard_sound = False

        def on_audio(pcm: bytes) -> None:
            nonlocal last_sound, heard_sound
            captured.append(pcm)
            if audio.rms(pcm) >= self.options.silence_rms:
                last_sound = loop.time()
                heard_sound = True

        stream = self.call.stream
        stream.on_audio = on_audio
        started = loop.time()
        ended_by = "max_length"
        try:
            while True:
                now = loop.time()
                if now - started >= max_seconds:
                    break
                if now - last_sound >= silence_seconds:
                    ended_by = "silence"
                    break
                try:
                    index, _ = await self._first(self._digit("#"), timeout=0.1)
                except CallerHangup:
                    ended_by = "hangup"
                    break
                if index == 0:
                    ended_by = "dtmf"
                    break
        finally:
            stream.on_audio = None
        pcm = b"".join(captured)
        if ended_by == "silence" and heard_sound:
            # Keep a little of the trailing quiet, drop the rest.
            keep = len(pcm) - int((silence_seconds - 0.5) * audio.RATE) * 2
            pcm = pcm[:max(keep, 0)] if keep > 0 else pcm
        await asyncio.to_thread(audio.write_wav, path, pcm)
        return Recording(path=str(path), duration_seconds=len(pcm) / (2 * audio.RATE), ended_by=ended_by)

    async def hold(self, seconds: float, escape_digits: str = "") -> str | None:
        self._check()
        self.call.digits.clear()
        if self.options.hold_wav is not None:
            music = await audio.encoded_file(self.options.hold_wav, self.call.stream.codec)
        else:
            music = self._encode(audio.HOLD_PCM)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        stream = self.call.stream
        try:
            while (remaining := deadline - loop.time()) > 0:
                waiters: list[Awaitable[Any]] = [stream.play(music)]
                if escape_digits:
                    waiters.append(self._digit(escape_digits))
                index, key = await self._first(*waiters, timeout=remaining)
                if index == 1:
                    return str(key)
                if index < 0:
                    return None
            return None
        finally:
            stream.stop_playing()

    async def dial(self, endpoint: str, timeout: float, on_answer: AnswerHook | None = None) -> DialResult:
        self._check()
        result = await dial_and_bridge(self, endpoint, timeout, on_answer)
        if result.status != "ANSWER" and self.call.ended:  # the caller left while it rang
            raise CallerHangup("caller hangup")
        return result

    @property
    def is_up(self) -> bool:
        return not self.call.ended

    async def set_variable(self, name: str, value: str) -> None:
        self.variables[name] = value

    async def get_variable(self, name: str) -> str | None:
        return self.variables.get(name)

    async def hangup(self) -> None:
        if not self.call.ended:
            self.endpoint.hangup(self.call)
