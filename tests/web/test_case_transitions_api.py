"""The case page's transitions over the API: what each role may do from each state, the refusal
ground that a rejection needs, the identity that acceptance needs under Order No. 121, refusals
as messages in both languages, centre scoping (401/403/404) and the audit trail."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from ivr.settings import Settings
from tests.web.cases import complaint_row, file_complaint
from tests.web.conftest import login


def actions(client: TestClient, ticket: str) -> list[str]:
    reply = client.get(f"/api/complaints/{ticket}/transitions")
    assert reply.status_code == 200, reply.text
    return [a["action"] for a in reply.json()["actions"]]


def test_a_supervisor_accepts_with_identity_and_ends_mediation(
    client: TestClient, web_settings: Settings, add_user: Callable[..., str]
) -> None:
    add_user("sue", "supervisor", "bj")
    ticket = file_complaint(web_settings)
    assert client.get(f"/api/complaints/{ticket}/transitions").status_code == 401
    login(client, "sue")
    listed = client.get(f"/api/complaints/{ticket}/transitions").json()
    assert listed["rule_set"] == "samr-121" and listed["status"] == "registered"
    by_action = {a["action"]: a for a in listed["actions"]}
    assert set(by_action) == {"accept", "reject"}
    assert by_action["accept"]["needs_identity"] and not by_action["accept"]["needs_ground"]
    assert by_action["reject"]["needs_ground"] and "outside_duty" in [g["code"] for g in by_action["reject"]["grounds"]]

    refused = client.post(f"/api/complaints/{ticket}/transitions", json={"action": "accept"})
    assert refused.status_code == 409
    assert refused.json()["detail"]["zh"].startswith("受理前须核验投诉人身份")
    assert refused.json()["detail"]["en"].startswith("the complainant's identity must be verified")
    assert complaint_row(web_settings, ticket)[0].status == "registered"

    done = client.post(f"/api/complaints/{ticket}/transitions",
                       json={"action": "accept", "identity_verified": True, "note": "电话核验"})
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "accepted" and done.json()["next_deadline"]["what"] == "mediation_ends"
    assert actions(client, ticket) == ["mediate_agree", "mediate_fail"]
    again = client.post(f"/api/complaints/{ticket}/transitions", json={"action": "accept"})
    assert again.status_code == 409 and again.json()["detail"]["code"] == "transition_not_allowed"
    assert "已受理" in again.json()["detail"]["zh"]

    client.post(f"/api/complaints/{ticket}/transitions", json={"action": "mediate_fail", "note": "双方未达成协议"})
    row, audit = complaint_row(web_settings, ticket)
    assert row.status == "mediation_failed" and row.identity_verified is True
    assert [(a.action, a.actor) for a in audit] == [("create", "ann"), ("edit", "sue"), ("accept", "sue"),
                                                    ("mediate_fail", "sue")]
    assert audit[2].changes["note"] == "电话核验" and audit[3].changes["note"] == "双方未达成协议"
    assert actions(client, ticket) == []


def test_a_rejection_needs_a_ground_from_the_rule_set(
    client: TestClient, web_settings: Settings, add_user: Callable[..., str]
) -> None:
    add_user("sue", "supervisor", "bj")
    ticket = file_complaint(web_settings)
    login(client, "sue")
    url = f"/api/complaints/{ticket}/transitions"
    missing = client.post(url, json={"action": "reject"})
    assert missing.status_code == 422 and missing.json()["detail"]["code"] == "ground_required"
    assert missing.json()["detail"]["zh"] == "不予受理须选择理由"
    unknown = client.post(url, json={"action": "reject", "ground": "no_such_ground"})
    assert unknown.status_code == 409 and unknown.json()["detail"]["zh"] == "不予受理理由无效"
    assert complaint_row(web_settings, ticket)[0].status == "registered"
    done = client.post(url, json={"action": "reject", "ground": "time_barred"})
    assert done.status_code == 200 and done.json()["status"] == "rejected"
    row, audit = complaint_row(web_settings, ticket)
    assert row.refusal_ground == "time_barred" and audit[-1].changes["refusal_ground"] == [None, "time_barred"]
    ground_only = client.post(url, json={"action": "accept", "ground": "time_barred"})
    assert ground_only.status_code == 409  # rejected is closed: nothing more to do


def test_agents_answer_consultations_only_and_other_centres_see_nothing(
    client: TestClient, web_settings: Settings, add_user: Callable[..., str]
) -> None:
    add_user("ann", "agent", "bj")
    add_user("sam", "supervisor", "sh")
    complaint = file_complaint(web_settings)
    question = file_complaint(web_settings, kind="consultation")
    login(client, "ann")
    assert actions(client, complaint) == []
    refused = client.post(f"/api/complaints/{complaint}/transitions", json={"action": "accept"})
    assert refused.status_code == 403 and refused.json()["detail"]["zh"] == "角色 agent 不能执行 accept"
    assert actions(client, question) == ["answer"]
    assert client.post(f"/api/complaints/{question}/transitions", json={"action": "answer"}).json()["status"] \
        == "answered"
    client.post("/api/auth/logout")
    login(client, "sam")
    assert client.get(f"/api/complaints/{complaint}/transitions").status_code == 404
    assert client.post(f"/api/complaints/{complaint}/transitions", json={"action": "reject",
                                                                        "ground": "time_barred"}).status_code == 404
    assert complaint_row(web_settings, complaint)[0].status == "registered"


def test_an_agent_cannot_verify_identity_on_a_complaint_filed_by_someone_else(
    client: TestClient, web_settings: Settings, add_user: Callable[..., str]
) -> None:
    add_user("bob", "agent", "bj")
    ticket = file_complaint(web_settings, kind="consultation", actor="ann")
    login(client, "bob")
    refused = client.post(f"/api/complaints/{ticket}/transitions", json={"action": "answer",
                                                                        "identity_verified": True})
    assert refused.status_code == 403 and refused.json()["detail"]["en"] == "agents edit only the complaints they filed"
    row, audit = complaint_row(web_settings, ticket)
    assert row.status == "registered" and row.identity_verified is None and len(audit) == 1
