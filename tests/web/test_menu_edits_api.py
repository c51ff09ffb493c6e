"""The menu edits that were YAML only, by form (issue 13): renaming a node renames every link to it;
a condition's tests and slot mappings are chosen from the catalogue (the reference data's values,
the menu's numbers, the file's nodes). Each lands in the draft with the validator's verdict; bad
input is refused at its field in both languages and the draft is unchanged."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient

from ivr.menus.menuset import validate_files

MENU = "12315.yaml"


def published(client: TestClient) -> dict[str, str]:
    return dict(client.get("/api/menus/published").json()["files"])


def nodes_of(files: dict[str, str], name: str = MENU) -> dict[str, Any]:
    return dict(yaml.safe_load(files[name])["nodes"])


def post(client: TestClient, path: str, body: dict[str, Any]) -> Any:
    return client.post("/api/menus/draft" + path, json=body)


def refused(reply: Any) -> dict[str, dict[str, Any]]:
    """The 422's errors by field."""
    assert reply.status_code == 422, reply.text
    assert "草稿未改动" in reply.json()["detail"]["message"]
    return {e["field"]: e for e in reply.json()["detail"]["errors"]}


def test_the_catalogue_comes_from_the_reference_data(admin_client: TestClient) -> None:
    cat = post(admin_client, "/catalogue", {"files": published(admin_client), "file": MENU}).json()
    slots = {s["slot"]: s for s in cat["slots"]}
    assert {"value": "food", "zh": "食品", "en": "food"} in slots["category"]["values"]
    assert [v["value"] for v in slots["service_type"]["values"]] == ["complaint", "report", "consultation", "progress"]
    assert {"value": "11", "zh": "北京", "en": "Beijing"} in slots["region"]["values"]
    assert len(slots["business_region"]["values"]) == len(slots["region"]["values"]) >= 31
    assert slots["region"]["copy_from"] == ["business_region", "caller_region"]
    assert slots["language"]["values"] == [{"value": "zh", "zh": "普通话", "en": "Mandarin"},
                                           {"value": "en", "zh": "英语", "en": "English"}]
    assert slots["ticket"]["values"] == [] and slots["statement"]["domain"] is None  # the caller's data
    assert cat["numbers"] == ["12315", "12330", "12331", "12358", "12365"]
    assert [v["value"] for v in slots["legacy_line"]["values"]] == cat["numbers"]
    assert [t["kind"] for t in cat["tests"]] == ["open", "holiday", "emergency", "dnis", "slot"]
    assert "category_check" in cat["nodes"] and cat["kinds"]["category_check"] == "condition"


def test_a_rename_takes_every_link_with_it(admin_client: TestClient) -> None:
    shipped = published(admin_client)
    other = shipped[MENU].replace('menu: "12315"', 'menu: "other"').replace(
        'dnis: ["12315", "12331", "12365", "12358", "12330"]', 'dnis: ["12399"]')
    files = {**shipped, "other.yaml": other}
    reply = post(admin_client, "/node/rename", {"files": files, "file": MENU, "node": "service_menu",
                                                "new": "main_menu"})
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["ok"], body["errors"]
    nodes = nodes_of(body["files"])
    assert "service_menu" not in nodes and nodes["main_menu"]["kind"] == "menu"
    order = list(nodes)
    assert order.index("main_menu") == list(nodes_of(shipped)).index("service_menu")  # keeps its place
    assert nodes["hours_check"]["otherwise"] == "main_menu"
    assert nodes["closed_notice"]["next"] == "main_menu"
    assert nodes["progress_more"]["choices"][0]["target"] == "main_menu"
    assert nodes["main_menu"]["prompt"] == "service_menu"  # a prompt id is not a node id
    said = {(r["node"], r["field"]) for r in body["renamed"]}
    assert said == {("hours_check", "otherwise"), ("closed_notice", "next"), ("progress_more", "choices.0.target")}
    assert "hours_check 的否则" in [r["zh"] for r in body["renamed"]]
    assert "# --- progress of an earlier case ---" in body["files"][MENU]  # comments kept
    assert body["files"]["other.yaml"] == other  # node ids are per file
    assert published(admin_client) == shipped  # nothing published

    # the entry, its numbers and the sub-menu call go along too
    entry = post(admin_client, "/node/rename", {"files": shipped, "file": MENU, "node": "emergency_check",
                                                 "new": "notice_check"}).json()
    data = yaml.safe_load(entry["files"][MENU])
    assert data["entry"]["default"] == "notice_check" and data["entry"]["dnis"]["12315"] == "notice_check"
    assert all(data["nodes"][n]["next"] == "notice_check" for n in ("legacy_food", "legacy_ip"))
    assert {"node": "", "field": "entry", "zh": "菜单入口", "en": "the menu's entry"} in entry["renamed"]
    sub = post(admin_client, "/node/rename", {"files": shipped, "file": MENU, "node": "statement_record",
                                               "new": "statement_take"}).json()
    assert sub["ok"] and nodes_of(sub["files"])["take_statement"]["target"] == "statement_take"
    options = post(admin_client, "/node/rename", {"files": shipped, "file": MENU, "node": "agent_hours",
                                                   "new": "agent_check"}).json()
    assert options["ok"], options["errors"]
    opts = yaml.safe_load(options["files"][MENU])["options"]
    assert opts["agent_target"] == opts["failure_target"] == "agent_check"
    assert nodes_of(options["files"])["consult"]["agent"] == "agent_check"
    assert validate_files(options["files"]) == []  # what the CLI would say


