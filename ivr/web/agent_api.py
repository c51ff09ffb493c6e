"""The agent API (the desk's, and the only one: /api/console): ACD log-in at a phone of the
centre with the agent's skills, ready / pause / log-out through the ACD's agent service (events
to the stream), the offered call pushed over a WebSocket with its details (recognised text,
transcript, earlier calls of the number), wrap-up with the disposition.

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
from ivr.refdata import province_by_code, provinces
from ivr.web.access import OFFER_KEY
from ivr.web.audit import write_audit
from ivr.web.auth import current_agent, current_user, session_still_valid
from ivr.web.context import WebContext, get_context
from ivr.web.dashboard_api import acd_store
from ivr.web.desk_offer import (
    AUTO_DISPOSITIONS,
    LAST_KEY,
    answered_by,
    load_offer,
    put_offer,
    record_disposition,
    settle_unrecorded,
    take_offer,
    update_offer,
)
from ivr.web.i18n import message
from ivr.web.users import WebUser
from queueing.agents import AgentService, PhoneTaken
from queueing.events import EventLog
from queueing.phones import PhoneError, phone_book
from queueing.store import AcdError
from recordings.spooled import spooled_statement
from recordings.store import BadRecording
from records.call_tickets import remember_call_ticket
from records.complaints import KINDS as COMPLAINT_KINDS
from records.events import caller_hash
from records.models import Call, Complaint, SpeechResult

log = logging.getLogger(__name__)
Agent = Annotated[WebUser, Depends(current_agent)]
POLL_SECONDS = 0.25
HOLDING_STATES = ("reserved", "busy")
TICKET_CHECK_MS = 2000
DISPOSITIONS = ("resolved", "complaint_filed", "report_filed", "consultation_answered", "transferred",
                "callback_promised", "caller_hung_up", "wrong_number", "other")
DISPOSITION_LABELS: dict[str, tuple[str, str]] = {
    "complaint_filed": ("已登记工单", "Complaint filed"), "report_filed": ("已登记举报", "Report filed"),
    "consultation_answered": ("咨询已解答", "Question answered"), "resolved": ("当场解决", "Resolved"),
    "transferred": ("已转接", "Transferred"), "callback_promised": ("约定回电", "Callback promised"),
    "caller_hung_up": ("来电挂断", "Caller hung up"), "wrong_number": ("误拨", "Wrong number"),
    "other": ("其他", "Other"),
}


class LoginBody(BaseModel):
    # The console names a phone of the agent's centre; the server dials it (never a client string).
    model_config = ConfigDict(extra="forbid")

    phone: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9_.-]{0,39}$",
                              description="one of the centre's phones, e.g. agent-bj-01 (default: a free one)")
    #: the agent's skills for the ACD's strategies (empty: any language, any category)
    languages: list[str] = Field(default_factory=list, max_length=10)
    categories: list[str] = Field(default_factory=list, max_length=50)
    ready: bool = False


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
        raise HTTPException(status_code=409, detail=message("no_centre"))
    return user.centre


async def acd_action(ctx: WebContext, user: WebUser, action: str, reason: str = "") -> str:
    """ready | pause | logout | wrapup_end through the ACD's agent service (its events go to the stream)."""
    service = agent_service(ctx)
    centre = _centre(user)
    try:
        if action == "pause":
            return await service.pause(centre, user.username, reason)
        step = {"ready": service.ready, "logout": service.logout, "wrapup_end": service.wrapup_end}[action]
        return await step(centre, user.username)
    except AcdError as exc:
        raise HTTPException(status_code=409, detail=message("acd_refused", reason=str(exc))) from exc


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value else None
    except ValueError:
        return None


async def cached_offer(ctx: WebContext, username: str) -> dict[str, Any] | None:
    return await load_offer(ctx.redis, username)


async def agent_holds_call(ctx: Any, user: Any, call_id: str) -> bool:
    """Whether this agent is handling the call: offered to them, connected, or its wrap-up not
    finished (the console remembers the call until wrap-up). Read from Redis, so it holds from the
    moment the ACD offers the call, whether or not the records writer has caught up."""
    redis = getattr(ctx, "redis", None)
    if redis is None or not getattr(user, "centre", None):
        return False
    offer = await cached_offer(ctx, user.username)
    if offer is not None and offer.get("call_id") == call_id:
        return True
    store = acd_store(ctx)
    try:
        agent = await store.agent(user.centre, user.username)
    except KeyError:
        return False
    qcid = agent.get("call", "")
    if agent.get("state") not in HOLDING_STATES or not qcid:
        return False
    call = await store.call(user.centre, qcid)
    data = json.loads(call.get("data") or "{}")
    return str(data.get("call_id") or call.get("call_id") or "") == call_id


