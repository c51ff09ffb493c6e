"""Audio for the recogniser: read any PCM WAV, mix to mono, resample to the model's rate."""

from __future__ import annotations

from math import gcd
from pathlib import Path

import numpy as np
from scipy.io import wavfile
from scipy.signal import resample_poly

MAX_SECONDS = 600  # a statement is at most a few minutes; refuse anything absurd


class AudioError(ValueError):
    """The audio cannot be read; the message says which file and why."""


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    """Mono float samples in [-1, 1] and the file's rate. Any rate; mono or multi-channel;
    8/16/24/32-bit integer or float PCM."""
    try:
        rate, data = wavfile.read(str(path))
    except FileNotFoundError as exc:
        raise AudioError(f"audio file not found: {path}") from exc
    except Exception as exc:  # scipy raises assorted errors on malformed headers
        raise AudioError(f"{path} is not a readable WAV file: {exc}") from exc
    if rate <= 0:
        raise AudioError(f"{path}: invalid sample rate {rate}")
    samples = _to_float(data)
    if samples.ndim == 2:
        samples = samples.mean(axis=1)
    if samples.size > rate * MAX_SECONDS:
        raise AudioError(f"{path}: longer than {MAX_SECONDS} s")
    return samples, int(rate)


def _to_float(data: np.ndarray) -> np.ndarray:
    if data.dtype == np.uint8:
        return (data.astype(np.float32) - 128.0) / 128.0
    if data.dtype.kind == "i":
        return data.astype(np.float32) / float(np.iinfo(data.dtype).max + 1)
    if data.dtype.kind == "f":
        return data.astype(np.float32)
    raise AudioError(f"unsupported WAV sample type {data.dtype}")


def resample(samples: np.ndarray, rate: int, target: int) -> np.ndarray:
    if rate == target or samples.size == 0:
        return samples
    divisor = gcd(rate, target)
    return resample_poly(samples, target // divisor, rate // divisor).astype(np.float32)


def to_pcm16(samples: np.ndarray) -> bytes:
    return (np.clip(samples, -1.0, 32767 / 32768) * 32768).astype("<i2").tobytes()


def wav_to_pcm16(path: Path, target_rate: int) -> bytes:
    """The file as 16-bit mono PCM at ``target_rate``."""
    samples, rate = read_wav(path)
    return to_pcm16(resample(samples, rate, target_rate))
