"""Complaints: creation with jurisdiction and statutory deadlines, edits, workflow, audit.

The rules (clocks, jurisdiction, acceptance grounds, notices) are those of the rule set in force on
the day of receipt (records/rules/rulesets.py); the set and its articles are stored with the row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field, field_validator, model_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from ivr.refdata.classification import PROBLEMS, SUBCATEGORIES, VIOLATIONS
from records.jurisdiction import Business, decide
from records.models import Call, ClockPause, Complaint, ComplaintAudit, Department, utcnow
from records.rules.clocks import Due, Pause, due_date
from records.rules.rulesets import RuleSet, rule_set, rules_for
from records.tickets import next_ticket
from records.workdays import Calendar, china_calendar

KINDS = ("complaint", "report", "consultation")
# Order No. 20 figures, kept for callers; the clocks themselves come from the rule sets.
ACCEPT_DAYS = 7  # complaint accepted or rejected within 7 working days of receipt
MEDIATION_DAYS = 45  # Order No. 20: mediation ends after 45 working days from acceptance without agreement
VERIFY_DAYS = 15  # report verified within 15 working days of receipt
CLOSED_STATES = {"rejected", "mediated", "mediation_failed", "closed", "answered", "no_case"}
PAUSE_REASONS = ("testing", "inspection", "appraisal")  # 检测、检验、鉴定

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
    # after verification the head of the department decides: 立案 (open a case) or 不予立案
    ("report", "registered", "open_case"): Transition("case_opened", SUPERVISORS),
    ("report", "verified", "open_case"): Transition("case_opened", SUPERVISORS),
    ("report", "registered", "no_case"): Transition("no_case", SUPERVISORS),
    ("report", "verified", "no_case"): Transition("no_case", SUPERVISORS),
    ("report", "case_opened", "close"): Transition("closed", SUPERVISORS),
    ("consultation", "registered", "answer"): Transition("answered", EVERYONE),
}

EDITABLE = (
    "category", "region", "business_name", "business_address", "business_division", "online_platform",
    "platform_division", "shop_division", "published_division", "merchant_unreachable", "identity_verified",
    "transcript", "summary", "subcategory", "problem", "violation",
)
JURISDICTION_FIELDS = {"business_division", "online_platform", "platform_division", "shop_division",
                       "published_division", "merchant_unreachable"}


SUBCATEGORY_CODES = frozenset(s.code for s in SUBCATEGORIES)
PROBLEM_CODES = frozenset(p.code for p in PROBLEMS)
VIOLATION_CODES = frozenset(v.code for v in VIOLATIONS)


def _code(value: str | None, known: frozenset[str], zh: str, en: str) -> str | None:
    if not value:
        return None
    if value not in known:
        raise ValueError(f"未知的{zh} {value!r} / unknown {en} {value!r}; one of: {', '.join(sorted(known))}")
    return value


def _check_classification(kind: str, violation: str | None, problem: str | None) -> None:
    if violation and kind != "report":
        raise ValueError("违法行为类型只用于举报 / a kind of violation goes only with a report")
    if problem and kind == "report":
        raise ValueError("举报按违法行为类型分类，不填问题类型 / a report is classified by the kind of violation, "
                         "not by a problem type")


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
    published_division: str | None = None  # the address the merchant publishes on the platform
    merchant_unreachable: bool | None = None  # cannot be reached at that address
    identity_verified: bool | None = None  # the complainant's identity was verified
    transcript: str | None = Field(default=None, max_length=20000)
    summary: str | None = Field(default=None, max_length=20000)
    # the platform classification (ivr/refdata/classification.py): codes, not labels
    subcategory: str | None = Field(default=None, max_length=32)
    problem: str | None = Field(default=None, max_length=32)
    violation: str | None = Field(default=None, max_length=32)

    @field_validator("business_division", "platform_division", "shop_division", "published_division")
    @classmethod
    def _check_divisions(cls, value: str | None) -> str | None:
        return _division(value)

    @field_validator("subcategory")
    @classmethod
    def _check_subcategory(cls, value: str | None) -> str | None:
        return _code(value, SUBCATEGORY_CODES, "商品或服务小类", "goods/services subcategory")

    @field_validator("problem")
    @classmethod
    def _check_problem(cls, value: str | None) -> str | None:
        return _code(value, PROBLEM_CODES, "问题类型", "problem type")

    @field_validator("violation")
    @classmethod
    def _check_violation(cls, value: str | None) -> str | None:
        return _code(value, VIOLATION_CODES, "违法行为类型", "kind of violation")


class ComplaintCreate(ComplaintEdit):
    kind: str = "complaint"
    call_id: str | None = Field(default=None, max_length=128)

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str) -> str:
        if v not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        return v

    @model_validator(mode="after")
    def _classification(self) -> ComplaintCreate:
        _check_classification(self.kind, self.violation, self.problem)
        return self


def _audit(session: Session, complaint: Complaint, actor: str, action: str, changes: dict[str, Any]) -> None:
    session.add(ComplaintAudit(complaint_id=complaint.id, actor=actor, action=action, changes=changes))


def rules_of(complaint: Complaint) -> RuleSet:
    return rule_set(complaint.rule_set, complaint.received_on)


def _assign_department(session: Session, complaint: Complaint) -> None:
    known = set(session.scalars(select(Department.code)))
    rules = rules_of(complaint)
    result = decide(
        Business(division=complaint.business_division, online_platform=complaint.online_platform,
                 platform_division=complaint.platform_division, shop_division=complaint.shop_division,
                 published_division=complaint.published_division,
                 merchant_unreachable=bool(complaint.merchant_unreachable)),
        known, rules.jurisdiction,
    )
    complaint.department_code = result.department
    complaint.jurisdiction_reason = f"{result.reason} [{rules.jurisdiction_citation.text()}]"[:256]


def _same_matter_key(name: str | None) -> str | None:
    if not name:
        return None
    key = "".join(name.split()).casefold()
    return key or None


def find_duplicate(session: Session, complaint: Complaint) -> str | None:
    """The earliest complaint from the same person (caller hash) about the same business and category."""
    key = _same_matter_key(complaint.business_name)
    if complaint.caller_hash is None or key is None or complaint.kind != "complaint":
        return None
    earlier = session.scalars(
        select(Complaint).where(Complaint.caller_hash == complaint.caller_hash, Complaint.kind == "complaint",
                                Complaint.id != complaint.id).order_by(Complaint.received_on, Complaint.id)
    ).all()
    for other in earlier:
        if _same_matter_key(other.business_name) == key and other.category == complaint.category:
            return other.ticket
    return None


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
    rules = rules_for(today)
    complaint = Complaint(
        ticket=next_ticket(session, today), status="registered", received_on=today, created_by=actor,
        online_platform=bool(fields.pop("online_platform", False)),
        merchant_unreachable=bool(fields.pop("merchant_unreachable", False)),
        rule_set=rules.id, rule_articles=rules.articles(), **fields,
    )
    clock = {"complaint": "accept", "report": "verify"}.get(complaint.kind)
    if clock:
        due = _due(complaint, clock, today, cal)
        setattr(complaint, f"{clock}_due", due.day)
        complaint.deadline_provisional = due.provisional
    _assign_department(session, complaint)
    session.add(complaint)
    session.flush()
    complaint.duplicate_of = find_duplicate(session, complaint)
    _audit(session, complaint, actor, "create", {k: [None, _plain(getattr(complaint, k))] for k in (
        "ticket", "kind", "category", "region", "department_code", "accept_due", "verify_due", "rule_set",
        "duplicate_of", "subcategory", "problem", "violation")})
    return complaint


def _due(complaint: Complaint, clock: str, start: date, cal: Calendar, pauses: list[Pause] | None = None,
         extended: bool = False) -> Due:
    rule = rules_of(complaint).clock(clock)
    if rule is None:
        raise WorkflowError(f"规则 {complaint.rule_set} 没有 {clock} 期限 / "
                            f"rule set {complaint.rule_set} has no {clock} clock")
    return due_date(rule, start, cal, pauses or [], extended=extended)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def edit_complaint(session: Session, complaint: Complaint, edit: ComplaintEdit, actor: str) -> dict[str, Any]:
    if complaint.status in CLOSED_STATES:
        raise WorkflowError(f"complaint {complaint.ticket} is {complaint.status}; it can no longer be edited")
    changes: dict[str, Any] = {}
    given = edit.model_dump(exclude_unset=True)
    try:
        _check_classification(complaint.kind, given.get("violation"), given.get("problem"))
    except ValueError as exc:
        raise WorkflowError(str(exc)) from exc
    for name, value in given.items():
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


def _bump(session: Session, complaint: Complaint, actor: str, action: str, changes: dict[str, Any]) -> None:
    complaint.updated_at = utcnow()
    complaint.version += 1
    _audit(session, complaint, actor, action, changes)


def _check_role(role: str, allowed: frozenset[str], action: str) -> None:
    if role not in allowed:
        raise PermissionDenied(f"角色 {role} 不能执行 {action} / role {role} may not {action}")


def _owe_notice(complaint: Complaint, clock: str, today: date, cal: Calendar, changes: dict[str, Any]) -> None:
    rule = rules_of(complaint).clock(clock)
    if rule is None:
        return
    due = due_date(rule, today, cal)
    complaint.notice_what, complaint.notice_due, complaint.notice_sent_on = clock, due.day, None
    changes["notice_due"] = [None, _plain(due.day)]


def transition(
    session: Session, complaint: Complaint, action: str, *, actor: str, role: str, today: date,
    calendar: Calendar | None = None, note: str | None = None, ground: str | None = None,
) -> Complaint:
    """Apply a workflow action. ``ground``: the refusal ground's code for ``reject`` (see the rule set)."""
    step = WORKFLOW.get((complaint.kind, complaint.status, action))
    if step is None:
        raise WorkflowError(f"cannot {action} a {complaint.kind} that is {complaint.status}")
    _check_role(role, step.roles, action)
    rules = rules_of(complaint)
    if ground is not None and action != "reject":
        raise WorkflowError("只有不予受理需要理由 / a refusal ground goes only with reject")
    if ground is not None:
        try:
            rules.ground(ground)
        except KeyError:
            codes = ", ".join(g.code for g in rules.refusal_grounds)
            raise WorkflowError(f"不予受理理由无效 / unknown refusal ground {ground!r} under {rules.id}; "
                                f"one of: {codes}") from None
    if (action == "accept" and rules.identity_required and complaint.identity_verified is not True):
        raise WorkflowError("受理前须核验投诉人身份 / the complainant's identity must be verified before acceptance "
                            f"({rules.identity_citation.text() if rules.identity_citation else rules.id})")
    cal = calendar or china_calendar()
    changes: dict[str, Any] = {"status": [complaint.status, step.target]}
    complaint.status = step.target
    if ground is not None:
        complaint.refusal_ground = ground
        changes["refusal_ground"] = [None, ground]
    if step.target == "accepted":
        complaint.accepted_on = today
        due = _due(complaint, "mediation", today, cal)
        complaint.mediation_due, complaint.deadline_provisional = due.day, due.provisional
        changes["mediation_due"] = [None, _plain(due.day)]
    if step.target == "mediation_failed":
        _owe_notice(complaint, "mediation_end_notice", today, cal, changes)
    if step.target in ("case_opened", "no_case") and (complaint.identity_verified or complaint.caller_hash):
        _owe_notice(complaint, "report_outcome_notice", today, cal, changes)
    if step.target in CLOSED_STATES:
        complaint.closed_on = today
        changes["closed_on"] = [None, today.isoformat()]
    if note:
        changes["note"] = note
    _bump(session, complaint, actor, action, changes)
    return complaint


