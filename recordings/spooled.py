"""A call's statement while it still sits in the spool (read-only lookup).

The engine records the statement into ``<spool>/<call id>-<slot>.wav`` (the call id the server
generated, the record node's slot); the records writer copies it into the store only when the
call has ended. This module finds that file for a call id during the call. The path is built
here from the call id and the slot name, both checked against strict character sets: nothing a
client sends becomes part of the path, and a name that would leave the spool (a link included)
is refused. Nothing is written or moved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from recordings.store import BadRecording, check_call_id, wav_format

#: the slot the shipped menus record the caller's statement into
STATEMENT_SLOT = "statement"
#: the engine cuts spool names to 64 characters of the call id; longer ids are not spool names
MAX_SPOOL_ID = 64
_SLOT_RE = re.compile(r"[a-z][a-z0-9_]{0,63}")


@dataclass(frozen=True)
class SpooledStatement:
    call_id: str
    path: Path
    format: str
    duration_seconds: float


def spool_name(call_id: str, slot: str = STATEMENT_SLOT) -> str:
    """The file name the engine gives a call's recording of ``slot``; refuses unsafe names."""
    check_call_id(call_id)
    if len(call_id) > MAX_SPOOL_ID or call_id.endswith("."):
        raise BadRecording(f"call id {call_id[:40]!r} is not a spool name")
    if not _SLOT_RE.fullmatch(slot):
        raise BadRecording(f"slot {slot[:40]!r} is not a recording slot")
    return f"{call_id}-{slot}.wav"


def spooled_statement(spool_dir: Path, call_id: str, slot: str = STATEMENT_SLOT) -> SpooledStatement | None:
    """The call's recorded statement in the spool, or None when there is none (not recorded,
    not a readable WAV, or a name that resolves outside the spool). Raises ``BadRecording`` for
    a call id or slot that could never name a spool file."""
    name = spool_name(call_id, slot)
    root = spool_dir.resolve()
    path = (root / name).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        return None
    try:
        fmt, duration = wav_format(path)
    except BadRecording:
        return None
    return SpooledStatement(call_id=call_id, path=path, format=fmt, duration_seconds=round(duration, 3))
