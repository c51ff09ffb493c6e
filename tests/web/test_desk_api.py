"""The agent's desk and the case file over the API: filing while connected, one ticket per call,
wrap-up only after the call, the call's phase, search and case pages scoped by centre and role,
the supervisor's per-agent view and its WebSocket, messages in both languages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from starlette.websockets import WebSocketDisconnect

from ivr.settings import Settings
from ivr.web.dashboard_api import day_start
from records.db import make_engine, session_factory, session_scope
from records.models import AuditLog, Call, Complaint, QueueLeg
from tests.web import acd
from tests.web.conftest import login

CALLER = "13812345678"


def queue_data(call_id: str) -> dict[str, object]:
    return {"call_id": call_id, "caller": "138******78", "dnis": "12315", "language": "zh",
            "slots": {"region": "11", "service_type": "complaint", "category": "food"}}


def add_call(settings: Settings, call_id: str, centre: str = "bj") -> None:
    """The call's row as the records writer makes it from the first queue event (no agent in SQL yet)."""
    engine = make_engine(settings.effective_database_url)
    with session_scope(session_factory(engine)) as session:
        session.add(Call(call_id=call_id, centre=centre, service_type="complaint", category="food", region="11",
                         outcome="in_progress", started_at=datetime.now(UTC), caller_masked="138******78",
                         slots={"region": "11", "service_type": "complaint", "category": "food"}))
    engine.dispose()


def complaints_of(settings: Settings, call_id: str) -> list[str]:
    engine = make_engine(settings.effective_database_url)
    with session_scope(session_factory(engine)) as session:
        tickets = list(session.scalars(select(Complaint.ticket).where(Complaint.call_id == call_id)))
    engine.dispose()
    return tickets


def connect_call(client: TestClient, settings: Settings, call_id: str, qcid: str) -> None:
    url = str(settings.redis_url)
    client.post("/api/console/login", json={})
    client.post("/api/console/ready")
    add_call(settings, call_id)
    acd.enqueue(url, "bj", qcid, call_id, data=queue_data(call_id))
    acd.with_store(url, lambda store: store.dispatch("bj", acd.now_ms()))


def test_the_agent_files_while_connected_once_per_call_and_wraps_up_after(
    agent_client: TestClient, web_settings: Settings
) -> None:
    url = str(web_settings.redis_url)
    connect_call(agent_client, web_settings, "call-20", "q-20")
    assert agent_client.get("/api/console/state").json()["offer"]["phase"] == "offered"
    acd.with_store(url, lambda store: store.connect("bj", "q-20", "ann", acd.now_ms()))
    view = agent_client.get("/api/console/state").json()
    assert view["state"] == "busy" and view["offer"]["phase"] == "connected"
    assert view["offer"]["connected_at_ms"] > 0

    # no queue leg in SQL names ann yet: the ACD says she holds the call
    first = agent_client.post("/api/complaints", json={"call_id": "call-20", "summary": "过期牛奶"})
    assert first.status_code == 201, first.text
    ticket = first.json()["ticket"]
    again = agent_client.post("/api/complaints", json={"call_id": "call-20", "business_name": "某超市"})
    assert again.status_code == 200 and again.json()["ticket"] == ticket and again.json()["existing"] is True
    assert again.json()["business_name"] == "某超市" and again.json()["summary"] == "过期牛奶"
    assert complaints_of(web_settings, "call-20") == [ticket]

    early = agent_client.post("/api/console/wrapup", json={"call_id": "call-20", "disposition": "complaint_filed"})
    assert early.status_code == 409 and early.json()["detail"]["code"] == "call_still_up"
    assert early.json()["detail"]["zh"].startswith("通话尚未结束")

    acd.complete(url, "bj", "q-20", "ann")
    view = agent_client.get("/api/console/state").json()
    assert view["offer"]["phase"] == "ended" and view["offer"]["ticket"] == ticket
    done = agent_client.post("/api/console/wrapup", json={"call_id": "call-20", "disposition": "complaint_filed"})
    assert done.status_code == 200 and done.json()["ticket"] == ticket
    twice = agent_client.post("/api/console/wrapup", json={"call_id": "call-20", "disposition": "complaint_filed"})
    assert twice.status_code == 409
    view = agent_client.get("/api/console/state").json()
    assert view["offer"] is None and view["last"]["ticket"] == ticket and view["calls_today"] == 1
    engine = make_engine(web_settings.effective_database_url)
    with session_scope(session_factory(engine)) as session:
        dispositions = list(session.scalars(select(AuditLog).where(AuditLog.action == "call.disposition")))
        assert [d.detail["ticket"] for d in dispositions] == [ticket]
    engine.dispose()


