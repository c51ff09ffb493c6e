"""Server-rendered pages (Jinja2): sign-in, menu administration, agent console, dashboard."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from ivr.web.auth import current_user, set_session_cookie, sign_in
from ivr.web.context import get_context
from ivr.web.i18n import LANG_COOKIE, labels, page_language
from ivr.web.users import WebUser

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
HOME_BY_ROLE = {"admin": "/admin", "supervisor": "/dashboard", "agent": "/agent"}
PAGE_ROLES = {"admin": ("admin",), "agent": ("agent",), "dashboard": ("supervisor", "admin")}
# Administrators' further pages: /admin/users, /admin/audit (template admin_<name>.html).
ADMIN_PAGES = ("users", "audit")


async def _user_or_none(request: Request) -> WebUser | None:
    try:
        return await current_user(request)
    except HTTPException:
        return None


def _safe_next(target: str | None) -> str:
    # Only local paths: never redirect to another site after sign-in.
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


def render(request: Request, template: str, user: WebUser | None, status_code: int = 200,
           **extra: Any) -> HTMLResponse:
    language = page_language(request)
    context = {
        "request": request, "t": labels(language), "lang": language, "user": user,
        "csrf": getattr(request.state, "csrf", ""), "page_path": request.url.path,
        # Inside <script type="application/json">: "</" must not end the element early.
        "labels_json": json.dumps(labels(language), ensure_ascii=False).replace("</", "<\\/"), **extra,
    }
    response = TEMPLATES.TemplateResponse(request, template, context, status_code=status_code)
    if request.query_params.get("lang") == language:
        response.set_cookie(LANG_COOKIE, language, max_age=365 * 86400, samesite="lax")
    return response


def pages_router() -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/")
    async def home(request: Request) -> Response:
        user = await _user_or_none(request)
        if user is None:
            return RedirectResponse("/login", status_code=303)
        return RedirectResponse(HOME_BY_ROLE.get(user.role, "/login"), status_code=303)

    @router.get("/login")
    async def login_page(request: Request, next: str | None = None) -> HTMLResponse:
        return render(request, "login.html", None, next=_safe_next(next), error=None)

    @router.post("/login")
    async def login_form(request: Request, username: str = Form(max_length=64),
                         password: str = Form(max_length=256), next: str = Form(default="/")) -> Response:
        ctx = get_context(request)
        try:
            user, token, _ = await sign_in(ctx, request, username, password)
        except HTTPException as exc:
            return render(request, "login.html", None, status_code=exc.status_code, next=_safe_next(next),
                          error=str(exc.detail))
        target = _safe_next(next)
        if target == "/":
            target = HOME_BY_ROLE.get(user.role, "/")
        response = RedirectResponse(target, status_code=303)
        set_session_cookie(response, request, token, ctx.sessions.ttl_seconds)
        return response

    for page, roles in PAGE_ROLES.items():
        router.add_api_route(f"/{page}", page_handler(page, roles), methods=["GET"], response_class=HTMLResponse)
    for page in ADMIN_PAGES:
        router.add_api_route(f"/admin/{page}", page_handler(f"admin_{page}", ("admin",)), methods=["GET"],
                             response_class=HTMLResponse)

    return router


def page_handler(page: str, roles: tuple[str, ...]) -> Any:
    """GET handler of the page ``<page>.html`` for ``roles``: sign-in first, others see 403."""

    async def handler(request: Request) -> Response:
        user = await _user_or_none(request)
        if user is None:
            return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)
        if user.role not in roles:
            return render(request, "forbidden.html", user, status_code=403)
        return render(request, f"{page}.html", user, centres=user.visible_centres())

    handler.__name__ = f"{page}_page"
    return handler
