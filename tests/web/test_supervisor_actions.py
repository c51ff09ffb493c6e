"""A supervisor forces an agent of their centre ready, paused or logged out from the dashboard:
role and centre scoping, the audit row, the ACD's state afterwards, and a call in progress never
cut (the change is refused while the agent has a call, with a message in both languages)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from ivr.settings import Settings
from queueing.store import AcdStore
from records.db import make_engine, session_factory, session_scope
from records.models import AuditLog
from tests.web import acd
from tests.web.conftest import login

URL = "/api/dashboard/centres/{}/agents/{}/state"


def log_in_agent(settings: Settings, centre: str, agent: str, ready: bool = True) -> None:
    async def work(store: AcdStore) -> None:
        await store.agent_login(centre, agent, f"PJSIP/{agent}", acd.now_ms(), ready=ready)

    acd.with_store(str(settings.redis_url), work)


def acd_agent(settings: Settings, centre: str, agent: str) -> dict[str, str]:
    async def work(store: AcdStore) -> dict[str, str]:
        return await store.agent(centre, agent)

    return acd.with_store(str(settings.redis_url), work)


def audit_rows(settings: Settings) -> list[dict[str, Any]]:
    engine = make_engine(settings.effective_database_url)
    with session_scope(session_factory(engine)) as session:
        rows = [{"actor": r.actor, "action": r.action, "object": r.object, "detail": r.detail}
                for r in session.scalars(select(AuditLog).where(AuditLog.action.startswith("supervisor."))
                                         .order_by(AuditLog.id))]
    engine.dispose()
    return rows


@pytest.fixture
def supervisor_bj(client: TestClient, add_user: Callable[..., str]) -> TestClient:
    add_user("sue", "supervisor", "bj")
    login(client, "sue")
    return client


def test_pause_ready_logout_change_the_acd_and_are_audited(supervisor_bj: TestClient, web_settings: Settings) -> None:
    log_in_agent(web_settings, "bj", "a-1")
    reply = supervisor_bj.post(URL.format("bj", "a-1"), json={"action": "pause", "reason": "meeting"})
    assert reply.status_code == 200, reply.text
    assert reply.json() == {"agent": "a-1", "state": "paused", "before": "ready"}
    agent = acd_agent(web_settings, "bj", "a-1")
    assert agent["state"] == "paused" and agent["reason"] == "meeting"
    # the per-agent table shows it
    rows = supervisor_bj.get("/api/dashboard/centres/bj").json()["agents"]
    assert [(r["agent"], r["state"], r["reason"]) for r in rows] == [("a-1", "paused", "meeting")]

    assert supervisor_bj.post(URL.format("bj", "a-1"), json={"action": "ready"}).json()["state"] == "ready"
    assert acd_agent(web_settings, "bj", "a-1")["state"] == "ready"
    assert supervisor_bj.post(URL.format("bj", "a-1"), json={"action": "logout"}).json()["state"] == "out"
    assert acd_agent(web_settings, "bj", "a-1") == {}
    assert supervisor_bj.get("/api/dashboard/centres/bj").json()["agents"] == []

    rows = audit_rows(web_settings)
    assert [(r["actor"], r["action"], r["object"]) for r in rows] == [
        ("sue", "supervisor.agent_pause", "agent:a-1"),
        ("sue", "supervisor.agent_ready", "agent:a-1"),
        ("sue", "supervisor.agent_logout", "agent:a-1"),
    ]
    assert rows[0]["detail"] == {"centre": "bj", "action": "pause", "reason": "meeting",
                                 "before": "ready", "state": "paused"}
    # logged out: a second change finds no agent
    again = supervisor_bj.post(URL.format("bj", "a-1"), json={"action": "ready"})
    assert again.status_code == 404 and again.json()["detail"]["zh"].startswith("该坐席未签入")


def test_a_call_in_progress_is_never_cut(supervisor_bj: TestClient, web_settings: Settings) -> None:
    url = str(web_settings.redis_url)
    acd.enqueue(url, "bj", "q-1", "call-1")
    qcid = acd.answer(url, "bj", "a-2")
    for action in ({"action": "logout"}, {"action": "pause", "reason": "lunch"}, {"action": "ready"}):
        reply = supervisor_bj.post(URL.format("bj", "a-2"), json=action)
        assert reply.status_code == 409, reply.text
        detail = reply.json()["detail"]
        assert detail["code"] == "agent_in_call"
        assert "通话" in detail["zh"] and "never cut" in detail["en"]
    agent = acd_agent(web_settings, "bj", "a-2")
    assert agent["state"] == "busy" and agent["call"] == qcid
    assert audit_rows(web_settings) == []
    # once the call is over (wrap-up) the supervisor's pause is taken
    acd.complete(url, "bj", qcid, "a-2")
    assert acd_agent(web_settings, "bj", "a-2")["state"] == "wrapup"
    reply = supervisor_bj.post(URL.format("bj", "a-2"), json={"action": "pause", "reason": "coaching"})
    assert reply.status_code == 200 and reply.json()["before"] == "wrapup"
    assert acd_agent(web_settings, "bj", "a-2")["state"] == "paused"


def test_bad_input_is_refused_and_changes_nothing(supervisor_bj: TestClient, web_settings: Settings) -> None:
    log_in_agent(web_settings, "bj", "a-3")
    no_reason = supervisor_bj.post(URL.format("bj", "a-3"), json={"action": "pause"})
    assert no_reason.status_code == 422 and no_reason.json()["detail"]["zh"] == "暂停须填写原因"
    for body in ({"action": "wrapup_end"}, {"action": "kick"}, {"action": "pause", "reason": "a\nb"},
                 {"action": "ready", "extra": 1}):
        assert supervisor_bj.post(URL.format("bj", "a-3"), json=body).status_code == 422, body
    assert acd_agent(web_settings, "bj", "a-3")["state"] == "ready"
    assert audit_rows(web_settings) == []


def test_roles_and_centres(client: TestClient, add_user: Callable[..., str], web_settings: Settings) -> None:
    log_in_agent(web_settings, "bj", "a-4")
    log_in_agent(web_settings, "sh", "s-1")
    body = {"action": "pause", "reason": "meeting"}
    assert client.post(URL.format("bj", "a-4"), json=body).status_code == 401
    add_user("ann", "agent", "bj")
    login(client, "ann")
    assert client.post(URL.format("bj", "a-4"), json=body).status_code == 403
    add_user("sue", "supervisor", "bj")
    login(client, "sue")
    assert client.post(URL.format("sh", "s-1"), json=body).status_code == 403
    assert client.post(URL.format("bj", "s-1"), json=body).status_code == 404  # not an agent of bj
    assert acd_agent(web_settings, "sh", "s-1")["state"] == "ready"
    add_user("nat", "supervisor", "cn")
    login(client, "nat")
    assert client.post(URL.format("sh", "s-1"), json=body).status_code == 200
    assert acd_agent(web_settings, "sh", "s-1")["state"] == "paused"
    add_user("root", "admin")
    login(client, "root")
    assert client.post(URL.format("xx", "a-4"), json=body).status_code == 404
    assert client.post(URL.format("bj", "a-4"), json={"action": "logout"}).status_code == 200
    assert [(r["actor"], r["action"]) for r in audit_rows(web_settings)] == [
        ("nat", "supervisor.agent_pause"), ("root", "supervisor.agent_logout")]
