"""Chromium: the menu picture shows failed answers per node by kind after calls through the engine
(screenshot docs/screenshots/admin-graph-failures.png); a node is added by form (kind from a list, the
fields of that kind, the key that leads to it) into the editor's draft; removing it while a key still
leads there is refused at the field; once the key points elsewhere it goes."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Browser, expect

from ivr.menus.store import MenuStore
from ivr.settings import Settings
from tests.web.calls import place_calls
from tests.web.test_admin_flow_failures import SCRIPTS
from tests.web.test_admin_journey_browser import Dialogs, no_errors_but_refusals
from tests.web.test_browser import SCREENSHOTS, sign_in

pytestmark = pytest.mark.browser
BEIJING = ZoneInfo("Asia/Shanghai")


def test_failures_in_the_picture_and_nodes_added_and_removed(browser: Browser, server: str, web_settings: Settings,
                                                             add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    menus = MenuStore(web_settings).current()
    place_calls(web_settings, menus, SCRIPTS, datetime(2026, 11, 30, 10, 0, tzinfo=BEIJING))
    page = sign_in(browser, server, "root", "/admin")
    Dialogs(page)
    today = datetime.now(BEIJING).date().isoformat()
    page.locator("#h-graph").scroll_into_view_if_needed()
    page.fill("#graph-start", today)
    page.fill("#graph-end", today)
    page.click("#graph-show")
    expect(page.locator("#graph-calls")).to_have_text("5")
    expect(page.locator("#node-service_menu")).to_contain_text("超时 3 · 按错 3 · 语音未识别 1")
    expect(page.locator("#node-region_ask")).to_contain_text("语音未识别 2")
    expect(page.locator("#node-hours_check")).not_to_contain_text("超时")
    expect(page.locator("#graph-failing li").first).to_contain_text("service_menu")
    page.click("#node-service_menu")
    expect(page.locator("#graph-node-timeout")).to_have_text("3")
    expect(page.locator("#graph-node-speech_rejected")).to_have_text("1")
    expect(page.locator("#graph-node-gave_up")).to_have_text("1")
    page.locator('section[aria-labelledby="h-graph"]').screenshot(path=str(SCREENSHOTS / "admin-graph-failures.png"))

    # --- a play node behind a new key 5 of the service menu, by form ------------------------------
    page.fill("#add-node-id", "hours_notice")
    page.select_option("#add-node-kind", "play")
    expect(page.locator("#add-node-f-barge_in")).to_be_visible()  # the fields of a play node
    page.select_option("#add-node-f-prompt", "closed_notice")
    page.select_option("#add-node-f-next", "service_menu")
    page.select_option("#add-node-from", "service_menu")
    page.select_option("#add-node-via", "new_key")
    page.fill("#add-node-new-key", "5")
    page.click("#add-node-apply")
    expect(page.locator("#add-node-note")).to_contain_text("已把新节点放入草稿")
    expect(page.locator("#editor")).to_have_value(re.compile(r"hours_notice:\n\s+kind: play"))
    expect(page.locator("#graph-version")).to_have_value("draft")
    expect(page.locator("#node-hours_notice")).to_be_visible()  # the picture of the draft
    # the picture coming in wipes neither the note nor anything else; the form is empty for the next node
    expect(page.locator("#add-node-note")).to_contain_text("已把新节点放入草稿")
    expect(page.locator("#add-node-id")).to_have_value("")
    store = MenuStore(web_settings)
    assert "hours_notice" not in store.read_version(store.published_number())["12315.yaml"]  # nothing published

    # --- removing it while key 5 leads there is refused at the field -------------------------------
    page.click("#node-hours_notice")
    page.click("#node-remove")
    expect(page.locator("#node-remove-errors")).to_contain_text("仍被引用：service_menu 的按键 5")
    expect(page.locator("#editor")).to_have_value(re.compile(r"hours_notice:"))

    # key 5 to the goodbye instead (the node form), then the node goes
    page.click("#node-service_menu")
    page.select_option("#node-choice-4", "goodbye")
    page.click("#node-apply")
    expect(page.locator("#editor")).to_have_value(re.compile(r"key: ['\"]5['\"]\n\s+target: goodbye\n"))
    page.click("#graph-show")
    page.click("#node-hours_notice")
    page.click("#node-remove")
    expect(page.locator("#node-hours_notice")).to_have_count(0)
    expect(page.locator("#editor")).not_to_have_value(re.compile(r"hours_notice:"))
    no_errors_but_refusals()
    page.close()
