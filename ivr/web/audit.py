"""The audit log: who did what, when. Written in the same transaction as the change."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from records.models import AuditLog, utcnow


def write_audit(session: Session, actor: str, action: str, obj: str | None, detail: dict[str, Any]) -> None:
    session.add(AuditLog(at=utcnow(), actor=actor, action=action, object=obj, detail=detail))


def recent_audit(session: Session, limit: int = 100) -> list[dict[str, Any]]:
    rows = session.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)).all()
    return [
        {"at": r.at.isoformat(), "actor": r.actor, "action": r.action, "object": r.object, "detail": r.detail}
        for r in rows
    ]
