"""The platform classification on the complaint: the choices API, the form's fields checked, statistics
and early warning by subcategory, problem type and kind of violation."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from ivr.web.classification_api import classification_router
from ivr.web.records_api import complaints_router
from records.alerts import detect
from records.complaints import ComplaintCreate, ComplaintEdit, WorkflowError, create_complaint, edit_complaint
from records.models import Complaint
from records.reports import complaint_counts
from tests.records.webapp import as_user, client_for, header_user

AGENT = as_user("bj-007:agent:bj")
BJ_SUP = as_user("bj-boss:supervisor:bj")
SH_SUP = as_user("sh-boss:supervisor:sh")
DAY = date(2026, 9, 1)


@pytest.fixture
def client(sessions: sessionmaker[Session], tmp_path: Path) -> TestClient:
    return client_for([complaints_router(header_user), classification_router(header_user)], sessions, tmp_path)


def test_choices_follow_the_ivr_choice(client: TestClient) -> None:
    assert client.get("/api/classification").status_code == 401
    food = client.get("/api/classification?category=food", headers=AGENT).json()
    suggested = [s["code"] for s in food["subcategories"] if s["suggested"]]
    assert suggested == ["general_food", "health_food", "farm_produce", "tobacco_drinks"]
    assert len(food["subcategories"]) == 20 and {c["code"] for c in food["object_classes"]} == {"goods", "services"}
    assert food["preset"] == {"object_class": "goods", "subcategory": None, "online_platform": False, "problem": None}
    report = client.get("/api/classification?category=drugs&kind=report", headers=AGENT).json()
    assert report["preset"]["violation"] == "drugs_devices" and "problem" not in report["preset"]
    online = client.get("/api/classification?category=online", headers=AGENT).json()
    assert online["preset"]["online_platform"] is True and not any(s["suggested"] for s in online["subcategories"])
    bad = client.get("/api/classification?category=snacks", headers=AGENT)
    assert bad.status_code == 422 and "unknown menu category" in bad.text


def test_the_form_files_the_classification_and_refuses_bad_codes(client: TestClient) -> None:
    body = {"category": "food", "subcategory": "health_food", "problem": "false_advertising"}
    filed = client.post("/api/complaints", json=body, headers=AGENT)
    assert filed.status_code == 201, filed.text
    assert (filed.json()["subcategory"], filed.json()["problem"], filed.json()["violation"]) == (
        "health_food", "false_advertising", None)
    unknown = client.post("/api/complaints", json={**body, "subcategory": "snacks"}, headers=AGENT)
    assert unknown.status_code == 422 and "unknown goods/services subcategory" in unknown.text
    mixed = client.post("/api/complaints", json={**body, "violation": "advertising"}, headers=AGENT)
    assert mixed.status_code == 422 and "only with a report" in mixed.text
    report = client.post("/api/complaints", json={"kind": "report", "violation": "advertising"}, headers=AGENT)
    assert report.status_code == 201 and report.json()["violation"] == "advertising"
    ticket = filed.json()["ticket"]
    edited = client.patch(f"/api/complaints/{ticket}", json={"subcategory": "cosmetics"}, headers=AGENT)
    assert edited.status_code == 200 and edited.json()["subcategory"] == "cosmetics"
    history = client.get(f"/api/complaints/{ticket}/audit", headers=AGENT).json()
    assert history[-1]["changes"]["subcategory"] == ["health_food", "cosmetics"]


def test_edit_refuses_a_violation_on_a_complaint(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        c = create_complaint(s, ComplaintCreate(category="quality"), "a", centre="bj", today=DAY)
        with pytest.raises(WorkflowError, match="only with a report"):
            edit_complaint(s, c, ComplaintEdit(violation="price"), "a")


TICKETS = iter(range(10**6))


def add(sessions: sessionmaker[Session], day: date, n: int, **fields: str) -> None:
    with sessions.begin() as s:
        for _ in range(n):
            s.add(Complaint(ticket=f"T{next(TICKETS):09d}", received_on=day, centre="bj", region="110000",
                            **{"kind": "complaint", **fields}))


def test_statistics_by_classification(sessions: sessionmaker[Session]) -> None:
    add(sessions, DAY, 2, category="food", subcategory="health_food", problem="false_advertising")
    add(sessions, DAY, 1, category="food")  # the agent picked nothing: the IVR choice says goods
    add(sessions, DAY, 1, category="prices")  # the IVR choice says the problem is the price
    add(sessions, DAY, 3, category="drugs", kind="report", violation="advertising")
    add(sessions, DAY, 1, category="drugs", kind="report")  # the IVR choice's kind of violation
    rows = complaint_counts(sessions(), DAY, DAY, by=["object_class", "subcategory"])
    assert rows == [{"object_class": "", "subcategory": "", "count": 1},
                    {"object_class": "goods", "subcategory": "", "count": 5},
                    {"object_class": "goods", "subcategory": "health_food", "count": 2}]
    problems = complaint_counts(sessions(), DAY, DAY, kind="complaint", by=["problem"])
    assert problems == [{"problem": "", "count": 1}, {"problem": "false_advertising", "count": 2},
                        {"problem": "price", "count": 1}]
    violations = complaint_counts(sessions(), DAY, DAY, kind="report", by=["violation"])
    assert violations == [{"violation": "advertising", "count": 3}, {"violation": "drugs_devices", "count": 1}]


def test_early_warning_by_subcategory(client: TestClient, sessions: sessionmaker[Session]) -> None:
    today = DAY + timedelta(days=28)
    for n in range(28):  # a steady baseline: one health-food and one cosmetics complaint a day
        add(sessions, DAY + timedelta(days=n), 1, category="food", subcategory="health_food")
        add(sessions, DAY + timedelta(days=n), 1, category="drugs", subcategory="cosmetics")
    add(sessions, today, 12, category="food", subcategory="health_food")  # a surge of one subcategory
    add(sessions, today, 1, category="drugs", subcategory="cosmetics")
    by_sub = detect(sessions(), today, by="subcategory")
    assert [(a.category, a.region, a.count, a.by) for a in by_sub] == [("health_food", "110000", 12, "subcategory")]
    with pytest.raises(ValueError, match="early warning groups by"):
        detect(sessions(), today, by="caller")
    url = f"/api/alerts/classified?by=subcategory&day={today.isoformat()}"
    assert client.get(url, headers=AGENT).status_code == 403
    assert client.get(url + "&centre=bj", headers=SH_SUP).status_code == 404
    assert client.get(url, headers=SH_SUP).json() == []  # another centre's complaints are not theirs
    found = client.get(url, headers=BJ_SUP).json()
    assert [(a["category"], a["count"], a["by"]) for a in found] == [("health_food", 12, "subcategory")]
    assert client.get(url.replace("subcategory", "caller", 1), headers=BJ_SUP).status_code == 422
