"""Complaint form API, workflow by role, deadlines, progress by phone, reports and early warning."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from ivr.web.records_api import alerts_router, complaints_router
from records.alerts import check_series, detect
from records.apply import apply_event
from records.complaints import ComplaintCreate, create_complaint, end_expired_mediations, transition
from records.events import parse_entry
from records.models import Complaint
from records.progress import CaseStatusService
from records.rules.clocks import due_date
from records.rules.rulesets import rules_for
from records.tickets import make_ticket, valid_ticket
from records.workdays import china_calendar
from tests.records.streamdata import call_events
from tests.records.webapp import as_user, beijing_today, client_for, header_user


def load_call(sessions: sessionmaker[Session], call_id: str) -> None:
    with sessions.begin() as s:
        for n, fields in enumerate(call_events(call_id)):
            apply_event(s, parse_entry(f"{call_id}-{n}", fields), "k")


@pytest.fixture
def client(sessions: sessionmaker[Session], tmp_path: Path) -> TestClient:
    load_call(sessions, "c-1")
    return client_for([complaints_router(header_user), alerts_router(header_user)], sessions, tmp_path)


AGENT = as_user("bj-007:agent:bj")
OTHER_AGENT = as_user("bj-003:agent:bj")
BJ_SUP = as_user("bj-boss:supervisor:bj")
SH_SUP = as_user("sh-boss:supervisor:sh")
NATIONAL = as_user("root:admin:cn")


def test_agent_files_complaint_from_call_with_department_and_deadline(client: TestClient) -> None:
    assert client.get("/api/calls/c-1/prefill").status_code == 401
    assert client.get("/api/calls/c-1/prefill", headers=SH_SUP).status_code == 404
    pre = client.get("/api/calls/c-1/prefill", headers=AGENT).json()
    assert pre["category"] == "food" and pre["region"] == "110000" and "caller_hash" not in pre

    body = {"call_id": "c-1", "business_name": "某超市", "business_division": "110108"}
    assert client.post("/api/complaints", json=body, headers=OTHER_AGENT).status_code == 403
    assert client.post("/api/complaints", json=body, headers=SH_SUP).status_code == 404
    reply = client.post("/api/complaints", json=body, headers=AGENT)
    assert reply.status_code == 201, reply.text
    c = reply.json()
    assert valid_ticket(c["ticket"]) and c["ticket"].startswith(f"{beijing_today():%y%m%d}")
    assert (c["kind"], c["category"], c["centre"], c["department_code"]) == ("complaint", "food", "bj", "110108")
    assert c["transcript"] == "买的牛奶过期了" and c["caller_masked"] == "138******78"
    assert c["accept_due"] == china_calendar().add_working_days(beijing_today(), 7).isoformat()
    assert c["next_deadline"]["what"] == "accept_or_reject" and c["statement_recording"] == "c-1"


def test_edit_workflow_roles_scope_and_audit(client: TestClient) -> None:
    ticket = client.post("/api/complaints", json={"call_id": "c-1", "business_division": "110108"},
                         headers=AGENT).json()["ticket"]
    url = f"/api/complaints/{ticket}"
    bad = client.patch(url, json={"business_division": "11010x"}, headers=AGENT)
    assert bad.status_code == 422
    edited = client.patch(url, json={"online_platform": True, "platform_division": "330108", "identity_verified": True},
                          headers=AGENT)
    assert edited.json()["department_code"] == "330108"
    assert client.patch(url, json={"summary": "x"}, headers=OTHER_AGENT).status_code == 403
    assert client.post(f"{url}/transitions", json={"action": "accept"}, headers=AGENT).status_code == 403
    assert client.get(url, headers=SH_SUP).status_code == 404
    assert client.post(f"{url}/transitions", json={"action": "accept"}, headers=SH_SUP).status_code == 404
    accepted = client.post(f"{url}/transitions", json={"action": "accept"}, headers=BJ_SUP).json()
    assert accepted["status"] == "accepted"
    mediation = rules_for(beijing_today()).clock("mediation")
    assert mediation is not None
    expected = due_date(mediation, beijing_today(), china_calendar()).day
    assert expected is not None and accepted["mediation_due"] == expected.isoformat()
    assert client.post(f"{url}/transitions", json={"action": "accept"}, headers=BJ_SUP).status_code == 409
    done = client.post(f"{url}/transitions", json={"action": "mediate_agree"}, headers=NATIONAL).json()
    assert done["status"] == "mediated" and done["next_deadline"] is None
    assert client.patch(url, json={"summary": "late"}, headers=BJ_SUP).status_code == 409
    audit = client.get(f"{url}/audit", headers=BJ_SUP).json()
    assert [a["action"] for a in audit] == ["create", "edit", "accept", "mediate_agree"]
    assert audit[1]["changes"]["department_code"] == ["110108", "330108"] and audit[3]["actor"] == "root"
    listed = client.get("/api/complaints", headers=SH_SUP).json()
    assert listed == [] and len(client.get("/api/complaints", headers=NATIONAL).json()) == 1


def test_report_and_consultation_workflows(sessions: sessionmaker[Session]) -> None:
    day = date(2026, 9, 30)
    with sessions.begin() as s:
        report = create_complaint(s, ComplaintCreate(kind="report", business_division="440305"), "a",
                                  centre="gd", today=day)
        assert report.verify_due == date(2026, 10, 27) and report.accept_due is None
        consult = create_complaint(s, ComplaintCreate(kind="consultation"), "a", centre="gd", today=day)
        assert transition(s, consult, "answer", actor="a", role="agent", today=day).status == "answered"
        complaint = create_complaint(s, ComplaintCreate(identity_verified=True), "a", centre="gd", today=day)
        assert complaint.department_code is None and "unknown" in (complaint.jurisdiction_reason or "")
        assert complaint.rule_set == "samr-121"
        transition(s, complaint, "accept", actor="b", role="supervisor", today=day)
        assert complaint.mediation_due == date(2026, 11, 29)  # Order No. 121: 60 days after acceptance
        due = complaint.mediation_due
        assert due is not None
        assert end_expired_mediations(s, due) == []
        assert end_expired_mediations(s, due + timedelta(days=1)) == [complaint.ticket]
        assert complaint.status == "mediation_failed"


async def test_progress_by_phone(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        c = create_complaint(s, ComplaintCreate(business_division="110108"), "a", centre="bj",
                             today=date(2025, 1, 24))
        ticket = c.ticket
    service = CaseStatusService(sessions)
    zh = await service.case_status(ticket, "zh")
    assert zh is not None and ticket in zh and "2025年2月10日" in zh and "已登记" in zh
    en = await service.case_status(ticket, "en")
    assert en is not None and "10 February 2025" in en and " ".join(ticket) in en
    wrong_digit = ticket[:-1] + str((int(ticket[-1]) + 1) % 10)
    assert await service.case_status(wrong_digit, "zh") is None
    assert await service.case_status(make_ticket(date(2025, 1, 24), 999), "zh") is None
    assert await service.case_status("1; DROP TABLE complaints", "zh") is None


def test_centre_and_complaint_reports(client: TestClient, sessions: sessionmaker[Session]) -> None:
    client.post("/api/complaints", json={"call_id": "c-1"}, headers=AGENT)
    rows = client.get("/api/reports/centres?start=2026-03-02&end=2026-03-02", headers=BJ_SUP).json()
    assert rows == [{"centre": "bj", "day": "2026-03-02", "offered": 1, "answered": 1, "abandoned": 0,
                     "overflowed": 0, "service_level": 1.0, "asa_seconds": 12.5, "aht_seconds": 178.0}]
    csv = client.get("/api/reports/centres?start=2026-03-02&end=2026-03-02&format=csv", headers=BJ_SUP)
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text.splitlines()[1].startswith("bj,2026-03-02,1,1,0,0,1.0,12.5,178.0")
    assert client.get("/api/reports/centres", headers=AGENT).status_code == 403
    assert client.get("/api/reports/centres?centre=bj", headers=SH_SUP).status_code == 404
    counts = client.get("/api/reports/complaints?by=category,region", headers=BJ_SUP).json()
    assert counts == [{"category": "food", "region": "110000", "count": 1}]
    assert client.get("/api/reports/complaints?by=caller", headers=BJ_SUP).status_code == 422
    text = client.get("/api/reports/complaints?format=csv", headers=NATIONAL).text
    assert text.splitlines() == ["category,region,day,count", f"food,110000,{beijing_today().isoformat()},1"]


def _add_complaints(sessions: sessionmaker[Session], day: date, category: str, region: str, n: int) -> None:
    with sessions.begin() as s:
        for i in range(n):
            s.add(Complaint(ticket=f"{category[:2]}{region}{day:%m%d}{i:02d}"[:16], kind="complaint",
                            category=category, region=region, centre="bj", received_on=day))


def test_early_warning_fires_on_a_synthetic_surge_only(client: TestClient, sessions: sessionmaker[Session]) -> None:
    rng = random.Random(12315)
    today = date(2026, 6, 1)
    for back in range(1, 29):
        day = today - timedelta(days=back)
        _add_complaints(sessions, day, "food", "110105", rng.randint(1, 4))
        _add_complaints(sessions, day, "phone", "110108", rng.randint(2, 6))
    _add_complaints(sessions, today, "food", "110105", 18)  # the surge
    _add_complaints(sessions, today, "phone", "110108", 6)  # an ordinary busy day
    with sessions() as s:
        found = detect(s, today)
    assert [(a.category, a.region, a.count) for a in found] == [("food", "110105", 18)]
    assert found[0].count > found[0].threshold > found[0].baseline_mean
    via_api = client.get(f"/api/alerts?day={today}", headers=BJ_SUP).json()
    assert [(a["category"], a["count"]) for a in via_api] == [("food", 18)]
    assert client.get(f"/api/alerts?day={today}", headers=SH_SUP).json() == []
    assert client.get("/api/alerts", headers=AGENT).status_code == 403
    with sessions() as s:
        assert detect(s, today - timedelta(days=1)) == []


@pytest.mark.parametrize(("history", "today", "fires"), [
    ([0.0] * 28, 4, False),  # below the minimum count
    ([0.0] * 28, 6, True),
    ([10.0] * 28, 15, False),  # within sqrt-of-mean noise
    ([10.0] * 28, 25, True),
    ([1.0, 30.0] * 14, 25, False),  # a volatile series has a wide band
])
def test_check_series(history: list[float], today: float, fires: bool) -> None:
    assert check_series(history, today)[0] is fires
