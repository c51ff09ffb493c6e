"""The ACD configuration as a form: rules as rows of known values, centre fields, friendly errors."""

from __future__ import annotations

from typing import Any

import yaml
from fastapi.testclient import TestClient


def the_form(client: TestClient) -> dict[str, Any]:
    reply = client.get("/api/acd-config/form")
    assert reply.status_code == 200, reply.text
    return dict(reply.json())


def post(client: TestClient, form: dict[str, Any], comment: str = "form") -> Any:
    return client.post("/api/acd-config/form", json={"rules": form["rules"], "defaults": form["defaults"],
                                                     "centres": form.get("centres_edit", {}), "comment": comment})


def test_form_lists_rules_and_the_values_they_may_match(admin_client: TestClient) -> None:
    form = the_form(admin_client)
    assert {"name": "food safety complaints first", "match": {"category": "food"}, "priority": 2,
            "centre": None} in form["rules"]
    categories = {c["value"]: c["zh"] for c in form["choices"]["category"]}
    assert categories["food"] == "食品" and "fod" not in categories
    assert {"value": "11", "zh": "北京市", "en": "Beijing"} in form["choices"]["region"]
    assert form["defaults"]["hours"] == {"days": [1, 2, 3, 4, 5, 6, 7], "open": "08:30", "close": "20:30"}
    assert "cn" in form["centre_ids"] and "longest_idle" in form["strategies"]


def test_form_publishes_a_new_rule_and_keeps_the_comments(admin_client: TestClient) -> None:
    form = the_form(admin_client)
    form["rules"].append({"name": "Beijing prices", "match": {"category": "prices", "region": "11"},
                          "priority": 3, "centre": "bj"})
    form["defaults"]["ring_time"] = 25
    reply = post(admin_client, form, "prices in Beijing")
    assert reply.status_code == 200, reply.text
    text = admin_client.get("/api/acd-config").json()["text"]
    assert "# Routing rules, applied in order" in text and "ring_time: 25" in text
    rules = yaml.safe_load(text)["rules"]
    assert rules[-1] == {"name": "Beijing prices", "match": {"category": "prices", "region": "11"},
                         "priority": 3, "centre": "bj"}
    # the same form again changes nothing: no version
    again = post(admin_client, the_form(admin_client) | {"defaults": the_form(admin_client)["defaults"]})
    assert again.status_code == 409
    assert [v["number"] for v in admin_client.get("/api/acd-config").json()["versions"]] == [1, 2]


def test_unknown_category_is_refused_in_words(admin_client: TestClient) -> None:
    form = the_form(admin_client)
    form["rules"].append({"name": "typo", "match": {"category": "fod"}, "priority": 1})
    reply = post(admin_client, form)
    assert reply.status_code == 422
    errors = reply.json()["detail"]["errors"]
    assert len(errors) == 1 and errors[0].startswith("规则“typo”：没有这个投诉类别值 fod")
    form = the_form(admin_client)
    form["defaults"]["hours"]["close"] = "25:00"
    errors = post(admin_client, form).json()["detail"]["errors"]
    assert errors == ["默认设置（所有中心）hours.close：时间 25:00 超出范围 / "
                      "defaults (every centre) hours.close: time out of range: '25:00'"]


def test_acd_hours_are_the_menus_hours(admin_client: TestClient) -> None:
    """No second source to agree with: shorter shared hours are published, and the menu's try follows them."""
    form = the_form(admin_client)
    form["defaults"]["hours"]["close"] = "17:00"
    reply = post(admin_client, form)
    assert reply.status_code == 200, reply.text
    files = admin_client.get("/api/menus/published").json()["files"]
    late = admin_client.post("/api/menus/try", json={"files": files, "inputs": ["1", "hangup"],
                                                     "at": "2026-11-30T17:30:00"}).json()
    assert late["path"][:4] == ["emergency_check", "welcome", "hours_check", "closed_notice"]
