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
    assert form["effective"]["cn"]["hours"] == {"days": [1, 2, 3, 4, 5, 6, 7], "open": "00:00", "close": "24:00"}
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


def test_a_centre_closing_before_the_menu_is_refused_at_its_hours(admin_client: TestClient) -> None:
    # the published menu says open until 18:00 on weekdays: Beijing may not close at 17:00
    reply = post_centres(admin_client, {"bj": {"hours": {"days": [1, 2, 3, 4, 5, 6, 7], "open": "08:30",
                                                         "close": "17:00"}}})
    assert reply.status_code == 422
    fields = reply.json()["detail"]["fields"]
    assert fields and {f["scope"] for f in fields} == {"bj"} and {f["field"] for f in fields} == {"hours"}
    assert fields[0]["zh"].startswith("星期一 开放时间：08:30-18:00 超出了受理中心 bj 的开放时间（08:30-17:00）")
    # the same closing time in the shared settings: at the shared hours field
    form = the_form(admin_client)
    form["defaults"]["hours"]["close"] = "17:00"
    shared = admin_client.post("/api/acd-config/form", json={"rules": form["rules"], "defaults": form["defaults"],
                                                             "comment": "x"}).json()["detail"]["fields"]
    assert shared and {f["scope"] for f in shared} == {"defaults"}