def test_a_bad_new_name_is_refused_at_its_field(admin_client: TestClient) -> None:
    files = published(admin_client)
    for new, zh, en in [("welcome", "已有节点 welcome", "there is a node welcome already"),
                        ("Main-Menu", "不能用作节点名", "is not a node id"),
                        ("1st", "以字母开头", "starting with a letter"),
                        ("service_menu", "新名字与原名相同", "the node's id already")]:
        errors = refused(post(admin_client, "/node/rename", {"files": files, "file": MENU, "node": "service_menu",
                                                             "new": new}))
        assert set(errors) == {"new"}, errors
        assert zh in errors["new"]["message_zh"] and en in errors["new"]["message_en"], errors
        assert errors["new"]["field_zh"] == "新节点名" and errors["new"]["field_en"] == "New node id"
    missing = post(admin_client, "/node/rename", {"files": files, "file": MENU, "node": "nope", "new": "yes"})
    assert missing.status_code == 422 and "没有节点 nope" in missing.json()["detail"]["message"]


def test_a_conditions_tests_by_form(admin_client: TestClient) -> None:
    files = published(admin_client)
    form = post(admin_client, "/node/form", {"files": files, "file": MENU, "node": "category_check"}).json()
    assert form["condition"] == {"branches": [{"test": {"kind": "slot", "slot": "category", "op": "is_set"},
                                               "target": "take_statement"}], "otherwise": "category_menu"}
    branches = [{"test": {"kind": "slot", "slot": "category", "op": "is_set"}, "target": "take_statement"},
                {"test": {"kind": "slot", "slot": "service_type", "op": "equals", "value": "report"},
                 "target": "take_statement"},
                {"test": {"kind": "dnis", "numbers": ["12331", "12365"]}, "target": "take_statement"},
                {"test": {"kind": "slot", "slot": "region", "op": "in", "values": ["11", "31"]},
                 "target": "category_menu"}]
    reply = post(admin_client, "/node/condition", {"files": files, "file": MENU, "node": "category_check",
                                                    "branches": branches, "otherwise": "category_menu"})
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["ok"], body["errors"]
    text = body["files"][MENU]
    assert "- when: {slot: service_type, equals: report}" in text
    assert '- when: {dnis: ["12331", "12365"]}' in text
    assert '- when: {slot: region, in: ["11", "31"]}' in text
    assert "- when: {slot: category, is_set: true}" in text  # the unchanged branch keeps its text
    again = post(admin_client, "/node/form", {"files": body["files"], "file": MENU, "node": "category_check"}).json()
    assert again["condition"]["branches"] == branches

    # a reported case skips the category menu in a try of the draft
    tried = admin_client.post("/api/menus/try", json={"files": body["files"], "inputs": ["1", "2", "1", "1"],
                                                       "at": "2026-12-02T11:00:00"}).json()
    assert "category_check" in tried["path"] and "category_menu" not in tried["path"], tried["path"]
    assert tried["slots"]["service_type"] == "report"

    # the hours test flipped: the open path now plays the closed notice
    hours = post(admin_client, "/node/condition", {"files": files, "file": MENU, "node": "hours_check",
                                                    "branches": [{"test": {"kind": "holiday", "value": True},
                                                                  "target": "closed_notice"}],
                                                    "otherwise": "service_menu"}).json()
    assert hours["ok"] and "- when: {holiday: true}" in hours["files"][MENU]


