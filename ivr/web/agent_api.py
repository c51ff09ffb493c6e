"""The agent console's backend: ACD state changes, the offered call pushed over a WebSocket,
call details (recognised text, transcript, earlier calls of the number), wrap-up.

The ACD state lives in Redis (queueing.store, Lua scripts). The agent's ACD id is their
web username, which is also what records/ puts in queue legs, so the complaint API can
check that the agent filing a complaint took the call.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, WebSocket, WebSocketDisconnect
from pydantic import BaseModel, ConfigDict, Field
from redis.exceptions import RedisError
from sqlalchemy import select
from sqlalchemy.orm import Session

from ivr.asr.grammars import get_grammar
from ivr.privacy import is_clear_number, mask_number
from ivr.refdata import province_by_code
from ivr.web.access import OFFER_KEY
from ivr.web.audit import write_audit
from ivr.web.auth import current_agent, session_still_valid
from ivr.web.context import WebContext, get_context
from ivr.web.dashboard_api import acd_store
from ivr.web.users import WebUser
from queueing.agents import AgentService, PhoneTaken
from queueing.events import EventLog
from queueing.phones import PhoneError, phone_book
from records.events import caller_hash
from records.models import Call, Complaint, SpeechResult

log = logging.getLogger(__name__)
Agent = Annotated[WebUser, Depends(current_agent)]
EVENT_STREAM = "ivr:events"
POLL_SECONDS = 0.25
DISPOSITIONS = ("resolved", "complaint_filed", "report_filed", "consultation_answered", "transferred",
                "callback_promised", "caller_hung_up", "wrong_number", "other")


class LoginBody(BaseModel):
    # The console names a phone of the agent's centre; the server dials it (never a client string).
    model_config = ConfigDict(extra="forbid")

    phone: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9_.-]{0,39}$")


class PauseBody(BaseModel):
    reason: str = Field(min_length=1, max_length=64, pattern=r"^[^\r\n|]+$")


class WrapUpBody(BaseModel):
    call_id: str = Field(min_length=1, max_length=128)
    disposition: str
    ticket: str | None = Field(default=None, max_length=16)
    note: str | None = Field(default=None, max_length=2000)


def region_name(code: str | None) -> str | None:
    province = province_by_code(str(code)[:2]) if code else None
    return province.name_zh if province else None


def now_ms() -> int:
    return int(time.time() * 1000)


def _centre(user: WebUser) -> str:
    if not user.centre:
        raise HTTPException(status_code=409, detail="this agent belongs to no centre")
    return user.centre


async def acd_action(ctx: WebContext, user: WebUser, action: str, reason: str = "") -> str:
    from queueing.store import AcdError

    try:
        return str(await acd_store(ctx).agent_action(_centre(user), user.username, action, now_ms(), reason))
    except AcdError as exc:
        raise HTTPException(status_code=409, detail=f"not possible now: {exc}") from exc


def agent_service(ctx: WebContext) -> AgentService:
    return AgentService(acd_store(ctx), EventLog(ctx.redis), now_ms)


def call_details(session: Session, call_id: str, caller: str | None, secret: str, user: WebUser) -> dict[str, Any]:
    """What SQL knows of the call (transcript, recognised text) and the number's earlier calls."""
    call = session.scalar(select(Call).where(Call.call_id == call_id))
    recognised: list[str] = []
    transcript = None
    # Queue payloads carry only the masked number now; the call's row has the keyed hash.
    key = caller_hash(caller, secret) if is_clear_number(caller) else None
    if call is not None:
        transcript = call.transcript
        recognised = [s.text for s in session.scalars(
            select(SpeechResult).where(SpeechResult.call_pk == call.id).order_by(SpeechResult.seq))]
        key = key or call.caller_hash
    history: list[dict[str, Any]] = []
    if key:
        rows = session.scalars(select(Call).where(Call.caller_hash == key, Call.call_id != call_id)
                               .order_by(Call.started_at.desc()).limit(20)).all()
        for row in rows:
            if not user.can_see(row.centre):
                continue
            tickets = list(session.scalars(select(Complaint.ticket).where(Complaint.call_id == row.call_id)))
            history.append({"call_id": row.call_id, "started_at": row.started_at.isoformat() if row.started_at
                            else None, "centre": row.centre, "service_type": row.service_type,
                            "category": row.category, "outcome": row.outcome, "tickets": tickets})
    return {"recognised": recognised, "transcript": transcript, "history": history[:10]}


