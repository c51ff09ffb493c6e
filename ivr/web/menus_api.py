"""Menu administration API: versions, validate, diff, try, publish, roll back, schedule."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, HTTPException, Request, UploadFile
from pydantic import BaseModel, Field

from ivr.web import menu_admin as ma
from ivr.web.audit import write_audit
from ivr.web.auth import current_admin
from ivr.web.context import WebContext, get_context
from ivr.web.users import WebUser

Admin = Annotated[WebUser, Depends(current_admin)]


class Draft(BaseModel):
    files: dict[str, str]


class TryRequest(Draft):
    dnis: str = Field(default="12315", pattern=r"^[0-9]{3,16}$")
    caller: str = Field(default="01088886666", pattern=r"^\+?[0-9]{3,20}$")
    inputs: list[str] = Field(default_factory=list, max_length=50)
    language: str = Field(default="zh", pattern=r"^[a-z]{2}$")


class PublishRequest(Draft):
    comment: str = Field(min_length=1, max_length=500)


class RollbackRequest(BaseModel):
    number: int = Field(ge=1)


class ScheduleRequest(BaseModel):
    file: str
    schedule: dict[str, Any]
    comment: str = Field(min_length=1, max_length=500)


def bad_draft(exc: Exception) -> HTTPException:
    return HTTPException(status_code=422, detail={"message": str(exc), "errors": []})


async def publish_draft(ctx: WebContext, user: WebUser, files: dict[str, str], comment: str,
                        action: str, detail: dict[str, Any]) -> dict[str, Any]:
    """Validate, publish as a new version, audit. 422 with the errors when refused."""
    from ivr.menus.store import MenuRejected

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
            return await ma.try_draft(ctx, body.files, body.dnis, body.caller, body.inputs, body.language)
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
        _, files = await ma.published_files(get_context(request))
        try:
            return {"file": file, "schedule": ma.get_schedule(files, file)}
        except ma.DraftError as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from exc

    @router.post("/schedule")
    async def post_schedule(body: ScheduleRequest, request: Request, admin: Admin) -> dict[str, Any]:
        """Opening hours, holidays and the emergency switch: edits the YAML, then publishes."""
        ctx = get_context(request)
        _, files = await ma.published_files(ctx)
        try:
            draft = ma.set_schedule(files, body.file, body.schedule)
        except ma.DraftError as exc:
            raise bad_draft(exc) from exc
        return await publish_draft(ctx, admin, draft, body.comment, "menu.schedule", {"file": body.file})

    return router
