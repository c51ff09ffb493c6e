"""Prompt and tone audio for RTP: WAV loading (cached, pre-encoded per codec), tones, energy, WAV writing.

Nothing here starts a process: it runs during calls."""

from __future__ import annotations

import asyncio
import os
import wave
from collections import OrderedDict
from pathlib import Path

import numpy as np

from ivr.channel import ChannelError
from ivr.sip import g711

RATE = 8000
_CACHE_SIZE = 256
_encoded: OrderedDict[tuple[str, float, str], bytes] = OrderedDict()


def _read_pcm(path: Path) -> bytes:
    """8 kHz 16-bit mono PCM from a WAV. Another rate or stereo 16-bit WAV is mixed down and
    resampled here (no process is started during a call); other sample widths are refused:
    ``ivr prompts build`` and the recording upload write 8 kHz files."""
    with wave.open(str(path), "rb") as wav:
        rate, width, channels = wav.getframerate(), wav.getsampwidth(), wav.getnchannels()
        frames = wav.readframes(wav.getnframes())
    if (rate, width, channels) == (RATE, 2, 1):
        return frames
    if width != 2:
        raise ChannelError(f"{path.name}: {8 * width}-bit audio; prompts must be 16-bit WAV (run `ivr prompts build`)")
    samples = np.frombuffer(frames, dtype="<i2").astype(np.float64)
    if channels > 1:
        samples = samples[: len(samples) - len(samples) % channels].reshape(-1, channels).mean(axis=1)
    if rate != RATE and samples.size:
        count = max(1, int(samples.size * RATE / rate))
        samples = np.interp(np.arange(count) * (rate / RATE), np.arange(samples.size), samples)
    return np.clip(np.rint(samples), -32768, 32767).astype("<i2").tobytes()


async def encoded_file(path: Path, codec: str) -> bytes:
    """The WAV at ``path`` encoded in ``codec``; one decode+encode per file version per process."""
    try:
        mtime = os.stat(path).st_mtime  # cheap; the cache makes this the only disk touch per play
    except OSError as exc:
        raise ChannelError(f"prompt audio missing: {path}") from exc
    key = (str(path), mtime, codec)
    cached = _encoded.get(key)
    if cached is not None:
        _encoded.move_to_end(key)
        return cached
    try:
        pcm = await asyncio.to_thread(_read_pcm, path)
    except (wave.Error, EOFError) as exc:
        raise ChannelError(f"unreadable prompt audio {path}: {exc}") from exc
    payload = g711.encode(pcm, codec)
    _encoded[key] = payload
    if len(_encoded) > _CACHE_SIZE:
        _encoded.popitem(last=False)
    return payload


def tone(frequencies: tuple[float, ...], seconds: float, level: float = 0.25) -> bytes:
    """16-bit PCM of summed sine waves."""
    t = np.arange(int(RATE * seconds)) / RATE
    wave_sum = sum(np.sin(2 * np.pi * f * t) for f in frequencies) / max(len(frequencies), 1)
    return (np.asarray(wave_sum) * level * 32767).astype("<i2").tobytes()


def silence(seconds: float) -> bytes:
    return bytes(2 * int(RATE * seconds))


BEEP_PCM = tone((1000.0,), 0.25, 0.3)
#: A calm two-note phrase with a pause, repeated while the caller waits.
HOLD_PCM = tone((440.0,), 0.4, 0.12) + tone((554.4,), 0.4, 0.12) + silence(1.2)


def rms(pcm: bytes) -> float:
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32)
    return float(np.sqrt(np.mean(samples * samples))) if samples.size else 0.0


def write_wav(path: Path, pcm: bytes) -> None:
    """Write 8 kHz 16-bit mono; written to a side file first so a half file is never seen."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    with wave.open(str(partial), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(pcm)
    partial.replace(path)