async def current_offer(ctx: WebContext, user: WebUser) -> dict[str, Any]:
    """The agent's ACD state and the call offered to or taken by them (remembered until wrap-up)."""
    store = acd_store(ctx)
    centre = _centre(user)
    agent = await store.agent(centre, user.username)
    state = agent.get("state", "out")
    cached = await ctx.redis.get(OFFER_KEY.format(user.username))
    offer = json.loads(cached) if cached else None
    qcid = agent.get("call", "")
    if state in ("reserved", "busy") and qcid and (offer is None or offer.get("queue_call_id") != qcid):
        call = await store.call(centre, qcid)
        data = json.loads(call.get("data") or "{}")
        slots = data.get("slots") or {}
        call_id = str(data.get("call_id") or call.get("call_id") or "")
        caller = data.get("caller")
        details = await ctx.in_db(lambda s: call_details(s, call_id, caller, ctx.settings.secret_key
                                                         .get_secret_value(), user))
        offer = {
            "queue_call_id": qcid, "call_id": call_id, "caller": mask_number(caller),
            "language": data.get("language"), "dnis": data.get("dnis"),
            "region": slots.get("region"), "region_name": region_name(slots.get("region")),
            "service_type": slots.get("service_type"),
            "category": slots.get("category"), "category_names": category_names(slots.get("category")),
            "slots": slots,
            "recognised": list(data.get("speech") or []) or details["recognised"],
            "transcript": data.get("transcript") or details["transcript"], "history": details["history"],
            "offered_at_ms": now_ms(),
        }
        await ctx.redis.set(OFFER_KEY.format(user.username), json.dumps(offer, ensure_ascii=False), ex=86400)
    return {"agent": user.username, "centre": centre, "state": state, "reason": agent.get("reason") or None,
            "offer": offer}


def category_names(category: str | None) -> dict[str, str]:
    """The category's label in each page language (the slot holds a value like ``food``)."""
    grammar = get_grammar("category")
    if not category or grammar is None:
        return {}
    return {lang: grammar.label(category, lang) for lang in ("zh", "en")}


