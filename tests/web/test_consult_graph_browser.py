"""Chromium: over the consult node of the menu picture, the consultations and the self-service rate of
the chosen days, and in its details panel consultations, self-served, to an agent and the rate, after
consultations made through the engine (the API test's scripts, the same figures as the reports)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Browser, expect

from ivr.menus.store import MenuStore
from ivr.settings import Settings
from tests.web.calls import place_calls
from tests.web.test_admin_flow_failures import CONSULT_SCRIPTS
from tests.web.test_browser import sign_in

pytestmark = pytest.mark.browser
BEIJING = ZoneInfo("Asia/Shanghai")


def test_consult_node_shows_its_self_service(browser: Browser, server: str, web_settings: Settings,
                                             add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    place_calls(web_settings, MenuStore(web_settings).current(), CONSULT_SCRIPTS,
                datetime(2026, 3, 3, 10, 0, tzinfo=BEIJING))
    page = sign_in(browser, server, "root", "/admin")
    today = datetime.now(BEIJING).date().isoformat()
    page.locator("#h-graph").scroll_into_view_if_needed()
    page.fill("#graph-start", today)
    page.fill("#graph-end", today)
    page.click("#graph-show")
    expect(page.locator("#graph-calls")).to_have_text("6")
    expect(page.locator("#node-consult")).to_contain_text("知识库咨询")
    expect(page.locator("#node-consult .node-consult")).to_have_text("咨询 5 · 自助 60%")
    expect(page.locator("#node-service_menu .node-consult")).to_have_count(0)
    page.click("#node-consult")
    expect(page.locator("#graph-node-consultations")).to_have_text("5")
    expect(page.locator("#graph-node-self_served")).to_have_text("3")
    expect(page.locator("#graph-node-to_agent")).to_have_text("2")
    expect(page.locator("#graph-node-self_service_rate")).to_have_text("60%")
    page.click("#node-service_menu")
    expect(page.locator("#graph-node-consult")).to_have_count(0)