async def remember_ticket(ctx: Any, username: str, call_id: str, ticket: str) -> None:
    """The desk shows the ticket at once (the complaint API calls this after filing)."""
    redis = getattr(ctx, "redis", None)
    if redis is None:
        return
    await remember_call_ticket(redis, call_id, ticket)  # the caller hears it in the closing words
    offer = await cached_offer(ctx, username)
    if offer is not None and offer.get("call_id") == call_id and offer.get("ticket") != ticket:
        offer["ticket"] = ticket
        await update_offer(redis, username, offer)


def ticket_of_call(session: Session, call_id: str) -> str | None:
    return session.scalar(select(Complaint.ticket).where(Complaint.call_id == call_id)
                          .order_by(Complaint.id).limit(1))


def call_phase(agent: dict[str, str], offer: dict[str, Any]) -> str:
    """Where the offered call is: offered (ringing) -> connected -> ended (or missed: never answered)."""
    if agent.get("call") == offer.get("queue_call_id") and agent.get("state") in HOLDING_STATES:
        return "offered" if agent.get("state") == "reserved" else "connected"
    return "ended" if offer.get("connected_at_ms") or agent.get("state") == "wrapup" else "missed"


async def follow_call(ctx: WebContext, user: WebUser, agent: dict[str, str], offer: dict[str, Any]) -> bool:
    """Update the remembered offer with the call's phase and times; True when it changed."""
    phase = call_phase(agent, offer)
    since = _int(agent.get("since")) or now_ms()
    changed = False
    if phase == "connected" and not offer.get("connected_at_ms"):
        offer["connected_at_ms"] = since
        changed = True
    if phase == "missed" and offer.get("phase") != "missed":
        # the agent may have answered while no page watched: the records know
        if await ctx.in_db(lambda s: answered_by(s, str(offer.get("call_id")), user.username)):
            phase = "ended"
    if phase in ("ended", "missed") and not offer.get("ended_at_ms"):
        offer["ended_at_ms"] = since if agent.get("state") == "wrapup" else now_ms()
        changed = True
    if offer.get("phase") != phase:
        offer["phase"] = phase
        changed = True
    if not offer.get("ticket") and now_ms() - int(offer.get("ticket_checked_ms") or 0) >= TICKET_CHECK_MS:
        call_id = str(offer.get("call_id") or "")
        offer["ticket"] = await ctx.in_db(lambda s: ticket_of_call(s, call_id)) if call_id else None
        offer["ticket_checked_ms"] = now_ms()
        changed = changed or bool(offer["ticket"])
    if not offer.get("statement") and now_ms() - int(offer.get("statement_checked_ms") or 0) >= TICKET_CHECK_MS:
        # a statement recorded after the offer was made (the spool is read, no database)
        offer["statement"] = await statement_source(ctx, str(offer.get("call_id") or ""), False)
        offer["statement_checked_ms"] = now_ms()
        changed = changed or bool(offer["statement"])
    return changed


async def statement_source(ctx: WebContext, call_id: str, stored: bool) -> str | None:
    """Where the desk's player finds the caller's statement: ``spool`` while the call lasts (the
    desk's /api/console/statement), ``store`` once the records writer keeps it, or None."""
    try:
        spooled = await asyncio.to_thread(spooled_statement, ctx.settings.spool_dir, call_id)
    except BadRecording:
        spooled = None
    return "spool" if spooled is not None else "store" if stored else None


def agent_service(ctx: WebContext) -> AgentService:
    return AgentService(acd_store(ctx), EventLog(ctx.redis), now_ms)


def call_details(session: Session, call_id: str, caller: str | None, secret: str, user: WebUser) -> dict[str, Any]:
    """What SQL knows of the call (transcript, recognised text) and the number's earlier calls."""
    call = session.scalar(select(Call).where(Call.call_id == call_id))
    recognised: list[str] = []
    transcript = None
    recording = bool(call is not None and call.recording)
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
            states = dict(session.execute(select(Complaint.ticket, Complaint.status)
                                          .where(Complaint.call_id == row.call_id)).all())
            history.append({"call_id": row.call_id, "started_at": row.started_at.isoformat() if row.started_at
                            else None, "centre": row.centre, "service_type": row.service_type,
                            "category": row.category, "category_names": category_names(row.category),
                            "outcome": row.outcome, "tickets": tickets, "ticket_states": states})
    return {"recognised": recognised, "transcript": transcript, "history": history[:10], "recording": recording}


