"""Chromium: a routing rule added in the form but not published decides the centre of the scripted try
of the draft; nothing is published."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Browser, expect

from ivr.settings import Settings
from queueing.config_store import AcdConfigStore
from tests.web.test_admin_journey_browser import no_errors_but_refusals
from tests.web.test_browser import sign_in

pytestmark = pytest.mark.browser


def test_the_scripted_try_follows_an_unsaved_rule(browser: Browser, server: str, web_settings: Settings,
                                                   add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    page = sign_in(browser, server, "root", "/admin")
    page.fill("#try-inputs", "1，1，1，1，statement: 买到过期食品")
    page.fill("#try-dnis", "12331")
    page.fill("#try-at", "2026-11-30T10:00")
    page.click("#btn-try")
    expect(page.locator("#output")).to_contain_text("路由: bj")

    page.locator("#h-acd").scroll_into_view_if_needed()
    page.click("#rule-add")  # a new row: category food
    new = page.locator("#acd-form tbody tr").count() - 1
    page.fill(f"#rule-{new}-name", "草稿：食品投诉转上海")
    page.select_option(f"#rule-{new}-centre", "sh")
    page.click("#btn-try")
    expect(page.locator("#output")).to_contain_text("路由: sh — business_region=11; food-and-drug line 12331; "
                                                    "food safety complaints first; 草稿：食品投诉转上海")
    assert AcdConfigStore(web_settings).published_number() == 1  # the rule was not published
    no_errors_but_refusals()
    page.close()
