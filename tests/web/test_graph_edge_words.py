"""The menu picture's condition edges read as words in both languages (issue 13), with the slot and
value labels of the reference data, for a published version and for a draft."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

MENU = "12315.yaml"
HOURS_CHECK = """  hours_check:
    kind: condition
    branches:
      - when: {open: false}
        target: closed_notice
    otherwise: service_menu
"""
# every kind of test, each to a node of its own so that the picture keeps one label per edge
MORE_TESTS = """  hours_check:
    kind: condition
    branches:
      - when: {open: false}
        target: closed_notice
      - when: {holiday: true}
        target: emergency_check
      - when: {dnis: ["12331"]}
        target: legacy_food
      - when: {slot: service_type, equals: report}
        target: take_statement
      - when: {slot: category, in: [food, drugs]}
        target: category_check
      - when: {slot: ticket, is_set: false}
        target: agent_route
    otherwise: service_menu
"""


def edges_from(graph: dict[str, Any], node: str) -> dict[str, dict[str, str]]:
    [menu] = [m for m in graph["menus"] if m["file"] == MENU]
    return {e["field"]: e["words"] for e in menu["edges"] if e["from"] == node}


def test_published_condition_edges_are_words(admin_client: TestClient) -> None:
    graph = admin_client.get("/api/menus/graph").json()
    assert edges_from(graph, "hours_check") == {
        "branches.0.target": {"zh": "开放时间外", "en": "outside opening hours"},
        "otherwise": {"zh": "其他情况", "en": "otherwise"}}
    assert edges_from(graph, "emergency_check")["branches.0.target"] == {"zh": "应急开关打开",
                                                                        "en": "emergency switch on"}
    assert edges_from(graph, "after_agent")["branches.0.target"] == {"zh": "已有工单号", "en": "case number given"}
    # keys keep their key and word
    assert edges_from(graph, "welcome")["choices.0.target"] == {"zh": "1", "en": "1"}


def test_draft_tests_of_every_kind_are_words_with_reference_labels(admin_client: TestClient) -> None:
    files = dict(admin_client.get("/api/menus/published").json()["files"])
    assert HOURS_CHECK in files[MENU]
    files[MENU] = files[MENU].replace(HOURS_CHECK, MORE_TESTS)
    reply = admin_client.post("/api/menus/graph", json={"files": files})
    assert reply.status_code == 200, reply.text
    words = edges_from(reply.json(), "hours_check")
    assert words == {
        "branches.0.target": {"zh": "开放时间外", "en": "outside opening hours"},
        "branches.1.target": {"zh": "节假日", "en": "on a holiday"},
        "branches.2.target": {"zh": "拨打号码 12331", "en": "dialled 12331"},
        "branches.3.target": {"zh": "业务类型 = 举报", "en": "service type is report"},
        "branches.4.target": {"zh": "投诉类别为食品、药品医疗器械之一",
                              "en": "category is one of food, drugs and medical devices"},
        "branches.5.target": {"zh": "没有工单号", "en": "no case number"},
        "otherwise": {"zh": "其他情况", "en": "otherwise"},
    }
    assert not any("=" in w["en"] or "slot" in w["en"] for w in words.values())
