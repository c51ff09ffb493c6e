"""Issue 13's server side: the emergency switch's form (opening hours are the ACD's), unchanged drafts,
errors in words, server-side drafts,
the menu graph and the per-node flow figures from calls placed through the engine."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from fastapi.testclient import TestClient

from ivr.menus.store import MenuStore
from tests.web.calls import place_calls

MENU = "12315.yaml"
BEIJING = ZoneInfo("Asia/Shanghai")


def published(client: TestClient) -> dict[str, str]:
    return dict(client.get("/api/menus/published").json()["files"])


def form(client: TestClient) -> dict:  # type: ignore[type-arg]
    return dict(client.get("/api/menus/schedule", params={"file": MENU}).json()["schedule"])


def test_unchanged_draft_and_rollback_to_the_same_make_no_version(admin_client: TestClient) -> None:
    files = published(admin_client)
    reply = admin_client.post("/api/menus/publish", json={"files": files, "comment": "nothing"})
    assert reply.status_code == 409 and "Nothing changed" in reply.json()["detail"]["message"]
    assert admin_client.post("/api/menus/rollback", json={"number": 1}).status_code == 409
    assert [v["number"] for v in admin_client.get("/api/menus/versions").json()] == [1]


def test_schedule_form_is_the_emergency_switch_and_refuses_hours(admin_client: TestClient) -> None:
    assert form(admin_client) == {"emergency": {"enabled": False, "prompt": "emergency_notice"}}
    draft = published(admin_client)
    draft[MENU] = draft[MENU].replace("timeout: 4", "timeout: 5", 1)  # an unsaved edit in the editor
    reply = admin_client.post("/api/menus/schedule", json={
        "file": MENU, "schedule": {"emergency": {"enabled": True, "prompt": "emergency_notice"}},
        "comment": "storm", "draft": draft})
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["number"] == 2
    # the editor's draft keeps its edit and gets the switch
    assert "timeout: 5" in body["draft"][MENU] and "enabled: true" in body["draft"][MENU]
    assert form(admin_client)["emergency"]["enabled"] is True
    # opening hours are not the menu's: the form says where they are, in both languages, and changes nothing
    refused = admin_client.post("/api/menus/schedule", json={
        "file": MENU, "schedule": {"hours": {"mon": ["08:30-18:00"]}, "emergency": {}}, "comment": "x"})
    assert refused.status_code == 422
    message = refused.json()["detail"]["message"]
    assert "受理中心" in message and "centres form" in message
    assert [v["number"] for v in admin_client.get("/api/menus/versions").json()] == [1, 2]


def test_a_menu_that_still_sets_hours_is_refused_at_its_line(admin_client: TestClient) -> None:
    files = published(admin_client)
    text = files[MENU].replace("schedule:\n", "schedule:\n  hours:\n    mon: [\"08:30-18:00\"]\n"
                                              "  holidays: [2026-10-05]\n", 1)
    line = text.splitlines().index("  hours:") + 1
    reply = admin_client.post("/api/menus/validate", json={"files": {**files, MENU: text}}).json()
    assert not reply["ok"]
    moved = {e["field_en"]: e for e in reply["errors"] if e["code"] == "hours-moved"}
    assert set(moved) == {"opening hours", "holidays"}
    hours = moved["opening hours"]
    assert hours["line"] == line + 1 and hours["field_zh"] == "开放时间"  # the mapping's first line, as PyYAML marks it
    assert "受理中心" in hours["message_zh"] and "queueing/centres.yaml" in hours["message_zh"]
    assert "centres form of /admin" in hours["message_en"] and "queueing/centres.yaml" in hours["message_en"]
    assert "/admin/calendar" in moved["holidays"]["message_en"] and "全国统一日历" in moved["holidays"]["message_zh"]
    publish = admin_client.post("/api/menus/publish", json={"files": {**files, MENU: text}, "comment": "old"})
    assert publish.status_code == 422
    assert [v["number"] for v in admin_client.get("/api/menus/versions").json()] == [1]


def test_draft_is_kept_per_administrator_and_prompt_change_reaches_it(admin_client: TestClient) -> None:
    assert admin_client.get("/api/menus/draft").json() == {"draft": None}
    draft = published(admin_client)
    draft[MENU] = draft[MENU].replace("timeout: 4", "timeout: 7", 1)
    assert admin_client.put("/api/menus/draft", json={"files": draft}).status_code == 200
    assert admin_client.get("/api/menus/draft").json()["draft"]["files"] == draft
    changed = admin_client.post("/api/menus/draft/prompt", json={"files": draft, "file": MENU, "id": "goodbye",
                                                                 "language": "zh", "text": "再见！"}).json()["files"]
    assert "timeout: 7" in changed[MENU] and "zh: 再见！" in changed[MENU]
    assert admin_client.delete("/api/menus/draft").status_code == 200
    assert admin_client.get("/api/menus/draft").json() == {"draft": None}


def test_try_at_a_chosen_time_follows_the_acd_hours_and_the_draft_acd(admin_client: TestClient) -> None:
    files = published(admin_client)
    night = admin_client.post("/api/menus/try", json={"files": files, "inputs": ["1", "hangup"],
                                                      "at": "2026-11-30T23:00:00"}).json()
    day = admin_client.post("/api/menus/try", json={"files": files, "inputs": ["1", "hangup"],
                                                    "at": "2026-11-30T10:00:00"}).json()
    assert "closed_notice" in night["path"] and "closed_notice" not in day["path"]
    # 19:00 is inside the published shared hours (08:30-20:30) but not the draft's, which the try follows
    evening = {"files": files, "inputs": ["1", "hangup"], "at": "2026-11-30T19:00:00"}
    assert "closed_notice" not in admin_client.post("/api/menus/try", json=evening).json()["path"]
    draft_acd = {"defaults": {"hours": {"days": [1, 2, 3, 4, 5, 6, 7], "open": "08:30", "close": "18:00"}}}
    closed = admin_client.post("/api/menus/try", json={**evening, "acd": draft_acd}).json()
    assert "closed_notice" in closed["path"]


def test_graph_and_flow_figures_from_calls_through_the_engine(admin_client: TestClient) -> None:
    settings = admin_client.app.state.web.settings  # type: ignore[attr-defined]
    graph = admin_client.get("/api/menus/graph").json()
    menu = graph["menus"][0]
    ids = {n["id"] for n in menu["nodes"]}
    assert {"welcome", "service_menu", "hours_check"} <= ids
    edges = [{k: e[k] for k in ("from", "to", "label", "field")} for e in menu["edges"]]
    assert {"from": "welcome", "to": "hours_check", "label": "1", "field": "choices.0.target"} in edges
    at = datetime(2026, 11, 30, 10, 0, tzinfo=BEIJING)  # the engine's clock: a Monday, open
    menuset = MenuStore(settings).current()
    place_calls(settings, menuset, [["1", "hangup"], ["1", "hangup"], ["1", "1", "hangup"]], at)
    today = datetime.now(BEIJING).date()  # calls are stored with their real start time
    flow = admin_client.get("/api/menus/flow", params={"start": today.isoformat(), "end": today.isoformat(),
                                                       "version": 1, "menu": "12315"}).json()
    assert flow["calls"] == 3
    nodes = flow["nodes"]
    assert nodes["welcome"]["visits"] == 3 and nodes["service_menu"]["visits"] == 3
    assert nodes["service_menu"]["hangups"] == 2
    hung_up_after_complaint = {n: f["hangups"] for n, f in nodes.items() if f["hangups"] and n != "service_menu"}
    assert sum(hung_up_after_complaint.values()) == 1
    assert {"from": "welcome", "to": "hours_check", "count": 3} in flow["edges"]
    other = (today - timedelta(days=2)).isoformat()
    assert admin_client.get("/api/menus/flow", params={"start": other, "end": other}).json()["calls"] == 0
    assert admin_client.get("/api/menus/flow", params={"start": today.isoformat(), "end": today.isoformat(),
                                                       "version": 2}).json()["calls"] == 0


def test_audit_log_searched_by_who_what_and_when(admin_client: TestClient, add_user: Callable[..., str]) -> None:
    files = published(admin_client)
    files[MENU] = files[MENU].replace("timeout: 4", "timeout: 5", 1)
    assert admin_client.post("/api/menus/publish", json={"files": files, "comment": "slower"}).status_code == 200
    assert admin_client.post("/api/users", json={"username": "ann", "password": "a long password",
                                                 "role": "agent", "centre": "bj"}).status_code == 201
    menu_rows = admin_client.get("/api/audit", params={"action": "menu."}).json()
    assert [r["action"] for r in menu_rows] == ["menu.publish"]
    by_root = admin_client.get("/api/audit", params={"actor": "root"}).json()
    assert {"menu.publish", "user.create"} <= {r["action"] for r in by_root}
    assert all(r["actor"] == "root" for r in by_root)
    today = datetime.now(BEIJING).date()
    assert admin_client.get("/api/audit", params={"start": today.isoformat(), "end": today.isoformat(),
                                                  "action": "menu."}).json() == menu_rows
    yesterday = (today - timedelta(days=1)).isoformat()
    assert admin_client.get("/api/audit", params={"start": yesterday, "end": yesterday}).json() == []
    assert admin_client.get("/api/audit", params={"actor": "nobody"}).json() == []


def test_node_form_changes_the_draft_only(admin_client: TestClient) -> None:
    files = published(admin_client)
    reply = admin_client.post("/api/menus/draft/node", json={
        "files": files, "file": MENU, "node": "welcome", "fields": {"timeout": 5}, "targets": {"1": "service_menu"}})
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["ok"] and "timeout: 5" in body["files"][MENU]
    assert '{key: "2", target: service_menu, set: {language: en}' in body["files"][MENU]
    assert published(admin_client) == files  # nothing published
    broken = admin_client.post("/api/menus/draft/node", json={
        "files": files, "file": MENU, "node": "welcome", "targets": {"0": "no_such_node"}}).json()
    assert not broken["ok"] and any(e["code"] == "unknown-target" for e in broken["errors"])
    refused = admin_client.post("/api/menus/draft/node", json={
        "files": files, "file": MENU, "node": "welcome", "fields": {"kind": "play"}})
    assert refused.status_code == 422 and "YAML editor" in refused.json()["detail"]["message"]
