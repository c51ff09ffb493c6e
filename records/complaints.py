"""Complaints: creation with jurisdiction and statutory deadlines, edits, workflow, audit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field, field_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from records.jurisdiction import Business, decide
from records.models import Call, Complaint, ComplaintAudit, Department, utcnow
from records.tickets import next_ticket
from records.workdays import Calendar, china_calendar

KINDS = ("complaint", "report", "consultation")
ACCEPT_DAYS = 7  # complaint accepted or rejected within 7 working days of receipt
MEDIATION_DAYS = 45  # mediation ends after 45 working days from acceptance without agreement
VERIFY_DAYS = 15  # report verified within 15 working days of receipt
CLOSED_STATES = {"rejected", "mediated", "mediation_failed", "closed", "answered"}

SUPERVISORS = frozenset({"supervisor", "admin"})
EVERYONE = frozenset({"agent", "supervisor", "admin"})


class WorkflowError(ValueError):
    """A transition that the workflow does not allow from this state."""


class PermissionDenied(PermissionError):
    """The actor's role may not do this."""


@dataclass(frozen=True)
class Transition:
    target: str
    roles: frozenset[str]


# (kind, status, action) -> transition
WORKFLOW: dict[tuple[str, str, str], Transition] = {
    ("complaint", "registered", "accept"): Transition("accepted", SUPERVISORS),
    ("complaint", "registered", "reject"): Transition("rejected", SUPERVISORS),
    ("complaint", "accepted", "mediate_agree"): Transition("mediated", SUPERVISORS),
    ("complaint", "accepted", "mediate_fail"): Transition("mediation_failed", SUPERVISORS),
    ("report", "registered", "verify"): Transition("verified", SUPERVISORS),
    ("report", "registered", "reject"): Transition("rejected", SUPERVISORS),
    ("report", "verified", "close"): Transition("closed", SUPERVISORS),
    ("consultation", "registered", "answer"): Transition("answered", EVERYONE),
}

EDITABLE = (
    "category", "region", "business_name", "business_address", "business_division", "online_platform",
    "platform_division", "shop_division", "transcript", "summary",
)
JURISDICTION_FIELDS = {"business_division", "online_platform", "platform_division", "shop_division"}


def _division(value: str | None) -> str | None:
    if not value:
        return None
    if not (value.isascii() and value.isdigit() and len(value) in (6, 9, 12)):
        raise ValueError("division code must be 6, 9 or 12 digits")
    return value


class ComplaintEdit(BaseModel):
    model_config = {"extra": "forbid"}
    category: str | None = Field(default=None, max_length=64)
    region: str | None = Field(default=None, max_length=12)
    business_name: str | None = Field(default=None, max_length=256)
    business_address: str | None = Field(default=None, max_length=512)
    business_division: str | None = None
    online_platform: bool | None = None
    platform_division: str | None = None
    shop_division: str | None = None
    transcript: str | None = Field(default=None, max_length=20000)
    summary: str | None = Field(default=None, max_length=20000)

    @field_validator("business_division", "platform_division", "shop_division")
    @classmethod
    def _check_divisions(cls, value: str | None) -> str | None:
        return _division(value)


class ComplaintCreate(ComplaintEdit):
    kind: str = "complaint"
    call_id: str | None = Field(default=None, max_length=128)

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str) -> str:
        if v not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        return v


def _audit(session: Session, complaint: Complaint, actor: str, action: str, changes: dict[str, Any]) -> None:
    session.add(ComplaintAudit(complaint_id=complaint.id, actor=actor, action=action, changes=changes))


def _assign_department(session: Session, complaint: Complaint) -> None:
    known = set(session.scalars(select(Department.code)))
    result = decide(
        Business(division=complaint.business_division, online_platform=complaint.online_platform,
                 platform_division=complaint.platform_division, shop_division=complaint.shop_division),
        known,
    )
    complaint.department_code = result.department
    complaint.jurisdiction_reason = result.reason


def prefill_from_call(session: Session, call_id: str) -> dict[str, Any]:
    """Fields an agent's form starts with, taken from the call's IVR slots."""
    call = session.scalar(select(Call).where(Call.call_id == call_id))
    if call is None:
        raise LookupError(f"no call {call_id!r} on record")
    slots = call.slots or {}
    kind = slots.get("service_type") or call.service_type or "complaint"
    return {
        "call_id": call.call_id,
        "kind": kind if kind in KINDS else "complaint",
        "category": slots.get("category") or call.category,
        "region": slots.get("region") or call.region,
        "transcript": call.transcript,
        "caller_hash": call.caller_hash,
        "caller_masked": call.caller_masked,
        "centre": call.centre,
        "statement_recording": call.call_id if call.recording else None,
    }


