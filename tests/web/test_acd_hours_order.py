"""The ACD's own hours (queueing/centres.py) close after they open, 24:00 being the end of the day:
a closing time before (or at) the opening time is refused by the validator and shown at the form's
hours.close field in Mandarin and English; nothing is published."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from queueing.centres import ConfigError, Hours
from queueing.config_store import parse_config


def post_form(client: TestClient, *, centres: dict[str, Any] | None = None,
              defaults_hours: dict[str, Any] | None = None) -> Any:
    form = client.get("/api/acd-config/form").json()
    defaults = form["defaults"]
    if defaults_hours is not None:
        defaults["hours"] = {**defaults["hours"], **defaults_hours}
    return client.post("/api/acd-config/form", json={"rules": form["rules"], "defaults": defaults,
                                                     "centres": centres or {}, "comment": "hours"})


def versions(client: TestClient) -> int:
    return len(client.get("/api/acd-config").json()["versions"])


def test_closing_must_come_after_opening_and_24_00_ends_the_day() -> None:
    late = Hours(open="08:30", close="24:00", national_calendar=False)  # the end of the day is allowed
    assert late.is_open(datetime(2026, 12, 1, 23, 59)) and not late.is_open(datetime(2026, 12, 1, 8, 29))
    assert Hours(open="00:00", close="24:00").close == "24:00"
    for opening, closing in (("18:00", "08:30"), ("09:00", "09:00"), ("24:00", "24:00")):
        with pytest.raises(ValueError, match=f"closing time {closing} must be later than opening time {opening}"):
            Hours(open=opening, close=closing)
    with pytest.raises(ConfigError, match=r"centre gd hours.close: closing time 07:00 must be later"):
        parse_config("centres:\n  gd:\n    hours: {open: '08:30', close: '07:00'}\n")


def test_the_form_shows_a_close_before_open_at_the_centres_field(admin_client: TestClient) -> None:
    before = versions(admin_client)
    reply = post_form(admin_client, centres={"gd": {"hours": {"days": [1, 2, 3, 4, 5], "open": "20:00",
                                                              "close": "08:00"}}})
    assert reply.status_code == 422, reply.text
    detail = reply.json()["detail"]
    assert detail["fields"] == [{
        "scope": "gd", "field": "hours.close",
        "zh": "关闭时间 08:00 必须晚于开放时间 20:00（24:00 表示当天结束）",
        "en": "closing time 08:00 must be later than opening time 20:00 (24:00 = end of day)"}]
    shared = post_form(admin_client, defaults_hours={"open": "21:00", "close": "21:00"})
    assert shared.status_code == 422, shared.text
    assert [(f["scope"], f["field"]) for f in shared.json()["detail"]["fields"]] == [("defaults", "hours.close")]
    assert versions(admin_client) == before  # nothing published
