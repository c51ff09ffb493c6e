"""Chromium: the supervisor pauses an agent with a reason and signs another out from the per-agent
table; the buttons of an agent on a call are disabled; the reports section is on the page with its
CSV links for the chosen centre."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Browser, Page, expect

from ivr.settings import Settings
from queueing.store import AcdStore
from tests.web import acd
from tests.web.conftest import PASSWORD

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"


def sign_in(browser: Browser, base: str, username: str, errors: list[str]) -> Page:
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{base}/dashboard")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("#login-submit")
    expect(page).to_have_url(f"{base}/dashboard")
    return page


def acd_state(settings: Settings, agent: str) -> str | None:
    async def work(store: AcdStore) -> str | None:
        return (await store.agent("bj", agent)).get("state")

    return acd.with_store(str(settings.redis_url), work)


def test_supervisor_pauses_and_signs_out_agents(
    browser: Browser, server: str, web_settings: Settings, add_user: Callable[..., str]
) -> None:
    url = str(web_settings.redis_url)
    add_user("sue", "supervisor", "bj")

    async def log_in(store: AcdStore) -> None:
        await store.agent_login("bj", "a-1", "PJSIP/a-1", acd.now_ms(), ready=True)

    acd.enqueue(url, "bj", "q-b1", "call-b1", data={"call_id": "call-b1", "slots": {}})
    acd.answer(url, "bj", "a-2")
    acd.with_store(url, log_in)
    errors: list[str] = []
    page = sign_in(browser, server, "sue", errors)
    row = page.locator('#agents tr[data-agent="a-1"]')
    busy = page.locator('#agents tr[data-agent="a-2"]')
    expect(row).to_contain_text("就绪")
    expect(busy).to_contain_text("通话中")
    expect(busy.locator("button.force-logout")).to_be_disabled()
    expect(busy.locator("button.force-pause")).to_be_disabled()

    row.locator("select.pause-reason").select_option("meal")
    row.locator("button.force-pause").click()
    expect(row).to_contain_text("小休 · 用餐")
    assert acd_state(web_settings, "a-1") == "paused"

    page.once("dialog", lambda d: d.accept())
    row.locator("button.force-logout").click()
    expect(row).to_have_count(0)
    assert acd_state(web_settings, "a-1") is None
    assert acd_state(web_settings, "a-2") == "busy"

    reports = page.locator("#reports")
    expect(reports.locator("#report-centres")).to_contain_text("该时段没有数据")
    href = reports.locator("#csv-centres").get_attribute("href") or ""
    assert href.startswith("/api/reports/centres?") and "centre=bj" in href and "format=csv" in href
    reply = page.request.get(server + href)
    assert reply.status == 200 and reply.headers["content-type"].startswith("text/csv")
    assert [e for e in errors if "WebSocket" not in e] == []
    page.close()
