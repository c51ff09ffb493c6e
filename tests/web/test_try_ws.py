"""Interactive try of a draft over /api/menus/try/ws, with the real engine and menus."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import Browser, expect
from starlette.websockets import WebSocketDisconnect

from tests.web.conftest import PASSWORD, login

MENU = "12315.yaml"
URL = "/api/menus/try/ws"


# Opening hours are the ACD's: a try follows the draft (or published) ACD configuration's, at the
# real time of day; these make the path independent of the hour the test runs.
ALWAYS_OPEN_DRAFT = {"defaults": {"hours": {"days": [1, 2, 3, 4, 5, 6, 7], "open": "00:00", "close": "24:00"}}}


def always_open(acd_text: str) -> str:
    """The shipped ACD configuration's text with the shared hours around the clock."""
    opened = acd_text.replace('open: "08:30"', 'open: "00:00"', 1).replace('close: "20:30"', 'close: "24:00"', 1)
    assert opened != acd_text
    return opened


def draft_files(client: TestClient) -> dict[str, str]:
    """The published menu with a changed greeting."""
    text = client.get("/api/menus/published").json()["files"][MENU]
    return {MENU: text.replace("欢迎致电全国12315", "草稿问候：欢迎致电全国12315")}


def until(ws: Any, kind: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Messages up to and including the first of type ``kind``."""
    seen: list[dict[str, Any]] = []
    while True:
        message: dict[str, Any] = ws.receive_json()
        seen.append(message)
        if message["type"] == kind:
            return message, seen


def test_a_draft_call_driven_from_the_page(admin_client: TestClient) -> None:
    files = draft_files(admin_client)
    with admin_client.websocket_connect(URL) as ws:
        ws.send_json({"type": "start", "dnis": "12315", "caller": "01088886666", "language": "zh", "files": files,
                      "acd": ALWAYS_OPEN_DRAFT})
        started = ws.receive_json()
        assert started["type"] == "started" and started["menu_version"] == "draft"
        ask, seen = until(ws, "ask")
        prompts = [m for m in seen if m["type"] == "prompt"]
        assert prompts[0]["prompt_id"] == "welcome" and prompts[0]["text"].startswith("草稿问候")
        assert ask["ask"] in {"keys", "say or keys"}

        ws.send_json({"type": "input", "text": "1"})
        _, seen = until(ws, "ask")
        after = [m["prompt_id"] for m in seen if m["type"] == "prompt"]
        assert after == ["service_menu"]

        ws.send_json({"type": "input", "text": "x" * 600})  # refused, the call goes on
        assert ws.receive_json()["type"] == "error"
        ws.send_json({"type": "input", "text": "hangup"})
        summary, _ = until(ws, "summary")
    assert summary["menu_version"] == "draft" and summary["path"][:2] == ["emergency_check", "welcome"]
    assert summary["heard"][0].startswith("草稿问候")
    assert summary["slots"]["language"] == "zh" and summary["record"]["transport"] == "web-try"
    assert admin_client.app.state.web.extras["try_sessions"] == 0  # type: ignore[attr-defined]
    # a try never publishes
    assert "草稿问候" not in admin_client.get("/api/menus/published").json()["files"][MENU]


FOOD_TO_NATIONAL = """
  - name: food complaints to the national centre
    match: {category: food}
    centre: cn
"""


def routed_centre(client: TestClient, files: dict[str, str]) -> dict[str, Any]:
    """A food complaint on the legacy 12331 line about a Beijing business, up to the queue."""
    with client.websocket_connect(URL) as ws:
        ws.send_json({"type": "start", "dnis": "12331", "files": files})
        while True:
            message = ws.receive_json()
            if message["type"] == "ask":
                # "1": Mandarin, complaint, the caller's region (Beijing, from 010), same business region
                answer = "statement: 买到过期食品" if message["ask"] == "statement" else "1"
                ws.send_json({"type": "input", "text": answer})
            elif message["type"] == "summary":
                assert message["slots"]["category"] == "food" and message["slots"]["business_region"] == "11"
                return dict(message["routing"])


def test_routing_follows_the_published_acd_configuration(admin_client: TestClient) -> None:
    files = draft_files(admin_client)
    opened = always_open(admin_client.get("/api/acd-config").json()["text"])
    assert admin_client.post("/api/acd-config/publish", json={"text": opened, "comment": "24h"}).status_code == 200
    assert routed_centre(admin_client, files)["centre"] == "bj"
    text = opened.rstrip("\n") + "\n" + FOOD_TO_NATIONAL
    reply = admin_client.post("/api/acd-config/publish", json={"text": text, "comment": "food to cn"})
    assert reply.status_code == 200, reply.text
    routing = routed_centre(admin_client, files)
    assert routing["centre"] == "cn" and "food complaints to the national centre" in routing["reason"]


def test_bad_start_messages_are_refused(admin_client: TestClient) -> None:
    with admin_client.websocket_connect(URL) as ws:
        ws.send_json({"type": "start", "files": {MENU: "menu: x"}})
        error = ws.receive_json()
        assert error["type"] == "error" and error["errors"]
        with pytest.raises(WebSocketDisconnect):
            ws.receive_json()
    with admin_client.websocket_connect(URL) as ws:
        ws.send_json({"type": "start", "dnis": "12315;HANGUP"})
        assert "bad start message" in ws.receive_json()["message"]
    with admin_client.websocket_connect(URL) as ws:
        ws.send_json({"type": "start", "files": {"../evil.yaml": "menu: x"}})
        assert "bad menu file name" in ws.receive_json()["message"]


def test_leaving_mid_call_ends_it(admin_client: TestClient) -> None:
    with admin_client.websocket_connect(URL) as ws:
        ws.send_json({"type": "start"})
        until(ws, "ask")
    assert admin_client.app.state.web.extras["try_sessions"] == 0  # type: ignore[attr-defined]


def test_refused_without_an_admin_session(client: TestClient, add_user: Callable[..., str]) -> None:
    with pytest.raises(WebSocketDisconnect), client.websocket_connect(URL) as ws:
        ws.receive_json()
    add_user("sue", "supervisor", "bj")
    login(client, "sue")
    with pytest.raises(WebSocketDisconnect), client.websocket_connect(URL) as ws:
        ws.receive_json()
    add_user("root", "admin")
    login(client, "root")
    with pytest.raises(WebSocketDisconnect), client.websocket_connect(
            URL, headers={"origin": "http://evil.example"}) as ws:
        ws.receive_json()


@pytest.mark.browser
def test_the_admin_page_publishes_rules_and_runs_a_live_try(browser: Browser, server: str,
                                                            add_user: Callable[..., str]) -> None:
    """In chromium: publish a routing rule in the ACD editor, then drive a call from the panel."""
    add_user("root", "admin")
    errors: list[str] = []
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{server}/login?next=/admin")
    page.fill("#username", "root")
    page.fill("#password", PASSWORD)
    page.click("#login-submit")
    expect(page).to_have_url(f"{server}/admin")
    expect(page.locator("#acd-published-label")).to_contain_text("v1")
    page.on("dialog", lambda d: d.accept())  # publishing asks for confirmation
    page.click("details.expert summary")  # the YAML editor is the expert section
    text = page.input_value("#acd-editor")
    page.fill("#acd-editor", text.replace("overflow: [cn]", "overflow: [nowhere]"))
    page.click("#acd-publish")  # no comment yet: refused in the page
    page.fill("#acd-comment", "broken on purpose")
    page.click("#acd-publish")
    expect(page.locator("#acd-errors")).to_contain_text("nowhere")
    page.fill("#acd-editor", always_open(text).rstrip("\n") + "\n" + FOOD_TO_NATIONAL)
    page.click("#acd-publish")
    expect(page.locator("#acd-published-label")).to_contain_text("v2")
    expect(page.locator("#acd-versions tbody tr")).to_have_count(2)

    page.select_option("#file-select", MENU)
    page.fill("#editor", draft_files_text(page.input_value("#editor")))
    page.fill("#live-dnis", "12331")
    page.click("#live-start")
    # "1" to every question (Mandarin, complaint, the caller's region Beijing, same business
    # region), then the statement; the call queues (no queue in a try: callback) and ends
    summary = page.locator("#live-summary")
    for _ in range(20):
        page.locator("#live-input:enabled, #live-summary:not(:empty)").first.wait_for()
        if summary.text_content():
            break
        asked = page.text_content("#live-ask") or ""
        page.fill("#live-input", "statement: 买到过期食品" if asked.endswith("statement") else "1")
        page.press("#live-input", "Enter")
    expect(page.locator("#live-summary")).to_contain_text("food complaints to the national centre")
    expect(page.locator("#live-log")).to_contain_text("草稿问候")
    assert [e for e in errors if "status of 422" not in e] == []  # the refused publish logs its 422


def draft_files_text(text: str) -> str:
    """The same change as draft_files, on the text in the page's editor."""
    return text.replace("欢迎致电全国12315", "草稿问候：欢迎致电全国12315")
