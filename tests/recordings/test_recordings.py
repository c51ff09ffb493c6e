"""Statement storage, retention and access-controlled download, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import math
import struct
import wave
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from recordings.api import recordings_router
from recordings.retention import apply_retention
from recordings.store import BadRecording, recordings_root, register, store_statement
from records.models import AuditLog, Call, Complaint, QueueLeg, Recording
from tests.records.webapp import as_user, client_for, header_user

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def make_wav(path: Path, seconds: float = 1.0, rate: int = 8000) -> Path:
    frames = b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / rate)))
                      for i in range(int(seconds * rate)))
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(frames)
    return path


def test_store_statement_layout_checksum_and_format(tmp_path: Path) -> None:
    src = make_wav(tmp_path / "spool.wav", 1.5)
    info = store_statement(src, "call-2026.1", data_dir=tmp_path / "data", now=NOW)
    assert info.path == tmp_path / "data" / "recordings" / "2026" / "11" / "call-2026.1.wav"
    assert info.sha256 == hashlib.sha256(info.path.read_bytes()).hexdigest()
    assert info.format == "wav/pcm_s16le/8000Hz/1ch" and info.duration_seconds == 1.5
    assert src.exists()


@pytest.mark.parametrize("call_id", ["../etc/passwd", "a/b", "", ".hidden", "x" * 200, "a\nb", "呼叫", "a..b"])
def test_unsafe_call_ids_are_refused(tmp_path: Path, call_id: str) -> None:
    src = make_wav(tmp_path / "s.wav")
    with pytest.raises(BadRecording):
        store_statement(src, call_id, data_dir=tmp_path / "data", now=NOW)
    assert not (tmp_path / "data").exists()


def test_non_wav_is_refused_and_nothing_stored(tmp_path: Path) -> None:
    src = tmp_path / "s.wav"
    src.write_bytes(b"ID3 this is an mp3, honest")
    with pytest.raises(BadRecording, match="not a readable PCM WAV"):
        store_statement(src, "c1", data_dir=tmp_path / "data", now=NOW)
    assert not (tmp_path / "data").exists()


def _stored(sessions: sessionmaker[Session], tmp_path: Path, call_id: str, age_days: int) -> Path:
    info = store_statement(make_wav(tmp_path / f"{call_id}.src.wav"), call_id, data_dir=tmp_path / "data",
                           now=NOW - timedelta(days=age_days))
    with sessions.begin() as s:
        register(s, info)
    return info.path


def _complaint(sessions: sessionmaker[Session], call_id: str, status: str, ticket: str) -> None:
    with sessions.begin() as s:
        s.add(Complaint(ticket=ticket, kind="complaint", status=status, call_id=call_id,
                        statement_recording=call_id, received_on=date(2026, 1, 5), created_by="ann"))


def test_retention_removes_what_it_should_and_nothing_else(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    old_free = _stored(sessions, tmp_path, "old-free", 200)
    old_open = _stored(sessions, tmp_path, "old-open", 200)
    old_closed = _stored(sessions, tmp_path, "old-closed", 200)
    young = _stored(sessions, tmp_path, "young", 10)
    _complaint(sessions, "old-open", "accepted", "260105000011")
    _complaint(sessions, "old-closed", "mediated", "260105000029")
    stranger = recordings_root(tmp_path / "data") / "2026" / "notes.txt"
    stranger.write_text("not a recording")

    with sessions.begin() as s:
        dry = apply_retention(s, recordings_root(tmp_path / "data"), NOW, 180, dry_run=True)
    assert sorted(dry.deleted) == ["old-closed", "old-free"] and old_free.exists()

    with sessions.begin() as s:
        result = apply_retention(s, recordings_root(tmp_path / "data"), NOW, 180)
    assert sorted(result.deleted) == ["old-closed", "old-free"]
    assert result.kept_for_open_complaints == ["old-open"]
    assert not old_free.exists() and not old_closed.exists()
    assert old_open.exists() and young.exists() and stranger.exists()
    with sessions() as s:
        gone = set(s.scalars(select(Recording.call_id).where(Recording.deleted_at.is_not(None))))
    assert gone == {"old-free", "old-closed"}
    with sessions.begin() as s:  # a second run has nothing left to do
        assert apply_retention(s, recordings_root(tmp_path / "data"), NOW, 180).deleted == []


def test_download_needs_role_and_is_logged(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    path = _stored(sessions, tmp_path, "dl-1", 1)
    with sessions.begin() as s:
        s.add(Call(call_id="dl-1", centre="bj", slots={}))
        s.add(QueueLeg(leg_key="q1", call_id="dl-1", centre="bj", agent="agent-bj", outcome="answered"))
    client = client_for([recordings_router(header_user)], sessions, tmp_path / "data")
    url = "/api/recordings/dl-1"
    assert client.get(url).status_code == 401
    assert client.get(url, headers=as_user("sh-boss:supervisor:sh")).status_code == 404
    assert client.get(url, headers=as_user("other-agent:agent:bj")).status_code == 404
    assert client.get(url, headers=as_user("guest:viewer:bj")).status_code == 404
    assert client.get("/api/recordings/..%2Fivr.db", headers=as_user("boss:admin:cn")).status_code in (400, 404)
    for who in ("bj-boss:supervisor:bj", "agent-bj:agent:bj", "root:admin:cn"):
        reply = client.get(url, headers=as_user(who))
        assert reply.status_code == 200, who
        assert reply.content == path.read_bytes()
        assert reply.headers["x-content-sha256"] == hashlib.sha256(reply.content).hexdigest()
    with sessions() as s:
        log = s.execute(select(AuditLog.actor, AuditLog.action).order_by(AuditLog.id)).all()
    assert [tuple(r) for r in log] == [
        ("sh-boss", "recording.refused"), ("other-agent", "recording.refused"), ("guest", "recording.refused"),
        ("bj-boss", "recording.download"), ("agent-bj", "recording.download"), ("root", "recording.download"),
    ]


async def test_maintenance_task_runs_retention_and_stops(tmp_path: Path) -> None:
    import asyncio

    from ivr.settings import Settings
    from records.db import make_engine, migrate, session_factory
    from records.maintenance import run_maintenance

    settings = Settings(data_dir=tmp_path, recording_retention_days=30)
    migrate(settings.effective_database_url)
    engine = make_engine(settings.effective_database_url)
    sessions = session_factory(engine)
    info = store_statement(make_wav(tmp_path / "s.wav"), "m-1", data_dir=tmp_path,
                           now=datetime.now(UTC) - timedelta(days=31))
    with sessions.begin() as s:
        register(s, info)
    stop = asyncio.Event()
    task = asyncio.create_task(run_maintenance(settings, sessions, stop, interval_s=0.05))
    for _ in range(1000):  # liveness wait for the first run, bounded
        if not info.path.exists():
            break
        await asyncio.sleep(0.02)
    stop.set()
    await task
    with sessions() as s:
        assert s.scalar(select(Recording.deleted_at).where(Recording.call_id == "m-1")) is not None
    engine.dispose()
