"""The clocks API: pause and resume, the report extension and the owed notifications, by role and centre."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ivr.web.clocks_api import clocks_router
from ivr.web.records_api import complaints_router
from records.models import AuditLog, ClockPause
from tests.records.webapp import as_user, beijing_today, client_for, header_user

AGENT = as_user("bj-007:agent:bj")
BJ_SUP = as_user("bj-boss:supervisor:bj")
SH_SUP = as_user("sh-boss:supervisor:sh")
NATIONAL = as_user("root:admin:cn")


@pytest.fixture
def client(sessions: sessionmaker[Session], tmp_path: Path) -> TestClient:
    return client_for([complaints_router(header_user), clocks_router(header_user)], sessions, tmp_path)


def file(client: TestClient, kind: str) -> str:
    reply = client.post("/api/complaints", json={"kind": kind, "identity_verified": True,
                                                 "business_name": f"某店{kind}"}, headers=AGENT)
    assert reply.status_code == 201, reply.text
    return str(reply.json()["ticket"])


def move(client: TestClient, ticket: str, action: str) -> None:
    reply = client.post(f"/api/complaints/{ticket}/transitions", json={"action": action}, headers=BJ_SUP)
    assert reply.status_code == 200, reply.text


def test_pause_and_resume_by_role_and_centre(client: TestClient, sessions: sessionmaker[Session]) -> None:
    ticket = file(client, "complaint")
    url = f"/api/complaints/{ticket}/clock/pause"
    assert client.post(url, json={"reason": "testing"}, headers=BJ_SUP).status_code == 409  # not accepted yet
    move(client, ticket, "accept")
    before = client.get(f"/api/complaints/{ticket}/clocks", headers=AGENT).json()
    assert before["mediation_due"] and not before["paused"] and before["periods"]["mediation"]["pausable"]

    assert client.post(url, json={"reason": "testing"}).status_code == 401
    assert client.post(url, json={"reason": "testing"}, headers=AGENT).status_code == 403
    assert client.post(url, json={"reason": "testing"}, headers=SH_SUP).status_code == 404
    assert client.post(url, json={"reason": "lunch"}, headers=BJ_SUP).status_code == 422
    future = (beijing_today() + timedelta(days=1)).isoformat()
    late = client.post(url, json={"reason": "testing", "on": future}, headers=BJ_SUP)
    assert late.status_code == 422 and "later than today" in late.text

    paused = client.post(url, json={"reason": "appraisal", "note": "送检"}, headers=BJ_SUP)
    assert paused.status_code == 200, paused.text
    body = paused.json()
    assert body["paused"] and body["due"] is None and body["clocks"]["paused"]
    assert body["complaint"]["mediation_due"] is None
    again = client.post(url, json={"reason": "testing"}, headers=BJ_SUP)
    assert again.status_code == 409 and "already paused" in again.text

    resume = f"/api/complaints/{ticket}/clock/resume"
    assert client.post(resume, json={}, headers=AGENT).status_code == 403
    assert client.post(resume, json={}, headers=SH_SUP).status_code == 404
    resumed = client.post(resume, json={}, headers=NATIONAL)
    assert resumed.status_code == 200, resumed.text
    # paused and resumed the same day: no day was taken out, the due date is the one from before
    assert resumed.json()["due"] == before["mediation_due"]
    assert [p["reason"] for p in resumed.json()["clocks"]["pauses"]] == ["appraisal"]
    assert client.post(resume, json={}, headers=BJ_SUP).status_code == 409

    with sessions.begin() as s:
        rows = s.scalars(select(ClockPause)).all()
        assert [(r.reason, r.started_by, r.ended_by) for r in rows] == [("appraisal", "bj-boss", "root")]
        logged = s.scalars(select(AuditLog).where(AuditLog.object == f"complaint:{ticket}")
                           .order_by(AuditLog.id)).all()
        assert [(a.actor, a.action) for a in logged] == [
            ("bj-boss", "complaint.clock.pause"), ("root", "complaint.clock.resume")]
        assert logged[0].detail["note"] == "送检"
    actions = [h["action"] for h in client.get(f"/api/complaints/{ticket}/audit", headers=AGENT).json()]
    assert actions[-2:] == ["pause", "resume"]


def test_report_extension_needs_an_approver_and_a_supervisor(client: TestClient) -> None:
    ticket = file(client, "report")
    url = f"/api/complaints/{ticket}/extension"
    before = client.get(f"/api/complaints/{ticket}/clocks", headers=AGENT).json()
    assert before["extension"] is None and before["periods"]["verify"]["extension"] == 15
    assert client.post(url, json={"approved_by": "局长"}).status_code == 401
    assert client.post(url, json={"approved_by": "局长"}, headers=AGENT).status_code == 403
    assert client.post(url, json={"approved_by": "局长"}, headers=SH_SUP).status_code == 404
    assert client.post(url, json={"approved_by": ""}, headers=BJ_SUP).status_code == 409
    assert client.post(url, json={"approved_by": "   "}, headers=BJ_SUP).status_code == 409
    done = client.post(url, json={"approved_by": "局长 王"}, headers=BJ_SUP)
    assert done.status_code == 200, done.text
    after = done.json()["clocks"]
    assert after["extension"] == {"approved_by": "局长 王", "on": beijing_today().isoformat()}
    assert after["verify_due"] > before["verify_due"]
    assert client.post(url, json={"approved_by": "x"}, headers=BJ_SUP).status_code == 409
    complaint = file(client, "complaint")
    refused = client.post(f"/api/complaints/{complaint}/extension", json={"approved_by": "x"}, headers=BJ_SUP)
    assert refused.status_code == 409 and "only a report" in refused.text


def test_owed_notification_recorded_once_with_its_deadline(client: TestClient) -> None:
    ticket = file(client, "complaint")
    url = f"/api/complaints/{ticket}/notices"
    body = {"what": "mediation_end_notice"}
    assert client.post(url, json=body, headers=BJ_SUP).status_code == 409  # nothing owed yet
    move(client, ticket, "accept")
    move(client, ticket, "mediate_fail")
    owed = client.get(f"/api/complaints/{ticket}/clocks", headers=AGENT).json()["notice"]
    assert owed["what"] == "mediation_end_notice" and owed["sent_on"] is None
    assert owed["due"] > beijing_today().isoformat()
    assert client.post(url, json=body).status_code == 401
    assert client.post(url, json=body, headers=AGENT).status_code == 403
    assert client.post(url, json=body, headers=SH_SUP).status_code == 404
    assert client.post(url, json={"what": "a letter"}, headers=BJ_SUP).status_code == 422
    wrong = client.post(url, json={"what": "report_outcome_notice"}, headers=BJ_SUP)
    assert wrong.status_code == 409 and "owed: mediation_end_notice" in wrong.text
    sent = client.post(url, json=body, headers=BJ_SUP)
    assert sent.status_code == 200, sent.text
    assert sent.json()["late"] is False and sent.json()["due"] == owed["due"]
    assert sent.json()["clocks"]["notice"]["sent_on"] == beijing_today().isoformat()
    assert client.post(url, json=body, headers=BJ_SUP).status_code == 409  # once
