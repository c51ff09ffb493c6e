"""A try follows the draft's routing rules: the ACD editor's unpublished text, or the routing form's
unsaved rows, decide the centre the tried call is routed to (scripted and interactive); nothing is
published, and an invalid draft is refused in words."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.web.test_try_ws import ALWAYS_OPEN_DRAFT, draft_files

URL = "/api/menus/try/ws"
MONDAY_MORNING = "2026-11-30T10:00:00"  # Beijing time: open
# The legacy food line 12331, Mandarin, a complaint, the caller's region (Beijing, from 010) and the
# business in the same region, then the statement: the call reaches the queue.
FOOD_COMPLAINT = ["1", "1", "1", "1", "statement: 买到过期食品"]
FOOD_TO_SHANGHAI = {"name": "draft: food to Shanghai", "match": {"category": "food"}, "priority": 0, "centre": "sh"}


def published(client: TestClient) -> tuple[dict[str, str], str, dict[str, Any]]:
    files = dict(client.get("/api/menus/published").json()["files"])
    text = str(client.get("/api/acd-config").json()["text"])
    form = dict(client.get("/api/acd-config/form").json())
    return files, text, form


def scripted(client: TestClient, files: dict[str, str], acd: dict[str, Any] | None) -> Any:
    body: dict[str, Any] = {"files": files, "dnis": "12331", "inputs": FOOD_COMPLAINT, "at": MONDAY_MORNING}
    if acd is not None:
        body["acd"] = acd
    return client.post("/api/menus/try", json=body)


def as_yaml_rule(rule: dict[str, Any]) -> str:
    return (f"\n  - name: \"{rule['name']}\"\n    match: {{category: food}}\n    priority: 0\n"
            f"    centre: {rule['centre']}\n")


def test_scripted_try_routes_with_the_draft_rules(admin_client: TestClient) -> None:
    files, text, form = published(admin_client)
    plain = scripted(admin_client, files, None)
    assert plain.status_code == 200, plain.text
    assert plain.json()["slots"]["category"] == "food" and plain.json()["routing"]["centre"] == "bj"

    # the expert editor's unpublished text
    edited = text.rstrip("\n") + as_yaml_rule(FOOD_TO_SHANGHAI)
    routing = scripted(admin_client, files, {"text": edited}).json()["routing"]
    assert routing["centre"] == "sh" and "draft: food to Shanghai" in routing["reason"]
    # the routing form's unsaved rows
    routing = scripted(admin_client, files, {"rules": [*form["rules"], FOOD_TO_SHANGHAI]}).json()["routing"]
    assert routing["centre"] == "sh"
    # a centre's unsaved overflow chain too
    routing = scripted(admin_client, files, {"centres": {"bj": {"overflow": ["tj", "cn"]}}}).json()["routing"]
    assert routing["centre"] == "bj" and routing["overflow"] == ["tj", "cn"]

    # nothing was published
    assert admin_client.get("/api/acd-config").json()["text"] == text
    assert scripted(admin_client, files, None).json()["routing"]["centre"] == "bj"


def test_an_invalid_routing_draft_is_refused_in_words(admin_client: TestClient) -> None:
    files, _, form = published(admin_client)
    typo = {"name": "typo", "match": {"category": "fod"}, "priority": 1}
    reply = scripted(admin_client, files, {"rules": [*form["rules"], typo]})
    assert reply.status_code == 422
    assert reply.json()["detail"]["errors"][0].startswith("规则“typo”：没有这个投诉类别值 fod")


def interactive(client: TestClient, files: dict[str, str], acd: dict[str, Any] | None) -> dict[str, Any]:
    answers = iter(FOOD_COMPLAINT)
    with client.websocket_connect(URL) as ws:
        # the interactive try runs at the real time of day: the draft's hours are open around the clock
        start: dict[str, Any] = {"type": "start", "dnis": "12331", "files": files,
                                 "acd": {**ALWAYS_OPEN_DRAFT, **(acd or {})}}
        ws.send_json(start)
        while True:
            message = ws.receive_json()
            if message["type"] == "ask":
                ws.send_json({"type": "input", "text": next(answers, "hangup")})
            elif message["type"] == "summary":
                return dict(message)
            elif message["type"] == "error":
                return dict(message)


def test_interactive_try_routes_with_the_draft_rules(admin_client: TestClient) -> None:
    _, _, form = published(admin_client)
    files = draft_files(admin_client)
    summary = interactive(admin_client, files, None)
    assert summary["type"] == "summary" and summary["routing"]["centre"] == "bj", summary
    summary = interactive(admin_client, files, {"rules": [*form["rules"], FOOD_TO_SHANGHAI]})
    assert summary["type"] == "summary", summary
    assert summary["routing"]["centre"] == "sh" and "draft: food to Shanghai" in summary["routing"]["reason"]
    refused = interactive(admin_client, files, {"rules": [*form["rules"], {"name": "typo",
                                                                              "match": {"category": "fod"}}]})
    assert refused["type"] == "error" and refused["errors"][0].startswith("规则“typo”")