def test_a_wrong_test_is_refused_at_its_field(admin_client: TestClient) -> None:
    files = published(admin_client)
    branches = [{"test": {"kind": "slot", "slot": "category", "op": "equals", "value": "fod"},
                 "target": "take_statement"},
                {"test": {"kind": "slot", "slot": "catgory", "op": "is_set"}, "target": "take_statement"},
                {"test": {"kind": "slot", "slot": "ticket", "op": "equals", "value": "123456"}, "target": "goodbye"},
                {"test": {"kind": "dnis", "numbers": ["99999"]}, "target": "goodbye"},
                {"test": {"kind": "open"}, "target": "nowhere"},
                {"test": {"kind": "weather", "value": True}, "target": "goodbye"}]
    errors = refused(post(admin_client, "/node/condition", {"files": files, "file": MENU, "node": "category_check",
                                                             "branches": branches, "otherwise": "elsewhere"}))
    assert set(errors) == {"branches.0.value", "branches.1.slot", "branches.2.op", "branches.3.numbers",
                           "branches.4.value", "branches.4.target", "branches.5.kind", "otherwise"}
    assert errors["branches.0.value"]["message_zh"] == "“投诉类别”没有取值“fod”"
    assert errors["branches.0.value"]["message_en"] == "the category has no value 'fod'"
    assert errors["branches.0.value"]["field_zh"] == "条件分支 1 的取值"
    assert errors["branches.0.value"]["field_en"] == "branch 1, value"
    assert "只能检查是否已填写" in errors["branches.2.op"]["message_zh"]
    assert "this menu answers no number 99999" == errors["branches.3.numbers"]["message_en"]
    assert "没有节点“nowhere”" in errors["branches.4.target"]["message_zh"]
    assert errors["otherwise"]["field_en"] == "otherwise, goes to"
    not_a_condition = post(admin_client, "/node/condition", {"files": files, "file": MENU, "node": "welcome",
                                                              "branches": branches[:1], "otherwise": "goodbye"})
    assert not_a_condition.status_code == 422 and "不是条件节点" in not_a_condition.json()["detail"]["message"]


def test_slot_mappings_by_form(admin_client: TestClient) -> None:
    files = published(admin_client)
    form = post(admin_client, "/node/form", {"files": files, "file": MENU, "node": "legacy_food"}).json()
    assert form["mapping"] == {"values": [{"slot": "category", "value": "food"},
                                          {"slot": "legacy_line", "value": "12331"}]}
    pairs = [{"slot": "category", "value": "drugs"}, {"slot": "legacy_line", "value": "12331"}]
    body = post(admin_client, "/node/mapping", {"files": files, "file": MENU, "node": "legacy_food", "where": "values",
                                                 "pairs": pairs}).json()
    assert body["ok"], body["errors"]
    assert 'values: {category: drugs, legacy_line: "12331"}' in body["files"][MENU]

    # key 1 of the category menu sets quality; key 1 of business_same copies the caller's region
    keyed = post(admin_client, "/node/mapping", {"files": body["files"], "file": MENU, "node": "category_menu",
                                                  "where": "choices.0.set",
                                                  "pairs": [{"slot": "category", "value": "quality"}]}).json()
    assert keyed["ok"], keyed["errors"]
    assert nodes_of(keyed["files"])["category_menu"]["choices"][0]["set"] == {"category": "quality"}
    copied = post(admin_client, "/node/mapping", {"files": keyed["files"], "file": MENU, "node": "business_same",
                                                   "where": "choices.0.set",
                                                   "pairs": [{"slot": "business_region", "value": "{caller_region}"}]})
    assert copied.json()["ok"] is False  # valid by form, but the validator knows caller_region may be unset here
    assert {e["code"] for e in copied.json()["errors"]} == {"slot-before-set"}
    cleared = post(admin_client, "/node/mapping", {"files": keyed["files"], "file": MENU, "node": "region_confirm",
                                                    "where": "choices.1.set", "pairs": []}).json()
    assert cleared["ok"] and "set" not in nodes_of(cleared["files"])["region_confirm"]["choices"][1]

    centre = post(admin_client, "/node/mapping", {"files": files, "file": MENU, "node": "queue_business_centre",
                                                   "where": "centre_slot", "centre_slot": "region"}).json()
    assert centre["ok"] and nodes_of(centre["files"])["queue_business_centre"]["centre_slot"] == "region"
    try_it = admin_client.post("/api/menus/try", json={"files": keyed["files"], "inputs": ["1", "1", "1", "1", "1"],
                                                        "at": "2026-12-02T11:00:00"}).json()
    assert try_it["slots"]["category"] == "quality", try_it


