"""ACD configuration administration: centres, opening hours, overflow and routing rules.

The same cycle as menus: validate, diff against the published version, publish as a new
immutable version with a comment, roll back in one step. Reading is for supervisors and
administrators; every change is for administrators and is written to the audit log.
"""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field

from ivr.web.audit import write_audit
from ivr.web.auth import current_admin, current_supervisor
from ivr.web.context import WebContext, get_context
from ivr.web.users import WebUser
from queueing.config_store import MAX_CONFIG_BYTES, AcdConfigStore, AcdVersionInfo, ConfigRejected

Admin = Annotated[WebUser, Depends(current_admin)]
Reader = Annotated[WebUser, Depends(current_supervisor)]


class ConfigDraft(BaseModel):
    text: str = Field(max_length=MAX_CONFIG_BYTES)


class ConfigPublish(ConfigDraft):
    comment: str = Field(min_length=1, max_length=500)


class ConfigRollback(BaseModel):
    number: int = Field(ge=1)


def attach_acd_config_store(ctx: WebContext, store: AcdConfigStore) -> AcdConfigStore:
    """Keep ``store`` for the API and make the web's own ACD view (dashboard, agent console)
    use the published configuration and follow publishes."""
    from queueing.store import AcdStore

    ctx.extras["acd_config_store"] = store
    if "acd_store" not in ctx.extras:
        ctx.extras["acd_store"] = AcdStore(ctx.redis, store.current())

    def follow(config: Any) -> None:
        acd = ctx.extras.get("acd_store")
        if acd is not None:
            acd.config = config  # Redis copies are written by the workers' AcdStore.replace_config

    store.on_change(follow)
    return store


def acd_config_store(ctx: WebContext) -> AcdConfigStore:
    store = ctx.extras.get("acd_config_store")
    if isinstance(store, AcdConfigStore):
        return store
    return attach_acd_config_store(ctx, AcdConfigStore(ctx.settings, redis=ctx.redis))


def version_dict(info: AcdVersionInfo) -> dict[str, Any]:
    return {"number": info.number, "comment": info.comment, "author": info.author,
            "created_at": info.created_at, "published": info.published}


def refused(errors: list[str]) -> HTTPException:
    return HTTPException(status_code=422, detail={"message": "the ACD configuration has errors", "errors": errors})


def acd_config_router() -> APIRouter:
    router = APIRouter(prefix="/api/acd-config", tags=["acd-config"])

    @router.get("")
    async def published(request: Request, user: Reader) -> dict[str, Any]:
        """The published configuration's text and every version."""
        store = acd_config_store(get_context(request))
        number = await asyncio.to_thread(store.published_number)
        text = await asyncio.to_thread(store.read_version, number)
        versions = await asyncio.to_thread(store.list_versions)
        return {"number": number, "text": text, "versions": [version_dict(v) for v in versions]}

    @router.get("/versions/{number}")
    async def version(number: int, request: Request, user: Reader) -> dict[str, Any]:
        store = acd_config_store(get_context(request))
        try:
            text = await asyncio.to_thread(store.read_version, number)
        except KeyError as exc:
            raise HTTPException(status_code=404, detail=f"no version {number}") from exc
        return {"number": number, "text": text}

    @router.post("/validate")
    async def validate(body: ConfigDraft, request: Request, admin: Admin) -> dict[str, Any]:
        errors = await asyncio.to_thread(acd_config_store(get_context(request)).validate, body.text)
        return {"ok": not errors, "errors": errors}

    @router.post("/diff")
    async def diff(body: ConfigDraft, request: Request, admin: Admin) -> dict[str, Any]:
        return {"diff": await asyncio.to_thread(acd_config_store(get_context(request)).diff, body.text)}

    @router.post("/publish")
    async def publish(body: ConfigPublish, request: Request, admin: Admin) -> dict[str, Any]:
        ctx = get_context(request)
        try:
            info = await acd_config_store(ctx).publish(body.text, body.comment, admin.username)
        except ConfigRejected as exc:
            raise refused(exc.errors) from exc
        await ctx.in_db(lambda s: write_audit(s, admin.username, "acd.publish", f"acd-config:{info.number}",
                                              {"comment": body.comment}))
        return version_dict(info)

    @router.post("/rollback")
    async def rollback(body: ConfigRollback, request: Request, admin: Admin) -> dict[str, Any]:
        ctx = get_context(request)
        store = acd_config_store(ctx)
        known = {v.number for v in await asyncio.to_thread(store.list_versions)}
        if body.number not in known:
            raise HTTPException(status_code=404, detail=f"no version {body.number}")
        try:
            info = await store.rollback(body.number, admin.username)
        except ConfigRejected as exc:  # an old version no longer valid (e.g. reference data changed)
            raise refused(exc.errors) from exc
        await ctx.in_db(lambda s: write_audit(s, admin.username, "acd.rollback", f"acd-config:{info.number}",
                                              {"to": body.number}))
        return version_dict(info)

    return router
