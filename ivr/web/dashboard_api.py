"""Supervisor dashboard data: live queue figures (Redis, queueing.stats) and today's history (SQL)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from datetime import datetime, timedelta
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, HTTPException, Request, WebSocket, WebSocketDisconnect
from pydantic import BaseModel, ConfigDict, Field
from redis.exceptions import RedisError
from sqlalchemy import select
from sqlalchemy.orm import Session

from ivr.asr.grammars import get_grammar
from ivr.refdata import NATIONAL_CENTRE, province_by_centre, province_by_code
from ivr.web.access import OFFER_KEY
from ivr.web.acd_config_api import acd_config_store
from ivr.web.audit import write_audit
from ivr.web.auth import current_supervisor, require_centre, session_still_valid
from ivr.web.context import WebContext, get_context
from ivr.web.desk_offer import load_offer, settle_unrecorded
from ivr.web.i18n import message
from ivr.web.users import WebUser
from queueing.agents import AgentService
from queueing.events import EventLog
from queueing.stats import centre_figures
from queueing.store import AcdError
from records.alerts import current_alerts
from records.models import QueueLeg
from records.reports import ABANDONED_OUTCOMES, counted_legs

log = logging.getLogger(__name__)
Supervisor = Annotated[WebUser, Depends(current_supervisor)]
HALF_HOUR = timedelta(minutes=30)
PUSH_SECONDS = 1.0
#: States in which the agent has a call (offered or talking): the supervisor's changes are refused then.
IN_CALL_STATES = ("reserved", "busy")
SUPERVISOR_ACTIONS = ("ready", "pause", "logout")
#: A centre is marked when its longest wait passes this (seconds), or its service level is below target.
LONG_WAIT_SECONDS = 60.0


def centre_names(centre: str) -> dict[str, str]:
    """北京 / Beijing for ``bj``; 全国 / National for ``cn``."""
    if centre == NATIONAL_CENTRE:
        return {"zh": "全国", "en": "National"}
    province = province_by_centre(centre)
    return {"zh": province.short_zh, "en": province.name_en} if province else {"zh": centre, "en": centre}


def region_names(region: str | None) -> dict[str, str]:
    province = province_by_code(str(region)[:2]) if region else None
    return {"zh": province.name_zh, "en": province.name_en} if province else {"zh": region or "-", "en": region or "-"}


def category_labels(category: str | None) -> dict[str, str]:
    grammar = get_grammar("category")
    if not category or grammar is None or category not in grammar.values():
        return {"zh": category or "-", "en": category or "-"}
    return {"zh": grammar.label(category, "zh"), "en": grammar.label(category, "en")}


def beijing_text(ctx: WebContext, at_ms: int) -> str:
    return datetime.fromtimestamp(at_ms / 1000, ZoneInfo(ctx.settings.timezone)).strftime("%Y-%m-%d %H:%M:%S")


def acd_store(ctx: WebContext) -> Any:
    """The app's one ACD store: the process's (given by `serve`), else one on the published
    configuration that follows publishes (never the shipped file)."""
    if ctx.extras.get("acd_store") is None:
        acd_config_store(ctx)  # attaches a store on the published version
    return ctx.extras["acd_store"]


def now_ms() -> int:
    return int(time.time() * 1000)


async def live_figures(ctx: WebContext, centre: str) -> dict[str, Any]:
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
    counted = {id(leg) for leg in counted_legs(list(legs))}  # an overflowed call once, as the live figures
    for leg in legs:
        if leg.overflow_to == centre and leg.centre != centre:
            overflow_from.add(leg.leg_key)
        if leg.centre != centre or leg.enqueued_at is None:
            continue
        overflow_out += leg.overflow_to is not None
        index = int((leg.enqueued_at - start) / HALF_HOUR)
        if 0 <= index < 48 and id(leg) in counted:
            slots[index]["offered"] += 1
            if leg.outcome == "answered" or leg.answered_at is not None:
                slots[index]["answered"] += 1
            elif leg.outcome in ABANDONED_OUTCOMES or leg.outcome == "abandon":
                slots[index]["abandoned"] += 1
    overflow_in = sum(1 for leg in legs if leg.centre == centre and leg.leg_key in overflow_from)
    return {"half_hours": slots, "overflow_in": overflow_in, "overflow_out": overflow_out}


async def alerts_for(ctx: WebContext, centre: str | None) -> list[dict[str, Any]]:
    """Early-warning alerts from records: complaint spikes."""
    today = datetime.now(ZoneInfo(ctx.settings.timezone)).date()
    rows = await ctx.in_db(lambda s: current_alerts(s, today, centre=centre))
    found = [r.model_dump(mode="json") if hasattr(r, "model_dump") else dict(r) for r in rows]
    if centre and centre != NATIONAL_CENTRE:
        # complaints about this centre's province filed elsewhere (the national centre) concern it too
        everywhere = await ctx.in_db(lambda s: current_alerts(s, today, centre=None))
        seen = {(a.get("category"), a.get("region")) for a in found}
        for alert in everywhere:
            row = alert.model_dump(mode="json") if hasattr(alert, "model_dump") else dict(alert)
            province = province_by_code(str(row.get("region") or "")[:2])
            if province and province.centre == centre and (row.get("category"), row.get("region")) not in seen:
                found.append(row)
    for row in found:
        row["category_names"] = category_labels(row.get("category"))
        row["region_names"] = region_names(row.get("region"))
    return found


async def agent_rows(ctx: WebContext, centre: str) -> list[dict[str, Any]]:
    """Every logged-in agent of the centre: state, since, calls today, the current caller (masked)."""
    store = acd_store(ctx)
    now = now_ms()
    today = store.day(centre, now)
    rows = []
    for agent in await store.agents(centre):
        current = None
        qcid = agent.get("call") or ""
        if qcid and agent.get("state") in ("reserved", "busy"):
            call = await store.call(centre, qcid)
            data = json.loads(call.get("data") or "{}")
            slots = data.get("slots") or {}
            current = {"caller": data.get("caller"), "call_id": data.get("call_id") or call.get("call_id"),
                       "state": call.get("state"), "category_names": category_labels(slots.get("category")),
                       "region_names": region_names(slots.get("region"))}
        since = agent.get("since")
        rows.append({"agent": agent.get("id"), "state": agent.get("state", "out"),
                     "reason": agent.get("reason") or None, "since_ms": int(float(since)) if since else None,
                     "calls_today": int(agent.get("today") or 0) if agent.get("day") == today else 0,
                     "phone": agent.get("endpoint"), "current": current})
    return sorted(rows, key=lambda r: str(r["agent"]))


class AgentStateBody(BaseModel):
    """A supervisor's change of one agent's state; ``reason`` is required for ``pause``."""

    model_config = ConfigDict(extra="forbid")

    action: str = Field(pattern=r"^(ready|pause|logout)$")
    reason: str | None = Field(default=None, min_length=1, max_length=64, pattern=r"^[^\r\n|]+$")


async def force_agent_state(ctx: WebContext, user: WebUser, centre: str, agent: str,
                            body: AgentStateBody) -> dict[str, Any]:
    """Set an agent of ``centre`` ready, paused or logged out on a supervisor's word. A call in
    progress is never cut: while the agent is offered a call or talking the change is refused
    (409 ``agent_in_call``) and nothing changes; the supervisor tries again when the call is over.
    The change goes through the ACD's agent actions (with their events) and is audited."""
    if body.action == "pause" and not body.reason:
        raise HTTPException(status_code=422, detail=message("pause_reason_required"))
    store = acd_store(ctx)
    try:
        before = await store.agent(centre, agent)
    except KeyError as exc:
        raise HTTPException(status_code=404, detail=message("unknown_centre", centre=centre)) from exc
    if not before:
        raise HTTPException(status_code=404, detail=message("agent_not_found", agent=agent))
    if before.get("state") in IN_CALL_STATES:
        raise HTTPException(status_code=409, detail=message("agent_in_call", agent=agent))
    service = AgentService(store, EventLog(ctx.redis), now_ms)
    try:
        if body.action == "ready":
            state = await service.ready(centre, agent)
        elif body.action == "pause":
            state = await service.pause(centre, agent, body.reason or "")
        else:
            state = await service.logout(centre, agent)
    except AcdError as exc:  # the call came in between the read and the change
        if exc.code == "ERR_STATE":
            raise HTTPException(status_code=409, detail=message("agent_in_call", agent=agent)) from exc
        if exc.code == "ERR_NOAGENT":
            raise HTTPException(status_code=404, detail=message("agent_not_found", agent=agent)) from exc
        raise HTTPException(status_code=409, detail=message("acd_refused", reason=str(exc))) from exc
    if body.action == "logout":
        pending = await load_offer(ctx.redis, agent)
        if pending is not None:  # an ended call without a disposition: recorded as such
            await settle_unrecorded(ctx.redis, ctx.in_db, agent, centre, pending, "not_recorded_logout")
        await ctx.redis.delete(OFFER_KEY.format(agent))
    detail = {"centre": centre, "action": body.action, "reason": body.reason,
              "before": before.get("state"), "state": state}
    await ctx.in_db(lambda s: write_audit(s, user.username, f"supervisor.agent_{body.action}", f"agent:{agent}",
                                          detail))
    return {"agent": agent, "state": state, "before": before.get("state")}


