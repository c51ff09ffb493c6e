"""Menu administration API: versions, validate, diff, try, publish, roll back, emergency switch."""

from __future__ import annotations

import asyncio
import json
from datetime import date, datetime
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, File, HTTPException, Request, UploadFile
from pydantic import BaseModel, Field

from ivr.menus.store import MenuRejected
from ivr.web import menu_admin as ma
from ivr.web import menu_nodes
from ivr.web.acd_config_api import AcdDraft, config_router, draft_config
from ivr.web.audit import write_audit
from ivr.web.auth import current_admin
from ivr.web.context import WebContext, get_context
from ivr.web.edge_words import menu_graph_in_words
from ivr.web.users import WebUser
from queueing.opening_hours import AcdOpeningHours
from records.flow import node_flow
from records.workdays import china_calendar

Admin = Annotated[WebUser, Depends(current_admin)]


class Draft(BaseModel):
    files: dict[str, str]


class TryRequest(Draft):
    dnis: str = Field(default="12315", pattern=r"^[0-9]{3,16}$")
    caller: str = Field(default="01088886666", pattern=r"^\+?[0-9]{3,20}$")
    inputs: list[str] = Field(default_factory=list, max_length=50)
    language: str = Field(default="zh", pattern=r"^[a-z]{2}$")
    at: datetime | None = None  # the call's time (Beijing time when no zone is given): hours, holidays
    acd: AcdDraft | None = None  # the draft ACD configuration to route with (None: the published one)


class PublishRequest(Draft):
    comment: str = Field(min_length=1, max_length=500)


class RollbackRequest(BaseModel):
    number: int = Field(ge=1)


class ScheduleRequest(BaseModel):
    file: str
    schedule: dict[str, Any]  # the form: the emergency switch (opening hours are the ACD's)
    comment: str = Field(min_length=1, max_length=500)
    draft: dict[str, str] | None = None  # the editor's draft: gets the same change, returned


class PromptDraftRequest(BaseModel):
    files: dict[str, str]
    file: str
    id: str
    language: str
    text: str | None = Field(default=None, max_length=2000)
    audio: str | None = Field(default=None, max_length=300)  # a recording's path, as the prompt row set it


class NodeDraftRequest(BaseModel):
    files: dict[str, str]
    file: str
    node: str = Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")
    fields: dict[str, str | float | int | None] = Field(default_factory=dict)
    targets: dict[int, str] = Field(default_factory=dict)  # choice index -> node id


class NodeLink(BaseModel):
    """Where the new node is linked from: a field of an existing node (``next``, ``choices.2.target``,
    ``otherwise`` ...), or ``new_key`` with ``key``: a new key of a menu."""
    from_: str = Field(alias="from", pattern=r"^[a-z][a-z0-9_]{0,63}$")
    field: str = Field(pattern=r"^([a-z_]{1,20}|(choices|branches)\.[0-9]{1,3}\.target)$")
    key: str | None = Field(default=None, pattern=r"^[0-9*#]$")


class NodeAddRequest(BaseModel):
    files: dict[str, str]
    file: str
    node: str = Field(max_length=64)
    kind: str = Field(max_length=20)
    fields: dict[str, str | float | int | bool | None] = Field(default_factory=dict)
    choices: list[dict[str, str]] = Field(default_factory=list, max_length=12)
    link: NodeLink


class NodeRemoveRequest(BaseModel):
    files: dict[str, str]
    file: str
    node: str = Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")


DRAFT_KEY = "ivr:web:menu-draft:{}"
DRAFT_TTL_SECONDS = 30 * 86400
UNCHANGED = {"message": "没有改动，未生成新版本 / Nothing changed: the draft is the published version, "
                        "no new version was made", "errors": []}


def bad_draft(exc: Exception) -> HTTPException:
    return HTTPException(status_code=422, detail={"message": str(exc), "errors": []})