def _running_clock(complaint: Complaint) -> tuple[str, date]:
    """The pausable clock this complaint is on now, and the day it started."""
    if complaint.kind == "complaint" and complaint.status == "accepted" and complaint.accepted_on:
        return "mediation", complaint.accepted_on
    if complaint.kind == "report" and complaint.status in ("registered", "verified"):
        return "verify", complaint.received_on
    raise WorkflowError(f"{complaint.ticket}（{complaint.status}）没有可暂停的期限 / "
                        f"no clock that can pause while a {complaint.kind} is {complaint.status}")


def pauses_of(session: Session, complaint: Complaint, clock: str) -> list[Pause]:
    rows = session.scalars(select(ClockPause).where(ClockPause.complaint_id == complaint.id, ClockPause.clock == clock)
                           .order_by(ClockPause.started_on, ClockPause.id)).all()
    return [Pause(r.started_on, r.ended_on) for r in rows]


def _recompute(session: Session, complaint: Complaint, clock: str, start: date, cal: Calendar) -> Due:
    due = _due(complaint, clock, start, cal, pauses_of(session, complaint, clock),
               extended=clock == "verify" and complaint.verify_extended_on is not None)
    setattr(complaint, f"{clock}_due", due.day)
    complaint.deadline_provisional = due.provisional
    return due


