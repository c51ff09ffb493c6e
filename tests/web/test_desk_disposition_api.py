"""No call is left without a disposition: when the ACD's wrap-up timer ends first, the ended call
stays pending on the desk until the agent records it; a new call offered before that records
the old one as not recorded (timer), audited by ``system`` and on the event stream, exactly once;
signing out does the same (not recorded, signed out). A call that only rang owes nothing.
Real Redis (the ACD's Lua scripts and the desk's compare-and-set) and SQLite."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import redis as redis_sync
from fastapi.testclient import TestClient
from sqlalchemy import select

from ivr.settings import Settings
from records.db import make_engine, session_factory, session_scope
from records.models import AuditLog
from tests.web import acd
from tests.web.conftest import bearer

WRAP_MS = 15_000  # centres.yaml's wrap-up time for bj (15 s)


def data(call_id: str) -> dict[str, object]:
    return {"call_id": call_id, "caller": "138******78", "slots": {"service_type": "complaint"}}


def dispositions(settings: Settings, call_id: str) -> list[tuple[str, str, bool]]:
    engine = make_engine(settings.effective_database_url)
    with session_scope(session_factory(engine)) as session:
        rows = [(a.actor, a.detail["disposition"], bool(a.detail.get("auto"))) for a in session.scalars(
            select(AuditLog).where(AuditLog.action == "call.disposition", AuditLog.object == f"call:{call_id}"))]
    engine.dispose()
    return rows


def streamed(settings: Settings, call_id: str) -> list[str]:
    entries: Any = redis_sync.Redis.from_url(str(settings.redis_url)).xrange("ivr:events")
    return [json.loads(f[b"data"])["disposition"] for _, f in entries
            if f[b"type"] == b"DISPOSITION" and f[b"call_id"] == call_id.encode()]


def answered_and_ended(client: TestClient, settings: Settings, qcid: str, call_id: str) -> int:
    """A call offered to ann, answered, ended by the caller; returns the ACD's wrap-up end (ms)."""
    url = str(settings.redis_url)
    acd.enqueue(url, "bj", qcid, call_id, data=data(call_id))
    assert acd.with_store(url, lambda store: store.dispatch("bj", acd.now_ms())) == [(qcid, "ann")]
    assert client.get("/api/console/state").json()["offer"]["call_id"] == call_id
    acd.with_store(url, lambda store: store.connect("bj", qcid, "ann", acd.now_ms()))
    assert client.get("/api/console/state").json()["offer"]["phase"] == "connected"
    acd.complete(url, "bj", qcid, "ann")
    view = client.get("/api/console/state").json()
    assert view["state"] == "wrapup" and view["offer"]["phase"] == "ended"
    return int(view["wrap_until_ms"])


def timer_ends(settings: Settings, at_ms: int) -> None:
    """The ACD ends wrap-ups whose time is up at its next dispatch (here: the timer's end + 1 s)."""
    acd.with_store(str(settings.redis_url), lambda store: store.dispatch("bj", at_ms + 1000))


def test_a_new_call_records_the_ended_call_as_not_recorded_once(
    agent_client: TestClient, web_settings: Settings
) -> None:
    url = str(web_settings.redis_url)
    agent_client.post("/api/console/login", json={})
    agent_client.post("/api/console/ready")
    until = answered_and_ended(agent_client, web_settings, "q-1", "call-1")
    timer_ends(web_settings, until)
    view = agent_client.get("/api/console/state").json()
    assert view["state"] == "ready"  # the timer made her ready ...
    assert view["offer"]["call_id"] == "call-1" and view["offer"]["phase"] == "ended"  # ... the call is pending
    assert dispositions(web_settings, "call-1") == []

    # a new call comes before she chose: call-1 is recorded as not recorded (timer), by the server
    acd.enqueue(url, "bj", "q-2", "call-2", data=data("call-2"))
    assert acd.with_store(url, lambda store: store.dispatch("bj", until + 2000)) == [("q-2", "ann")]
    for _ in range(3):  # every poll of the desk sees the new call; only one records the old
        view = agent_client.get("/api/console/state").json()
        assert view["offer"]["call_id"] == "call-2"
    assert dispositions(web_settings, "call-1") == [("system", "not_recorded_timer", True)]
    assert streamed(web_settings, "call-1") == ["not_recorded_timer"]
    assert view["last"]["call_id"] == "call-1" and view["last"]["auto"] is True
    late = agent_client.post("/api/console/wrapup", json={"call_id": "call-1", "disposition": "resolved"})
    assert late.status_code == 409 and late.json()["detail"]["code"] == "not_your_current_call"
    assert dispositions(web_settings, "call-1") == [("system", "not_recorded_timer", True)]
    labels = {d["value"]: d for d in agent_client.get("/api/console/choices").json()["auto_dispositions"]}
    assert labels["not_recorded_timer"]["zh"] and labels["not_recorded_timer"]["en"]


