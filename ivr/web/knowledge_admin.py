"""The knowledge base's admin page and what its forms need beyond ivr.web.knowledge_api.

- ``GET  /admin/knowledge`` (admin): the page (template ``knowledge_admin.html``, module
  ``/static/knowledge_admin.js``).
- ``GET  /api/knowledge/categories`` (staff): the platform's subcategories an entry may belong to.
- ``POST /api/knowledge/draft`` ``{files}`` (admin): the draft's entries as written (``[{file, entry}]``)
  and every error of the draft, each with the form field it belongs to (``form_field``).
- ``POST /api/knowledge/draft/entry`` ``{files, file, entry, replaces}`` (admin): the draft with one
  entry put in (nothing published) and every error of the draft, each with the form field it
  belongs to.
- ``POST /api/knowledge/draft/remove`` ``{files, id}`` (admin): the draft without that entry.
- ``POST /api/knowledge/diff`` ``{files}`` (admin): unified diff from the published version.
- ``GET  /api/knowledge/figures?start=&end=`` (admin, supervisor): from the call records, per entry
  how often it was read, how often the caller then went to an agent, how often it was offered in a
  topic's key menu and not chosen, and the self-service rate per Beijing day (ivr.knowledge.figures
  over records.flow.consult_steps).
"""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import Field

from ivr.knowledge.editing import DraftError, draft_entries, form_field, remove_entry, set_entry
from ivr.knowledge.figures import daily_figures, entry_figures
from ivr.knowledge.loader import KnowledgeError
from ivr.refdata.classification import OBJECT_CLASSES, SUBCATEGORIES
from ivr.web.auth import current_admin, require_role
from ivr.web.context import get_context
from ivr.web.i18n import message
from ivr.web.knowledge_api import Draft, beijing_today, knowledge_store, refused
from ivr.web.pages import page_handler
from ivr.web.users import WebUser
from records.flow import consult_steps

Admin = Annotated[WebUser, Depends(current_admin)]
Staff = Annotated[WebUser, Depends(require_role("agent", "supervisor", "admin"))]
Viewer = Annotated[WebUser, Depends(require_role("supervisor", "admin"))]
MAX_PERIOD_DAYS = 366


class EntryDraft(Draft):
    file: str = Field(min_length=1, max_length=80)
    entry: dict[str, Any]
    replaces: str | None = Field(default=None, max_length=60)


class RemoveDraft(Draft):
    id: str = Field(min_length=1, max_length=60)


def error_json(error: KnowledgeError) -> dict[str, Any]:
    return {**error.as_dict(), "form_field": form_field(error)}


def draft_refused(exc: DraftError) -> HTTPException:
    return refused(422, exc.zh, exc.en)


async def _checked(request: Request, files: dict[str, str]) -> dict[str, Any]:
    store = knowledge_store(get_context(request))
    errors = await asyncio.to_thread(store.validate_files, files)
    entries = await asyncio.to_thread(draft_entries, files)
    return {"files": files, "ok": not errors, "errors": [error_json(e) for e in errors], "entries": entries}


def knowledge_admin_router() -> APIRouter:
    router = APIRouter()

    router.add_api_route("/admin/knowledge", page_handler("knowledge_admin", ("admin",)), methods=["GET"],
                         include_in_schema=False, response_class=HTMLResponse)

    @router.get("/api/knowledge/categories")
    async def categories(user: Staff) -> list[dict[str, str]]:
        return [{"code": s.code, "zh": s.zh, "en": s.en, "class_zh": OBJECT_CLASSES[s.object_class].zh,
                 "class_en": OBJECT_CLASSES[s.object_class].en} for s in SUBCATEGORIES]

    @router.post("/api/knowledge/draft")
    async def draft(body: Draft, request: Request, admin: Admin) -> dict[str, Any]:
        """A draft's entries as written and its errors (each with its form field)."""
        return await _checked(request, body.files)

    @router.post("/api/knowledge/draft/entry")
    async def draft_entry(body: EntryDraft, request: Request, admin: Admin) -> dict[str, Any]:
        try:
            files = await asyncio.to_thread(set_entry, body.files, body.file, body.entry, body.replaces)
        except DraftError as exc:
            raise draft_refused(exc) from exc
        return await _checked(request, files)

    @router.post("/api/knowledge/draft/remove")
    async def draft_remove(body: RemoveDraft, request: Request, admin: Admin) -> dict[str, Any]:
        try:
            files = await asyncio.to_thread(remove_entry, body.files, body.id)
        except DraftError as exc:
            raise draft_refused(exc) from exc
        return await _checked(request, files)

    @router.post("/api/knowledge/diff")
    async def diff(body: Draft, request: Request, admin: Admin) -> dict[str, Any]:
        store = knowledge_store(get_context(request))
        return {"diff": await asyncio.to_thread(store.diff, body.files)}

    @router.get("/api/knowledge/figures")
    async def figures(request: Request, user: Viewer, start: Annotated[date | None, Query()] = None,
                      end: Annotated[date | None, Query()] = None) -> dict[str, Any]:
        ctx = get_context(request)
        tz = ctx.settings.timezone
        last = end or beijing_today(ctx)
        first = start or last - timedelta(days=29)
        if first > last or (last - first).days >= MAX_PERIOD_DAYS:
            raise HTTPException(status_code=422, detail=message("bad_period"))
        steps = await ctx.in_db(lambda s: consult_steps(s, first, last, tz))
        index = await asyncio.to_thread(knowledge_store(ctx).current)
        questions = {e.id: {"zh": e.question.zh, "en": e.question.en} for e in index.entries}
        per_entry = [{**f.as_dict(), "question": questions.get(f.entry)} for f in entry_figures(steps)]
        return {"start": first.isoformat(), "end": last.isoformat(), "entries": per_entry,
                "days": [d.as_dict() for d in daily_figures(steps)]}

    return router