def pause_clock(
    session: Session, complaint: Complaint, *, reason: str, actor: str, role: str, today: date,
    calendar: Calendar | None = None,
) -> Due:
    """Testing, inspection or appraisal starts: the mediation (complaint) or verification (report) clock stops."""
    _check_role(role, SUPERVISORS, "pause")
    if reason not in PAUSE_REASONS:
        raise WorkflowError(f"暂停原因须为检测、检验或鉴定 / reason must be one of {', '.join(PAUSE_REASONS)}")
    clock, start = _running_clock(complaint)
    rule = rules_of(complaint).clock(clock)
    if rule is None or not rule.pausable:
        raise WorkflowError(f"{clock} 期限不能暂停 / the {clock} clock cannot pause under {complaint.rule_set}")
    pauses = pauses_of(session, complaint, clock)
    if any(p.end is None for p in pauses):
        raise WorkflowError("期限已暂停 / the clock is already paused")
    if today < start or any(p.end is not None and today < p.end for p in pauses):
        raise WorkflowError("暂停日期早于期限或上次暂停 / a pause cannot start before the clock or the last pause")
    session.add(ClockPause(complaint_id=complaint.id, clock=clock, reason=reason, started_on=today, started_by=actor))
    session.flush()
    due = _recompute(session, complaint, clock, start, calendar or china_calendar())
    _bump(session, complaint, actor, "pause", {"clock": clock, "reason": reason, "paused_on": today.isoformat()})
    return due


