"""Request bodies are refused before they are read: without a valid session (except on the
sign-in routes) with 401, and past the size limit with 413, by the Content-Length header and,
for bodies without one (chunked), by counting while the body streams in.

A pure ASGI middleware, so nothing of the body is buffered before the checks.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ivr.web.context import WebContext

SESSION_COOKIE = "ivr_session"
BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
#: Routes that take a body from someone not yet signed in.
OPEN_PATHS = frozenset({"/api/auth/login", "/api/auth/token", "/login"})
#: Routes that take file uploads (the larger limit).
UPLOAD_PATHS = frozenset({"/api/menus/upload", "/api/prompts/recording", "/api/prompts/whole"})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


def session_token(scope: Scope) -> str | None:
    auth = _header(scope, b"authorization") or ""
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    for part in (_header(scope, b"cookie") or "").split(";"):
        name, _, value = part.strip().partition("=")
        if name == SESSION_COOKIE and value:
            return value
    return None


class BodyLimits:
    def __init__(self, app: ASGIApp, max_body: int, max_upload: int) -> None:
        self.app = app
        self.max_body = max_body
        self.max_upload = max_upload

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in BODY_METHODS:
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        limit = self.max_upload if path in UPLOAD_PATHS else self.max_body
        if path not in OPEN_PATHS and not await self._signed_in(scope):
            await _refuse(send, 401, "not signed in (请先登录)", {"www-authenticate": "Bearer"})
            return
        length = _header(scope, b"content-length")
        if length is not None and (not length.strip().isdigit() or int(length) > limit):
            await _refuse(send, 413, f"request body larger than {limit} bytes (请求内容过大)")
            return
        started = refused = False
        seen = 0

        async def counted() -> Message:
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    # Answer now and let the app see a client that went away; whatever it
                    # answers to that is dropped.
                    refused = True
                    if not started:
                        await _refuse(send, 413, f"request body larger than {limit} bytes (请求内容过大)")
                    return {"type": "http.disconnect"}
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            if refused:
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        await self.app(scope, counted, tracked)

    @staticmethod
    async def _signed_in(scope: Scope) -> bool:
        token = session_token(scope)
        if not token:
            return False
        app: Any = scope.get("app")
        ctx: WebContext | None = getattr(getattr(app, "state", None), "web", None)
        if ctx is None:
            return False
        return await ctx.sessions.get(token) is not None


async def _refuse(send: Send, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"detail": detail}, ensure_ascii=False).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
           (b"connection", b"close"), *((k.encode(), v.encode()) for k, v in (headers or {}).items())]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
