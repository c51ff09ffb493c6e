"""Supervisor dashboard data: live queue figures (Redis, queueing.stats) and today's history (SQL)."""

from __future__ import annotations

import importlib
import time
from datetime import datetime, timedelta
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, HTTPException, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from ivr.web.auth import current_supervisor, require_centre
from ivr.web.context import WebContext, get_context
from ivr.web.users import WebUser
from records.models import QueueLeg

Supervisor = Annotated[WebUser, Depends(current_supervisor)]
HALF_HOUR = timedelta(minutes=30)


def acd_store(ctx: WebContext) -> Any:
    store = ctx.extras.get("acd_store")
    if store is None:
        from queueing.centres import load_config
        from queueing.store import AcdStore

        store = AcdStore(ctx.redis, load_config())
        ctx.extras["acd_store"] = store
    return store


def now_ms() -> int:
    return int(time.time() * 1000)


async def live_figures(ctx: WebContext, centre: str) -> dict[str, Any]:
    from queueing.stats import centre_figures

    figures = await centre_figures(acd_store(ctx), centre, now_ms())
    return figures.model_dump(mode="json")


def day_start(ctx: WebContext, at: datetime | None = None) -> datetime:
    zone = ZoneInfo(ctx.settings.timezone)
    local = (at or datetime.now(zone)).astimezone(zone)
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def today_history(session: Session, centre: str, start: datetime) -> dict[str, Any]:
    """Calls per half hour (local time), overflow in and out, since ``start``."""
    legs = session.scalars(select(QueueLeg).where(QueueLeg.enqueued_at >= start)).all()
    slots: list[dict[str, Any]] = [
        {"slot": (start + i * HALF_HOUR).strftime("%H:%M"), "offered": 0, "answered": 0, "abandoned": 0}
        for i in range(48)
    ]
    overflow_out = 0
    overflow_from: set[str] = set()
    for leg in legs:
        if leg.overflow_to == centre and leg.centre != centre:
            overflow_from.add(leg.leg_key)
        if leg.centre != centre or leg.enqueued_at is None:
            continue
        overflow_out += leg.overflow_to is not None
        index = int((leg.enqueued_at - start) / HALF_HOUR)
        if 0 <= index < 48:
            slots[index]["offered"] += 1
            if leg.outcome == "answered" or leg.answered_at is not None:
                slots[index]["answered"] += 1
            elif leg.outcome in ("abandoned", "abandon"):
                slots[index]["abandoned"] += 1
    overflow_in = sum(1 for leg in legs if leg.centre == centre and leg.leg_key in overflow_from)
    return {"half_hours": slots, "overflow_in": overflow_in, "overflow_out": overflow_out}


async def alerts_for(ctx: WebContext, centre: str | None) -> list[dict[str, Any]]:
    """Early-warning alerts from records (if that module is there): complaint spikes."""
    try:
        records_alerts = importlib.import_module("records.alerts")
    except ImportError:
        return []
    finder = getattr(records_alerts, "current_alerts", None)
    if finder is None:
        return []
    rows = await ctx.in_db(lambda s: finder(s, centre=centre))
    return [r.model_dump(mode="json") if hasattr(r, "model_dump") else dict(r) for r in rows]


def dashboard_router() -> APIRouter:
    router = APIRouter(prefix="/api/dashboard", tags=["dashboard"])

    @router.get("/centres/{centre}")
    async def centre_view(centre: str, request: Request, user: Supervisor) -> dict[str, Any]:
        ctx = get_context(request)
        require_centre(user, centre)
        try:
            live = await live_figures(ctx, centre)
        except KeyError as exc:
            raise HTTPException(status_code=404, detail=f"unknown centre {centre!r}") from exc
        start = day_start(ctx)
        history = await ctx.in_db(lambda s: today_history(s, centre, start))
        return {"centre": centre, "live": live, "today": history, "alerts": await alerts_for(ctx, centre)}

    @router.get("/national")
    async def national(request: Request, user: Supervisor) -> dict[str, Any]:
        """Every centre at a glance; only for national supervisors and administrators."""
        if not user.national:
            raise HTTPException(status_code=403, detail="the national overview is for national supervisors")
        ctx = get_context(request)
        rows = []
        for centre in user.visible_centres():
            live = await live_figures(ctx, centre)
            day: dict[str, Any] = next((w for w in live["windows"] if w["window_seconds"] == 86400), {})
            rows.append({"centre": centre, "calls_waiting": live["calls_waiting"],
                         "longest_wait_seconds": live["longest_wait_seconds"], "agents": live["agents"],
                         "service_level": day.get("service_level"), "asa_seconds": day.get("asa_seconds"),
                         "abandonment_rate": day.get("abandonment_rate"), "offered": day.get("offered", 0)})
        return {"centres": rows, "alerts": await alerts_for(ctx, None)}

    return router
