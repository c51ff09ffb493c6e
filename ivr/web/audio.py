"""Uploaded prompt recordings: check (WAV, rate, length, size), convert to 8 kHz mono 16-bit."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MIN_RATE = 8000
MAX_RATE = 48000
MIN_SECONDS = 0.2
MAX_SECONDS = 120.0


class AudioRejected(ValueError):
    """The upload is not a usable prompt recording; the message says why."""


@dataclass(frozen=True)
class AudioInfo:
    rate: int
    channels: int
    seconds: float


def _sox() -> str:
    found = shutil.which("sox")
    if not found:
        raise RuntimeError("sox is required for prompt recordings (apt-get install sox)")
    return found


def probe(path: Path) -> AudioInfo:
    """Read the header with ``sox --i``; AudioRejected when sox cannot read it as WAV."""
    sox = _sox()
    values = []
    # The file name ends in .wav, so sox reads it as WAV and nothing else.
    for flag in ("-t", "-r", "-c", "-D"):
        done = subprocess.run([sox, "--i", flag, str(path)], capture_output=True, text=True, timeout=30)
        if done.returncode != 0:
            raise AudioRejected("not a readable WAV file")
        values.append(done.stdout.strip())
    if values[0] != "wav":
        raise AudioRejected("not a readable WAV file")
    try:
        return AudioInfo(rate=int(float(values[1])), channels=int(values[2]), seconds=float(values[3]))
    except ValueError as exc:
        raise AudioRejected("not a readable WAV file") from exc


def check_upload(data: bytes) -> None:
    if len(data) > MAX_UPLOAD_BYTES:
        raise AudioRejected(f"file larger than {MAX_UPLOAD_BYTES // (1024 * 1024)} MiB")
    if len(data) < 44 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise AudioRejected("only WAV files (RIFF/WAVE) are accepted")


def store_recording(data: bytes, target_dir: Path, stem: str) -> tuple[Path, AudioInfo]:
    """Check the upload and write it converted to 8 kHz mono 16-bit signed PCM.

    The file name carries a digest of the content, so versions that name an older
    recording keep hearing it. ``stem`` must be a safe name (the caller checks it).
    """
    check_upload(data)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "upload.wav"
        source.write_bytes(data)
        info = probe(source)
        if not MIN_RATE <= info.rate <= MAX_RATE:
            raise AudioRejected(f"sample rate {info.rate} Hz; accepted {MIN_RATE}-{MAX_RATE} Hz")
        if not MIN_SECONDS <= info.seconds <= MAX_SECONDS:
            raise AudioRejected(f"length {info.seconds:.1f} s; accepted {MIN_SECONDS}-{MAX_SECONDS:.0f} s")
        if info.channels > 2:
            raise AudioRejected(f"{info.channels} channels; mono or stereo only")
        converted = Path(tmp) / "converted.wav"
        done = subprocess.run(
            [_sox(), "-t", "wav", str(source), "-r", "8000", "-c", "1", "-b", "16", "-e", "signed-integer",
             str(converted)], capture_output=True, timeout=60)
        if done.returncode != 0:
            raise AudioRejected("sox could not convert the file")
        digest = hashlib.sha256(converted.read_bytes()).hexdigest()[:12]
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / f"{stem}-{digest}.wav"
        shutil.move(str(converted), target)
    return target, probe(target)