def test_a_wrong_mapping_is_refused_at_its_field(admin_client: TestClient) -> None:
    files = published(admin_client)
    pairs = [{"slot": "category", "value": "fod"}, {"slot": "colour", "value": "red"},
             {"slot": "region", "value": "{ticket}"}, {"slot": "dnis", "value": "12315"},
             {"slot": "category", "value": "food"}, {"slot": "legacy_line", "value": "12345"}]
    errors = refused(post(admin_client, "/node/mapping", {"files": files, "file": MENU, "node": "legacy_food",
                                                          "where": "values", "pairs": pairs}))
    assert set(errors) == {"pairs.0.value", "pairs.1.slot", "pairs.2.value", "pairs.3.slot", "pairs.4.slot",
                           "pairs.5.value"}
    assert errors["pairs.0.value"]["message_zh"] == "“投诉类别”不能取“fod”，请从列表中选择"
    assert errors["pairs.0.value"]["message_en"] == "the category cannot be 'fod'; choose from the list"
    assert errors["pairs.0.value"]["field_zh"] == "设定值第 1 项的取值"
    assert "不能在菜单中设定" in errors["pairs.3.slot"]["message_zh"]
    assert "set in a row above already" in errors["pairs.4.slot"]["message_en"]
    empty = refused(post(admin_client, "/node/mapping", {"files": files, "file": MENU, "node": "legacy_food",
                                                         "where": "values", "pairs": []}))
    assert "at least one slot" in empty["pairs"]["message_en"]
    centre = refused(post(admin_client, "/node/mapping", {"files": files, "file": MENU, "node": "queue_business_centre",
                                                          "where": "centre_slot", "centre_slot": "category"}))
    assert "地区信息项" in centre["centre_slot"]["message_zh"]
    wrong_node = post(admin_client, "/node/mapping", {"files": files, "file": MENU, "node": "welcome",
                                                       "where": "choices.7.set", "pairs": []})
    assert wrong_node.status_code == 422 and "没有第 8 个按键" in wrong_node.json()["detail"]["message"]


@pytest.mark.parametrize(("node", "links"), [
    ("region_keys", [("region_ask", "fallback")]),
    ("region_confirm", [("region_start", "found")]),
    ("region_ask", [("region_start", "missing"), ("region_confirm", "choices.1.target")]),
    ("after_agent", [("queue_business_centre", "answered"), ("agent_region_queue", "answered"),
                     ("agent_national_queue", "answered")]),
    ("goodbye", [("consult", "next"), ("progress_more", "on_failure"), ("progress_more", "choices.1.target")]),
    ("closed_notice", [("hours_check", "branches.0.target")]),
])
def test_each_kind_of_link_follows_a_rename(admin_client: TestClient, node: str, links: list[tuple[str, str]]) -> None:
    files = published(admin_client)
    body = post(admin_client, "/node/rename", {"files": files, "file": MENU, "node": node,
                                               "new": "renamed_node"}).json()
    assert body["ok"], body["errors"]
    assert {(r["node"], r["field"]) for r in body["renamed"]} == set(links)
    after = nodes_of(body["files"])
    for referrer, field in links:
        value: Any = after[referrer]
        for part in field.split("."):
            value = value[int(part)] if part.isdigit() else value[part]
        assert value == "renamed_node", (referrer, field)
    assert node not in body["files"][MENU].split("\nnodes:")[1].replace(f"prompt: {node}", "")  # no link left over
