"""The HTTP application: pages, the admin/agent/supervisor APIs, and the routers of other packages.

``create_app(settings)`` is what ``ivr serve`` runs with uvicorn. OpenAPI is at ``/docs``.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles
from redis.asyncio import Redis
from sqlalchemy import Engine

from ivr.settings import Settings
from ivr.web.acd_config_api import acd_config_router, attach_acd_config_store
from ivr.web.agent_api import agent_console_router
from ivr.web.auth import auth_router, current_agent, current_user
from ivr.web.calendar_admin import calendar_admin_router
from ivr.web.context import WebContext
from ivr.web.dashboard_api import acd_store, dashboard_router
from ivr.web.desk_statement import statement_router
from ivr.web.knowledge_admin import knowledge_admin_router
from ivr.web.knowledge_api import knowledge_router, knowledge_store
from ivr.web.limits import BodyLimits
from ivr.web.menu_edits_api import menu_edits_router
from ivr.web.menus_api import menus_router
from ivr.web.pages import pages_router
from ivr.web.prompts_api import prompts_router
from ivr.web.sessions import LoginLimiter, SessionStore
from ivr.web.try_api import try_router
from ivr.web.users_api import users_router
from queueing.agents import AgentService
from queueing.events import EventLog
from queueing.gateway import wall_clock_ms
from queueing.runtime import AcdServices
from records.db import make_engine, session_factory

log = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).parent / "static"

# (module, factory, dependency name) of routers that other packages own; each factory
# takes our auth dependency and returns an APIRouter.
OPTIONAL_ROUTERS: tuple[tuple[str, str, str], ...] = (
    ("ivr.web.records_api", "complaints_router", "current_user"),
    ("ivr.web.records_api", "alerts_router", "current_user"),
    ("ivr.web.caller_number_api", "caller_number_router", "current_user"),
    ("ivr.web.clocks_api", "clocks_router", "current_user"),
    ("ivr.web.classification_api", "classification_router", "current_user"),
    ("recordings.api", "recordings_router", "current_user"),
    ("queueing.api", "centre_figures_router", "current_agent"),
)


def redis_url_for(settings: Settings) -> str:
    return settings.redis_url or f"redis://127.0.0.1:{settings.embedded_redis_port}/0"


async def _warm_knowledge(ctx: WebContext) -> None:
    try:
        await knowledge_store(ctx).load_current()
    except Exception:  # noqa: BLE001 - the first search tries again and reports it
        log.exception("the knowledge base could not be indexed at start")


def create_app(settings: Settings, *, redis: Redis | None = None, menu_store: Any = None,
               acd_config_store: Any = None, acd_store: Any = None, db_engine: Engine | None = None,
               warm_knowledge: bool = False) -> FastAPI:
    """Build the app.

    ``redis`` (a redis.asyncio client) may be given; else one is opened from the settings.
    ``menu_store`` should be the process's ``ivr.menus.store.MenuStore`` when the FastAGI
    server runs in the same process, so a publish swaps its MenuSet at once; else the app
    makes its own (publishes still reach every worker through Redis pub/sub).
    ``acd_config_store`` likewise: the process's ``queueing.config_store.AcdConfigStore``, and
    ``acd_store`` the process's ``queueing.store.AcdStore`` (the one the calls use, following
    publishes): the dashboard, both agent APIs and the engine then share one ACD view.
    ``db_engine``: the process's database pool (``ivr.runtime``); the app then opens none of its own.
    ``warm_knowledge``: index the knowledge base in a thread at start (``ivr serve``), so an agent's first search
    does not wait seconds for it.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        client: Redis = redis if redis is not None else Redis.from_url(redis_url_for(settings))
        # the process's pool (ivr.runtime) when serve passes it; else the app's own
        engine = db_engine if db_engine is not None else make_engine(settings.effective_database_url)
        secret = settings.secret_key.get_secret_value()
        app.state.web = WebContext(
            settings=settings, redis=client, engine=engine, db=session_factory(engine),
            sessions=SessionStore(client, secret, settings.session_ttl_seconds, settings.session_idle_seconds),
            limiter=LoginLimiter(client, settings.login_max_failures_per_user, settings.login_window_seconds,
                                 settings.login_max_failures_per_address),
        )
        if menu_store is not None:
            app.state.web.extras["menu_store"] = menu_store
        if acd_store is not None:
            app.state.web.extras["acd_store"] = acd_store
        if acd_config_store is not None:
            attach_acd_config_store(app.state.web, acd_config_store)
        warming = asyncio.create_task(_warm_knowledge(app.state.web), name="knowledge-warm") if warm_knowledge else None
        try:
            yield
        finally:
            if warming is not None and not warming.done():
                await warming  # its thread cannot be stopped: let it end before the pool and Redis close
            if db_engine is None:
                engine.dispose()
            if redis is None:
                await client.aclose()  # type: ignore[attr-defined]

    app = FastAPI(title="12315 IVR", version="0.1.0", lifespan=lifespan)
    app.state.settings = settings
    app.middleware("http")(security_headers)
    # Outermost: bodies are refused (unauthenticated, too large) before anything reads them.
    app.add_middleware(BodyLimits, max_body=settings.http_max_body_bytes, max_upload=settings.http_max_upload_bytes)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(auth_router())
    app.include_router(users_router())
    _include_own_routers(app)
    app.state.mounted_optional = mount_optional_routers(app, settings)
    return app


CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; "
       "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")


async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    response = await call_next(request)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    if not request.url.path.startswith(("/docs", "/redoc")):  # Swagger UI loads its own assets inline
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Frame-Options", "DENY")
    if request.url.path.startswith("/api/"):
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def _include_own_routers(app: FastAPI) -> None:
    app.include_router(menus_router())
    app.include_router(menu_edits_router())
    app.include_router(acd_config_router())
    app.include_router(try_router())
    app.include_router(prompts_router())
    app.include_router(dashboard_router())
    app.include_router(agent_console_router())
    app.include_router(statement_router())
    app.include_router(pages_router())
    app.include_router(knowledge_router())
    app.include_router(knowledge_admin_router())
    app.include_router(calendar_admin_router())


async def app_acd_services(app: FastAPI) -> AcdServices:
    """The ACD services of the app's one store (the process's, when `serve` passes it)."""
    ctx: WebContext = app.state.web
    found = ctx.extras.get("acd_services")
    if found is None:
        store = acd_store(ctx)
        events = EventLog(ctx.redis)
        found = AcdServices(ctx.redis, store.config, store, events, AgentService(store, events, wall_clock_ms))
        ctx.extras["acd_services"] = found
    return found  # type: ignore[no-any-return]


def mount_optional_routers(app: FastAPI, settings: Settings | None = None) -> list[str]:
    """Mount the routers of records/, recordings/ and queueing/ that exist; log the others.

    The ACD router shares the app's ACD store (the published configuration), never its own."""
    deps: dict[str, Callable[..., Any]] = {"current_user": current_user, "current_agent": current_agent}
    mounted: list[str] = []
    for module_name, factory_name, dep_name in OPTIONAL_ROUTERS:
        try:
            module = importlib.import_module(module_name)
            factory = getattr(module, factory_name)
        except (ImportError, AttributeError) as exc:
            log.warning("router %s.%s not mounted: %s", module_name, factory_name, exc)
            continue
        extra: dict[str, Any] = {}
        if module_name == "queueing.api":
            extra["services"] = partial(app_acd_services, app)
        router = factory(deps[dep_name], **extra)
        if not isinstance(router, APIRouter):
            log.warning("router %s.%s returned %r, not an APIRouter", module_name, factory_name, type(router))
            continue
        app.include_router(router)
        mounted.append(f"{module_name}.{factory_name}")
    return mounted