def resume_clock(
    session: Session, complaint: Complaint, *, actor: str, role: str, today: date, calendar: Calendar | None = None,
) -> Due:
    """The result is back: the clock restarts the next day; the paused days are not counted."""
    _check_role(role, SUPERVISORS, "resume")
    clock, start = _running_clock(complaint)
    open_pause = session.scalar(select(ClockPause).where(
        ClockPause.complaint_id == complaint.id, ClockPause.clock == clock, ClockPause.ended_on.is_(None)))
    if open_pause is None:
        raise WorkflowError("期限没有暂停 / the clock is not paused")
    if today < open_pause.started_on:
        raise WorkflowError("恢复日期早于暂停日期 / a clock cannot resume before it paused")
    open_pause.ended_on, open_pause.ended_by = today, actor
    session.flush()
    due = _recompute(session, complaint, clock, start, calendar or china_calendar())
    _bump(session, complaint, actor, "resume", {"clock": clock, "resumed_on": today.isoformat(),
                                                 f"{clock}_due": [None, _plain(due.day)]})
    return due


def extend_verification(
    session: Session, report: Complaint, *, approved_by: str, actor: str, role: str, today: date,
    calendar: Calendar | None = None,
) -> Due:
    """The department head approves 15 more working days to verify a report (行政处罚程序规定 Art. 18)."""
    _check_role(role, SUPERVISORS, "extend")
    if report.kind != "report" or report.status not in ("registered", "verified"):
        raise WorkflowError("只有核查中的举报可以延期 / "
                            f"only a report under verification can be extended ({report.status})")
    if report.verify_extended_on is not None:
        raise WorkflowError("核查期限已延长过 / the verification period was already extended")
    if not approved_by.strip():
        raise WorkflowError("延期须写明批准人 / an extension needs the approving head's name")
    if report.verify_due is not None and today > report.verify_due:
        raise WorkflowError("核查期限已届满，不能再延期 / the verification period has already run out")
    before = report.verify_due
    report.verify_extended_on, report.verify_extension_approved_by = today, approved_by.strip()[:64]
    due = _recompute(session, report, "verify", report.received_on, calendar or china_calendar())
    _bump(session, report, actor, "extend", {"verify_due": [_plain(before), _plain(due.day)],
                                             "approved_by": report.verify_extension_approved_by})
    return due


def record_notice_sent(session: Session, complaint: Complaint, *, actor: str, role: str, today: date) -> None:
    _check_role(role, SUPERVISORS, "notify")
    if complaint.notice_due is None or complaint.notice_sent_on is not None:
        raise WorkflowError("没有待发的告知 / no notification is owed")
    complaint.notice_sent_on = today
    _bump(session, complaint, actor, "notify", {"notice": complaint.notice_what, "sent_on": today.isoformat()})


def next_deadline(complaint: Complaint) -> tuple[str, date] | None:
    """What must happen next and by when."""
    if complaint.kind == "complaint" and complaint.status == "registered" and complaint.accept_due:
        return "accept_or_reject", complaint.accept_due
    if complaint.kind == "complaint" and complaint.status == "accepted" and complaint.mediation_due:
        return "mediation_ends", complaint.mediation_due
    if complaint.kind == "report" and complaint.status in ("registered", "verified") and complaint.verify_due:
        return "verify", complaint.verify_due
    if complaint.notice_due and complaint.notice_sent_on is None:
        return "notify", complaint.notice_due
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
