"""Access control: who is asking (session cookie or bearer token), and may they.

``current_user``, ``require_role(...)`` and ``current_agent`` are FastAPI dependencies;
they are what create_app hands to the other packages' routers.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Awaitable, Callable
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, HTTPException, Request, Response, WebSocketException, status
from pydantic import BaseModel, Field
from starlette.requests import HTTPConnection

from ivr.web.audit import write_audit
from ivr.web.context import WebContext, get_context
from ivr.web.sessions import SessionInfo
from ivr.web.users import UserError, WebUser, authenticate, change_own_password, user_standing

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


async def checked_session(ctx: WebContext, token: str) -> SessionInfo | None:
    """The session if it is valid and still matches the users table (role, centre, password,
    enabled); a session that no longer matches is ended."""
    info = await ctx.sessions.get(token)
    if info is None:
        return None
    standing = await ctx.in_db(lambda s: user_standing(s, info.user.username))
    if standing is None or standing.user != info.user or standing.password_tag != info.password_tag:
        await ctx.sessions.delete(token)
        return None
    return info


async def current_user(conn: HTTPConnection) -> WebUser:
    """The signed-in user, or 401. Cookie sessions must also show the CSRF token on changes."""
    ctx = get_context(conn)
    token, from_cookie = _token(conn)
    if not token:
        raise _refuse(conn, 401, "not signed in")
    info = await checked_session(ctx, token)
    if info is None:
        raise _refuse(conn, 401, "session expired or unknown (会话已失效，请重新登录)")
    if from_cookie:
        if conn.scope["type"] == "websocket":
            if not _same_origin(conn):
                raise _refuse(conn, 403, "cross-origin WebSocket refused")
        elif conn.scope.get("method", "GET") not in SAFE_METHODS and conn.headers.get(CSRF_HEADER) != info.csrf:
            raise _refuse(conn, 403, "missing or wrong CSRF token")
    conn.state.user = info.user
    conn.state.csrf = info.csrf
    conn.state.session_token = token
    return info.user


async def session_still_valid(conn: HTTPConnection) -> bool:
    """For open WebSockets: false as soon as the session was ended (logout, user disabled or changed)."""
    token = getattr(conn.state, "session_token", None)
    return isinstance(token, str) and await get_context(conn).sessions.alive(token)


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


class PasswordChange(BaseModel):
    current: str = Field(min_length=1, max_length=256)
    new: str = Field(min_length=1, max_length=256)


class LoginReply(BaseModel):
    username: str
    role: str
    centre: str | None
    csrf: str
    token: str | None = None
    expires_in: int


def client_address(request: HTTPConnection, trusted_proxies: list[str] | None = None) -> str:
    """The real client: the peer, or, when the peer is a configured proxy, the last address in
    X-Forwarded-For that is not itself a configured proxy. A forged header from anyone else is ignored."""
    peer = request.client.host if request.client else "unknown"
    if trusted_proxies is None:
        trusted_proxies = get_context(request).settings.trusted_proxies
    if not trusted_proxies or not is_trusted(peer, trusted_proxies):
        return peer
    hops = [h.strip() for h in request.headers.get("x-forwarded-for", "").split(",") if h.strip()]
    for hop in reversed(hops):
        if not is_trusted(hop, trusted_proxies):
            return hop[:64]
    return peer


def is_trusted(address: str, proxies: list[str]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    for proxy in proxies:
        try:
            if ip in ipaddress.ip_network(proxy, strict=False):
                return True
        except ValueError:
            continue
    return False


async def sign_in(ctx: WebContext, request: Request, username: str, password: str) -> tuple[WebUser, str, str]:
    """Check origin, rate limit and password; a new session (user, token, csrf) or HTTPException."""
    if not _same_origin(request):
        raise HTTPException(status_code=403, detail="cross-origin sign-in refused (拒绝跨站登录)")
    client = client_address(request, ctx.settings.trusted_proxies)
    wait = await ctx.limiter.blocked(username, client)
    if wait:
        raise HTTPException(status_code=429, detail="too many failed sign-ins; try again later",
                            headers={"Retry-After": str(wait)})
    user = await ctx.in_db(lambda s: authenticate(s, username, password))
    if user is None:
        await ctx.limiter.failed(username, client)
        shown = username[:64]  # bounded: the audit log keeps what was typed, never more than a username
        await ctx.in_db(lambda s: write_audit(s, shown, "auth.failed", f"user:{shown}", {"ip": client}))
        raise HTTPException(status_code=401, detail="wrong username or password")
    await ctx.limiter.succeeded(username, client)
    await ctx.in_db(lambda s: write_audit(s, user.username, "auth.login", f"user:{username}", {"ip": client}))
    standing = await ctx.in_db(lambda s: user_standing(s, user.username))
    if standing is None:
        raise HTTPException(status_code=401, detail="wrong username or password")
    token, csrf = await ctx.sessions.create(standing.user, standing.password_tag)
    return standing.user, token, csrf


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

    @router.post("/password", status_code=204)
    async def change_password(body: PasswordChange, request: Request,
                              user: Annotated[WebUser, Depends(current_user)]) -> Response:
        """Change one's own password (the current one is asked for); every session ends, this one too."""
        ctx = get_context(request)
        client = client_address(request, ctx.settings.trusted_proxies)
        wait = await ctx.limiter.blocked(user.username, client)
        if wait:
            raise HTTPException(status_code=429, detail="too many failed attempts; try again later",
                                headers={"Retry-After": str(wait)})
        try:
            await ctx.in_db(lambda s: change_own_password(s, user.username, body.current, body.new))
        except UserError as exc:
            await ctx.limiter.failed(user.username, client)
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        await ctx.sessions.end_all_for(user.username)
        response = Response(status_code=204)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    @router.get("/me")
    async def me(user: Annotated[WebUser, Depends(current_user)]) -> dict[str, object]:
        return {"username": user.username, "role": user.role, "centre": user.centre,
                "centres": user.visible_centres()}

    return router
