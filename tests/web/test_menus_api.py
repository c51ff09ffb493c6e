"""Menu administration API against the real menu store, validator and console engine."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

MENU = "12315.yaml"


def published(client: TestClient) -> dict[str, Any]:
    reply = client.get("/api/menus/published")
    assert reply.status_code == 200, reply.text
    return dict(reply.json())


def test_versions_start_with_the_shipped_menus(admin_client: TestClient) -> None:
    versions = admin_client.get("/api/menus/versions").json()
    assert [(v["number"], v["published"]) for v in versions] == [(1, True)]
    pub = published(admin_client)
    assert pub["number"] == 1 and MENU in pub["files"] and "welcome:" in pub["files"][MENU]
    assert admin_client.get("/api/menus/versions/1").json()["files"] == pub["files"]
    assert admin_client.get("/api/menus/versions/99").status_code == 404


def test_validate_reports_errors_with_line_and_node(admin_client: TestClient) -> None:
    files = published(admin_client)["files"]
    assert admin_client.post("/api/menus/validate", json={"files": files}).json() == {"ok": True, "errors": []}
    broken = files[MENU].replace("otherwise: service_menu", "otherwise: no_such_node")
    result = admin_client.post("/api/menus/validate", json={"files": {MENU: broken}}).json()
    assert result["ok"] is False
    error = result["errors"][0]
    assert error["file"] == MENU and error["node"] == "hours_check" and error["line"] > 1
    assert "no_such_node" in error["message"]
    not_yaml = admin_client.post("/api/menus/validate", json={"files": {MENU: "menu: [unclosed"}}).json()
    assert not_yaml["ok"] is False and not_yaml["errors"][0]["file"] == MENU


@pytest.mark.parametrize("name", ["../evil.yaml", "a/b.yaml", "menu.txt", ".hidden.yaml"])
def test_bad_file_names_are_refused(admin_client: TestClient, name: str) -> None:
    files = published(admin_client)["files"]
    for url in ("/api/menus/validate", "/api/menus/diff", "/api/menus/publish"):
        reply = admin_client.post(url, json={"files": {name: files[MENU]}, "comment": "x"})
        assert reply.status_code == 422, (url, reply.text)
    assert len(admin_client.get("/api/menus/versions").json()) == 1


def test_oversize_menu_is_refused(admin_client: TestClient) -> None:
    big = "# " + "x" * (300 * 1024)
    reply = admin_client.post("/api/menus/validate", json={"files": {MENU: big}})
    assert reply.status_code == 422 and "KiB" in reply.json()["detail"]["message"]


def test_diff_against_published(admin_client: TestClient) -> None:
    files = published(admin_client)["files"]
    changed = files[MENU].replace("timeout: 4", "timeout: 5", 1)
    diff = admin_client.post("/api/menus/diff", json={"files": {MENU: changed}}).json()["diff"]
    assert "-    timeout: 4" in diff and "+    timeout: 5" in diff and f"published/{MENU}" in diff
    assert admin_client.post("/api/menus/diff", json={"files": files}).json()["diff"] == ""


def test_try_a_draft_by_scripted_input(admin_client: TestClient) -> None:
    files = published(admin_client)["files"]
    draft = {MENU: files[MENU].replace("欢迎致电全国12315", "草稿问候：欢迎致电全国12315")}
    result = admin_client.post("/api/menus/try", json={"files": draft, "inputs": ["1", "hangup"]}).json()
    assert result["heard"][0].startswith("草稿问候") and result["menu_version"] == "draft"
    assert result["path"][:2] == ["emergency_check", "welcome"]
    # The published menu is untouched by a try.
    assert "草稿问候" not in published(admin_client)["files"][MENU]
    broken = admin_client.post("/api/menus/try", json={"files": {MENU: "menu: x"}, "inputs": []})
    assert broken.status_code == 422 and broken.json()["detail"]["errors"]
    injected = admin_client.post("/api/menus/try", json={"files": files, "dnis": "12315;rm"})
    assert injected.status_code == 422


def test_publish_refuses_a_broken_menu_and_keeps_the_old(admin_client: TestClient) -> None:
    files = published(admin_client)["files"]
    broken = files[MENU].replace("prompt: welcome", "prompt: no_such_prompt", 1)
    reply = admin_client.post("/api/menus/publish", json={"files": {MENU: broken}, "comment": "oops"})
    assert reply.status_code == 422
    assert any("no_such_prompt" in e["message"] for e in reply.json()["detail"]["errors"])
    assert published(admin_client)["number"] == 1
    missing_comment = admin_client.post("/api/menus/publish", json={"files": files, "comment": ""})
    assert missing_comment.status_code == 422


def test_publish_then_roll_back_in_one_step(admin_client: TestClient) -> None:
    original = published(admin_client)["files"]
    changed = {MENU: original[MENU].replace("timeout: 4", "timeout: 5", 1)}
    v2 = admin_client.post("/api/menus/publish", json={"files": changed, "comment": "slower welcome"}).json()
    assert v2["number"] == 2 and v2["published"] is True and v2["author"] == "root"
    assert published(admin_client)["files"] == changed
    v3 = admin_client.post("/api/menus/rollback", json={"number": 1}).json()
    assert v3["number"] == 3 and v3["published"]
    assert published(admin_client)["files"] == original
    versions = admin_client.get("/api/menus/versions").json()
    assert [v["number"] for v in versions] == [1, 2, 3] and [v["published"] for v in versions] == [False, False, True]
    assert admin_client.post("/api/menus/rollback", json={"number": 42}).status_code == 404
    actions = [(a["action"], a["object"]) for a in admin_client.get("/api/audit").json()]
    assert ("menu.publish", "menu:2") in actions and ("menu.rollback", "menu:3") in actions


def test_publish_announces_the_version_on_redis(admin_client: TestClient) -> None:
    import redis as redis_sync

    settings = admin_client.app.state.web.settings  # type: ignore[attr-defined]
    sync = redis_sync.Redis.from_url(str(settings.redis_url))
    listener = sync.pubsub()
    listener.subscribe("ivr:menus:publish")
    assert listener.get_message(timeout=5)["type"] == "subscribe"  # type: ignore[index]
    files = published(admin_client)["files"]
    files[MENU] += "\n# one more comment\n"
    admin_client.post("/api/menus/publish", json={"files": files, "comment": "a comment line"})
    message = listener.get_message(timeout=5)
    assert message is not None and message["data"] == b"2"  # what every FastAGI worker hears
    listener.close()
    assert sync.get("ivr:menus:published") == b"2"
    assert sync.hget("ivr:menus:v:2", MENU) == files[MENU].encode()


def test_upload_menu_file(admin_client: TestClient) -> None:
    text = published(admin_client)["files"][MENU]
    ok = admin_client.post("/api/menus/upload", files={"file": (MENU, text.encode(), "application/yaml")}).json()
    assert ok["ok"] is True and ok["file"] == MENU and ok["text"] == text
    broken = admin_client.post("/api/menus/upload", files={"file": (MENU, b"menu: [", "application/yaml")}).json()
    assert broken["ok"] is False and broken["errors"]
    latin = admin_client.post("/api/menus/upload", files={"file": (MENU, "menu: é".encode("latin-1"))})
    assert latin.status_code == 422
    huge = admin_client.post("/api/menus/upload", files={"file": (MENU, b"#" * (257 * 1024))})
    assert huge.status_code == 413
    sneaky = admin_client.post("/api/menus/upload", files={"file": ("x.sh", b"menu: x")})
    assert sneaky.status_code == 422


def test_emergency_switch_changes_one_line(admin_client: TestClient) -> None:
    before = published(admin_client)["files"][MENU]
    schedule = admin_client.get(f"/api/menus/schedule?file={MENU}").json()["schedule"]
    schedule["emergency"]["enabled"] = True
    reply = admin_client.post("/api/menus/schedule", json={"file": MENU, "schedule": schedule, "comment": "on"})
    assert reply.status_code == 200, reply.text
    after = published(admin_client)["files"][MENU]
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b]
    assert changed == [("    enabled: false", "    enabled: true")]


def test_schedule_form_edits_yaml_and_publishes(admin_client: TestClient) -> None:
    current = admin_client.get(f"/api/menus/schedule?file={MENU}").json()["schedule"]
    assert current == {"emergency": {"enabled": False, "prompt": "emergency_notice"}}
    schedule = {"emergency": {"enabled": True, "prompt": "emergency_notice"}}
    v2 = admin_client.post("/api/menus/schedule", json={"file": MENU, "schedule": schedule, "comment": "storm"})
    assert v2.status_code == 200, v2.text
    saved = admin_client.get(f"/api/menus/schedule?file={MENU}").json()["schedule"]
    assert saved["emergency"] == {"enabled": True, "prompt": "emergency_notice"}
    # The emergency switch is live for the next call.
    pub = published(admin_client)["files"]
    result = admin_client.post("/api/menus/try", json={"files": pub, "inputs": ["hangup"]}).json()
    assert result["path"][:2] == ["emergency_check", "emergency_message"]
    for moved in ({"hours": {"mon": ["09:00-17:00"]}}, {"holidays": ["2026-12-24"]}, {"always_open": True}):
        refused = admin_client.post("/api/menus/schedule", json={"file": MENU, "schedule": moved, "comment": "x"})
        assert refused.status_code == 422 and "centres form" in refused.json()["detail"]["message"], moved
    bad_prompt = {"emergency": {"enabled": True, "prompt": "nope"}}
    refused = admin_client.post("/api/menus/schedule", json={"file": MENU, "schedule": bad_prompt, "comment": "x"})
    assert refused.status_code == 422
    assert admin_client.post("/api/menus/schedule", json={"file": "nope.yaml", "schedule": {},
                                                          "comment": "x"}).status_code == 422
    assert published(admin_client)["number"] == 2


MENU_ENDPOINTS = [
    ("GET", "/api/menus/versions"), ("GET", "/api/menus/published"), ("POST", "/api/menus/validate"),
    ("POST", "/api/menus/diff"), ("POST", "/api/menus/try"), ("POST", "/api/menus/publish"),
    ("POST", "/api/menus/rollback"), ("GET", f"/api/menus/schedule?file={MENU}"), ("POST", "/api/menus/schedule"),
    ("POST", "/api/menus/upload"), ("GET", "/api/prompts"), ("POST", "/api/prompts/text"),
    ("POST", "/api/prompts/recording"), ("GET", "/api/prompts/audio?file=a&id=b&language=zh"),
    ("GET", "/api/users"), ("POST", "/api/users"), ("POST", "/api/users/x/disable"), ("GET", "/api/audit"),
]


def test_admin_endpoints_refuse_strangers_agents_and_supervisors(client: TestClient, add_user: Any) -> None:
    from tests.web.conftest import bearer

    for method, url in MENU_ENDPOINTS:
        assert client.request(method, url, json={}).status_code == 401, url
    add_user("ann", "agent", "bj")
    add_user("nat", "supervisor", "cn")
    for user in ("ann", "nat"):
        headers = bearer(client, user)
        for method, url in MENU_ENDPOINTS:
            assert client.request(method, url, json={}, headers=headers).status_code == 403, (user, url)