def test_another_agent_may_not_file_for_the_call(client: TestClient, add_user: Callable[..., str],
                                                 web_settings: Settings) -> None:
    add_user("ann", "agent", "bj")
    add_user("bob", "agent", "bj")
    login(client, "ann")
    connect_call(client, web_settings, "call-21", "q-21")
    acd.with_store(str(web_settings.redis_url), lambda store: store.connect("bj", "q-21", "ann", acd.now_ms()))
    client.post("/api/auth/logout")
    login(client, "bob")
    refused = client.post("/api/complaints", json={"call_id": "call-21"})
    assert refused.status_code == 403 and refused.json()["detail"]["code"] == "not_your_call"
    assert refused.json()["detail"]["en"] == "only the agent who took the call files it"
    assert complaints_of(web_settings, "call-21") == []


def seed_complaints(settings: Settings) -> None:
    engine = make_engine(settings.effective_database_url)
    today = datetime.now(UTC).date()
    with session_scope(session_factory(engine)) as session:
        session.add(Call(call_id="c-case", centre="bj", outcome="answered", slots={}, caller_masked="138******78",
                         recording="c-case.wav", started_at=datetime.now(UTC)))
        session.add(QueueLeg(leg_key="q-case", call_id="c-case", centre="bj", agent="ann", outcome="answered",
                             enqueued_at=datetime.now(UTC), wait_seconds=8.0))
        session.add(Complaint(ticket="261201000001", kind="complaint", category="food", region="110101",
                              centre="bj", status="registered", received_on=today, call_id="c-case",
                              accept_due=today - timedelta(days=1)))
        session.add(Complaint(ticket="261201000002", kind="report", category="prices", region="110101",
                              centre="bj", status="registered", received_on=today - timedelta(days=10)))
        session.add(Complaint(ticket="261201000003", kind="complaint", category="food", region="310101",
                              centre="sh", status="registered", received_on=today))
    engine.dispose()


