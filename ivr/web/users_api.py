"""User administration and the audit log, for administrators."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field

from ivr.web.access import revoke_access
from ivr.web.audit import recent_audit
from ivr.web.auth import current_admin
from ivr.web.context import WebContext, get_context
from ivr.web.dashboard_api import acd_store
from ivr.web.i18n import message
from ivr.web.users import (
    UserError,
    WebUser,
    create_user,
    list_users,
    set_disabled,
    set_password,
    set_role,
    user_standing,
)

Admin = Annotated[WebUser, Depends(current_admin)]


class NewUser(BaseModel):
    username: str = Field(max_length=64)
    password: str = Field(max_length=256)
    role: str
    centre: str | None = None


class RoleChange(BaseModel):
    role: str
    centre: str | None = None


class PasswordReset(BaseModel):
    password: str = Field(min_length=1, max_length=256)


async def _before(ctx: WebContext, username: str) -> WebUser | None:
    standing = await ctx.in_db(lambda s: user_standing(s, username))
    return standing.user if standing is not None else None


async def _revoke(ctx: WebContext, user: WebUser, reason: str) -> dict[str, Any]:
    done = await revoke_access(ctx.redis, ctx.sessions, user, reason, acd_config=acd_store(ctx).config)
    return {"sessions_ended": done.sessions_ended, "acd": done.acd}


def users_router() -> APIRouter:
    router = APIRouter(prefix="/api", tags=["users"])

    @router.get("/users")
    async def get_users(request: Request, admin: Admin) -> list[dict[str, Any]]:
        return await get_context(request).in_db(list_users)

    @router.post("/users", status_code=201)
    async def post_user(body: NewUser, request: Request, admin: Admin) -> dict[str, Any]:
        ctx = get_context(request)
        try:
            user = await ctx.in_db(
                lambda s: create_user(s, body.username, body.password, body.role, body.centre, admin.username))
        except UserError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        return {"username": user.username, "role": user.role, "centre": user.centre}

    @router.post("/users/{username}/disable")
    async def disable_user(username: str, request: Request, admin: Admin) -> dict[str, Any]:
        ctx = get_context(request)
        if username == admin.username:
            raise HTTPException(status_code=422, detail="you cannot disable yourself")
        try:
            user = await ctx.in_db(lambda s: set_disabled(s, username, True, admin.username))
        except UserError as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from exc
        return {"username": username, "disabled": True, **await _revoke(ctx, user, "disabled")}

    @router.post("/users/{username}/enable")
    async def enable_user(username: str, request: Request, admin: Admin) -> dict[str, Any]:
        ctx = get_context(request)
        try:
            await ctx.in_db(lambda s: set_disabled(s, username, False, admin.username))
        except UserError as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from exc
        return {"username": username, "disabled": False}

    @router.post("/users/{username}/role")
    async def change_role(username: str, body: RoleChange, request: Request, admin: Admin) -> dict[str, Any]:
        """Change role and centre; the user's sessions end and its agent leaves the ACD."""
        ctx = get_context(request)
        if username == admin.username:
            raise HTTPException(status_code=422, detail="you cannot change your own role")
        before = await _before(ctx, username)
        try:
            user = await ctx.in_db(lambda s: set_role(s, username, body.role, body.centre, admin.username))
        except UserError as exc:
            raise HTTPException(status_code=404 if "no user" in str(exc) else 422, detail=str(exc)) from exc
        revoked = await _revoke(ctx, before, "role changed") if before is not None else {}
        return {"username": username, "role": user.role, "centre": user.centre, **revoked}

    @router.post("/users/{username}/password")
    async def reset_password(username: str, body: PasswordReset, request: Request, admin: Admin) -> dict[str, Any]:
        """Set a new password for a user (who must then sign in again)."""
        ctx = get_context(request)
        try:
            await ctx.in_db(lambda s: set_password(s, username, body.password, admin.username))
        except UserError as exc:
            raise HTTPException(status_code=404 if "no user" in str(exc) else 422, detail=str(exc)) from exc
        ended = await ctx.sessions.end_all_for(username)
        return {"username": username, "sessions_ended": ended}

    @router.get("/audit")
    async def audit(request: Request, admin: Admin, limit: int = 100, actor: str | None = None,
                    action: str | None = None, start: date | None = None,
                    end: date | None = None) -> list[dict[str, Any]]:
        """Newest first; who (exact), what (action prefix), when (Beijing-time days start..end)."""
        ctx = get_context(request)
        if end is not None and end >= date.max:
            raise HTTPException(status_code=422, detail=message("bad_period"))
        zone = ZoneInfo(ctx.settings.timezone)
        since = datetime.combine(start, time(), zone) if start else None
        until = datetime.combine(end + timedelta(days=1), time(), zone) if end else None
        return await ctx.in_db(lambda s: recent_audit(s, max(1, min(limit, 1000)), actor=actor or None,
                                                      action=action or None, since=since, until=until))

    return router
