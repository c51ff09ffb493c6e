"""Adding and removing menu nodes by form: the kinds and their fields, the link from an existing node,
the validator's verdict on the draft, and a node still linked to refused at the form's field."""

from __future__ import annotations

from typing import Any

import yaml
from fastapi.testclient import TestClient

MENU = "12315.yaml"


def published(client: TestClient) -> dict[str, str]:
    return dict(client.get("/api/menus/published").json()["files"])


def add(client: TestClient, files: dict[str, str], node: str, kind: str, fields: dict[str, Any],
        link: dict[str, Any], choices: list[dict[str, str]] | None = None) -> Any:
    return client.post("/api/menus/draft/node/add", json={"files": files, "file": MENU, "node": node, "kind": kind,
                                                          "fields": fields, "choices": choices or [], "link": link})


def nodes_of(files: dict[str, str]) -> dict[str, Any]:
    return dict(yaml.safe_load(files[MENU])["nodes"])


def test_the_kinds_a_form_adds_and_their_fields(admin_client: TestClient) -> None:
    kinds = {k["kind"]: {f["name"]: f for f in k["fields"]} for k in admin_client.get("/api/menus/node-kinds").json()}
    assert "condition" not in kinds and "set" not in kinds  # tests and slot mappings: the YAML editor
    assert kinds["play"]["prompt"] == {"name": "prompt", "type": "prompt", "required": True, "default": None}
    assert kinds["play"]["next"]["type"] == "node" and kinds["play"]["barge_in"]["default"] is False
    assert kinds["hangup"]["outcome"]["options"] == ["completed", "closed", "callback_promised", "error"]
    assert kinds["menu"]["choices"]["type"] == "choices" and kinds["queue"]["priority"]["type"] == "number"
    # a slot is chosen from the file's known slots, a grammar and a centre from theirs: nothing typed
    assert kinds["collect"]["slot"]["type"] == kinds["queue"]["centre_slot"]["type"] == "slot"
    assert "province" in kinds["collect"]["grammar"]["options"] and "bj" in kinds["queue"]["centre"]["options"]


def test_a_node_added_behind_a_new_key_then_removed(admin_client: TestClient) -> None:
    files = published(admin_client)
    reply = add(admin_client, files, "hours_notice", "play", {"prompt": "closed_notice", "next": "service_menu"},
                {"from": "service_menu", "field": "new_key", "key": "5"})
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["ok"], body["errors"]
    nodes = nodes_of(body["files"])
    assert nodes["hours_notice"] == {"kind": "play", "prompt": "closed_notice", "next": "service_menu"}
    assert {"key": "5", "target": "hours_notice"} in nodes["service_menu"]["choices"]
    assert "# --- consultations answered from the knowledge base" in body["files"][MENU]  # comments kept
    assert published(admin_client) == files  # nothing published

    # still linked from key 5: refused at the form's field, naming the link in both languages
    refused = admin_client.post("/api/menus/draft/node/remove", json={"files": body["files"], "file": MENU,
                                                                      "node": "hours_notice"})
    assert refused.status_code == 422
    error = refused.json()["detail"]["errors"][0]
    assert error["field"] == "node" and error["code"] == "still-referenced"
    assert error["message_zh"].startswith("仍被引用：service_menu 的按键 5")
    assert "still linked from service_menu's key 5" in error["message_en"]
    # key 5 pointed elsewhere (the node form), then the node goes
    relinked = admin_client.post("/api/menus/draft/node", json={"files": body["files"], "file": MENU,
                                                                "node": "service_menu", "targets": {"4": "goodbye"}})
    removed = admin_client.post("/api/menus/draft/node/remove", json={"files": relinked.json()["files"],
                                                                      "file": MENU, "node": "hours_notice"})
    assert removed.status_code == 200, removed.text
    assert removed.json()["ok"] and "hours_notice" not in nodes_of(removed.json()["files"])


def test_a_node_put_between_two_and_a_menu_with_keys(admin_client: TestClient) -> None:
    files = published(admin_client)
    # between closed_notice and service_menu: closed_notice's next step is the new node
    between = add(admin_client, files, "closed_more", "play", {"prompt": "goodbye", "next": "service_menu"},
                  {"from": "closed_notice", "field": "next"}).json()
    assert between["ok"], between["errors"]
    assert nodes_of(between["files"])["closed_notice"]["next"] == "closed_more"
    # a menu of its own behind progress_more's key 2
    menu = add(admin_client, between["files"], "leave_menu", "menu", {"prompt": "progress_more"},
               {"from": "progress_more", "field": "choices.1.target"},
               [{"key": "1", "target": "service_menu"}, {"key": "2", "target": "goodbye"}]).json()
    assert menu["ok"], menu["errors"]
    assert nodes_of(menu["files"])["leave_menu"]["choices"] == [{"key": "1", "target": "service_menu"},
                                                                 {"key": "2", "target": "goodbye"}]
    assert nodes_of(menu["files"])["progress_more"]["choices"][1]["target"] == "leave_menu"


def test_wrong_additions_are_refused_or_named_by_the_validator(admin_client: TestClient) -> None:
    files = published(admin_client)
    link = {"from": "service_menu", "field": "new_key", "key": "5"}
    unknown_prompt = add(admin_client, files, "x_notice", "play", {"prompt": "no_such_prompt", "next": "goodbye"},
                         link).json()
    assert not unknown_prompt["ok"] and any(e["node"] == "x_notice" for e in unknown_prompt["errors"])
    for node, kind, fields, bad_link, words in [
        ("welcome", "play", {"prompt": "goodbye", "next": "goodbye"}, link, "already a node"),
        ("Bad-Id", "play", {"prompt": "goodbye", "next": "goodbye"}, link, "node ids are lower-case"),
        ("x_check", "condition", {}, link, "YAML editor"),
        ("x_ask", "collect", {"slot": "colour", "prompt": "goodbye", "next": "goodbye"}, link,
         "there is no slot 'colour'"),
        ("x_play", "play", {"prompt": "goodbye", "next": "goodbye", "choices": "1"}, link, "no field 'choices'"),
        ("x_play", "play", {"prompt": "goodbye", "next": "goodbye"}, {"from": "welcome", "field": "next"},
         "welcome has no link 'next'"),
        ("x_play", "play", {"prompt": "goodbye", "next": "goodbye"}, {"from": "goodbye", "field": "new_key",
                                                                      "key": "5"}, "only a menu gets a new key"),
    ]:
        reply = add(admin_client, files, node, kind, fields, bad_link)
        assert reply.status_code == 422, (node, reply.text)
        assert words in reply.json()["detail"]["message"], reply.json()
    missing = admin_client.post("/api/menus/draft/node/remove", json={"files": files, "file": MENU, "node": "nope"})
    assert missing.status_code == 422 and "没有节点 nope" in missing.json()["detail"]["message"]
    # the entry leads to emergency_check
    entry = admin_client.post("/api/menus/draft/node/remove", json={"files": files, "file": MENU,
                                                                    "node": "emergency_check"}).json()
    assert "菜单入口" in entry["detail"]["errors"][0]["message_zh"]