def national_row(centre: str, live: dict[str, Any]) -> dict[str, Any]:
    day: dict[str, Any] = next((w for w in live["windows"] if w["window_seconds"] == 86400), {})
    sl = day.get("service_level")
    longest = live["longest_wait_seconds"] if live["calls_waiting"] else 0.0
    below = sl is not None and sl < live.get("service_level_target", 0)
    return {"centre": centre, "names": centre_names(centre), "calls_waiting": live["calls_waiting"],
            "longest_wait_seconds": longest, "agents": live["agents"],
            "service_level": sl, "service_level_target": live.get("service_level_target"),
            "asa_seconds": day.get("asa_seconds"), "abandonment_rate": day.get("abandonment_rate"),
            "abandoned": day.get("abandoned", 0), "offered": day.get("offered", 0),
            "below_target": below, "long_wait": longest >= LONG_WAIT_SECONDS}


async def centre_view(ctx: WebContext, centre: str) -> dict[str, Any]:
    try:
        live = await live_figures(ctx, centre)
    except KeyError as exc:
        raise HTTPException(status_code=404, detail=message("unknown_centre", centre=centre)) from exc
    start = day_start(ctx)
    history = await ctx.in_db(lambda s: today_history(s, centre, start))
    return {"centre": centre, "names": centre_names(centre), "live": live, "today": history,
            "alerts": await alerts_for(ctx, centre), "agents": await agent_rows(ctx, centre),
            "updated": beijing_text(ctx, int(live["at_ms"])), "timezone": ctx.settings.timezone}


