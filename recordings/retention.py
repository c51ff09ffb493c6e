"""Retention: statements older than the retention period go, unless an open complaint needs them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from recordings.store import BadRecording, resolve_stored
from records.complaints import CLOSED_STATES
from records.models import Complaint, Recording


@dataclass
class RetentionResult:
    deleted: list[str] = field(default_factory=list)
    kept_for_open_complaints: list[str] = field(default_factory=list)
    missing_files: list[str] = field(default_factory=list)


def held_by_open_complaints(session: Session, call_ids: list[str]) -> set[str]:
    if not call_ids:
        return set()
    rows = session.execute(
        select(Complaint.statement_recording, Complaint.call_id).where(
            Complaint.status.not_in(CLOSED_STATES),
            or_(Complaint.statement_recording.in_(call_ids), Complaint.call_id.in_(call_ids)),
        )
    ).all()
    return {v for row in rows for v in row if v in call_ids}


def apply_retention(session: Session, root: Path, now: datetime, retention_days: int,
                    dry_run: bool = False) -> RetentionResult:
    if retention_days < 1:
        raise ValueError("retention must be at least one day")
    cutoff = now - timedelta(days=retention_days)
    due = session.scalars(
        select(Recording).where(Recording.deleted_at.is_(None), Recording.created_at < cutoff)
    ).all()
    held = held_by_open_complaints(session, [r.call_id for r in due])
    result = RetentionResult()
    for row in due:
        if row.call_id in held:
            result.kept_for_open_complaints.append(row.call_id)
            continue
        try:
            path = resolve_stored(root, row.relpath)
        except BadRecording:
            result.missing_files.append(row.call_id)
            continue
        if dry_run:
            result.deleted.append(row.call_id)
            continue
        if path.exists():
            path.unlink()
        else:
            result.missing_files.append(row.call_id)
        row.deleted_at = now
        result.deleted.append(row.call_id)
    return result
