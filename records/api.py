"""HTTP API for agents' complaint form, workflow, reports and early-warning alerts.

Mounted by the web app (ivr/web/app.py) with its ``current_user`` dependency, which returns
an object with ``username``, ``role`` ('admin' | 'supervisor' | 'agent') and ``centre``
('cn' = national). Data outside the user's centre is answered with 404, not 403, so that
ticket numbers of other centres cannot be probed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from records import alerts as early_warning
from records import reports
from records.complaints import (
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
from records.models import Complaint, ComplaintAudit, QueueLeg
from records.webdeps import UserLike, context, in_db, is_national, require_roles, sees_centre

STAFF = ("agent", "supervisor", "admin")
MANAGERS = ("supervisor", "admin")
PUBLIC_FIELDS = (
    "ticket", "kind", "category", "region", "centre", "call_id", "caller_masked", "business_name",
    "business_address", "business_division", "online_platform", "platform_division", "shop_division",
    "department_code", "jurisdiction_reason", "statement_recording", "transcript", "summary", "status",
    "received_on", "accept_due", "accepted_on", "mediation_due", "verify_due", "closed_on", "created_by",
    "created_at", "updated_at", "version",
)


class TransitionRequest(BaseModel):
    action: str = Field(max_length=32)
    note: str | None = Field(default=None, max_length=2000)


def complaint_json(c: Complaint) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in PUBLIC_FIELDS:
        value = getattr(c, name)
        out[name] = value.isoformat() if isinstance(value, date | datetime) else value
    deadline = next_deadline(c)
    out["next_deadline"] = {"what": deadline[0], "due": deadline[1].isoformat()} if deadline else None
    return out


def local_today(request: Request) -> date:
    return datetime.now(ZoneInfo(context(request).settings.timezone)).date()


def _visible(session: Session, user: UserLike, ticket: str) -> Complaint:
    complaint = session.scalar(select(Complaint).where(Complaint.ticket == ticket))
    if complaint is None or not sees_centre(user, complaint.centre):
        raise HTTPException(status_code=404, detail="no such complaint")
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
    async def create(body: ComplaintCreate, request: Request, user: Any = Depends(current_user)) -> dict[str, Any]:
        require_roles(user, *STAFF)
        today = local_today(request)

        def work(session: Session) -> dict[str, Any]:
            if body.call_id:
                try:
                    fields = prefill_from_call(session, body.call_id)
                except LookupError as exc:
                    raise HTTPException(status_code=404, detail="no such call") from exc
                if not sees_centre(user, fields.get("centre")):
                    raise HTTPException(status_code=404, detail="no such call")
                if user.role == "agent":
                    took = session.scalar(select(QueueLeg.id).where(
                        QueueLeg.call_id == body.call_id, QueueLeg.agent == user.username).limit(1))
                    if took is None:
                        raise HTTPException(status_code=403, detail="only the agent who took the call files it")
            centre = None if is_national(user) else user.centre
            complaint = create_complaint(session, body, user.username, centre=centre, today=today)
            return complaint_json(complaint)

        return await in_db(request, work)

    @router.get("/complaints")
    async def list_complaints(
        request: Request, user: Any = Depends(current_user), status: str | None = None,
        kind: str | None = None, limit: int = Query(default=50, ge=1, le=500), offset: int = Query(default=0, ge=0),
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

    @router.post("/complaints/{ticket}/transitions")
    async def move(ticket: str, body: TransitionRequest, request: Request,
                   user: Any = Depends(current_user)) -> dict[str, Any]:
        require_roles(user, *STAFF)
        today = local_today(request)

        def work(session: Session) -> dict[str, Any]:
            complaint = _visible(session, user, ticket)
            try:
                transition(session, complaint, body.action, actor=user.username, role=user.role, today=today,
                           note=body.note)
            except (WorkflowError, PermissionDenied) as exc:
                raise _refuse_errors(exc) from exc
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
