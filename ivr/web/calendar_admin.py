"""The holiday calendar's admin page: administrators load a year's State Council notice.

- ``GET  /admin/calendar`` (admin): the page (template ``calendar_admin.html``, module
  ``/static/calendar_admin.js``).
- ``GET  /api/calendar?year=`` (admin): the year in the one national calendar (holidays with
  names, make-up working days, the source, provisional or not) and the calendar's versions.
- ``POST /api/calendar/notices/check`` (admin): the notice's errors, nothing changed.
- ``POST /api/calendar/notices`` (admin): the notice replaces the year's rows as a new calendar
  version (ivr.refdata.calendar_store), audited (``calendar.notice``); 422 with the errors in
  Mandarin and English when it is refused, and nothing is changed.

The live version is installed in this process at once and followed by every ``ivr serve`` worker,
so the menu schedule, the ACD hours and the statutory clocks use it.
"""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from ivr.refdata.calendar_store import CalendarStore
from ivr.refdata.holidays import parse_calendar
from ivr.refdata.notices import HolidayRange, MakeupDay, Notice, NoticeRejected, check_notice
from ivr.web.audit import write_audit
from ivr.web.auth import current_admin
from ivr.web.context import WebContext, get_context
from ivr.web.pages import page_handler
from ivr.web.users import WebUser

Admin = Annotated[WebUser, Depends(current_admin)]
STORE_KEY = "calendar_store"


class RangeIn(BaseModel):
    model_config = {"extra": "forbid"}
    name: str = Field(max_length=64)
    start: date
    end: date


class MakeupIn(BaseModel):
    model_config = {"extra": "forbid"}
    date: date
    name: str = Field(max_length=64)


class NoticeIn(BaseModel):
    model_config = {"extra": "forbid"}
    year: int = Field(ge=2000, le=2100)
    title: str = Field(max_length=300)
    holidays: list[RangeIn] = Field(max_length=40)
    workdays: list[MakeupIn] = Field(default_factory=list, max_length=40)
    comment: str = Field(default="", max_length=500)

    def notice(self) -> Notice:
        return Notice(self.year, self.title, tuple(HolidayRange(r.name, r.start, r.end) for r in self.holidays),
                      tuple(MakeupDay(m.date, m.name) for m in self.workdays))


def calendar_store(ctx: WebContext) -> CalendarStore:
    store = ctx.extras.get(STORE_KEY)
    if not isinstance(store, CalendarStore):
        store = ctx.extras[STORE_KEY] = CalendarStore(ctx.settings, redis=ctx.redis)
    return store


def year_json(text: str, year: int) -> dict[str, Any]:
    calendar = parse_calendar(text)
    rows = csv.DictReader(io.StringIO("\n".join(line for line in text.splitlines() if not line.startswith("#"))))
    days = [r for r in rows if r["date"].startswith(f"{year}-")]
    return {"year": year, "covered": calendar.covers(year), "provisional": calendar.is_provisional(year),
            "source": calendar.source_of(year),
            "holidays": [{"date": r["date"], "name": r["name"], "source": r.get("source") or "notice"}
                         for r in days if r["kind"] == "holiday"],
            "workdays": [{"date": r["date"], "name": r["name"]} for r in days if r["kind"] == "workday"]}


def _refused(errors: list[str]) -> HTTPException:
    return HTTPException(status_code=422, detail={
        "message": "节假日通知未载入 / the holiday notice was not loaded", "errors": errors})


def calendar_admin_router() -> APIRouter:
    """The calendar page and its API, mounted by ivr/web/app.py."""
    router = APIRouter()

    router.add_api_route("/admin/calendar", page_handler("calendar_admin", ("admin",)), methods=["GET"],
                         include_in_schema=False, response_class=HTMLResponse)

    @router.get("/api/calendar")
    async def year(request: Request, admin: Admin, year: int = Query(ge=2000, le=2100)) -> dict[str, Any]:
        store = calendar_store(get_context(request))
        await store.start()
        out = year_json(await asyncio.to_thread(store.text), year)
        out["versions"] = [{"number": v.number, "comment": v.comment, "author": v.author, "created_at": v.created_at,
                            "published": v.published} for v in store.list_versions()]
        return out

    @router.post("/api/calendar/notices/check")
    async def check(body: NoticeIn, admin: Admin) -> dict[str, Any]:
        errors = check_notice(body.notice())
        return {"ok": not errors, "errors": errors}

    @router.post("/api/calendar/notices")
    async def load(body: NoticeIn, request: Request, admin: Admin) -> dict[str, Any]:
        ctx = get_context(request)
        store = calendar_store(ctx)
        notice = body.notice()
        comment = body.comment.strip() or f"{body.year}: {body.title.strip()}"
        try:
            info = await store.load_notice(notice, admin.username, comment)
        except NoticeRejected as exc:
            raise _refused(exc.errors) from exc
        detail = {"version": info.number, "year": body.year, "title": body.title.strip(),
                  "holidays": [[r.name, r.start.isoformat(), r.end.isoformat()] for r in body.holidays],
                  "workdays": [m.date.isoformat() for m in body.workdays]}
        await ctx.in_db(lambda s: write_audit(s, admin.username, "calendar.notice", f"calendar:{body.year}", detail))
        return {"version": info.number, **year_json(await asyncio.to_thread(store.text), body.year)}

    return router
