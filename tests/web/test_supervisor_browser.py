"""Chromium: the supervisor pauses an agent with a reason and signs another out from the per-agent
table; the buttons of an agent on a call are disabled; the reports section is on the page with its
CSV links for the chosen centre, and the self-service figures per Beijing day and per entry (offered
in a key menu and not chosen too) of consultations made through the engine (console caller, the real
records writer)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Browser, expect

from ivr.menus.menuset import load_menu_dir
from ivr.settings import SHIPPED_MENUS_DIR, Settings
from queueing.store import AcdStore
from tests.knowledge.keys import question_keys
from tests.web import acd
from tests.web.browser_pages import sign_in
from tests.web.calls import place_calls

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
SHANGHAI = ZoneInfo("Asia/Shanghai")
OPEN = datetime(2026, 3, 3, 10, 0, tzinfo=SHANGHAI)  # the engine's clock: a Tuesday morning, open
RETURN = "say: 网上买的东西七天内可以退吗"
CONSULTATIONS = [
    ["1", "3", RETURN, "timeout"],                             # answered, done: self-served
    ["1", "3", RETURN, "0", "timeout", "timeout", "timeout"],  # answered, then 0: to an agent
    ["1", "3", RETURN, "timeout"],                             # self-served
    ["1", "3", *question_keys("internet", "online_seven_day_return"), "timeout"],  # the same return, by keys
]


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

    calls = place_calls(web_settings, load_menu_dir(SHIPPED_MENUS_DIR), CONSULTATIONS, OPEN)
    assert [c["path"].count("consult") for c in calls] == [1, 1, 1, 1]
    today = datetime.now(SHANGHAI).date().isoformat()  # the records keep when the call really started
    acd.enqueue(url, "bj", "q-b1", "call-b1", data={"call_id": "call-b1", "slots": {}})
    acd.answer(url, "bj", "a-2")
    acd.with_store(url, log_in)
    errors: list[str] = []
    page = sign_in(browser, server, "sue", "/dashboard", errors)
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
    # self-service of today's consultations: 4, 3 self-served, 1 to an agent, 75 %
    served = reports.locator("#report-self-service")
    expect(reports.locator("#h-self-service")).to_contain_text("自助服务")
    expect(served.locator(f'tr[data-day="{today}"] td')).to_have_text([today, "4", "3", "1", "75%"])
    # per entry: read, then an agent, self-service, offered in the key menu, offered and not chosen
    per_entry = reports.locator("#report-kb-entries")
    expect(per_entry.locator("thead")).to_contain_text("列出而未被选择")
    returned = per_entry.locator('tr[data-entry="online_seven_day_return"] td:not(:first-child)')
    expect(returned).to_have_text(["4", "1", "75%", "1", "0"])
    # another question on the same first page of the internet list, passed over (the list pages at eight)
    expect(per_entry.locator('tr[data-entry="seven_day_return_exceptions"] td:not(:first-child)')).to_have_text(
        ["0", "0", "-", "1", "1"])
    expect(per_entry.locator('tr[data-entry="return_shipping_cost"]')).to_have_count(0)  # on the second page
    expect(served.locator("#self-service-total")).to_contain_text("合计")
    page.goto(f"{server}/dashboard?lang=en")
    expect(page.locator("#h-self-service")).to_contain_text("Self-service")
    expect(page.locator("#report-self-service thead")).to_contain_text("To an agent")
    english = page.locator(f'#report-self-service tr[data-day="{today}"] td')
    expect(english).to_have_text([today, "4", "3", "1", "75%"])
    expect(page.locator("#report-kb-entries thead")).to_contain_text("Offered, not chosen")
    assert [e for e in errors if "WebSocket" not in e] == []
    page.close()
