"""Supervisor dashboard API: live ACD figures from Redis, today's history from SQL, centre scoping."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from ivr.settings import Settings
from ivr.web.dashboard_api import day_start
from records.db import make_engine, session_factory, session_scope
from records.models import QueueLeg
from tests.web import acd
from tests.web.conftest import login


@pytest.fixture
def supervisor_bj(client: TestClient, add_user: Callable[..., str]) -> TestClient:
    add_user("sue", "supervisor", "bj")
    login(client, "sue")
    return client


def test_supervisor_sees_only_their_centre(supervisor_bj: TestClient) -> None:
    assert supervisor_bj.get("/api/dashboard/centres/bj").status_code == 200
    assert supervisor_bj.get("/api/dashboard/centres/sh").status_code == 403
    assert supervisor_bj.get("/api/dashboard/centres/xx").status_code == 403
    assert supervisor_bj.get("/api/dashboard/national").status_code == 403


def test_national_supervisor_sees_every_centre(client: TestClient, add_user: Callable[..., str]) -> None:
    add_user("nat", "supervisor", "cn")
    login(client, "nat")
    assert client.get("/api/dashboard/centres/sh").status_code == 200
    rows = client.get("/api/dashboard/national").json()["centres"]
    assert {"cn", "bj", "sh", "gd"} <= {r["centre"] for r in rows}


def test_agents_and_strangers_are_refused(client: TestClient, add_user: Callable[..., str]) -> None:
    assert client.get("/api/dashboard/centres/bj").status_code == 401
    add_user("ann", "agent", "bj")
    login(client, "ann")
    assert client.get("/api/dashboard/centres/bj").status_code == 403


def test_admin_unknown_centre_is_404(admin_client: TestClient) -> None:
    assert admin_client.get("/api/dashboard/centres/xx").status_code == 404


def test_waiting_call_then_its_answer(supervisor_bj: TestClient, web_settings: Settings) -> None:
    url = str(web_settings.redis_url)
    live = supervisor_bj.get("/api/dashboard/centres/bj").json()["live"]
    assert live["calls_waiting"] == 0
    assert acd.enqueue(url, "bj", "q-1", "call-1") == 1
    live = supervisor_bj.get("/api/dashboard/centres/bj").json()["live"]
    assert live["calls_waiting"] == 1 and live["longest_wait_seconds"] >= 5
    qcid = acd.answer(url, "bj", "a-100")
    live = supervisor_bj.get("/api/dashboard/centres/bj").json()["live"]
    assert live["calls_waiting"] == 0 and sum(live["agents"].values()) == 1
    acd.complete(url, "bj", qcid, "a-100")
    live = supervisor_bj.get("/api/dashboard/centres/bj").json()["live"]
    day = next(w for w in live["windows"] if w["window_seconds"] == 86400)
    assert day["answered"] == 1 and day["service_level"] == 1.0 and day["asa_seconds"] is not None
    # Another centre's figures are untouched.
    nat = supervisor_bj.get("/api/dashboard/centres/sh")
    assert nat.status_code == 403


def test_calls_per_half_hour_and_overflow_from_sql(supervisor_bj: TestClient, web_settings: Settings) -> None:
    ctx = supervisor_bj.app.state.web  # type: ignore[attr-defined]
    start = day_start(ctx)
    engine = make_engine(web_settings.effective_database_url)
    with session_scope(session_factory(engine)) as session:
        at = start + timedelta(hours=9, minutes=10)
        session.add_all([
            QueueLeg(leg_key="k1", call_id="c1", centre="bj", enqueued_at=at, answered_at=at + timedelta(seconds=8),
                     outcome="answered", wait_seconds=8),
            QueueLeg(leg_key="k2", call_id="c2", centre="bj", enqueued_at=at, outcome="abandoned"),
            QueueLeg(leg_key="k3", call_id="c3", centre="bj", enqueued_at=at + timedelta(minutes=30),
                     outcome="overflow", overflow_to="cn"),
            QueueLeg(leg_key="k3", call_id="c3", centre="cn", enqueued_at=at + timedelta(minutes=32),
                     outcome="answered", answered_at=at + timedelta(minutes=33)),
            QueueLeg(leg_key="k4", call_id="c4", centre="he", enqueued_at=at, outcome="overflow", overflow_to="bj"),
            QueueLeg(leg_key="k4", call_id="c4", centre="bj", enqueued_at=at + timedelta(minutes=2),
                     outcome="answered", answered_at=at + timedelta(minutes=3)),
            QueueLeg(leg_key="k5", call_id="c5", centre="bj", enqueued_at=start - timedelta(hours=1),
                     outcome="answered"),  # yesterday: not counted
        ])
    engine.dispose()
    today = supervisor_bj.get("/api/dashboard/centres/bj").json()["today"]
    slots = {s["slot"]: s for s in today["half_hours"]}
    assert len(slots) == 48
    assert slots["09:00"] == {"slot": "09:00", "offered": 3, "answered": 2, "abandoned": 1}
    # c3 overflowed to cn and was answered there: the live figures count it at cn, not at bj
    assert slots["09:30"]["offered"] == 0
    assert sum(s["offered"] for s in today["half_hours"]) == 3
    assert today["overflow_out"] == 1 and today["overflow_in"] == 1


def test_early_warning_alerts_reach_the_dashboard(supervisor_bj: TestClient, web_settings: Settings) -> None:
    from records.models import Complaint

    ctx = supervisor_bj.app.state.web  # type: ignore[attr-defined]
    today = day_start(ctx).date()
    assert supervisor_bj.get("/api/dashboard/centres/bj").json()["alerts"] == []
    engine = make_engine(web_settings.effective_database_url)
    with session_scope(session_factory(engine)) as session:
        for i in range(8):  # a spike: eight complaints about food in one region today, none before
            session.add(Complaint(ticket=f"A{i}", kind="complaint", category="food", region="110101",
                                  centre="bj", status="registered", received_on=today))
        for i in range(8):
            session.add(Complaint(ticket=f"S{i}", kind="complaint", category="food", region="310101",
                                  centre="sh", status="registered", received_on=today))
    engine.dispose()
    alerts = supervisor_bj.get("/api/dashboard/centres/bj").json()["alerts"]
    assert [(a["category"], a["region"], a["count"]) for a in alerts] == [("food", "110101", 8)]
