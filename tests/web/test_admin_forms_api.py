"""Issue 13's server side: schedule form, unchanged drafts, errors in words, server-side drafts,
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


def test_schedule_form_hours_holidays_workdays_and_24_00(admin_client: TestClient) -> None:
    schedule = form(admin_client)
    assert schedule["hours"]["mon"] == [{"start": "08:30", "end": "18:00"}]
    schedule["hours"]["sat"] = [{"start": "09:00", "end": "20:30"}]
    schedule["holidays"].append("2026-10-05")
    schedule["workdays"] = ["2026-10-10"]
    draft = published(admin_client)
    draft[MENU] = draft[MENU].replace("timeout: 4", "timeout: 5", 1)  # an unsaved edit in the editor
    reply = admin_client.post("/api/menus/schedule", json={"file": MENU, "schedule": schedule,
                                                           "comment": "Saturday longer", "draft": draft})
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["number"] == 2
    # the editor's draft keeps its edit and gets the schedule change
    assert "timeout: 5" in body["draft"][MENU] and 'sat: ["09:00-20:30"]' in body["draft"][MENU]
    text = published(admin_client)[MENU]
    assert 'sat: ["09:00-20:30"]' in text and "workdays: [2026-10-10]" in text and "timeout: 4" in text
    again = form(admin_client)
    assert again["workdays"] == ["2026-10-10"] and "2026-10-05" in again["holidays"]
    # the menu may not say "open" when the national centre's ACD is closed (its hours end at 20:30)
    again["hours"]["sun"] = [{"start": "00:00", "end": "24:00"}]
    refused = admin_client.post("/api/menus/schedule", json={"file": MENU, "schedule": again, "comment": "x"})
    assert refused.status_code == 422
    error = refused.json()["detail"]["errors"][0]
    assert error["field_zh"] == "星期日 开放时间" and "00:00-24:00" in error["message_zh"]


def test_schedule_errors_name_the_field_in_both_languages(admin_client: TestClient) -> None:
    schedule = form(admin_client)
    schedule["hours"]["mon"] = [{"start": "18:00", "end": "08:30"}]
    schedule["holidays"].append("2026-1-5x")
    reply = admin_client.post("/api/menus/schedule", json={"file": MENU, "schedule": schedule, "comment": "x"})
    assert reply.status_code == 422
    errors = reply.json()["detail"]["errors"]
    words = {(e["field_zh"], e["field_en"], e["message_zh"]) for e in errors}
    assert ("星期一 第1段", "Monday period 1", "结束时间 08:30 必须晚于开始时间 18:00") in words
    assert ("节假日 第1个日期", "holidays date no. 1", "不是有效的日期，请写成 2026-10-01 的形式") in words
    assert not any("schedule.holidays" in e["message"] for e in errors)
    both = form(admin_client)
    both["holidays"], both["workdays"] = ["2026-10-01"], ["2026-10-01"]
    reply = admin_client.post("/api/menus/schedule", json={"file": MENU, "schedule": both, "comment": "x"})
    assert reply.status_code == 422
    assert "2026-10-01 不能既是节假日又是调休上班日" in reply.json()["detail"]["errors"][0]["message_zh"]


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


def test_try_at_a_chosen_time_follows_the_hours(admin_client: TestClient) -> None:
    files = published(admin_client)
    night = admin_client.post("/api/menus/try", json={"files": files, "inputs": ["1", "hangup"],
                                                      "at": "2026-11-30T23:00:00"}).json()
    day = admin_client.post("/api/menus/try", json={"files": files, "inputs": ["1", "hangup"],
                                                    "at": "2026-11-30T10:00:00"}).json()
    assert "closed_notice" in night["path"] and "closed_notice" not in day["path"]


def test_graph_and_flow_figures_from_calls_through_the_engine(admin_client: TestClient) -> None:
    settings = admin_client.app.state.web.settings  # type: ignore[attr-defined]
    graph = admin_client.get("/api/menus/graph").json()
    menu = graph["menus"][0]
    ids = {n["id"] for n in menu["nodes"]}
    assert {"welcome", "service_menu", "hours_check"} <= ids
    assert {"from": "welcome", "to": "hours_check", "label": "1", "field": "choices.0.target"} in menu["edges"]
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


def test_24_00_closes_at_midnight_and_make_up_days_open_with_monday_hours() -> None:
    from ivr.menus.schema import Schedule

    schedule = Schedule.model_validate({"hours": {"mon": ["08:30-18:00"], "sun": ["20:00-24:00"]},
                                        "holidays": ["2026-10-01"], "workdays": ["2026-10-11"]})
    assert schedule.is_open(datetime(2026, 11, 29, 23, 59, tzinfo=BEIJING))  # a Sunday, just before midnight
    assert not schedule.is_open(datetime(2026, 11, 29, 19, 59, tzinfo=BEIJING))
    assert schedule.is_open(datetime(2026, 10, 11, 9, 0, tzinfo=BEIJING))  # make-up Sunday: Monday's hours
    assert not schedule.is_open(datetime(2026, 10, 1, 9, 0, tzinfo=BEIJING))  # holiday
    assert not schedule.is_open(datetime(2026, 10, 4, 9, 0, tzinfo=BEIJING))  # an ordinary Sunday morning


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