async def national_view(ctx: WebContext, user: WebUser) -> dict[str, Any]:
    rows = [national_row(c, await live_figures(ctx, c)) for c in user.visible_centres()]
    # the busiest first: long waits and missed targets, then the queue, then the day's calls
    rows.sort(key=lambda r: (not (r["long_wait"] or r["below_target"]), -r["calls_waiting"],
                             -r["longest_wait_seconds"], -r["offered"], r["centre"]))
    return {"centres": rows, "alerts": await alerts_for(ctx, None)}


def dashboard_router() -> APIRouter:
    router = APIRouter(prefix="/api/dashboard", tags=["dashboard"])

    @router.get("/centres/{centre}")
    async def centre_figures(centre: str, request: Request, user: Supervisor) -> dict[str, Any]:
        ctx = get_context(request)
        require_centre(user, centre)
        return await centre_view(ctx, centre)

    @router.post("/centres/{centre}/agents/{agent}/state")
    async def agent_state(centre: str, agent: str, body: AgentStateBody, request: Request,
                          user: Supervisor) -> dict[str, Any]:
        """Force an agent of the centre ready / paused (with a reason) / logged out."""
        require_centre(user, centre)
        return await force_agent_state(get_context(request), user, centre, agent, body)

    @router.get("/national")
    async def national(request: Request, user: Supervisor) -> dict[str, Any]:
        """Every centre at a glance; only for national supervisors and administrators."""
        if not user.national:
            raise HTTPException(status_code=403, detail="the national overview is for national supervisors")
        return await national_view(get_context(request), user)

    @router.websocket("/ws")
    async def push(websocket: WebSocket, user: Supervisor, centre: str | None = None) -> None:
        """One live channel for the page: the chosen centre's figures and agents (and the national
        overview for national staff), sent whenever they change. The page picks another centre
        by sending ``{"centre": "sh"}``."""
        ctx = get_context(websocket)
        chosen = centre or user.centre or NATIONAL_CENTRE
        await websocket.accept()
        inbox = asyncio.create_task(websocket.receive_text())
        last = None
        try:
            while True:
                if not await session_still_valid(websocket):
                    await websocket.close(code=1008, reason="session ended")
                    return
                if inbox.done():
                    asked = json.loads(inbox.result() or "{}").get("centre")
                    inbox = asyncio.create_task(websocket.receive_text())
                    if isinstance(asked, str):
                        chosen = asked
                if not user.can_see(chosen):
                    view: dict[str, Any] = {"type": "error", "detail": message("not_your_centre", centre=chosen)}
                else:
                    view = {"type": "view", "centre": await centre_view(ctx, chosen)}
                    if user.national:
                        view["national"] = await national_view(ctx, user)
                text = json.dumps(view, ensure_ascii=False, sort_keys=True)
                if text != last:
                    await websocket.send_text(text)
                    last = text
                await asyncio.wait([inbox], timeout=PUSH_SECONDS)
        except (WebSocketDisconnect, RuntimeError, json.JSONDecodeError, AttributeError):
            pass
        except HTTPException as exc:
            with contextlib.suppress(Exception):
                await websocket.close(code=1008, reason=str(exc.detail)[:100])
        except RedisError as exc:
            log.warning("dashboard push for %s ended: %s", user.username, exc)
            with contextlib.suppress(Exception):
                await websocket.close(code=1011)
        finally:
            inbox.cancel()

    return router
