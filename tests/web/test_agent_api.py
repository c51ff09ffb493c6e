"""The agent API (the desk's /api/console, the only one): ACD log-in with skills, state changes
with their ACD events, the offered call over the WebSocket, details, wrap-up."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
import redis as redis_sync
from fastapi.testclient import TestClient
from sqlalchemy import select
from starlette.websockets import WebSocketDisconnect

from ivr.settings import Settings
from records.db import make_engine, session_factory, session_scope
from records.events import caller_hash
from records.models import AuditLog, Call, Complaint, SpeechResult
from tests.web import acd
from tests.web.acd_centre import with_store
from tests.web.conftest import login

CALLER = "13812345678"


def queue_data(call_id: str) -> dict[str, object]:
    return {"call_id": call_id, "caller": CALLER, "dnis": "12315", "language": "zh",
            "slots": {"region": "11", "service_type": "complaint", "category": "food"}}


def seed_history(settings: Settings) -> None:
    """An earlier call of the same number (with a complaint), and one in another centre."""
    key = caller_hash(CALLER, settings.secret_key.get_secret_value())
    engine = make_engine(settings.effective_database_url)
    with session_scope(session_factory(engine)) as session:
        old = Call(call_id="old-1", caller_hash=key, centre="bj", service_type="complaint", category="prices",
                   outcome="answered", started_at=datetime(2026, 1, 5, 9, 0, tzinfo=UTC), slots={})
        session.add_all([old, Call(call_id="old-sh", caller_hash=key, centre="sh", outcome="answered", slots={},
                                   started_at=datetime(2026, 1, 6, 9, 0, tzinfo=UTC))])
        session.flush()
        session.add(SpeechResult(call_pk=old.id, seq=0, node="region", slot="region", text="北京",
                                 confidence=0.9, decision="accept"))
        session.add(Complaint(ticket="T1", kind="complaint", call_id="old-1", centre="bj", status="registered",
                              received_on=datetime(2026, 1, 5).date()))
    engine.dispose()


def test_agent_state_changes(agent_client: TestClient, web_settings: Settings) -> None:
    assert agent_client.get("/api/console/state").json()["state"] == "out"
    assert agent_client.post("/api/console/ready").status_code == 409  # not logged in to the ACD
    assert agent_client.post("/api/console/login", json={}).json()["state"] == "paused"
    assert agent_client.post("/api/console/ready").json()["state"] == "ready"
    assert agent_client.post("/api/console/pause", json={"reason": "meal"}).json()["state"] == "paused"
    view = agent_client.get("/api/console/state").json()
    assert view["state"] == "paused" and view["reason"] == "meal" and view["centre"] == "bj"
    assert agent_client.post("/api/console/pause", json={"reason": "a|b"}).status_code == 422
    assert agent_client.post("/api/console/login", json={"endpoint": "PJSIP/x\nHANGUP"}).status_code == 422
    assert agent_client.post("/api/console/logout").json()["state"] == "out"
    engine = make_engine(web_settings.effective_database_url)
    with session_scope(session_factory(engine)) as session:
        actions = [a.action for a in session.scalars(select(AuditLog).where(AuditLog.actor == "ann"))]
    engine.dispose()
    assert {"agent.login", "agent.pause", "agent.logout"} <= set(actions)


def test_offered_call_is_pushed_with_details(agent_client: TestClient, web_settings: Settings) -> None:
    url = str(web_settings.redis_url)
    seed_history(web_settings)
    agent_client.post("/api/console/login", json={})
    agent_client.post("/api/console/ready")
    with agent_client.websocket_connect("/api/console/ws") as ws:
        first = json.loads(ws.receive_text())
        assert first["state"] == "ready" and first["offer"] is None
        acd.enqueue(url, "bj", "q-7", "call-7", data=queue_data("call-7"))
        offers = acd.with_store(url, lambda store: store.dispatch("bj", acd.now_ms()))
        assert offers == [("q-7", "ann")]
        pushed = json.loads(ws.receive_text())
    assert pushed["state"] == "reserved"
    offer = pushed["offer"]
    assert offer["call_id"] == "call-7" and offer["region"] == "11" and offer["category"] == "food"
    assert offer["category_names"] == {"zh": "食品", "en": "food"}
    assert offer["caller"] == "138******78" and CALLER not in json.dumps(pushed)
    assert [h["call_id"] for h in offer["history"]] == ["old-1"]  # the sh call is not this agent's
    assert offer["history"][0]["tickets"] == ["T1"]


def test_wrap_up_records_the_disposition(agent_client: TestClient, web_settings: Settings) -> None:
    url = str(web_settings.redis_url)
    agent_client.post("/api/console/login", json={})
    agent_client.post("/api/console/ready")
    acd.enqueue(url, "bj", "q-8", "call-8", data=queue_data("call-8"))
    acd.with_store(url, lambda store: store.dispatch("bj", acd.now_ms()))
    assert agent_client.get("/api/console/state").json()["offer"]["call_id"] == "call-8"
    acd.with_store(url, lambda store: store.connect("bj", "q-8", "ann", acd.now_ms()))
    assert agent_client.post("/api/console/pause", json={"reason": "x"}).status_code == 409  # busy
    acd.complete(url, "bj", "q-8", "ann")
    assert agent_client.post("/api/console/wrapup", json={"call_id": "other", "disposition": "resolved"}
                             ).status_code == 409
    assert agent_client.post("/api/console/wrapup", json={"call_id": "call-8", "disposition": "nonsense"}
                             ).status_code == 422
    done = agent_client.post("/api/console/wrapup", json={"call_id": "call-8", "disposition": "resolved"})
    assert done.status_code == 200 and done.json()["disposition"] == "resolved"
    view = agent_client.get("/api/console/state").json()
    assert view["offer"] is None and view["state"] == "ready"
    entries: Any = redis_sync.Redis.from_url(url).xrange("ivr:events")
    dispositions = [f for _, f in entries if f[b"type"] == b"DISPOSITION"]
    assert len(dispositions) == 1 and dispositions[0][b"call_id"] == b"call-8"
    assert json.loads(dispositions[0][b"data"])["disposition"] == "resolved"


def test_console_is_for_agents_only(client: TestClient, add_user: Callable[..., str]) -> None:
    assert client.get("/api/console/state").status_code == 401
    add_user("sue", "supervisor", "bj")
    login(client, "sue")
    assert client.get("/api/console/state").status_code == 403
    assert client.post("/api/console/ready").status_code == 403


def test_websocket_refuses_strangers_and_other_sites(client: TestClient, add_user: Callable[..., str]) -> None:
    with pytest.raises(WebSocketDisconnect), client.websocket_connect("/api/console/ws") as ws:
        ws.receive_text()
    add_user("ann", "agent", "bj")
    login(client, "ann")
    with pytest.raises(WebSocketDisconnect), client.websocket_connect(
            "/api/console/ws", headers={"origin": "http://evil.example"}) as ws:
        ws.receive_text()


def test_login_with_skills_and_state_changes_reach_the_acd_and_its_events(
    agent_client: TestClient, web_settings: Settings
) -> None:
    url = str(web_settings.redis_url)
    body = {"phone": "agent-bj-01", "languages": ["zh", "en"], "categories": ["food"], "ready": True}
    reply = agent_client.post("/api/console/login", json=body)
    assert reply.status_code == 200 and reply.json() == {"state": "ready", "endpoint": "PJSIP/agent-bj-01"}
    seat = with_store(web_settings, lambda store: store.agent("bj", "ann"))
    assert seat["state"] == "ready" and seat["endpoint"] == "PJSIP/agent-bj-01"
    assert "en" in seat["langs"] and "food" in seat["cats"], seat
    assert agent_client.post("/api/console/pause", json={"reason": "lunch"}).json()["state"] == "paused"
    assert agent_client.get("/api/console/state").json()["reason"] == "lunch"
    assert agent_client.post("/api/console/logout").json()["state"] == "out"
    refused = agent_client.post("/api/console/ready")  # not logged in to the ACD any more
    assert refused.status_code == 409 and refused.json()["detail"]["code"] == "acd_refused"
    for bad in ({"phone": "agent-bj-01\nEXEC Hangup"}, {"phone": "agent-bj-01", "languages": ["zh,en"]},
                {"endpoint": "PJSIP/agent-bj-01"}, {"languages": ["zh"] * 11}):
        assert agent_client.post("/api/console/login", json=bad).status_code == 422, bad
    entries: Any = redis_sync.Redis.from_url(url, decode_responses=True).xrange("ivr:events")
    assert [f["type"] for _, f in entries] == ["AGENT_LOGIN", "AGENT_PAUSE", "AGENT_LOGOUT"]
    assert json.loads(entries[0][1]["data"])["languages"] == ["zh", "en"]


def test_the_app_has_one_agent_api(client: TestClient, add_user: Callable[..., str]) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {"/api/console/login", "/api/console/ready", "/api/console/pause", "/api/console/logout",
            "/api/console/state", "/api/console/wrapup"} <= paths
    assert [p for p in paths if p.startswith("/agent/")] == []
    add_user("ann", "agent", "bj")
    login(client, "ann")
    assert client.post("/agent/login", json={"phone": "agent-bj-01"}).status_code in (404, 405)
    with pytest.raises(WebSocketDisconnect), client.websocket_connect("/agent/ws") as ws:
        ws.receive_text()
    with client.websocket_connect("/api/console/ws") as ws:
        assert json.loads(ws.receive_text())["state"] == "out"