def agent_console_router() -> APIRouter:
    router = APIRouter(prefix="/api/console", tags=["agent console"])

    @router.get("/state")
    async def state(request: Request, user: Agent) -> dict[str, Any]:
        return await current_offer(get_context(request), user)

    @router.get("/phones")
    async def phones(request: Request, user: Agent) -> dict[str, Any]:
        """The phones of the agent's centre and who is logged in at each."""
        store = acd_store(get_context(request))
        centre = _centre(user)
        agents = await store.agents(centre)
        book = phone_book(store.centre(centre))
        held = {a.get("endpoint"): a.get("id") for a in agents}
        return {"centre": centre, "phones": [{"phone": name, "agent": held.get(dial)} for name, dial in book.items()]}

    @router.post("/login")
    async def login(body: LoginBody, request: Request, user: Agent) -> dict[str, Any]:
        ctx = get_context(request)
        centre = _centre(user)
        try:
            new_state = await agent_service(ctx).login(centre, user.username, body.phone, languages=[],
                                                       categories=[], ready=False)
        except PhoneError as exc:
            raise HTTPException(status_code=403, detail=str(exc)) from exc
        except PhoneTaken as exc:
            raise HTTPException(status_code=409, detail=str(exc)) from exc
        except ValueError as exc:  # the ACD refuses ids outside its safe character set
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        detail = await acd_store(ctx).agent(centre, user.username)
        await ctx.in_db(lambda s: write_audit(s, user.username, "agent.login", f"agent:{user.username}",
                                              {"centre": centre, "endpoint": detail.get("endpoint")}))
        return {"state": new_state, "endpoint": detail.get("endpoint")}

    @router.post("/ready")
    async def ready(request: Request, user: Agent) -> dict[str, Any]:
        return {"state": await acd_action(get_context(request), user, "ready")}

    @router.post("/pause")
    async def pause(body: PauseBody, request: Request, user: Agent) -> dict[str, Any]:
        ctx = get_context(request)
        new_state = await acd_action(ctx, user, "pause", body.reason)
        await ctx.in_db(lambda s: write_audit(s, user.username, "agent.pause", f"agent:{user.username}",
                                              {"reason": body.reason}))
        return {"state": new_state}

    @router.post("/logout")
    async def logout(request: Request, user: Agent) -> dict[str, Any]:
        ctx = get_context(request)
        new_state = await acd_action(ctx, user, "logout")
        await ctx.redis.delete(OFFER_KEY.format(user.username))
        await ctx.in_db(lambda s: write_audit(s, user.username, "agent.logout", f"agent:{user.username}", {}))
        return {"state": new_state}

    @router.post("/wrapup")
    async def wrap_up(body: WrapUpBody, request: Request, user: Agent) -> dict[str, Any]:
        """Record the disposition of the call just handled, then back to ready (if in wrap-up)."""
        ctx = get_context(request)
        if body.disposition not in DISPOSITIONS:
            raise HTTPException(status_code=422, detail=f"disposition must be one of {', '.join(DISPOSITIONS)}")
        cached = await ctx.redis.get(OFFER_KEY.format(user.username))
        offer = json.loads(cached) if cached else None
        if offer is None or offer.get("call_id") != body.call_id:
            raise HTTPException(status_code=409, detail="that is not the call you are handling")
        detail = {"disposition": body.disposition, "ticket": body.ticket, "note": body.note,
                  "centre": user.centre}
        await ctx.in_db(lambda s: write_audit(s, user.username, "call.disposition", f"call:{body.call_id}", detail))
        await ctx.redis.xadd(EVENT_STREAM, {
            "type": "DISPOSITION", "call_id": body.call_id, "ts": str(now_ms()),
            "data": json.dumps({"agent": user.username, **detail}, ensure_ascii=False)})
        await ctx.redis.delete(OFFER_KEY.format(user.username))
        agent = await acd_store(ctx).agent(_centre(user), user.username)
        new_state = agent.get("state", "out")
        if new_state == "wrapup":
            new_state = await acd_action(ctx, user, "wrapup_end")
        return {"state": new_state, "disposition": body.disposition}

    @router.websocket("/ws")
    async def push(websocket: WebSocket, user: Agent) -> None:
        """Sends the console state whenever it changes: an offered call appears at once."""
        ctx = get_context(websocket)
        await websocket.accept()
        # The page sends nothing; receiving tells us at once when it goes away.
        gone = asyncio.create_task(websocket.receive())
        last = None
        try:
            while not gone.done():
                if not await session_still_valid(websocket):  # signed out, disabled or changed
                    await websocket.close(code=1008, reason="session ended")
                    return
                view = await current_offer(ctx, user)
                text = json.dumps(view, ensure_ascii=False, sort_keys=True)
                if text != last:
                    await websocket.send_text(text)
                    last = text
                await asyncio.wait([gone], timeout=POLL_SECONDS)
        except (WebSocketDisconnect, RuntimeError):
            pass
        except RedisError as exc:  # Redis gone (shutdown or outage): the page reconnects
            log.warning("agent console push for %s ended: %s", user.username, exc)
            with contextlib.suppress(Exception):
                await websocket.close(code=1011)
        finally:
            gone.cancel()

    return router