def test_after_the_timer_the_agent_still_records_the_pending_call_and_nothing_is_added(
    agent_client: TestClient, web_settings: Settings
) -> None:
    url = str(web_settings.redis_url)
    agent_client.post("/api/console/login", json={})
    agent_client.post("/api/console/ready")
    until = answered_and_ended(agent_client, web_settings, "q-3", "call-3")
    timer_ends(web_settings, until)
    assert agent_client.get("/api/console/state").json()["state"] == "ready"
    done = agent_client.post("/api/console/wrapup", json={"call_id": "call-3", "disposition": "resolved"})
    assert done.status_code == 200 and done.json()["state"] == "ready"
    acd.enqueue(url, "bj", "q-4", "call-4", data=data("call-4"))
    assert acd.with_store(url, lambda store: store.dispatch("bj", until + 2000)) == [("q-4", "ann")]
    assert agent_client.get("/api/console/state").json()["offer"]["call_id"] == "call-4"
    assert dispositions(web_settings, "call-3") == [("ann", "resolved", False)]
    assert streamed(web_settings, "call-3") == ["resolved"]


def test_signing_out_records_the_pending_call_and_a_call_that_only_rang_owes_nothing(
    agent_client: TestClient, web_settings: Settings
) -> None:
    url = str(web_settings.redis_url)
    agent_client.post("/api/console/login", json={})
    agent_client.post("/api/console/ready")
    # offered, never answered: back in the queue, then given to her again and answered
    acd.enqueue(url, "bj", "q-5", "call-5", data=data("call-5"))
    assert acd.with_store(url, lambda store: store.dispatch("bj", acd.now_ms())) == [("q-5", "ann")]
    assert agent_client.get("/api/console/state").json()["offer"]["call_id"] == "call-5"
    acd.with_store(url, lambda store: store.ring_no_answer("bj", "q-5", "ann", acd.now_ms()))
    assert agent_client.post("/api/console/ready").status_code == 200
    acd.enqueue(url, "bj", "q-6", "call-6", data=data("call-6"))
    offered = acd.with_store(url, lambda store: store.dispatch("bj", acd.now_ms()))
    assert ("q-5", "ann") in offered or ("q-6", "ann") in offered
    assert agent_client.get("/api/console/state").json()["offer"]["queue_call_id"] in ("q-5", "q-6")
    assert dispositions(web_settings, "call-5") == []  # ringing is not handling

    qcid = agent_client.get("/api/console/state").json()["offer"]["queue_call_id"]
    call_id = "call-5" if qcid == "q-5" else "call-6"
    acd.with_store(url, lambda store: store.connect("bj", qcid, "ann", acd.now_ms()))
    acd.complete(url, "bj", qcid, "ann")
    assert agent_client.get("/api/console/state").json()["offer"]["phase"] == "ended"
    assert agent_client.post("/api/console/logout").json()["state"] == "out"
    assert dispositions(web_settings, call_id) == [("system", "not_recorded_logout", True)]
    assert streamed(web_settings, call_id) == ["not_recorded_logout"]
    assert agent_client.get("/api/console/state").json()["offer"] is None


def test_a_supervisor_signing_the_agent_out_records_the_pending_call(
    agent_client: TestClient, web_settings: Settings, add_user: Callable[..., str]
) -> None:
    add_user("sue", "supervisor", "bj")
    sue = bearer(agent_client, "sue")
    agent_client.post("/api/console/login", json={})
    agent_client.post("/api/console/ready")
    answered_and_ended(agent_client, web_settings, "q-7", "call-7")
    forced = agent_client.post("/api/dashboard/centres/bj/agents/ann/state", json={"action": "logout"}, headers=sue)
    assert forced.status_code == 200 and forced.json()["state"] == "out"
    assert dispositions(web_settings, "call-7") == [("system", "not_recorded_logout", True)]
    assert streamed(web_settings, "call-7") == ["not_recorded_logout"]
