"""Each answering centre's own settings through the ACD form: names, values in force, own values
written into the YAML (comments kept), errors of the CLI's validator at their field in both languages."""

from __future__ import annotations

from typing import Any

import yaml
from fastapi.testclient import TestClient

from queueing.config_store import parse_config


def the_form(client: TestClient) -> dict[str, Any]:
    reply = client.get("/api/acd-config/form")
    assert reply.status_code == 200, reply.text
    return dict(reply.json())


def post_centres(client: TestClient, centres: dict[str, Any], comment: str = "centre form") -> Any:
    form = the_form(client)
    return client.post("/api/acd-config/form", json={"rules": form["rules"], "defaults": form["defaults"],
                                                     "centres": centres, "comment": comment})


def published_text(client: TestClient) -> str:
    return str(client.get("/api/acd-config").json()["text"])


def test_every_centre_by_name_with_the_values_in_force(admin_client: TestClient) -> None:
    form = the_form(admin_client)
    assert len(form["centre_ids"]) == 32 and len(form["effective"]) == 32
    assert form["centre_names"]["bj"] == {"zh": "北京", "en": "Beijing"}
    assert form["centre_names"]["cn"] == {"zh": "全国", "en": "National"}
    assert form["effective"]["bj"]["wrapup"] == 15 and form["effective"]["bj"]["overflow"] == ["cn"]
    assert form["effective"]["cn"]["strategy"] == "skill_escalation" and form["effective"]["cn"]["overflow"] == []
    assert form["effective"]["cn"]["hours"] == {"weekly": {day: ["00:00-24:00"] for day in
                                                           ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
                                                "national_calendar": True}
    assert form["effective"]["bj"]["service_level"] == {"target": 0.8, "seconds": 20}


def test_a_centre_gets_its_own_values_and_gives_them_back(admin_client: TestClient) -> None:
    reply = post_centres(admin_client, {"bj": {"wrapup": 40, "strategy": "round_robin", "overflow": ["tj", "cn"],
                                               "service_level": {"target": 0.9, "seconds": 15}}})
    assert reply.status_code == 200, reply.text
    text = published_text(admin_client)
    assert "# Routing rules, applied in order" in text  # the comments stay
    raw = yaml.safe_load(text)
    assert raw["centres"]["bj"] == {"wrapup": 40, "strategy": "round_robin", "overflow": ["tj", "cn"],
                                    "service_level": {"target": 0.9, "seconds": 15}}
    config = parse_config(text)
    assert config.centres["bj"].wrapup == 40 and config.centres["sh"].wrapup == 15
    assert config.chain("bj") == ["bj", "tj", "cn"]
    form = the_form(admin_client)
    assert form["centres"]["bj"]["wrapup"] == 40 and form["effective"]["bj"]["strategy"] == "round_robin"
    # every field back to the shared value: the centre's section goes away
    back = {key: None for key in form["centres"]["bj"]}
    assert post_centres(admin_client, {"bj": back}, "bj shared again").status_code == 200
    assert "bj" not in (yaml.safe_load(published_text(admin_client))["centres"] or {})
    assert parse_config(published_text(admin_client)).centres["bj"].wrapup == 15


def test_errors_of_the_validator_at_the_centres_field(admin_client: TestClient) -> None:
    before = len(admin_client.get("/api/acd-config").json()["versions"])
    reply = post_centres(admin_client, {"bj": {"wrapup": -5}})
    assert reply.status_code == 422
    detail = reply.json()["detail"]
    assert detail["fields"] == [{"scope": "bj", "field": "wrapup", "zh": "不能小于 0",
                                 "en": "Input should be greater than or equal to 0"}]
    assert detail["errors"] == ["中心 bj 的 wrapup：Input should be greater than or equal to 0 / "
                                "centre bj wrapup: Input should be greater than or equal to 0"]
    fields = post_centres(admin_client, {"sh": {"overflow": ["sh"]}}).json()["detail"]["fields"]
    assert fields == [{"scope": "sh", "field": "overflow", "zh": "不能溢出到自己", "en": "overflow to itself"}]
    fields = post_centres(admin_client, {"gd": {"hours": {"days": [1, 2, 3, 4, 5], "open": "08:30",
                                                          "close": "24:30"}}}).json()["detail"]["fields"]
    assert fields == [{"scope": "gd", "field": "hours.close", "zh": "时间 24:30 超出范围",
                       "en": "time out of range: '24:30'"}]
    assert len(admin_client.get("/api/acd-config").json()["versions"]) == before  # nothing published


def test_unknown_centre_is_refused(admin_client: TestClient) -> None:
    reply = post_centres(admin_client, {"xx": {"wrapup": 10}})
    assert reply.status_code == 422
    assert "unknown centres in configuration: ['xx']" in reply.json()["detail"]["errors"][0]


def test_a_routed_call_follows_its_centres_hours(admin_client: TestClient) -> None:
    """The menu has no hours of its own: Beijing closing at 17:00 is published, and a complaint
    routed to Beijing at 17:30 ends in the closed path while one routed to Guangdong queues."""
    reply = post_centres(admin_client, {"bj": {"hours": {"days": [1, 2, 3, 4, 5, 6, 7], "open": "08:30",
                                                         "close": "17:00"}}})
    assert reply.status_code == 200, reply.text
    files = admin_client.get("/api/menus/published").json()["files"]
    complaint = ["1", "1", "1", "1", "1", "statement: 买到过期食品"]

    def try_call(caller: str) -> dict[str, Any]:
        result = admin_client.post("/api/menus/try", json={"files": files, "caller": caller, "inputs": complaint,
                                                           "at": "2026-11-30T17:30:00"})
        assert result.status_code == 200, result.text
        return dict(result.json())

    beijing = try_call("01088886666")
    assert "closed_notice" not in beijing["path"]  # not routed yet at the start: the shared hours (to 20:30)
    assert beijing["slots"]["business_region"] == "11" and beijing["path"][-1] == "closed_callback"
    guangzhou = try_call("02087654321")
    assert guangzhou["slots"]["business_region"] == "44" and "queue_business_centre" in guangzhou["path"]
