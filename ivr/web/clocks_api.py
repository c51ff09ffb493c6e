"""HTTP API for a complaint's statutory clocks: pause and resume (testing, inspection, appraisal),
the approved extension of a report's verification, and the notifications the rules require.

Mounted like the records API (ivr/web/app.py OPTIONAL_ROUTERS) with the app's ``current_user``:
no user 401; agents read, supervisors and administrators act (403 otherwise); a ticket of
another centre is 404. Every action is written to the complaint's own history (records.complaints)
and to the audit log. Dates given (``on``) may be earlier than today (a testing period that began
before it was recorded) but never later; the domain refuses dates before the clock or the last pause.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from ivr.web.i18n import message
from ivr.web.records_api import complaint_json, local_today
from records.complaints import (
    PermissionDenied,
    WorkflowError,
    extend_verification,
    pause_clock,
    record_notice_sent,
    resume_clock,
    rules_of,
)
from records.models import ClockPause, Complaint
from records.rules.clocks import Due
from records.webdeps import UserLike, audit, in_db, require_roles, sees_centre

STAFF = ("agent", "supervisor", "admin")
PauseReason = Literal["testing", "inspection", "appraisal"]
NoticeKind = Literal["mediation_end_notice", "report_outcome_notice"]


class PauseRequest(BaseModel):
    model_config = {"extra": "forbid"}
    reason: PauseReason
    on: date | None = None  # the day testing/inspection/appraisal began; default today
    note: str | None = Field(default=None, max_length=2000)


class ResumeRequest(BaseModel):
    model_config = {"extra": "forbid"}
    on: date | None = None  # the day the result came back; default today
    note: str | None = Field(default=None, max_length=2000)


class ExtensionRequest(BaseModel):
    model_config = {"extra": "forbid"}
    approved_by: str = Field(max_length=64)  # the department head who approved (blank: refused in words)
    on: date | None = None


class NoticeRequest(BaseModel):
    model_config = {"extra": "forbid"}
    what: NoticeKind  # the notification owed (each has its own clock in the rule set)
    sent_on: date | None = None


def _visible(session: Session, user: UserLike, ticket: str) -> Complaint:
    complaint = session.scalar(select(Complaint).where(Complaint.ticket == ticket))
    if complaint is None or not sees_centre(user, complaint.centre):
        raise HTTPException(status_code=404, detail=message("no_such_complaint"))
    return complaint


def _day(given: date | None, today: date) -> date:
    if given is None:
        return today
    if given > today:
        raise HTTPException(status_code=422, detail="日期不能晚于今天 / the date cannot be later than today")
    return given


def _refused(exc: Exception) -> HTTPException:
    if isinstance(exc, PermissionDenied):
        return HTTPException(status_code=403, detail=str(exc))
    return HTTPException(status_code=409, detail=str(exc))


def _due_json(due: Due) -> dict[str, Any]:
    return {"due": due.day.isoformat() if due.day else None, "paused": due.paused, "provisional": due.provisional}


def clocks_json(session: Session, c: Complaint) -> dict[str, Any]:
    """The clocks of one complaint: the rule set's periods, pauses, the extension and the notice owed."""
    rules = rules_of(c)
    pauses = session.scalars(select(ClockPause).where(ClockPause.complaint_id == c.id)
                             .order_by(ClockPause.started_on, ClockPause.id)).all()
    notice = None
    if c.notice_what:
        rule = rules.clock(c.notice_what)
        notice = {"what": c.notice_what, "due": c.notice_due.isoformat() if c.notice_due else None,
                  "sent_on": c.notice_sent_on.isoformat() if c.notice_sent_on else None,
                  "article": rule.citation.text() if rule else None}
    return {
        "ticket": c.ticket, "kind": c.kind, "status": c.status, "rule_set": rules.id,
        "periods": {name: {"length": r.length, "unit": r.unit, "starts_at": r.starts_at, "pausable": r.pausable,
                           "extension": r.extension, "article": r.citation.text()}
                    for name, r in rules.clocks.items()},
        "accept_due": c.accept_due.isoformat() if c.accept_due else None,
        "mediation_due": c.mediation_due.isoformat() if c.mediation_due else None,
        "verify_due": c.verify_due.isoformat() if c.verify_due else None,
        "provisional": c.deadline_provisional,
        "paused": any(p.ended_on is None for p in pauses),
        "pauses": [{"clock": p.clock, "reason": p.reason, "started_on": p.started_on.isoformat(),
                    "ended_on": p.ended_on.isoformat() if p.ended_on else None, "started_by": p.started_by,
                    "ended_by": p.ended_by} for p in pauses],
        "extension": ({"approved_by": c.verify_extension_approved_by, "on": c.verify_extended_on.isoformat()}
                      if c.verify_extended_on else None),
        "notice": notice,
    }