async def current_offer(ctx: WebContext, user: WebUser) -> dict[str, Any]:
    """The agent's ACD state and the call offered to or taken by them (remembered until wrap-up)."""
    store = acd_store(ctx)
    centre = _centre(user)
    agent = await store.agent(centre, user.username)
    state = agent.get("state", "out")
    offer = await cached_offer(ctx, user.username)
    qcid = agent.get("call", "")
    if state in ("reserved", "busy") and qcid and (offer is None or offer.get("queue_call_id") != qcid):
        if offer is not None:  # a new call before the last one's disposition: recorded as not chosen
            await settle_unrecorded(ctx.redis, ctx.in_db, user.username, centre, offer, "not_recorded_timer")
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
            "offered_at_ms": _int(agent.get("since")) or now_ms(),
            "statement": await statement_source(ctx, call_id, bool(details["recording"])),
        }
        await follow_call(ctx, user, agent, offer)
        await put_offer(ctx.redis, user.username, offer)
    elif offer is not None and await follow_call(ctx, user, agent, offer):
        await update_offer(ctx.redis, user.username, offer)
    last = await ctx.redis.get(LAST_KEY.format(user.username))
    view_offer = {k: v for k, v in offer.items() if not k.endswith("_checked_ms")} if offer else None
    return {"agent": user.username, "centre": centre, "state": state, "reason": agent.get("reason") or None,
            "since_ms": _int(agent.get("since")), "wrap_until_ms": _int(agent.get("wrap_until")),
            "calls_today": calls_today(agent, store.day(centre, now_ms())), "offer": view_offer,
            "last": json.loads(last) if last else None}


def calls_today(agent: dict[str, str], today: str) -> int:
    """The ACD's per-day counter of answered calls (its day is the centre's local day)."""
    return int(agent.get("today") or 0) if agent.get("day") == today else 0


def category_names(category: str | None) -> dict[str, str]:
    """The category's label in each page language (the slot holds a value like ``food``)."""
    grammar = get_grammar("category")
    if not category or grammar is None:
        return {}
    return {lang: grammar.label(category, lang) for lang in ("zh", "en")}


def form_choices() -> dict[str, Any]:
    grammar = get_grammar("category")
    categories = [{"value": v, "zh": grammar.label(v, "zh"), "en": grammar.label(v, "en")}
                  for v in grammar.values()] if grammar else []
    kinds = get_grammar("service_type")
    service_types = [{"value": v, "zh": kinds.label(v, "zh"), "en": kinds.label(v, "en")}
                     for v in kinds.values() if v in COMPLAINT_KINDS] if kinds else []
    regions = [{"value": p.code, "division": p.division_code, "zh": p.name_zh, "en": p.name_en,
                "centre": p.centre} for p in provinces()]
    dispositions = [{"value": v, "zh": DISPOSITION_LABELS[v][0], "en": DISPOSITION_LABELS[v][1]}
                    for v in DISPOSITIONS]
    automatic = [{"value": v, "zh": zh, "en": en} for v, (zh, en) in AUTO_DISPOSITIONS.items()]
    return {"categories": categories, "service_types": service_types, "regions": regions,
            "dispositions": dispositions, "auto_dispositions": automatic}


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
            new_state = await agent_service(ctx).login(centre, user.username, body.phone, languages=body.languages,
                                                       categories=body.categories, ready=body.ready)
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
        pending = await cached_offer(ctx, user.username)
        if pending is not None:  # an ended call whose disposition was not chosen: recorded as such
            await settle_unrecorded(ctx.redis, ctx.in_db, user.username, user.centre, pending, "not_recorded_logout")
        await ctx.redis.delete(OFFER_KEY.format(user.username))
        await ctx.in_db(lambda s: write_audit(s, user.username, "agent.logout", f"agent:{user.username}", {}))
        return {"state": new_state}

    @router.post("/wrapup")
    async def wrap_up(body: WrapUpBody, request: Request, user: Agent) -> dict[str, Any]:
        """Record the disposition of the call just handled (only once it has ended), then back to
        ready (if in wrap-up). The ticket stays shown on the desk until the next call's wrap-up."""
        ctx = get_context(request)
        if body.disposition not in DISPOSITIONS:
            raise HTTPException(status_code=422, detail=message("bad_disposition"))
        offer = await cached_offer(ctx, user.username)
        if offer is None or offer.get("call_id") != body.call_id:
            raise HTTPException(status_code=409, detail=message("not_your_current_call"))
        store = acd_store(ctx)
        agent = await store.agent(_centre(user), user.username)
        if call_phase(agent, offer) in ("offered", "connected"):
            raise HTTPException(status_code=409, detail=message("call_still_up"))
        ticket = body.ticket or offer.get("ticket") or await ctx.in_db(lambda s: ticket_of_call(s, body.call_id))
        # the remembered call is the lock: only the request that takes it writes the disposition
        if await take_offer(ctx.redis, user.username, body.call_id) is None:
            raise HTTPException(status_code=409, detail=message("not_your_current_call"))
        await record_disposition(ctx.redis, ctx.in_db, user.username, user.username, user.centre, body.call_id,
                                 body.disposition, {"ticket": ticket, "note": body.note})
        new_state = agent.get("state", "out")
        if new_state == "wrapup":
            new_state = await acd_action(ctx, user, "wrapup_end")
        return {"state": new_state, "disposition": body.disposition, "ticket": ticket}

    @router.get("/choices")
    async def choices(user: Annotated[WebUser, Depends(current_user)]) -> dict[str, Any]:
        """The lists the desk's form offers, each value with its label in both page languages."""
        return form_choices()

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
