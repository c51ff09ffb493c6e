"""HTTP API for agents' complaint form, workflow, reports and early-warning alerts.

Mounted by the web app (ivr/web/app.py) with its ``current_user`` dependency, which returns
an object with ``username``, ``role`` ('admin' | 'supervisor' | 'agent') and ``centre``
('cn' = national). Data outside the user's centre is answered with 404, not 403, so that
ticket numbers of other centres cannot be probed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ivr.web.agent_api import agent_holds_call, remember_ticket
from ivr.web.case_actions import GROUND_ACTIONS, available_actions, refusal_message
from ivr.web.i18n import message
from records import alerts as early_warning
from records import reports
from records.complaints import (
    CLOSED_STATES,
    ComplaintCreate,
    ComplaintEdit,
    PermissionDenied,
    WorkflowError,
    create_complaint,
    edit_complaint,
    next_deadline,
    prefill_from_call,
    transition,
)
from records.models import Call, Complaint, ComplaintAudit, IvrStep, QueueLeg, SpeechResult
from records.webdeps import UserLike, context, in_db, is_national, require_roles, sees_centre

STAFF = ("agent", "supervisor", "admin")
MANAGERS = ("supervisor", "admin")
PUBLIC_FIELDS = (
    "ticket", "kind", "category", "region", "centre", "call_id", "caller_masked", "business_name",
    "business_address", "business_division", "online_platform", "platform_division", "shop_division",
    "department_code", "jurisdiction_reason", "statement_recording", "transcript", "summary", "status",
    "received_on", "accept_due", "accepted_on", "mediation_due", "verify_due", "closed_on", "created_by",
    "created_at", "updated_at", "version", "rule_set", "rule_articles", "subcategory", "problem", "violation",
)
#: How far a list may be paged (SQLite refuses offsets beyond 64 bits).
PAGE_OFFSET = Query(default=0, ge=0, le=1_000_000)
#: Filing the same call twice at once: the second request waits for the first (Redis lock).
FILING_LOCK = "ivr:records:filing:{}"
FILING_LOCK_SECONDS = 10


class TransitionRequest(BaseModel):
    action: str = Field(max_length=32)
    note: str | None = Field(default=None, max_length=2000)
    #: ``reject``: the refusal ground's code from the complaint's rule set (required).
    ground: str | None = Field(default=None, max_length=32)
    #: ``accept`` under a rule set that requires it: the complainant's identity was verified now.
    identity_verified: bool | None = None


def complaint_json(c: Complaint) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in PUBLIC_FIELDS:
        value = getattr(c, name)
        out[name] = value.isoformat() if isinstance(value, date | datetime) else value
    deadline = next_deadline(c)
    out["next_deadline"] = {"what": deadline[0], "due": deadline[1].isoformat()} if deadline else None
    return out


def is_overdue(c: Complaint, today: date) -> bool:
    deadline = next_deadline(c) if c.status not in CLOSED_STATES else None
    return bool(deadline and deadline[1] < today)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def case_json(session: Session, c: Complaint, today: date) -> dict[str, Any]:
    out = {**complaint_json(c), "overdue": is_overdue(c, today)}
    clocks = [{"what": name, "due": _iso(getattr(c, name)), "passed": getattr(c, name) < today}
              for name in ("accept_due", "mediation_due", "verify_due") if getattr(c, name)]
    out["clocks"] = clocks
    call = session.scalar(select(Call).where(Call.call_id == c.call_id)) if c.call_id else None
    if call is not None:
        steps = session.scalars(select(IvrStep).where(IvrStep.call_pk == call.id).order_by(IvrStep.seq))
        speech = session.scalars(select(SpeechResult).where(SpeechResult.call_pk == call.id)
                                 .order_by(SpeechResult.seq))
        legs = session.scalars(select(QueueLeg).where(QueueLeg.call_id == call.call_id).order_by(QueueLeg.id))
        out["call"] = {
            "call_id": call.call_id, "started_at": _iso(call.started_at), "ended_at": _iso(call.ended_at),
            "outcome": call.outcome, "dnis": call.dnis, "language": call.language, "caller": call.caller_masked,
            "service_type": call.service_type, "recording": bool(call.recording),
            "path": [{"node": st.node, "kind": st.kind, "input": st.input, "result": st.result} for st in steps],
            "speech": [{"slot": sp.slot, "text": sp.text, "value": sp.value, "accepted": sp.accepted}
                       for sp in speech],
            "legs": [{"centre": leg.centre, "enqueued_at": _iso(leg.enqueued_at), "answered_at":
                      _iso(leg.answered_at), "ended_at": _iso(leg.ended_at), "outcome": leg.outcome,
                      "agent": leg.agent, "wait_seconds": leg.wait_seconds, "talk_seconds": leg.handle_seconds}
                     for leg in legs],
        }
    else:
        out["call"] = None
    audit = session.scalars(select(ComplaintAudit).where(ComplaintAudit.complaint_id == c.id)
                            .order_by(ComplaintAudit.id))
    out["history"] = [{"actor": r.actor, "at": _iso(r.at), "action": r.action, "changes": r.changes} for r in audit]
    return out


def local_today(request: Request) -> date:
    return datetime.now(ZoneInfo(context(request).settings.timezone)).date()


def _visible(session: Session, user: UserLike, ticket: str) -> Complaint:
    complaint = session.scalar(select(Complaint).where(Complaint.ticket == ticket))
    if complaint is None or not sees_centre(user, complaint.centre):
        raise HTTPException(status_code=404, detail=message("no_such_complaint"))
    return complaint


def _refuse_errors(exc: Exception) -> HTTPException:
    if isinstance(exc, PermissionDenied):
        return HTTPException(status_code=403, detail=str(exc))
    if isinstance(exc, WorkflowError):
        return HTTPException(status_code=409, detail=str(exc))
    if isinstance(exc, LookupError):
        return HTTPException(status_code=404, detail=str(exc))
    if isinstance(exc, ValidationError):
        return HTTPException(status_code=422, detail=exc.errors(include_url=False, include_context=False))
    raise exc


# Documented so that clients (and the schema fuzzer) know ?format=csv answers text/csv.
CSV_OR_JSON: dict[int | str, dict[str, Any]] = {
    200: {"content": {"application/json": {}, "text/csv": {"schema": {"type": "string"}}}},
}


#: A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _csv_or_json(rows: list[dict[str, Any]], fmt: str, name: str, columns: list[str]) -> Any:
    if fmt == "csv":
        safe = [{k: csv_cell(v) for k, v in row.items()} for row in rows]
        return Response(reports.to_csv(safe, columns), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
    return rows


def _report_centre(user: UserLike, centre: str | None) -> str | None:
    if is_national(user):
        return centre
    if centre and centre != user.centre:
        raise HTTPException(status_code=404, detail="no such centre for you")
    return user.centre


def _period(start: date | None, end: date | None, today: date) -> tuple[date, date]:
    end = end or today
    start = start or end - timedelta(days=6)
    if start > end or (end - start).days > 366:
        raise HTTPException(status_code=422, detail="period must run forwards and span at most 366 days")
    return start, end


def complaints_router(current_user: Callable[..., Any]) -> APIRouter:
    router = APIRouter(prefix="/api", tags=["complaints"])

    @router.get("/calls/{call_id}/prefill")
    async def prefill(call_id: str, request: Request, user: Any = Depends(current_user)) -> dict[str, Any]:
        require_roles(user, *STAFF)

        def work(session: Session) -> dict[str, Any]:
            try:
                fields = prefill_from_call(session, call_id)
            except LookupError as exc:
                raise HTTPException(status_code=404, detail="no such call") from exc
            if not sees_centre(user, fields.get("centre")):
                raise HTTPException(status_code=404, detail="no such call")
            fields.pop("caller_hash", None)
            return fields

        return await in_db(request, work)

    @router.post("/complaints", status_code=201)
    async def create(body: ComplaintCreate, request: Request, response: Response,
                     user: Any = Depends(current_user)) -> dict[str, Any]:
        """File a complaint. With a ``call_id`` there is one ticket per call: a second submit
        updates that ticket (200) instead of making another. An agent files for a call they hold
        (offered, connected or in its wrap-up: the ACD in Redis) or answered (the queue legs)."""
        require_roles(user, *STAFF)
        today = local_today(request)
        holds = bool(body.call_id) and user.role == "agent" and await agent_holds_call(
            context(request), user, str(body.call_id))
        redis = getattr(context(request), "redis", None)
        lock = FILING_LOCK.format(body.call_id) if body.call_id and redis is not None else None
        if lock is not None and redis is not None:
            for _ in range(50):
                if await redis.set(lock, user.username, nx=True, ex=FILING_LOCK_SECONDS):
                    break
                await asyncio.sleep(0.1)
            else:
                raise HTTPException(status_code=409, detail=message("filing_busy"))

        def work(session: Session) -> dict[str, Any]:
            if body.call_id:
                try:
                    fields = prefill_from_call(session, body.call_id)
                except LookupError as exc:
                    raise HTTPException(status_code=404, detail=message("no_such_call")) from exc
                if not sees_centre(user, fields.get("centre")) and not holds:
                    raise HTTPException(status_code=404, detail=message("no_such_call"))
                if user.role == "agent" and not holds:
                    took = session.scalar(select(QueueLeg.id).where(
                        QueueLeg.call_id == body.call_id, QueueLeg.agent == user.username).limit(1))
                    if took is None:
                        raise HTTPException(status_code=403, detail=message("not_your_call"))
                existing = session.scalar(select(Complaint).where(Complaint.call_id == body.call_id)
                                          .order_by(Complaint.id).limit(1))
                if existing is not None:
                    changes = ComplaintEdit.model_validate(body.model_dump(include=set(ComplaintEdit.model_fields),
                                                                           exclude_unset=True))
                    try:
                        edit_complaint(session, existing, changes, user.username)
                    except WorkflowError as exc:
                        raise _refuse_errors(exc) from exc
                    response.status_code = 200
                    return {**complaint_json(existing), "existing": True}
            centre = None if is_national(user) else user.centre
            complaint = create_complaint(session, body, user.username, centre=centre, today=today)
            return complaint_json(complaint)

        try:
            filed = await in_db(request, work)
        finally:
            if lock is not None and redis is not None:
                await redis.delete(lock)
        if body.call_id and user.role == "agent":
            await remember_ticket(context(request), user.username, body.call_id, str(filed["ticket"]))
        return filed

    @router.get("/complaints/search", responses=CSV_OR_JSON)
    async def search_complaints(
        request: Request, user: Any = Depends(current_user), ticket: str | None = Query(default=None, max_length=16),
        status: str | None = Query(default=None, max_length=32), kind: str | None = Query(default=None, max_length=16),
        category: str | None = Query(default=None, max_length=64), region: str | None = Query(default=None,
                                                                                              max_length=12),
        centre: str | None = Query(default=None, max_length=16), start: date | None = None, end: date | None = None,
        overdue: bool = False, limit: int = Query(default=20, ge=1, le=200), offset: int = PAGE_OFFSET,
        format: Literal["json", "csv"] = "json",
    ) -> Any:
        """Complaints of the user's centre (national staff: any, or one ``centre``), newest first,
        filtered by ticket (prefix), state, kind, category, region, received date range, overdue."""
        require_roles(user, *STAFF)
        if start and end and (start > end or (end - start).days > 366):
            raise HTTPException(status_code=422, detail=message("bad_period"))
        scope = _report_centre(user, centre)
        today = local_today(request)

        def work(session: Session) -> dict[str, Any]:
            query = select(Complaint)
            if scope:
                query = query.where(Complaint.centre == scope)
            if ticket:
                query = query.where(Complaint.ticket.startswith(ticket.replace(" ", ""), autoescape=True))
            for column, value in ((Complaint.status, status), (Complaint.kind, kind),
                                  (Complaint.category, category)):
                if value:
                    query = query.where(column == value)
            if region:
                query = query.where(Complaint.region.startswith(region, autoescape=True))
            if start:
                query = query.where(Complaint.received_on >= start)
            if end:
                query = query.where(Complaint.received_on <= end)
            if overdue:
                open_states = ("registered", "accepted", "verified", "case_opened")
                query = query.where(Complaint.status.in_(open_states), or_(
                    Complaint.accept_due < today, Complaint.mediation_due < today, Complaint.verify_due < today))
            rows = list(session.scalars(query.order_by(Complaint.id.desc()).limit(limit + 1).offset(offset)))
            items = [{**complaint_json(c), "overdue": is_overdue(c, today)} for c in rows[:limit]]
            return {"items": items, "more": len(rows) > limit, "offset": offset, "limit": limit}

        found = await in_db(request, work)
        if format == "csv":
            columns = ["ticket", "kind", "status", "category", "region", "centre", "received_on", "accept_due",
                       "created_by", "business_name", "summary"]
            return _csv_or_json([{k: c.get(k) for k in columns} for c in found["items"]], "csv", "complaints",
                                columns)
        return found

    @router.get("/complaints/{ticket}/case")
    async def case_file(ticket: str, request: Request, user: Any = Depends(current_user)) -> dict[str, Any]:
        """Everything about one complaint: its fields and clocks, its call (path through the menu,
        recognised speech, statement), the queue legs and the state history."""
        require_roles(user, *STAFF)
        today = local_today(request)
        return await in_db(request, lambda s: case_json(s, _visible(s, user, ticket), today))

    @router.get("/complaints")
    async def list_complaints(
        request: Request, user: Any = Depends(current_user), status: str | None = None,
        kind: str | None = None, limit: int = Query(default=50, ge=1, le=500), offset: int = PAGE_OFFSET,
    ) -> list[dict[str, Any]]:
        require_roles(user, *STAFF)

        def work(session: Session) -> list[dict[str, Any]]:
            query = select(Complaint).order_by(Complaint.id.desc()).limit(limit).offset(offset)
            if not is_national(user):
                query = query.where(Complaint.centre == user.centre)
            if status:
                query = query.where(Complaint.status == status)
            if kind:
                query = query.where(Complaint.kind == kind)
            return [complaint_json(c) for c in session.scalars(query)]

        return await in_db(request, work)

    @router.get("/complaints/{ticket}")
    async def get_complaint(ticket: str, request: Request, user: Any = Depends(current_user)) -> dict[str, Any]:
        require_roles(user, *STAFF)
        return await in_db(request, lambda s: complaint_json(_visible(s, user, ticket)))

    @router.patch("/complaints/{ticket}")
    async def edit(ticket: str, body: ComplaintEdit, request: Request,
                   user: Any = Depends(current_user)) -> dict[str, Any]:
        require_roles(user, *STAFF)

        def work(session: Session) -> dict[str, Any]:
            complaint = _visible(session, user, ticket)
            if user.role == "agent" and complaint.created_by != user.username:
                raise HTTPException(status_code=403, detail="agents edit only the complaints they filed")
            try:
                edit_complaint(session, complaint, body, user.username)
            except WorkflowError as exc:
                raise _refuse_errors(exc) from exc
            return complaint_json(complaint)

        return await in_db(request, work)

    @router.get("/complaints/{ticket}/transitions")
    async def next_steps(ticket: str, request: Request, user: Any = Depends(current_user)) -> dict[str, Any]:
        """The transitions the user's role may make from the complaint's state, each with what it
        needs (a refusal ground from the rule set's list; the complainant's identity verified)."""
        require_roles(user, *STAFF)
        return await in_db(request, lambda s: available_actions(_visible(s, user, ticket), user.role))

    @router.post("/complaints/{ticket}/transitions")
    async def move(ticket: str, body: TransitionRequest, request: Request,
                   user: Any = Depends(current_user)) -> dict[str, Any]:
        """Apply a workflow action. ``reject`` needs a ``ground``; ``identity_verified: true``
        records the complainant's verified identity first (an audited edit), as acceptance may need it."""
        require_roles(user, *STAFF)
        today = local_today(request)
        if body.action in GROUND_ACTIONS and not body.ground:
            raise HTTPException(status_code=422, detail=message("ground_required"))

        def work(session: Session) -> dict[str, Any]:
            complaint = _visible(session, user, ticket)
            try:
                if body.identity_verified and complaint.identity_verified is not True:
                    if user.role not in MANAGERS and complaint.created_by != user.username:
                        raise PermissionDenied(f"角色 {user.role} 不能修改他人登记的工单 / "
                                               "agents edit only the complaints they filed")
                    edit_complaint(session, complaint, ComplaintEdit(identity_verified=True), user.username)
                transition(session, complaint, body.action, actor=user.username, role=user.role, today=today,
                           note=body.note, ground=body.ground)
            except (WorkflowError, PermissionDenied) as exc:
                status = 403 if isinstance(exc, PermissionDenied) else 409
                raise HTTPException(status_code=status, detail=refusal_message(exc)) from exc
            return complaint_json(complaint)

        return await in_db(request, work)

    @router.get("/complaints/{ticket}/audit")
    async def history(ticket: str, request: Request, user: Any = Depends(current_user)) -> list[dict[str, Any]]:
        require_roles(user, *STAFF)

        def work(session: Session) -> list[dict[str, Any]]:
            complaint = _visible(session, user, ticket)
            rows = session.scalars(select(ComplaintAudit).where(ComplaintAudit.complaint_id == complaint.id)
                                   .order_by(ComplaintAudit.id))
            return [{"actor": r.actor, "at": r.at.isoformat(), "action": r.action, "changes": r.changes}
                    for r in rows]

        return await in_db(request, work)

    @router.get("/reports/centres", responses=CSV_OR_JSON)
    async def centre_report(
        request: Request, user: Any = Depends(current_user), start: date | None = None, end: date | None = None,
        centre: str | None = None, format: Literal["json", "csv"] = "json",
    ) -> Any:
        require_roles(user, *MANAGERS)
        lo, hi = _period(start, end, local_today(request))
        scope = _report_centre(user, centre)
        tz = context(request).settings.timezone
        rows = await in_db(request, lambda s: reports.centre_daily(s, lo, hi, tz=tz, centre=scope))
        return _csv_or_json(rows, format, f"centres_{lo}_{hi}", reports.CENTRE_COLUMNS)

    @router.get("/reports/complaints", responses=CSV_OR_JSON)
    async def complaint_report(
        request: Request, user: Any = Depends(current_user), start: date | None = None, end: date | None = None,
        centre: str | None = None, kind: str | None = None, by: str = "category,region,day",
        format: Literal["json", "csv"] = "json",
    ) -> Any:
        require_roles(user, *MANAGERS)
        lo, hi = _period(start, end, local_today(request))
        scope = _report_centre(user, centre)
        dims = [d.strip() for d in by.split(",") if d.strip()]
        if not dims or any(d not in reports.COUNT_DIMENSIONS for d in dims):
            raise HTTPException(status_code=422, detail=f"by: any of {', '.join(reports.COUNT_DIMENSIONS)}")
        rows = await in_db(request, lambda s: reports.complaint_counts(s, lo, hi, centre=scope, kind=kind, by=dims))
        return _csv_or_json(rows, format, f"complaints_{lo}_{hi}", [*dims, "count"])

    return router


def alerts_router(current_user: Callable[..., Any]) -> APIRouter:
    router = APIRouter(prefix="/api", tags=["alerts"])

    @router.get("/alerts")
    async def alerts(request: Request, user: Any = Depends(current_user), day: date | None = None,
                     centre: str | None = None) -> list[dict[str, Any]]:
        require_roles(user, *MANAGERS)
        scope = _report_centre(user, centre)
        today = day or local_today(request)
        found = await in_db(request, lambda s: early_warning.detect(s, today, centre=scope))
        return [a.model_dump(mode="json") for a in found]

    return router
