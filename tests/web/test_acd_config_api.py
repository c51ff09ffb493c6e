"""ACD configuration API: refusals, validation, diff, publish, rollback, audit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from queueing.centres import SHIPPED_CENTRES
from queueing.routing import route
from records.db import make_engine, session_factory, session_scope
from tests.web.conftest import bearer, login

FOOD_TO_NATIONAL = """
  - name: food complaints to the national centre
    match: {category: food}
    centre: cn
"""


def shipped() -> str:
    return SHIPPED_CENTRES.read_text(encoding="utf-8")


def draft() -> str:
    return shipped().rstrip("\n") + "\n" + FOOD_TO_NATIONAL


def versions(client: TestClient) -> list[tuple[int, bool]]:
    reply = client.get("/api/acd-config")
    assert reply.status_code == 200, reply.text
    return [(v["number"], v["published"]) for v in reply.json()["versions"]]


def audit_actions(client: TestClient) -> list[tuple[str, str, str | None]]:
    from ivr.web.audit import recent_audit

    settings = client.app.state.settings  # type: ignore[attr-defined]
    engine = make_engine(settings.effective_database_url)
    try:
        with session_scope(session_factory(engine)) as session:
            return [(r["actor"], r["action"], r["object"]) for r in recent_audit(session)
                    if r["action"].startswith("acd.")]
    finally:
        engine.dispose()


def test_no_session_is_refused(client: TestClient) -> None:
    assert client.get("/api/acd-config").status_code == 401
    for path in ("validate", "diff", "publish"):
        assert client.post(f"/api/acd-config/{path}", json={"text": draft(), "comment": "x"}).status_code == 401
    assert client.post("/api/acd-config/rollback", json={"number": 1}).status_code == 401


@pytest.mark.parametrize("role", ["agent", "supervisor"])
def test_only_administrators_change_it(client: TestClient, add_user: Callable[..., str], role: str) -> None:
    add_user("someone", role, "bj")
    headers = bearer(client, "someone")
    reading = client.get("/api/acd-config", headers=headers)
    assert reading.status_code == (200 if role == "supervisor" else 403)
    for path, body in (("validate", {"text": draft()}), ("diff", {"text": draft()}),
                       ("publish", {"text": draft(), "comment": "x"}), ("rollback", {"number": 1})):
        assert client.post(f"/api/acd-config/{path}", json=body, headers=headers).status_code == 403, path
    add_user("root", "admin")
    reply = client.get("/api/acd-config", headers=bearer(client, "root"))
    assert [v["number"] for v in reply.json()["versions"]] == [1]  # nothing was published


def test_publish_needs_the_csrf_token_with_a_cookie(client: TestClient, add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    login(client, "root")
    reply = client.post("/api/acd-config/publish", json={"text": draft(), "comment": "x"},
                        headers={"X-CSRF-Token": "wrong"})
    assert reply.status_code == 403
    assert versions(client) == [(1, True)]


def test_current_text_and_versions(admin_client: TestClient) -> None:
    reply = admin_client.get("/api/acd-config").json()
    assert reply["number"] == 1 and reply["text"] == shipped()
    assert reply["versions"][0]["author"] == "system"
    assert admin_client.get("/api/acd-config/versions/1").json()["text"] == shipped()
    assert admin_client.get("/api/acd-config/versions/5").status_code == 404


@pytest.mark.parametrize(("text", "expected"), [
    ("defaults: {hours: [unclosed", "not valid YAML"),
    (shipped().replace("overflow: [cn]", "overflow: [nowhere]"), "overflow to unknown centre 'nowhere'"),
    (shipped().replace('open: "08:30"', 'open: "8.30"'), "HH:MM"),
])
def test_invalid_configuration_is_refused_and_nothing_changes(
        admin_client: TestClient, text: str, expected: str) -> None:
    checked = admin_client.post("/api/acd-config/validate", json={"text": text}).json()
    assert checked["ok"] is False and expected in checked["errors"][0]
    reply = admin_client.post("/api/acd-config/publish", json={"text": text, "comment": "broken"})
    assert reply.status_code == 422
    detail: dict[str, Any] = reply.json()["detail"]
    assert expected in detail["errors"][0] and "errors" in detail["message"]
    assert versions(admin_client) == [(1, True)]
    assert admin_client.get("/api/acd-config").json()["text"] == shipped()
    assert audit_actions(admin_client) == []


def test_oversize_and_empty_comment_are_refused(admin_client: TestClient) -> None:
    big = "# " + "x" * (300 * 1024)
    assert admin_client.post("/api/acd-config/validate", json={"text": big}).status_code == 422
    assert admin_client.post("/api/acd-config/publish", json={"text": draft(), "comment": ""}).status_code == 422
    assert versions(admin_client) == [(1, True)]


def test_validate_diff_publish_rollback(admin_client: TestClient) -> None:
    assert admin_client.post("/api/acd-config/validate", json={"text": draft()}).json() == {"ok": True, "errors": []}
    diff = admin_client.post("/api/acd-config/diff", json={"text": draft()}).json()["diff"]
    assert "+    centre: cn" in diff and "published/centres.yaml" in diff

    published = admin_client.post("/api/acd-config/publish", json={"text": draft(), "comment": "food to cn"})
    assert published.status_code == 200, published.text
    assert published.json()["number"] == 2 and published.json()["author"] == "root"
    assert versions(admin_client) == [(1, False), (2, True)]
    assert admin_client.get("/api/acd-config").json()["text"] == draft()
    # the web's own ACD view (dashboard, agent console) follows the publish
    web = admin_client.app.state.web  # type: ignore[attr-defined]
    assert route({"region": "11", "category": "food"}, "12315", web.extras["acd_store"].config).centre == "cn"

    assert admin_client.post("/api/acd-config/rollback", json={"number": 9}).status_code == 404
    back = admin_client.post("/api/acd-config/rollback", json={"number": 1})
    assert back.status_code == 200 and back.json()["number"] == 3
    assert admin_client.get("/api/acd-config").json()["text"] == shipped()
    assert route({"region": "11", "category": "food"}, "12315", web.extras["acd_store"].config).centre == "bj"
    assert audit_actions(admin_client) == [("root", "acd.rollback", "acd-config:3"),
                                           ("root", "acd.publish", "acd-config:2")]
