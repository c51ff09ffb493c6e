"""Access control: who is asking (session cookie or bearer token), and may they.

``current_user``, ``require_role(...)`` and ``current_agent`` are FastAPI dependencies;
they are what create_app hands to the other packages' routers.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, HTTPException, Request, Response, WebSocketException, status
from pydantic import BaseModel, Field
from starlette.requests import HTTPConnection

from ivr.web.audit import write_audit
from ivr.web.context import WebContext, get_context
from ivr.web.users import WebUser, authenticate

SESSION_COOKIE = "ivr_session"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _token(conn: HTTPConnection) -> tuple[str | None, bool]:
    """(token, came_from_cookie)."""
    header = conn.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip(), False
    return conn.cookies.get(SESSION_COOKIE), True


def _refuse(conn: HTTPConnection, code: int, detail: str) -> Exception:
    if conn.scope["type"] == "websocket":
        return WebSocketException(code=status.WS_1008_POLICY_VIOLATION, reason=detail)
    headers = {"WWW-Authenticate": "Bearer"} if code == 401 else None
    return HTTPException(status_code=code, detail=detail, headers=headers)


def _same_origin(conn: HTTPConnection) -> bool:
    origin = conn.headers.get("origin")
    if origin is None:
        return True  # non-browser clients send no Origin
    return urlsplit(origin).netloc == conn.headers.get("host")


async def current_user(conn: HTTPConnection) -> WebUser:
    """The signed-in user, or 401. Cookie sessions must also show the CSRF token on changes."""
    ctx = get_context(conn)
    token, from_cookie = _token(conn)
    if not token:
        raise _refuse(conn, 401, "not signed in")
    info = await ctx.sessions.get(token)
    if info is None:
        raise _refuse(conn, 401, "session expired or unknown")
    if from_cookie:
        if conn.scope["type"] == "websocket":
            if not _same_origin(conn):
                raise _refuse(conn, 403, "cross-origin WebSocket refused")
        elif conn.scope.get("method", "GET") not in SAFE_METHODS and conn.headers.get(CSRF_HEADER) != info.csrf:
            raise _refuse(conn, 403, "missing or wrong CSRF token")
    conn.state.user = info.user
    conn.state.csrf = info.csrf
    return info.user


def require_role(*roles: str) -> Callable[..., Awaitable[WebUser]]:
    """A dependency that lets only the given roles through (403 for others)."""

    async def check(conn: HTTPConnection, user: Annotated[WebUser, Depends(current_user)]) -> WebUser:
        if user.role not in roles:
            raise _refuse(conn, 403, f"needs role {' or '.join(roles)}")
        return user

    check.__name__ = f"require_{'_'.join(roles)}"
    return check


current_agent = require_role("agent")
current_admin = require_role("admin")
current_supervisor = require_role("supervisor", "admin")


def require_centre(user: WebUser, centre: str) -> None:
    """403 unless the user may see the centre's data."""
    if not user.can_see(centre):
        raise HTTPException(status_code=403, detail=f"centre {centre!r} is not yours")


class LoginRequest(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class LoginReply(BaseModel):
    username: str
    role: str
    centre: str | None
    csrf: str
    token: str | None = None
    expires_in: int


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def sign_in(ctx: WebContext, request: Request, username: str, password: str) -> tuple[WebUser, str, str]:
    """Check rate limit and password; a new session (user, token, csrf) or HTTPException."""
    client = client_address(request)
    wait = await ctx.limiter.blocked(username, client)
    if wait:
        raise HTTPException(status_code=429, detail="too many failed sign-ins; try again later",
                            headers={"Retry-After": str(wait)})
    user = await ctx.in_db(lambda s: authenticate(s, username, password))
    if user is None:
        await ctx.limiter.failed(username, client)
        await ctx.in_db(lambda s: write_audit(s, username, "auth.failed", f"user:{username}", {"ip": client}))
        raise HTTPException(status_code=401, detail="wrong username or password")
    await ctx.limiter.succeeded(username, client)
    await ctx.in_db(lambda s: write_audit(s, user.username, "auth.login", f"user:{username}", {"ip": client}))
    token, csrf = await ctx.sessions.create(user)
    return user, token, csrf


def set_session_cookie(response: Response, request: Request, token: str, max_age: int) -> None:
    response.set_cookie(SESSION_COOKIE, token, max_age=max_age, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", path="/")


def auth_router() -> APIRouter:
    router = APIRouter(prefix="/api/auth", tags=["auth"])

    @router.post("/login", response_model=LoginReply)
    async def login(body: LoginRequest, request: Request, response: Response) -> LoginReply:
        """Sign in for the browser: sets the session cookie; returns the CSRF token."""
        ctx = get_context(request)
        user, token, csrf = await sign_in(ctx, request, body.username, body.password)
        set_session_cookie(response, request, token, ctx.sessions.ttl_seconds)
        return LoginReply(username=user.username, role=user.role, centre=user.centre, csrf=csrf,
                          expires_in=ctx.sessions.ttl_seconds)

    @router.post("/token", response_model=LoginReply)
    async def token(body: LoginRequest, request: Request) -> LoginReply:
        """Sign in for API clients: returns a bearer token (``Authorization: Bearer ...``)."""
        ctx = get_context(request)
        user, tok, csrf = await sign_in(ctx, request, body.username, body.password)
        return LoginReply(username=user.username, role=user.role, centre=user.centre, csrf=csrf, token=tok,
                          expires_in=ctx.sessions.ttl_seconds)

    @router.post("/logout", status_code=204)
    async def logout(request: Request, user: Annotated[WebUser, Depends(current_user)]) -> Response:
        ctx = get_context(request)
        tok, _ = _token(request)
        if tok:
            await ctx.sessions.delete(tok)
        await ctx.in_db(lambda s: write_audit(s, user.username, "auth.logout", f"user:{user.username}", {}))
        response = Response(status_code=204)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    @router.get("/me")
    async def me(user: Annotated[WebUser, Depends(current_user)]) -> dict[str, object]:
        return {"username": user.username, "role": user.role, "centre": user.centre,
                "centres": user.visible_centres()}

    return router
