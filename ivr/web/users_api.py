"""User administration and the audit log, for administrators."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field

from ivr.web.audit import recent_audit
from ivr.web.auth import current_admin
from ivr.web.context import get_context
from ivr.web.users import UserError, WebUser, create_user, list_users, set_disabled

Admin = Annotated[WebUser, Depends(current_admin)]


class NewUser(BaseModel):
    username: str = Field(max_length=64)
    password: str = Field(max_length=256)
    role: str
    centre: str | None = None


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
            await ctx.in_db(lambda s: set_disabled(s, username, True, admin.username))
        except UserError as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from exc
        ended = await ctx.sessions.end_all_for(username)
        return {"username": username, "disabled": True, "sessions_ended": ended}

    @router.get("/audit")
    async def audit(request: Request, admin: Admin, limit: int = 100) -> list[dict[str, Any]]:
        return await get_context(request).in_db(lambda s: recent_audit(s, max(1, min(limit, 1000))))

    return router
