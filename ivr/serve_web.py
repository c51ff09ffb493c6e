"""The web app inside ``ivr serve``'s loop (uvicorn on the runtime's Redis, stores and database
pool). Imported only by a process that serves the web app (ivr/optional_parts.py)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import uvicorn

from ivr.health_api import health_router
from ivr.runtime import Runtime
from ivr.web.app import create_app
from ivr.web.guard import uvicorn_limits


class _QuietServer(uvicorn.Server):
    """uvicorn inside our loop: signals are ours, not uvicorn's."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def start_web(runtime: Runtime) -> tuple[asyncio.Task[Any], Callable[[], Awaitable[None]]]:
    """Serve the web app on ``IVR_HTTP_HOST:IVR_HTTP_PORT``; returns its task and what stops it."""
    settings = runtime.settings
    app = create_app(settings, redis=runtime.redis, menu_store=runtime.menus, acd_config_store=runtime.acd_configs,
                     acd_store=runtime.acd, db_engine=runtime.db_engine, warm_knowledge=True)
    app.include_router(health_router(settings))
    config = uvicorn.Config(app, host=settings.http_host, port=settings.http_port,
                            log_level="info", lifespan="on", **uvicorn_limits(settings))
    server = _QuietServer(config)

    async def stop_web() -> None:
        server.should_exit = True

    return asyncio.create_task(server.serve(), name="web"), stop_web
