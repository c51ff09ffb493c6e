"""The centres form with opening hours per weekday: the form shows every centre's week whichever form
the file uses; a wrong range is refused at its weekday's field (hours.weekly.<day>) in Mandarin and
English and nothing is published; a valid week is published into the YAML and the next try follows it."""

from __future__ import annotations

from typing import Any

import yaml
from fastapi.testclient import TestClient

WEEK = {"mon": ["08:30-18:00"], "tue": ["08:30-18:00"], "wed": ["08:30-18:00"], "thu": ["08:30-18:00"],
        "fri": ["08:30-18:00"], "sat": ["09:00-17:00"], "sun": ["09:00-17:00"]}


def post_form(client: TestClient, *, defaults_hours: dict[str, Any] | None = None,
              centres: dict[str, Any] | None = None) -> Any:
    form = client.get("/api/acd-config/form").json()
    defaults = form["defaults"]
    if defaults_hours is not None:
        defaults["hours"] = defaults_hours
    return client.post("/api/acd-config/form", json={"rules": form["rules"], "defaults": defaults,
                                                     "centres": centres or {}, "comment": "weekly hours"})


def versions(client: TestClient) -> int:
    return len(client.get("/api/acd-config").json()["versions"])


def try_at(client: TestClient, at: str) -> list[str]:
    files = client.get("/api/menus/published").json()["files"]
    reply = client.post("/api/menus/try", json={"files": files, "inputs": ["1", "hangup"], "at": at})
    assert reply.status_code == 200, reply.text
    return list(reply.json()["path"])


def test_the_form_shows_the_shipped_shorthand_as_a_week(admin_client: TestClient) -> None:
    form = admin_client.get("/api/acd-config/form").json()
    every_day = {day: ["08:30-20:30"] for day in WEEK}
    assert form["shared_hours"] == {"weekly": every_day, "national_calendar": True}
    assert form["effective"]["bj"]["hours"]["weekly"] == every_day
    assert form["effective"]["cn"]["hours"]["weekly"] == {day: ["00:00-24:00"] for day in WEEK}


def test_a_wrong_range_is_refused_at_its_weekday(admin_client: TestClient) -> None:
    before = versions(admin_client)
    overlapping = {**WEEK, "sat": ["09:00-13:00", "12:00-17:00"]}
    reply = post_form(admin_client, centres={"gd": {"hours": {"weekly": overlapping}}})
    assert reply.status_code == 422, reply.text
    assert reply.json()["detail"]["fields"] == [{
        "scope": "gd", "field": "hours.weekly.sat",
        "zh": "星期六的时段 09:00-13:00 与 12:00-17:00 重叠",
        "en": "sat ranges 09:00-13:00 and 12:00-17:00 overlap"}]
    backwards = post_form(admin_client, defaults_hours={"weekly": {**WEEK, "mon": ["18:00-08:30"]}})
    assert backwards.status_code == 422, backwards.text
    assert backwards.json()["detail"]["fields"] == [{
        "scope": "defaults", "field": "hours.weekly.mon",
        "zh": "星期一时段 18:00-08:30：关闭时间 08:30 必须晚于开放时间 18:00（24:00 表示当天结束）",
        "en": "mon range 18:00-08:30: closing time 08:30 must be later than opening time 18:00 (24:00 = end of day)"}]
    assert versions(admin_client) == before  # nothing published


def test_a_published_week_reaches_the_next_try(admin_client: TestClient) -> None:
    saturday_evening, saturday_afternoon = "2026-10-17T17:30:00", "2026-10-17T16:30:00"
    assert "closed_notice" not in try_at(admin_client, saturday_evening)  # shipped: 08:30-20:30 every day
    reply = post_form(admin_client, defaults_hours={"weekly": WEEK})
    assert reply.status_code == 200, reply.text
    published = yaml.safe_load(admin_client.get("/api/acd-config").json()["text"])
    assert published["defaults"]["hours"] == {"weekly": WEEK}
    assert "closed_notice" in try_at(admin_client, saturday_evening)
    assert "closed_notice" not in try_at(admin_client, saturday_afternoon)
    assert "closed_notice" not in try_at(admin_client, "2026-10-14T17:30:00")  # a Wednesday
