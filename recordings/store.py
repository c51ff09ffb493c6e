"""Caller statements on disk: data_dir/recordings/<yyyy>/<mm>/<call_id>.wav, with checksum and format.

File names come from the call id the server generated, checked against a strict charset;
nothing a caller says or keys ever becomes part of a path.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import wave
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from records.models import Recording

CALL_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")


class BadRecording(ValueError):
    """The source file is not a readable WAV, or the call id is not a safe name."""


@dataclass(frozen=True)
class RecordingInfo:
    call_id: str
    path: Path
    relpath: str
    sha256: str
    format: str
    duration_seconds: float
    size_bytes: int
    created_at: datetime


def recordings_root(data_dir: Path) -> Path:
    return data_dir / "recordings"


def check_call_id(call_id: str) -> str:
    if not CALL_ID_RE.fullmatch(call_id) or ".." in call_id:
        raise BadRecording(f"call id {call_id[:40]!r} is not a safe recording name")
    return call_id


def wav_format(path: Path) -> tuple[str, float]:
    try:
        with wave.open(str(path), "rb") as wav:
            rate, width, channels, frames = (wav.getframerate(), wav.getsampwidth(), wav.getnchannels(),
                                             wav.getnframes())
    except (wave.Error, EOFError, OSError) as exc:
        raise BadRecording(f"{path.name}: not a readable PCM WAV file ({exc})") from exc
    if rate <= 0:
        raise BadRecording(f"{path.name}: sample rate {rate}")
    return f"wav/pcm_s{8 * width}le/{rate}Hz/{channels}ch", frames / rate


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def store_statement(src_path: str | Path, call_id: str, *, data_dir: Path,
                    now: datetime | None = None) -> RecordingInfo:
    """Copy a recorded statement into the store (atomically); the source is left in place."""
    check_call_id(call_id)
    src = Path(src_path)
    fmt, duration = wav_format(src)
    when = now or datetime.now(UTC)
    relpath = f"{when:%Y}/{when:%m}/{call_id}.wav"
    target = recordings_root(data_dir) / relpath
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{call_id}.{os.getpid()}.tmp")
    shutil.copyfile(src, tmp)
    os.replace(tmp, target)
    return RecordingInfo(call_id=call_id, path=target, relpath=relpath, sha256=sha256_of(target), format=fmt,
                         duration_seconds=round(duration, 3), size_bytes=target.stat().st_size, created_at=when)


def register(session: Session, info: RecordingInfo) -> Recording:
    """Insert or refresh the recording's row (same call id: the newer file wins)."""
    row = session.scalar(select(Recording).where(Recording.call_id == info.call_id))
    if row is None:
        row = Recording(call_id=info.call_id)
        session.add(row)
    row.relpath = info.relpath
    row.sha256 = info.sha256
    row.format = info.format
    row.duration_seconds = info.duration_seconds
    row.size_bytes = info.size_bytes
    row.created_at = info.created_at
    row.deleted_at = None
    return row


def resolve_stored(root: Path, relpath: str) -> Path:
    """The file of a stored row; refuses anything that would leave the store."""
    path = (root / relpath).resolve()
    if not path.is_relative_to(root.resolve()):
        raise BadRecording("recording path leaves the store")
    return path