def create_complaint(
    session: Session, data: ComplaintCreate, actor: str, *, centre: str | None, today: date,
    calendar: Calendar | None = None,
) -> Complaint:
    cal = calendar or china_calendar()
    fields: dict[str, Any] = {}
    if data.call_id:
        fields.update(prefill_from_call(session, data.call_id))
    given = data.model_dump(exclude_none=True)
    fields.update(given)
    fields["kind"] = data.kind if "kind" in data.model_fields_set or not data.call_id else fields["kind"]
    fields["centre"] = fields.get("centre") or centre
    complaint = Complaint(
        ticket=next_ticket(session, today), status="registered", received_on=today, created_by=actor,
        online_platform=bool(fields.pop("online_platform", False)), **fields,
    )
    if complaint.kind == "complaint":
        complaint.accept_due = cal.add_working_days(today, ACCEPT_DAYS)
    elif complaint.kind == "report":
        complaint.verify_due = cal.add_working_days(today, VERIFY_DAYS)
    _assign_department(session, complaint)
    session.add(complaint)
    session.flush()
    _audit(session, complaint, actor, "create", {k: [None, _plain(getattr(complaint, k))] for k in (
        "ticket", "kind", "category", "region", "department_code", "accept_due", "verify_due")})
    return complaint


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def edit_complaint(session: Session, complaint: Complaint, edit: ComplaintEdit, actor: str) -> dict[str, Any]:
    if complaint.status in CLOSED_STATES:
        raise WorkflowError(f"complaint {complaint.ticket} is {complaint.status}; it can no longer be edited")
    changes: dict[str, Any] = {}
    for name, value in edit.model_dump(exclude_unset=True).items():
        if name in EDITABLE and value is not None and getattr(complaint, name) != value:
            changes[name] = [_plain(getattr(complaint, name)), value]
            setattr(complaint, name, value)
    if changes.keys() & JURISDICTION_FIELDS:
        before = complaint.department_code
        _assign_department(session, complaint)
        if before != complaint.department_code:
            changes["department_code"] = [before, complaint.department_code]
    if changes:
        complaint.updated_at = utcnow()
        complaint.version += 1
        _audit(session, complaint, actor, "edit", changes)
    return changes


def transition(
    session: Session, complaint: Complaint, action: str, *, actor: str, role: str, today: date,
    calendar: Calendar | None = None, note: str | None = None,
) -> Complaint:
    step = WORKFLOW.get((complaint.kind, complaint.status, action))
    if step is None:
        raise WorkflowError(f"cannot {action} a {complaint.kind} that is {complaint.status}")
    if role not in step.roles:
        raise PermissionDenied(f"role {role} may not {action}")
    cal = calendar or china_calendar()
    changes: dict[str, Any] = {"status": [complaint.status, step.target]}
    complaint.status = step.target
    if step.target == "accepted":
        complaint.accepted_on = today
        complaint.mediation_due = cal.add_working_days(today, MEDIATION_DAYS)
        changes["mediation_due"] = [None, complaint.mediation_due.isoformat()]
    if step.target in CLOSED_STATES:
        complaint.closed_on = today
        changes["closed_on"] = [None, today.isoformat()]
    if note:
        changes["note"] = note
    complaint.updated_at = utcnow()
    complaint.version += 1
    _audit(session, complaint, actor, action, changes)
    return complaint


def next_deadline(complaint: Complaint) -> tuple[str, date] | None:
    """What must happen next and by when."""
    if complaint.kind == "complaint" and complaint.status == "registered" and complaint.accept_due:
        return "accept_or_reject", complaint.accept_due
    if complaint.kind == "complaint" and complaint.status == "accepted" and complaint.mediation_due:
        return "mediation_ends", complaint.mediation_due
    if complaint.kind == "report" and complaint.status == "registered" and complaint.verify_due:
        return "verify", complaint.verify_due
    return None


def end_expired_mediations(session: Session, today: date) -> list[str]:
    """Mediation without agreement ends at its deadline: mark those complaints, audit as 'system'."""
    expired = session.scalars(
        select(Complaint).where(Complaint.status == "accepted", Complaint.mediation_due < today)
    ).all()
    for complaint in expired:
        transition(session, complaint, "mediate_fail", actor="system", role="admin", today=today,
                   note="mediation period ended without agreement")
    return [c.ticket for c in expired]
