"""The writer files a call's statement from the spool into the store; nothing outside the spool."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from recordings.ingest import SpoolIngest
from records.apply import apply_event
from records.events import parse_entry
from records.models import Call, Recording
from tests.recordings.test_recordings import make_wav
from tests.records.streamdata import call_record, ms


def _end(call_id: str, recording: str) -> dict[str, str]:
    record = call_record(call_id, ended=True)
    record.recording = recording
    return {"type": "CALL_END", "call_id": call_id, "ts": ms(record.started_at),
            "data": json.dumps(record.model_dump(mode="json"))}


def test_statement_from_spool_is_stored_and_outside_is_refused(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    spool = tmp_path / "data" / "spool"
    spool.mkdir(parents=True)
    inside = make_wav(spool / "stmt-1.wav", 2.0)
    outside = make_wav(tmp_path / "elsewhere.wav")
    ingest = SpoolIngest(spool, tmp_path / "data")
    with sessions.begin() as s:
        apply_event(s, parse_entry("1-0", _end("in-1", str(inside))), "k", ingest)
        apply_event(s, parse_entry("2-0", _end("out-1", str(outside))), "k", ingest)
        apply_event(s, parse_entry("3-0", _end("esc-1", str(spool / ".." / ".." / "elsewhere.wav"))), "k", ingest)
        apply_event(s, parse_entry("4-0", _end("gone-1", str(spool / "missing.wav"))), "k", ingest)
    with sessions() as s:
        rows = {r.call_id: r for r in s.scalars(select(Recording))}
        calls = set(s.scalars(select(Call.call_id)))
    assert set(rows) == {"in-1"} and calls == {"in-1", "out-1", "esc-1", "gone-1"}
    row = rows["in-1"]
    stored = tmp_path / "data" / "recordings" / row.relpath
    assert stored.read_bytes() == inside.read_bytes()
    assert row.sha256 == hashlib.sha256(inside.read_bytes()).hexdigest() and row.duration_seconds == 2.0
