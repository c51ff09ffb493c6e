"""The dashboard's reports section reads /api/reports/centres and /api/reports/complaints with a
Beijing date range and the chosen centre (ivr/web/static/js/reports.mjs builds these URLs): the
figures per centre and day, complaints by category and region, the CSV downloads, and the scoping
a supervisor of one centre meets."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient

from ivr.settings import Settings
from records.db import make_engine, session_factory, session_scope
from records.models import Complaint, QueueLeg
from tests.web.conftest import login

ZONE = ZoneInfo("Asia/Shanghai")
DAY = date(2026, 11, 2)
PERIOD = {"start": "2026-11-01", "end": "2026-11-07"}


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), ZONE)


@pytest.fixture
def history(web_settings: Settings) -> Iterator[None]:
    """Beijing on 2 November: three calls (two answered within 20 s / after 40 s, one abandoned),
    one at 23:30 Beijing time that is still the 2nd; Shanghai one call; complaints in both."""
    engine = make_engine(web_settings.effective_database_url)
    with session_scope(session_factory(engine)) as session:
        session.add_all([
            QueueLeg(leg_key="b1", call_id="c1", centre="bj", enqueued_at=at(DAY, 9), outcome="answered",
                     answered_at=at(DAY, 9) + timedelta(seconds=10), wait_seconds=10, handle_seconds=100),
            QueueLeg(leg_key="b2", call_id="c2", centre="bj", enqueued_at=at(DAY, 23, 30), outcome="answered",
                     answered_at=at(DAY, 23, 31), wait_seconds=40, handle_seconds=200),
            QueueLeg(leg_key="b3", call_id="c3", centre="bj", enqueued_at=at(DAY, 10), outcome="abandoned"),
            QueueLeg(leg_key="s1", call_id="c4", centre="sh", enqueued_at=at(DAY, 10), outcome="abandoned"),
            QueueLeg(leg_key="b4", call_id="c5", centre="bj", enqueued_at=at(DAY + timedelta(days=9), 10),
                     outcome="abandoned"),  # outside the period
        ])
        for i, (ticket_centre, category, region) in enumerate([
            ("bj", "food", "110101"), ("bj", "food", "110101"), ("bj", "prices", "110105"), ("sh", "food", "310101"),
        ]):
            session.add(Complaint(ticket=f"R{i}", kind="complaint", category=category, region=region,
                                  centre=ticket_centre, status="registered", received_on=DAY))
    engine.dispose()
    yield


@pytest.fixture
def supervisor_bj(client: TestClient, add_user: Callable[..., str]) -> TestClient:
    add_user("sue", "supervisor", "bj")
    login(client, "sue")
    return client


def test_centre_days_for_the_chosen_centre(supervisor_bj: TestClient, history: None) -> None:
    reply = supervisor_bj.get("/api/reports/centres", params={**PERIOD, "centre": "bj"})
    assert reply.status_code == 200, reply.text
    assert reply.json() == [{"centre": "bj", "day": "2026-11-02", "offered": 3, "answered": 2, "abandoned": 1,
                             "overflowed": 0, "service_level": round(1 / 3, 4), "asa_seconds": 25.0,
                             "aht_seconds": 150.0}]
    text = supervisor_bj.get("/api/reports/centres", params={**PERIOD, "centre": "bj", "format": "csv"})
    assert text.headers["content-type"].startswith("text/csv")
    assert 'filename="centres_2026-11-01_2026-11-07.csv"' in text.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(text.text)))
    assert [(r["day"], r["offered"], r["answered"], r["abandoned"], r["aht_seconds"]) for r in rows] == [
        ("2026-11-02", "3", "2", "1", "150.0")]


def test_complaints_by_category_and_region(supervisor_bj: TestClient, history: None) -> None:
    params = {**PERIOD, "centre": "bj", "by": "category,region"}
    reply = supervisor_bj.get("/api/reports/complaints", params=params)
    assert reply.status_code == 200, reply.text
    assert reply.json() == [{"category": "food", "region": "110101", "count": 2},
                            {"category": "prices", "region": "110105", "count": 1}]
    text = supervisor_bj.get("/api/reports/complaints", params={**params, "format": "csv"}).text
    assert list(csv.reader(io.StringIO(text)))[0] == ["category", "region", "count"]


def test_scoping_and_bad_periods(client: TestClient, add_user: Callable[..., str], history: None) -> None:
    assert client.get("/api/reports/centres", params={**PERIOD, "centre": "bj"}).status_code == 401
    add_user("ann", "agent", "bj")
    login(client, "ann")
    assert client.get("/api/reports/centres", params={**PERIOD, "centre": "bj"}).status_code == 403
    add_user("sue", "supervisor", "bj")
    login(client, "sue")
    assert client.get("/api/reports/centres", params={**PERIOD, "centre": "sh"}).status_code == 404
    assert client.get("/api/reports/complaints", params={**PERIOD, "centre": "sh"}).status_code == 404
    backwards = client.get("/api/reports/centres", params={"start": "2026-11-07", "end": "2026-11-01"})
    assert backwards.status_code == 422
    add_user("nat", "supervisor", "cn")
    login(client, "nat")
    shanghai = client.get("/api/reports/centres", params={**PERIOD, "centre": "sh"}).json()
    assert [(r["centre"], r["offered"], r["abandoned"]) for r in shanghai] == [("sh", 1, 1)]
