"""Agent API: state endpoints and a WebSocket that pushes the offered call.

The web app mounts ``agent_router(current_agent)``; ``current_agent`` is the web
package's authentication dependency returning an object with ``.username``, ``.role``
and ``.centre``. The agent id is the username; agents act in their own centre only.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, WebSocket, WebSocketDisconnect
from pydantic import BaseModel, ConfigDict, Field

from ivr.privacy import mask_number
from queueing.agents import PhoneTaken
from queueing.events import decode_entry
from queueing.gateway import wall_clock_ms
from queueing.phones import PhoneError
from queueing.runtime import AcdServices
from queueing.stats import CentreFigures, centre_figures
from queueing.store import AcdError

AGENT_ROLES = {"agent", "supervisor", "admin"}
SUPERVISOR_ROLES = {"supervisor", "admin"}
PHONE_TEXT = r"^[a-z0-9][a-z0-9_.-]{0,39}$"


class LoginBody(BaseModel):
    # No "endpoint": the server dials the configured phone, never a string from the client.
    model_config = ConfigDict(extra="forbid")

    phone: str | None = Field(default=None, pattern=PHONE_TEXT,
                              description="one of the centre's phones, e.g. agent-bj-01 (default: a free one)")
    languages: list[str] = Field(default_factory=lambda: ["zh"], max_length=10)
    categories: list[str] = Field(default_factory=list, max_length=50)
    ready: bool = False


class PauseBody(BaseModel):
    reason: str = Field("break", min_length=1, max_length=40)


class AgentState(BaseModel):
    agent: str
    centre: str
    state: str
    detail: dict[str, str] = Field(default_factory=dict)


def _refuse(exc: AcdError) -> HTTPException:
    status = 404 if exc.code == "ERR_NOAGENT" else 409
    return HTTPException(status, detail=f"{exc.code}: {exc.detail}")


async def call_offer(services: AcdServices, centre: str, qcid: str) -> dict[str, Any] | None:
    """What the agent's screen shows for an offered call: slots, recognised text, history."""
    call = await services.store.call(centre, qcid)
    if not call:
        return None
    data = json.loads(call.get("data") or "{}")
    call_id = call.get("call_id", "")
    history = []
    for _, fields in await services.redis.xrevrange(services.events.stream, count=500):
        entry = decode_entry(fields)
        if call_id and entry.get("call_id") == call_id:
            history.append({"type": entry["type"], "ts": int(entry["ts"]), "data": entry["data"]})
    history.reverse()
    return {
        "type": "offer", "centre": centre, "queue_call_id": qcid, "call_id": call_id,
        "state": call.get("state"), "language": call.get("lang"), "priority": int(call.get("prio") or 0),
        "enqueued_ms": int(call.get("enq") or 0), "caller": mask_number(data.get("caller", "")),
        "slots": data.get("slots", {}), "recognised": data.get("speech", []), "history": history,
    }