async def publish_draft(ctx: WebContext, user: WebUser, files: dict[str, str], comment: str,
                        action: str, detail: dict[str, Any]) -> dict[str, Any]:
    """Validate, publish as a new version, audit. 422 with the errors when refused."""
    _, published = await ma.published_files(ctx)
    if ma.unchanged(files, published):
        raise HTTPException(status_code=409, detail=UNCHANGED)
    try:
        ma.check_draft(files)
        info = await ma.menu_store(ctx).publish(files, comment, user.username)
    except ma.DraftError as exc:
        raise bad_draft(exc) from exc
    except MenuRejected as exc:
        errors = ma.errors_as_dicts(list(exc.errors))
        raise HTTPException(status_code=422, detail={"message": "the menu has errors", "errors": errors}) from exc
    version = ma.version_as_dict(info)
    await ctx.in_db(lambda s: write_audit(s, user.username, action, f"menu:{version.get('number')}",
                                          {"comment": comment, **detail}))
    return version


def menus_router() -> APIRouter:
    router = APIRouter(prefix="/api/menus", tags=["menus"])

    @router.get("/versions")
    async def versions(request: Request, admin: Admin) -> list[dict[str, Any]]:
        store = ma.menu_store(get_context(request))
        return [ma.version_as_dict(v) for v in await asyncio.to_thread(store.list_versions)]

    @router.get("/versions/{number}")
    async def version(number: int, request: Request, admin: Admin) -> dict[str, Any]:
        store = ma.menu_store(get_context(request))
        try:
            files = await asyncio.to_thread(store.read_version, number)
        except (KeyError, FileNotFoundError, LookupError) as exc:
            raise HTTPException(status_code=404, detail=f"no version {number}") from exc
        return {"number": number, "files": dict(files)}

    @router.get("/published")
    async def published(request: Request, admin: Admin) -> dict[str, Any]:
        number, files = await ma.published_files(get_context(request))
        return {"number": number, "files": files}

    @router.post("/validate")
    async def validate(body: Draft, request: Request, admin: Admin) -> dict[str, Any]:
        try:
            errors = await ma.validate(get_context(request), body.files)
        except ma.DraftError as exc:
            raise bad_draft(exc) from exc
        return {"ok": not errors, "errors": errors}

    @router.post("/diff")
    async def diff(body: Draft, request: Request, admin: Admin) -> dict[str, Any]:
        try:
            return {"diff": await ma.diff(get_context(request), body.files)}
        except ma.DraftError as exc:
            raise bad_draft(exc) from exc

    @router.post("/try")
    async def try_draft(body: TryRequest, request: Request, admin: Admin) -> dict[str, Any]:
        ctx = get_context(request)
        try:
            errors = await ma.validate(ctx, body.files)
            if errors:
                raise HTTPException(status_code=422, detail={"message": "the menu has errors", "errors": errors})
            at = body.at
            if at is not None and at.tzinfo is None:
                at = at.replace(tzinfo=ZoneInfo(ctx.settings.timezone))
            config = await draft_config(ctx, body.acd)
            return await ma.try_draft(ctx, body.files, body.dnis, body.caller, body.inputs, body.language, at,
                                      router=config_router(config), hours=AcdOpeningHours(config))
        except ma.DraftError as exc:
            raise bad_draft(exc) from exc

    @router.post("/publish")
    async def publish(body: PublishRequest, request: Request, admin: Admin) -> dict[str, Any]:
        return await publish_draft(get_context(request), admin, body.files, body.comment, "menu.publish",
                                   {"files": sorted(body.files)})

    @router.post("/rollback")
    async def rollback(body: RollbackRequest, request: Request, admin: Admin) -> dict[str, Any]:
        ctx = get_context(request)
        store = ma.menu_store(ctx)
        known = {int(ma.version_as_dict(v)["number"]) for v in await asyncio.to_thread(store.list_versions)}
        if body.number not in known:
            raise HTTPException(status_code=404, detail=f"no version {body.number}")
        _, published = await ma.published_files(ctx)
        if ma.unchanged(await asyncio.to_thread(store.read_version, body.number), published):
            raise HTTPException(status_code=409, detail=UNCHANGED)
        info = ma.version_as_dict(await store.rollback(body.number, admin.username))
        await ctx.in_db(lambda s: write_audit(s, admin.username, "menu.rollback", f"menu:{info.get('number')}",
                                              {"to": body.number}))
        return info

    @router.post("/upload")
    async def upload(request: Request, admin: Admin, file: Annotated[UploadFile, File()]) -> dict[str, Any]:
        """Check an uploaded menu file; returns its text and the errors of the draft it makes."""
        ctx = get_context(request)
        name = (file.filename or "").rsplit("/", 1)[-1]
        data = await file.read(ma.MAX_MENU_FILE_BYTES + 1)
        if len(data) > ma.MAX_MENU_FILE_BYTES:
            raise HTTPException(status_code=413, detail=f"menu files are at most {ma.MAX_MENU_FILE_BYTES // 1024} KiB")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise HTTPException(status_code=422, detail={"message": "menu files must be UTF-8 text",
                                                         "errors": []}) from exc
        _, files = await ma.published_files(ctx)
        draft = {**files, name: text}
        try:
            errors = await ma.validate(ctx, draft)
        except ma.DraftError as exc:
            raise bad_draft(exc) from exc
        return {"file": name, "text": text, "ok": not errors, "errors": errors}

    @router.get("/schedule")
    async def get_schedule(request: Request, admin: Admin, file: str) -> dict[str, Any]:
        """The published schedule as the form shows it (the emergency switch)."""
        _, files = await ma.published_files(get_context(request))
        try:
            return {"file": file, "schedule": ma.schedule_form(files, file)}
        except ma.DraftError as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from exc

    @router.post("/schedule")
    async def post_schedule(body: ScheduleRequest, request: Request, admin: Admin) -> dict[str, Any]:
        """The emergency switch from the form: edits the published YAML, publishes; the editor's draft
        (if sent) gets the same change. Opening hours are refused here (the centres form has them)."""
        ctx = get_context(request)
        _, files = await ma.published_files(ctx)
        try:
            change = ma.schedule_from_form(body.schedule)
            draft = ma.set_schedule(files, body.file, change)
            new_draft = ma.set_schedule(body.draft, body.file, change) if body.draft else None
        except ma.DraftError as exc:
            raise bad_draft(exc) from exc
        version = await publish_draft(ctx, admin, draft, body.comment, "menu.schedule", {"file": body.file})
        return {**version, "draft": new_draft}

    @router.get("/calendar")
    async def calendar(request: Request, admin: Admin, year: int) -> dict[str, Any]:
        """Statutory holidays and make-up working days of a year (the statutory clocks' calendar)."""
        cal = china_calendar()
        return {"year": year, "covered": cal.covers(year), "provisional": cal.is_provisional(year),
                "holidays": sorted(d.isoformat() for d in cal.holidays if d.year == year),
                "workdays": sorted(d.isoformat() for d in cal.workdays if d.year == year)}

    @router.post("/draft/prompt")
    async def draft_prompt(body: PromptDraftRequest, request: Request, admin: Admin) -> dict[str, Any]:
        """The draft with one prompt text changed (nothing published): a prompt saved from its row
        reaches the editor's draft without losing the draft's other changes."""
        try:
            ma.check_draft(body.files)
            return {"files": ma.set_prompt(body.files, body.file, body.id, body.language, text=body.text,
                                           audio=body.audio)}
        except ma.DraftError as exc:
            raise bad_draft(exc) from exc

    @router.post("/draft/node")
    async def draft_node(body: NodeDraftRequest, request: Request, admin: Admin) -> dict[str, Any]:
        """The draft with one node's form applied (nothing published), and the draft's errors."""
        try:
            ma.check_draft(body.files)
            files = ma.set_node(body.files, body.file, body.node, dict(body.fields), dict(body.targets))
            errors = await ma.validate(get_context(request), files)
        except ma.DraftError as exc:
            raise bad_draft(exc) from exc
        return {"files": files, "ok": not errors, "errors": errors}

    @router.get("/node-kinds")
    async def node_kinds(admin: Admin) -> list[dict[str, Any]]:
        """The kinds of node a form can add, each with its fields (name, type, required, default)."""
        return menu_nodes.kind_forms()

    @router.post("/draft/node/add")
    async def draft_node_add(body: NodeAddRequest, request: Request, admin: Admin) -> dict[str, Any]:
        """The draft with a new node linked from an existing one (nothing published), and its errors."""
        try:
            ma.check_draft(body.files)
            files = menu_nodes.add_node(body.files, body.file, body.node, body.kind, dict(body.fields),
                                        body.choices, body.link.from_, body.link.field, body.link.key)
            errors = await ma.validate(get_context(request), files)
        except ma.DraftError as exc:
            raise bad_draft(exc) from exc
        return {"files": files, "ok": not errors, "errors": errors}

    @router.post("/draft/node/remove")
    async def draft_node_remove(body: NodeRemoveRequest, request: Request, admin: Admin) -> dict[str, Any]:
        """The draft without a node (nothing published); refused (422, at the field ``node``, naming the
        links) while other nodes, the entry or the options still lead to it."""
        try:
            ma.check_draft(body.files)
            files, refused = menu_nodes.remove_node(body.files, body.file, body.node)
            if refused:
                message = "节点仍被引用，未删除 / the node is still linked to and was not removed"
                raise HTTPException(status_code=422, detail={"message": message, "errors": refused})
            errors = await ma.validate(get_context(request), files)
        except ma.DraftError as exc:
            raise bad_draft(exc) from exc
        return {"files": files, "ok": not errors, "errors": errors}

    @router.post("/graph")
    async def draft_graph(body: Draft, admin: Admin) -> dict[str, Any]:
        """A draft's menus as graphs (the picture of what would be published)."""
        try:
            ma.check_draft(body.files)
            return {"version": "draft", "menus": await asyncio.to_thread(menu_graph_in_words, body.files)}
        except ma.DraftError as exc:
            raise bad_draft(exc) from exc

    @router.get("/draft")
    async def get_draft(request: Request, admin: Admin) -> dict[str, Any]:
        """This administrator's draft kept on the server (restored on reload), or null."""
        raw = await get_context(request).redis.get(DRAFT_KEY.format(admin.username))
        return {"draft": json.loads(raw) if raw else None}

    @router.put("/draft")
    async def put_draft(body: Draft, request: Request, admin: Admin) -> dict[str, Any]:
        try:
            ma.check_draft(body.files)
        except ma.DraftError as exc:
            raise bad_draft(exc) from exc
        await get_context(request).redis.set(DRAFT_KEY.format(admin.username),
                                             json.dumps({"files": body.files}), ex=DRAFT_TTL_SECONDS)
        return {"saved": True}

    @router.delete("/draft")
    async def delete_draft(request: Request, admin: Admin) -> dict[str, Any]:
        await get_context(request).redis.delete(DRAFT_KEY.format(admin.username))
        return {"deleted": True}

    @router.get("/graph")
    async def graph(request: Request, admin: Admin, version: int | None = None) -> dict[str, Any]:
        """The menus of a version (default: the published one) as graphs of nodes and edges."""
        ctx = get_context(request)
        store = ma.menu_store(ctx)
        number = version or await asyncio.to_thread(store.published_number)
        try:
            files = await asyncio.to_thread(store.read_version, number)
        except (KeyError, FileNotFoundError, LookupError) as exc:
            raise HTTPException(status_code=404, detail=f"no version {number}") from exc
        return {"version": number, "menus": await asyncio.to_thread(menu_graph_in_words, dict(files))}

    @router.get("/flow")
    async def flow(request: Request, admin: Admin, start: date, end: date, version: int | None = None,
                   menu: str | None = None, dnis: str | None = None) -> dict[str, Any]:
        """Per node of a menu version: calls entering, callers hanging up there, time spent; per edge:
        times taken. From the stored call paths of calls started in Beijing-time days start..end."""
        ctx = get_context(request)
        if (end - start).days > 366 or end < start:
            raise HTTPException(status_code=422, detail="the date range is at most one year, end after start")
        tz = ctx.settings.timezone
        number = str(version) if version else None
        figures = await ctx.in_db(lambda s: node_flow(s, start, end, tz=tz, menu_id=menu, menu_version=number,
                                                      dnis=dnis))
        return {"version": version, "start": start.isoformat(), "end": end.isoformat(), "timezone": tz, **figures}

    return router
