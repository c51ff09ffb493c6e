"""The two sounds the server itself plays on Asterisk: the tone before a statement and the
silence of a keys-only question.

A stock Asterisk installed without its core sounds has neither ``beep`` nor ``silence/1``:
``RECORD FILE ... BEEP`` then fails with ``(randomerror)`` and ``GET DATA silence/1`` fails
at once (AGI-FACTS.md). So the server never names Asterisk's: ``ivr prompts build`` writes
these into the sounds directory beside the prompts, and ``ivr doctor`` checks them.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

#: Sound names as STREAM FILE / GET DATA take them (relative to the sounds directory).
BEEP_SOUND = "ivr/system/beep"
SILENCE_SOUND = "ivr/system/silence"
SAMPLE_RATE = 8000
BEEP_HZ = 1000
BEEP_SECONDS = 0.25
SILENCE_SECONDS = 1.0


def beep_pcm() -> bytes:
    """A 1 kHz tone at half scale with 10 ms fades (no click), 16-bit mono."""
    frames = int(SAMPLE_RATE * BEEP_SECONDS)
    fade = int(SAMPLE_RATE * 0.01)
    samples = []
    for n in range(frames):
        envelope = min(1.0, n / fade, (frames - 1 - n) / fade)
        samples.append(int(16000 * envelope * math.sin(2 * math.pi * BEEP_HZ * n / SAMPLE_RATE)))
    return struct.pack(f"<{frames}h", *samples)


def silence_pcm() -> bytes:
    return b"\x00\x00" * int(SAMPLE_RATE * SILENCE_SECONDS)


SYSTEM_SOUNDS: dict[str, bytes] = {BEEP_SOUND: beep_pcm(), SILENCE_SOUND: silence_pcm()}


def sound_path(sounds_dir: Path, name: str) -> Path:
    return sounds_dir / f"{name}.wav"


def write_system_sounds(sounds_dir: Path) -> list[str]:
    """Write the sounds that are missing or differ; returns the names written."""
    written: list[str] = []
    for name, pcm in SYSTEM_SOUNDS.items():
        target = sound_path(sounds_dir, name)
        if _pcm_of(target) == pcm:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"{target.stem}.part.wav")
        with wave.open(str(partial), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(SAMPLE_RATE)
            out.writeframes(pcm)
        partial.replace(target)
        written.append(name)
    return written


def missing_system_sounds(sounds_dir: Path) -> list[str]:
    """Names whose file is absent or not 8 kHz 16-bit mono audio."""
    return [name for name in SYSTEM_SOUNDS if _pcm_of(sound_path(sounds_dir, name)) is None]


def _pcm_of(path: Path) -> bytes | None:
    try:
        with wave.open(str(path), "rb") as src:
            if (src.getnchannels(), src.getsampwidth(), src.getframerate()) != (1, 2, SAMPLE_RATE):
                return None
            return src.readframes(src.getnframes())
    except (OSError, EOFError, wave.Error):
        return None
