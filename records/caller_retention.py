"""Retention of the encrypted caller number (``calls.caller_sealed``, see ivr/privacy_vault.py).

A call's sealed number is erased once the call started more than the retention period ago
(``IVR_CALLER_NUMBER_RETENTION_DAYS``), unless a complaint made from that call is still open:
the handling department may still have to call the consumer back. Only the column is cleared;
the masked form and the keyed hash stay, so the call and its figures remain. Each run that
erases numbers writes one ``audit_log`` row with the count (never the numbers or the calls).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, CursorResult, and_, func, select, update
from sqlalchemy.orm import Session

from records.complaints import CLOSED_STATES
from records.models import AuditLog, Call, Complaint

AUDIT_ACTOR = "system"
AUDIT_ACTION = "caller_number.erased"


@dataclass(frozen=True)
class NumberRetention:
    erased: int  # sealed numbers cleared in this run
    kept_for_open_complaints: int  # past the period but held by a complaint still open
    cutoff: datetime


def _due(cutoff: datetime) -> ColumnElement[bool]:
    return and_(Call.caller_sealed.is_not(None), Call.started_at.is_not(None), Call.started_at < cutoff)


def _held_by_open_complaints() -> ColumnElement[bool]:
    return Call.call_id.in_(
        select(Complaint.call_id).where(Complaint.call_id.is_not(None), Complaint.status.not_in(CLOSED_STATES))
    )


def erase_old_caller_numbers(session: Session, now: datetime, retention_days: int) -> NumberRetention:
    """Clear ``caller_sealed`` of calls that started before ``now - retention_days`` (in this
    transaction) and audit the count; calls of open complaints keep theirs."""
    if retention_days < 1:
        raise ValueError("caller number retention must be at least one day "
                         "(来电号码保存期限至少为一天)")
    cutoff = now - timedelta(days=retention_days)
    kept = session.scalar(select(func.count()).select_from(Call)
                          .where(_due(cutoff), _held_by_open_complaints())) or 0
    result = session.execute(update(Call).where(_due(cutoff), ~_held_by_open_complaints())
                             .values(caller_sealed=None).execution_options(synchronize_session=False))
    erased = result.rowcount if isinstance(result, CursorResult) else 0
    if erased:
        session.add(AuditLog(at=now, actor=AUDIT_ACTOR, action=AUDIT_ACTION, object=None,
                             detail={"count": erased, "kept_for_open_complaints": kept,
                                     "retention_days": retention_days, "cutoff": cutoff.isoformat()}))
    return NumberRetention(erased=erased, kept_for_open_complaints=kept, cutoff=cutoff)