def clocks_router(current_user: Callable[..., Any]) -> APIRouter:
    router = APIRouter(prefix="/api/complaints", tags=["clocks"])

    @router.get("/{ticket}/clocks")
    async def clocks(ticket: str, request: Request, user: Any = Depends(current_user)) -> dict[str, Any]:
        require_roles(user, *STAFF)
        return await in_db(request, lambda s: clocks_json(s, _visible(s, user, ticket)))

    async def act(request: Request, user: Any, ticket: str, action: str,
                  work: Callable[[Session, Complaint, date], dict[str, Any]]) -> dict[str, Any]:
        require_roles(user, *STAFF)
        today = local_today(request)

        def run(session: Session) -> dict[str, Any]:
            complaint = _visible(session, user, ticket)
            try:
                detail = work(session, complaint, today)
            except (WorkflowError, PermissionDenied) as exc:
                raise _refused(exc) from exc
            audit(session, user, action, f"complaint:{complaint.ticket}", detail)
            return {"complaint": complaint_json(complaint), "clocks": clocks_json(session, complaint), **detail}

        return await in_db(request, run)

    @router.post("/{ticket}/clock/pause")
    async def pause(ticket: str, body: PauseRequest, request: Request,
                    user: Any = Depends(current_user)) -> dict[str, Any]:
        def work(session: Session, c: Complaint, today: date) -> dict[str, Any]:
            on = _day(body.on, today)
            due = pause_clock(session, c, reason=body.reason, actor=user.username, role=user.role, today=on)
            return {"reason": body.reason, "on": on.isoformat(), "note": body.note, **_due_json(due)}

        return await act(request, user, ticket, "complaint.clock.pause", work)

    @router.post("/{ticket}/clock/resume")
    async def resume(ticket: str, body: ResumeRequest, request: Request,
                     user: Any = Depends(current_user)) -> dict[str, Any]:
        def work(session: Session, c: Complaint, today: date) -> dict[str, Any]:
            on = _day(body.on, today)
            due = resume_clock(session, c, actor=user.username, role=user.role, today=on)
            return {"on": on.isoformat(), "note": body.note, **_due_json(due)}

        return await act(request, user, ticket, "complaint.clock.resume", work)

    @router.post("/{ticket}/extension")
    async def extend(ticket: str, body: ExtensionRequest, request: Request,
                     user: Any = Depends(current_user)) -> dict[str, Any]:
        def work(session: Session, c: Complaint, today: date) -> dict[str, Any]:
            on = _day(body.on, today)
            due = extend_verification(session, c, approved_by=body.approved_by, actor=user.username,
                                      role=user.role, today=on)
            return {"approved_by": body.approved_by.strip(), "on": on.isoformat(), **_due_json(due)}

        return await act(request, user, ticket, "complaint.extension", work)

    @router.post("/{ticket}/notices")
    async def notice(ticket: str, body: NoticeRequest, request: Request,
                     user: Any = Depends(current_user)) -> dict[str, Any]:
        def work(session: Session, c: Complaint, today: date) -> dict[str, Any]:
            sent = _day(body.sent_on, today)
            if c.notice_what != body.what:
                raise WorkflowError(f"没有待发的此项告知 / no {body.what} is owed"
                                    + (f" (owed: {c.notice_what})" if c.notice_what else ""))
            due = c.notice_due
            record_notice_sent(session, c, actor=user.username, role=user.role, today=sent)
            late = due is not None and sent > due
            return {"what": body.what, "sent_on": sent.isoformat(), "due": due.isoformat() if due else None,
                    "late": late}

        return await act(request, user, ticket, "complaint.notice", work)

    return router
