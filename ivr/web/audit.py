"""The audit log: who did what, when. Written in the same transaction as the change."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from records.models import AuditLog, utcnow


def write_audit(session: Session, actor: str, action: str, obj: str | None, detail: dict[str, Any]) -> None:
    session.add(AuditLog(at=utcnow(), actor=actor, action=action, object=obj, detail=detail))


def recent_audit(session: Session, limit: int = 100, *, actor: str | None = None, action: str | None = None,
                 since: datetime | None = None, until: datetime | None = None) -> list[dict[str, Any]]:
    """Newest first; ``actor`` exact, ``action`` a prefix (``menu.`` for every menu change), times UTC."""
    query = select(AuditLog)
    if actor:
        query = query.where(AuditLog.actor == actor)
    if action:
        query = query.where(AuditLog.action.startswith(action, autoescape=True))
    if since is not None:
        query = query.where(AuditLog.at >= since)
    if until is not None:
        query = query.where(AuditLog.at < until)
    rows = session.scalars(query.order_by(AuditLog.id.desc()).limit(limit)).all()
    return [
        {"at": r.at.isoformat(), "actor": r.actor, "action": r.action, "object": r.object, "detail": r.detail}
        for r in rows
    ]