def agent_router(
    current_agent: Callable[..., Any],
    services: Callable[[], Awaitable[AcdServices]],
    poll_seconds: float = 0.5,
    still_allowed: Callable[[WebSocket], Awaitable[bool]] | None = None,
) -> APIRouter:
    """``still_allowed(websocket)`` is asked on every poll of the offer WebSocket; when it says
    no (the user signed out, was disabled or changed), the socket is closed at once."""
    router = APIRouter(tags=["acd"])

    async def acd() -> AcdServices:
        return await services()

    def agent_of(user: Any) -> tuple[str, str]:
        if user is None or getattr(user, "role", None) not in AGENT_ROLES:
            raise HTTPException(403, "agent role required")
        if not getattr(user, "centre", None):
            raise HTTPException(403, "no answering centre assigned to this user")
        return str(user.centre), str(user.username)

    @router.post("/agent/login", response_model=AgentState)
    async def login(body: LoginBody, user: Any = Depends(current_agent), s: AcdServices = Depends(acd)) -> AgentState:
        centre, agent = agent_of(user)
        try:
            state = await s.agents.login(centre, agent, body.phone, languages=body.languages,
                                         categories=body.categories, ready=body.ready)
        except AcdError as exc:
            raise _refuse(exc) from exc
        except PhoneError as exc:
            raise HTTPException(403, str(exc)) from exc
        except PhoneTaken as exc:
            raise HTTPException(409, str(exc)) from exc
        except ValueError as exc:  # a skill or the username is not a safe identifier
            raise HTTPException(422, str(exc)) from exc
        return AgentState(agent=agent, centre=centre, state=state)

    async def act(action: str, user: Any, s: AcdServices, reason: str = "") -> AgentState:
        centre, agent = agent_of(user)
        try:
            if action == "ready":
                state = await s.agents.ready(centre, agent)
            elif action == "pause":
                state = await s.agents.pause(centre, agent, reason)
            elif action == "wrapup_end":
                state = await s.agents.wrapup_end(centre, agent)
            else:
                state = await s.agents.logout(centre, agent)
        except AcdError as exc:
            raise _refuse(exc) from exc
        return AgentState(agent=agent, centre=centre, state=state)

    @router.post("/agent/ready", response_model=AgentState)
    async def ready(user: Any = Depends(current_agent), s: AcdServices = Depends(acd)) -> AgentState:
        return await act("ready", user, s)

    @router.post("/agent/pause", response_model=AgentState)
    async def pause(body: PauseBody, user: Any = Depends(current_agent),
                    s: AcdServices = Depends(acd)) -> AgentState:
        return await act("pause", user, s, body.reason)

    @router.post("/agent/wrapup-end", response_model=AgentState)
    async def wrapup_end(user: Any = Depends(current_agent), s: AcdServices = Depends(acd)) -> AgentState:
        return await act("wrapup_end", user, s)

    @router.post("/agent/logout", response_model=AgentState)
    async def logout(user: Any = Depends(current_agent), s: AcdServices = Depends(acd)) -> AgentState:
        return await act("logout", user, s)

    @router.get("/agent/state", response_model=AgentState)
    async def state(user: Any = Depends(current_agent), s: AcdServices = Depends(acd)) -> AgentState:
        centre, agent = agent_of(user)
        detail = await s.store.agent(centre, agent)
        if not detail:
            raise HTTPException(404, "not logged in")
        return AgentState(agent=agent, centre=centre, state=detail.get("state", ""), detail=detail)

    @router.get("/centres/{centre}/figures", response_model=CentreFigures)
    async def figures(centre: str, user: Any = Depends(current_agent),
                      s: AcdServices = Depends(acd)) -> CentreFigures:
        own, _ = agent_of(user)
        if centre not in s.config.centres:
            raise HTTPException(404, "unknown centre")
        if centre != own and getattr(user, "role", "") not in SUPERVISOR_ROLES:
            raise HTTPException(403, "figures of another centre need the supervisor role")
        return await centre_figures(s.store, centre, wall_clock_ms())

    @router.websocket("/agent/ws")
    async def offers(websocket: WebSocket, user: Any = Depends(current_agent),
                     s: AcdServices = Depends(acd)) -> None:
        centre, agent = agent_of(user)
        await websocket.accept()
        last: tuple[str, str] | None = None
        try:
            while True:
                if still_allowed is not None and not await still_allowed(websocket):
                    await websocket.close(code=1008, reason="session ended")
                    return
                detail = await s.store.agent(centre, agent)
                now = (detail.get("state", "out"), detail.get("call", ""))
                if now != last:
                    last = now
                    await websocket.send_json({"type": "state", "agent": agent, "centre": centre,
                                               "state": now[0], "reason": detail.get("reason", "")})
                    if now[0] in ("reserved", "busy") and now[1]:
                        offer = await call_offer(s, centre, now[1])
                        if offer is not None:
                            await websocket.send_json(offer)
                await asyncio.sleep(poll_seconds)
        except WebSocketDisconnect:
            return

    return router