def test_search_and_case_file_are_scoped_to_the_centre(client: TestClient, add_user: Callable[..., str],
                                                        web_settings: Settings) -> None:
    seed_complaints(web_settings)
    add_user("ann", "agent", "bj")
    add_user("nat", "supervisor", "cn")
    assert client.get("/api/complaints/search").status_code == 401
    login(client, "ann")
    mine = client.get("/api/complaints/search").json()
    assert [c["ticket"] for c in mine["items"]] == ["261201000002", "261201000001"]
    food = client.get("/api/complaints/search", params={"category": "food"}).json()["items"]
    assert [c["ticket"] for c in food] == ["261201000001"]
    assert food[0]["overdue"] is True
    overdue = client.get("/api/complaints/search", params={"overdue": "true"}).json()["items"]
    assert [c["ticket"] for c in overdue] == ["261201000001"]
    today = datetime.now(UTC).date()
    recent = client.get("/api/complaints/search", params={"start": str(today - timedelta(days=2))}).json()
    assert [c["ticket"] for c in recent["items"]] == ["261201000001"]
    assert client.get("/api/complaints/search", params={"ticket": "2612010000"}).json()["items"][0]["centre"] == "bj"
    backwards = client.get("/api/complaints/search", params={"start": str(today), "end": str(today - timedelta(1))})
    assert backwards.status_code == 422 and backwards.json()["detail"]["code"] == "bad_period"
    assert client.get("/api/complaints/search", params={"centre": "sh"}).status_code == 404
    paged = client.get("/api/complaints/search", params={"limit": 1}).json()
    assert len(paged["items"]) == 1 and paged["more"] is True
    csv = client.get("/api/complaints/search", params={"format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv") and "261201000002" in csv.text

    case = client.get("/api/complaints/261201000001/case").json()
    assert case["call"]["recording"] is True and case["call"]["legs"][0]["agent"] == "ann"
    assert case["clocks"][0]["what"] == "accept_due" and case["clocks"][0]["passed"] is True
    other = client.get("/api/complaints/261201000003/case")
    assert other.status_code == 404 and other.json()["detail"]["code"] == "no_such_complaint"

    client.post("/api/auth/logout")
    login(client, "nat")
    everything = client.get("/api/complaints/search").json()["items"]
    assert len(everything) == 3
    assert [c["ticket"] for c in client.get("/api/complaints/search", params={"centre": "sh"}).json()["items"]] == [
        "261201000003"]
    assert client.get("/api/complaints/261201000003/case").status_code == 200


def test_form_choices_carry_labels_in_both_languages(agent_client: TestClient) -> None:
    choices = agent_client.get("/api/console/choices").json()
    food = next(c for c in choices["categories"] if c["value"] == "food")
    assert (food["zh"], food["en"]) == ("食品", "food")
    beijing = next(r for r in choices["regions"] if r["value"] == "11")
    assert (beijing["zh"], beijing["en"], beijing["centre"]) == ("北京市", "Beijing", "bj")
    assert {d["value"] for d in choices["dispositions"]} >= {"complaint_filed", "resolved"}


@pytest.fixture
def supervisor_bj(client: TestClient, add_user: Callable[..., str]) -> TestClient:
    add_user("sue", "supervisor", "bj")
    login(client, "sue")
    return client


def test_supervisor_sees_agents_names_and_server_time(supervisor_bj: TestClient, web_settings: Settings) -> None:
    url = str(web_settings.redis_url)
    acd.enqueue(url, "bj", "q-30", "call-30", data=queue_data("call-30"))
    acd.answer(url, "bj", "a-7")
    view = supervisor_bj.get("/api/dashboard/centres/bj").json()
    assert view["names"] == {"zh": "北京", "en": "Beijing"}
    [agent] = view["agents"]
    assert agent["agent"] == "a-7" and agent["state"] == "busy" and agent["current"]["caller"] == "138******78"
    assert agent["current"]["category_names"]["zh"] == "食品" and agent["since_ms"] > 0
    ctx = supervisor_bj.app.state.web  # type: ignore[attr-defined]
    assert view["updated"][:10] == day_start(ctx).date().isoformat()
    assert supervisor_bj.get("/api/dashboard/centres/sh").status_code == 403


def test_alerts_about_a_province_reach_its_centre_with_labels(supervisor_bj: TestClient,
                                                              web_settings: Settings) -> None:
    ctx = supervisor_bj.app.state.web  # type: ignore[attr-defined]
    today = day_start(ctx).date()
    engine = make_engine(web_settings.effective_database_url)
    with session_scope(session_factory(engine)) as session:
        for i in range(8):  # filed by the national centre, about Beijing
            session.add(Complaint(ticket=f"N{i}", kind="complaint", category="food", region="110101",
                                  centre="cn", status="registered", received_on=today))
    engine.dispose()
    [alert] = supervisor_bj.get("/api/dashboard/centres/bj").json()["alerts"]
    assert alert["category_names"]["zh"] == "食品" and alert["region_names"]["zh"] == "北京市"


def test_one_websocket_carries_the_centre_agents_and_national_table(client: TestClient,
                                                                    add_user: Callable[..., str],
                                                                    web_settings: Settings) -> None:
    add_user("nat", "supervisor", "cn")
    add_user("sue", "supervisor", "bj")
    acd.enqueue(str(web_settings.redis_url), "bj", "q-31", "call-31", data=queue_data("call-31"))
    login(client, "nat")
    with client.websocket_connect("/api/dashboard/ws?centre=bj") as ws:
        first = ws.receive_json()
        assert first["centre"]["centre"] == "bj" and first["centre"]["live"]["calls_waiting"] == 1
        assert first["national"]["centres"][0]["centre"] == "bj"  # the loaded centre comes first
        ws.send_json({"centre": "sh"})
        second = ws.receive_json()
        assert second["centre"]["names"]["en"] == "Shanghai"
    client.post("/api/auth/logout")
    login(client, "sue")
    with client.websocket_connect("/api/dashboard/ws?centre=sh") as ws:
        refused = ws.receive_json()
        assert refused["type"] == "error" and refused["detail"]["code"] == "not_your_centre"
        assert "national" not in refused
    client.post("/api/auth/logout")
    client.cookies.clear()
    with pytest.raises(WebSocketDisconnect), client.websocket_connect("/api/dashboard/ws") as ws:
        ws.receive_json()

