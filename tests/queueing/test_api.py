"""The agent API over HTTP and WebSocket, on a real Redis; authentication is a header
dependency standing in for the web package's session dependency."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import redis
import redis.asyncio as aioredis
from fastapi import FastAPI, Header, HTTPException
from fastapi.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from queueing.api import agent_router
from queueing.centres import load_config
from queueing.runtime import AcdServices, build_services
from queueing.store import AcdStore


@dataclass
class User:
    username: str
    role: str
    centre: str


def header_agent(x_test_user: str | None = Header(default=None)) -> User:
    if not x_test_user:
        raise HTTPException(401, "not authenticated")
    name, role, centre = x_test_user.split(":")
    return User(name, role, centre)


def auth(user: str) -> dict[str, str]:
    return {"X-Test-User": user}


@pytest.fixture
def client(acd_redis_url: str) -> Iterator[TestClient]:
    redis.Redis.from_url(acd_redis_url).flushall()
    cache: dict[int, AcdServices] = {}

    async def services() -> AcdServices:
        key = id(asyncio.get_running_loop())
        if key not in cache:
            cache[key] = await build_services(aioredis.Redis.from_url(acd_redis_url, decode_responses=True),
                                              load_config())
        return cache[key]

    app = FastAPI()
    app.include_router(agent_router(header_agent, services, poll_seconds=0.05), prefix="/acd")
    with TestClient(app) as c:
        yield c


def test_requests_without_identity_are_refused(client: TestClient) -> None:
    for path in ("/acd/agent/ready", "/acd/agent/logout", "/acd/agent/wrapup-end"):
        assert client.post(path).status_code == 401
    assert client.post("/acd/agent/login", json={"endpoint": "PJSIP/1"}).status_code == 401
    assert client.get("/acd/centres/bj/figures").status_code == 401
    with pytest.raises(WebSocketDisconnect), client.websocket_connect("/acd/agent/ws") as ws:
        ws.receive_json()


def test_agent_state_cycle(client: TestClient, acd_redis_url: str) -> None:
    me = auth("li:agent:bj")
    r = client.post("/acd/agent/login", json={"phone": "agent-bj-01", "languages": ["zh", "en"]}, headers=me)
    assert r.status_code == 200 and r.json()["state"] == "paused"
    assert client.post("/acd/agent/ready", headers=me).json()["state"] == "ready"
    r = client.post("/acd/agent/pause", json={"reason": "lunch"}, headers=me)
    assert r.json()["state"] == "paused"
    assert client.get("/acd/agent/state", headers=me).json()["detail"]["reason"] == "lunch"
    assert client.post("/acd/agent/wrapup-end", headers=me).status_code == 409
    assert client.post("/acd/agent/logout", headers=me).json()["state"] == "out"
    assert client.post("/acd/agent/ready", headers=me).status_code == 404
    bad = client.post("/acd/agent/login", json={"phone": "agent-bj-01\nEXEC Hangup"}, headers=me)
    assert bad.status_code == 422
    bad = client.post("/acd/agent/login", json={"phone": "agent-bj-01", "languages": ["zh,en"]}, headers=me)
    assert bad.status_code == 422
    assert client.post("/acd/agent/ready", headers=auth("x:caller:bj")).status_code == 403
    entries: Any = redis.Redis.from_url(acd_redis_url, decode_responses=True).xrange("ivr:events")
    types = [f["type"] for _, f in entries]
    assert types == ["AGENT_LOGIN", "AGENT_READY", "AGENT_PAUSE", "AGENT_LOGOUT"]


def test_figures_need_own_centre_or_supervisor(client: TestClient) -> None:
    assert client.get("/acd/centres/bj/figures", headers=auth("li:agent:bj")).status_code == 200
    assert client.get("/acd/centres/sh/figures", headers=auth("li:agent:bj")).status_code == 403
    r = client.get("/acd/centres/sh/figures", headers=auth("boss:supervisor:cn"))
    assert r.status_code == 200 and r.json()["centre"] == "sh" and r.json()["calls_waiting"] == 0


def test_websocket_pushes_offered_call(client: TestClient, acd_redis_url: str) -> None:
    me = auth("wang:agent:gd")
    client.post("/acd/agent/login", json={"phone": "agent-gd-01", "ready": True}, headers=me)
    sync = redis.Redis.from_url(acd_redis_url, decode_responses=True)
    sync.xadd("ivr:events", {"type": "CALL_START", "call_id": "call-77", "ts": "1", "data": "{}"})

    async def queue_and_dispatch() -> None:
        r = aioredis.Redis.from_url(acd_redis_url, decode_responses=True)
        store = AcdStore(r, load_config())
        data: dict[str, Any] = {"caller": "13900001111", "slots": {"region": "44", "category": "food"},
                                "speech": [{"slot": "category", "text": "食品", "value": "food"}]}
        await store.enqueue("gd", "q77", call_id="call-77", enq_ms=1000, now_ms=1000, data=data)
        assert await store.dispatch("gd", 2000) == [("q77", "wang")]
        await r.aclose()  # type: ignore[attr-defined]

    with client.websocket_connect("/acd/agent/ws", headers=me) as ws:
        assert ws.receive_json()["state"] == "ready"
        asyncio.run(queue_and_dispatch())
        assert ws.receive_json()["state"] == "reserved"
        offer = ws.receive_json()
    assert offer["type"] == "offer" and offer["queue_call_id"] == "q77"
    assert offer["slots"] == {"region": "44", "category": "food"}
    assert offer["recognised"][0]["text"] == "食品"
    assert [h["type"] for h in offer["history"]] == ["CALL_START"]
    assert json.dumps(offer)  # serialisable as sent
    assert offer["caller"] == "139******11" and "13900001111" not in json.dumps(offer)
