"""Health, readiness and Prometheus metrics endpoints.

``/healthz`` says only that the process answers. ``/readyz`` checks Redis, the database, the
SIP listeners and the calls process (whose SIP listener it asks with OPTIONS).
``/metrics`` holds aggregates only (no numbers, no names) but is still not public: it needs
``Authorization: Bearer <IVR_METRICS_TOKEN>``, or a request from loopback when no token is set.
"""

from __future__ import annotations

import asyncio
import hmac
from typing import Any

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.responses import PlainTextResponse
from sqlalchemy import text

from ivr.calls_supervisor import process_checks, supervised_sip
from ivr.observability import metrics_payload
from ivr.settings import Settings
from ivr.sip.readiness import probe_checks, sip_checks

LOOPBACK = {"127.0.0.1", "::1", "localhost", "testclient"}


def health_router(settings: Settings) -> APIRouter:
    router = APIRouter(tags=["health"])

    @router.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @router.get("/readyz")
    async def readyz(request: Request, response: Response) -> dict[str, Any]:
        checks: dict[str, str] = {}
        web = getattr(request.app.state, "web", None)
        try:
            await asyncio.wait_for(web.redis.ping(), 2) if web else None
            checks["redis"] = "ok"
        except Exception as exc:  # noqa: BLE001 - any failure means not ready
            checks["redis"] = f"down: {type(exc).__name__}"
        try:
            if web is not None:
                await asyncio.to_thread(_db_ping, web.engine)
            checks["database"] = "ok"
        except Exception as exc:  # noqa: BLE001
            checks["database"] = f"down: {type(exc).__name__}"
        checks.update(sip_checks())  # SIP listeners of this process (reopened at once if closed)
        checks.update(process_checks())  # the calls process `ivr serve` supervises (restarted if it dies)
        if supervised_sip():  # its SIP listener, asked from outside as a phone would
            checks.update(await probe_checks(settings.sip_host, settings.sip_port))
        ready = all(v == "ok" for v in checks.values())
        response.status_code = 200 if ready else 503
        return {"ready": ready, "checks": checks}

    @router.get("/metrics", response_class=PlainTextResponse)
    async def metrics(request: Request) -> Response:
        token = settings.metrics_token.get_secret_value()
        given = request.headers.get("authorization", "")
        client = request.client.host if request.client else ""
        if token:
            if not hmac.compare_digest(given, f"Bearer {token}"):
                raise HTTPException(401, "metrics need the bearer token")
        elif client not in LOOPBACK:
            raise HTTPException(403, "set IVR_METRICS_TOKEN to scrape metrics from another host")
        body, content_type = metrics_payload()
        return Response(body, media_type=content_type)

    return router


def _db_ping(engine: Any) -> None:
    with engine.connect() as conn:
        conn.execute(text("select 1"))
