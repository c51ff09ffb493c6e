"""Chromium: an administrator changes Beijing's wrap-up time in the centre form; a wrong value is
refused at its field in words; after publishing, the ACD configuration in Redis has the new time and
the ACD's per-centre settings built from it give Beijing's agents that wrap-up (and no other centre).
Screenshot of the centre form: docs/screenshots/admin-centre.png."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import yaml
from playwright.sync_api import Browser, expect
from redis.asyncio import Redis

from ivr.settings import Settings
from queueing.config_store import AcdConfigStore, parse_config
from queueing.store import AcdStore
from tests.web import acd
from tests.web.test_admin_journey_browser import Dialogs, no_errors_but_refusals
from tests.web.test_browser import SCREENSHOTS, sign_in

pytestmark = pytest.mark.browser


def acd_in_redis(settings: Settings) -> tuple[int, str, dict[str, int]]:
    """The published ACD version number and text as Redis holds them, and the wrap-up (ms) of each
    centre's settings hash after the ACD takes that configuration (as ``ivr serve`` does)."""

    async def read() -> tuple[int, str, dict[str, int]]:
        client: Any = Redis.from_url(str(settings.redis_url), decode_responses=True)
        try:
            number = int(await client.get("ivr:acd:published"))
            text = await client.get(f"ivr:acd:v:{number}")
            config = await AcdConfigStore(settings, redis=client).load_current()
            await AcdStore(client, config).apply_config()
            wrapups = {cid: int(await client.hget(f"acd:{{{cid}}}:cfg", "wrapup_ms")) for cid in ("bj", "sh")}
            return number, text, wrapups
        finally:
            await client.aclose()

    return acd.run_async(read)


def test_beijing_wrapup_from_the_centre_form_reaches_redis(browser: Browser, server: str, web_settings: Settings,
                                                           add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    page = sign_in(browser, server, "root", "/admin")
    dialogs = Dialogs(page)
    page.locator("#acd-centre").scroll_into_view_if_needed()
    options = page.locator("#centre-select option").all_inner_texts()
    assert len(options) == 32 and "北京 (bj)" in options and "全国 (cn) · 单独设置" in options
    page.select_option("#centre-select", "bj")
    expect(page.locator("#centre-wrapup")).to_have_value("15")
    expect(page.locator("#centre-wrapup-own")).to_have_count(0)

    # a negative wrap-up is refused by the validator, shown at the field in Mandarin
    page.fill("#centre-wrapup", "-5")
    page.click("#acd-form-save")
    expect(page.locator("#centre-wrapup-error")).to_have_text("不能小于 0")
    assert any("路由与溢出规则" in d for d in dialogs.seen)

    page.fill("#centre-wrapup", "45")
    expect(page.locator("#centre-wrapup-own")).to_be_visible()
    page.select_option("#centre-strategy", "round_robin")
    page.fill("#acd-form-comment", "北京话后处理45秒")
    page.click("#acd-form-save")
    expect(page.locator("#acd-form-messages")).to_contain_text("v2")
    expect(page.locator("#centre-wrapup-error")).to_have_count(0)
    expect(page.locator("#centre-select")).to_contain_text("北京 (bj) · 单独设置")
    page.locator("#acd-centre").screenshot(path=str(SCREENSHOTS / "admin-centre.png"))

    number, text, wrapups = acd_in_redis(web_settings)
    assert number == 2
    assert yaml.safe_load(text)["centres"]["bj"] == {"wrapup": 45, "strategy": "round_robin"}
    assert parse_config(text).centres["sh"].wrapup == 15
    assert wrapups == {"bj": 45000, "sh": 15000}

    # another centre shows the shared values; Beijing's own value goes back to the shared one
    page.select_option("#centre-select", "sh")
    expect(page.locator("#centre-wrapup")).to_have_value("15")
    page.select_option("#centre-select", "bj")
    expect(page.locator("#centre-wrapup")).to_have_value("45")
    page.click("#centre-wrapup-reset")
    expect(page.locator("#centre-wrapup")).to_have_value("15")
    page.fill("#acd-form-comment", "北京恢复通用话后处理")
    page.click("#acd-form-save")
    expect(page.locator("#acd-form-messages")).to_contain_text("v3")
    number, text, wrapups = acd_in_redis(web_settings)
    assert number == 3 and yaml.safe_load(text)["centres"]["bj"] == {"strategy": "round_robin"}
    assert wrapups == {"bj": 15000, "sh": 15000}
    no_errors_but_refusals()
    page.close()


def test_saturday_hours_set_with_the_time_pickers_reach_the_next_try(browser: Browser, server: str,
                                                                     web_settings: Settings,
                                                                     add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    page = sign_in(browser, server, "root", "/admin")
    Dialogs(page)
    closed_words = "现在是非工作时间"
    page.fill("#try-inputs", "1, hangup")
    page.fill("#try-at", "2026-10-17T17:30")  # a Saturday, 17:30 Beijing time
    page.click("#btn-try")
    expect(page.locator("#output")).to_contain_text("hours_check")
    expect(page.locator("#output")).not_to_contain_text(closed_words)  # shipped: 08:30-20:30 every day

    page.locator("#acd-week").scroll_into_view_if_needed()
    expect(page.locator("#acd-week")).to_contain_text("北京时间")
    expect(page.locator("#acd-sat-0-open")).to_have_value("08:30")
    expect(page.locator("#acd-sat-0-close")).to_have_value("20:30")
    page.fill("#acd-sat-0-open", "09:00")
    page.fill("#acd-sat-0-close", "17:00")
    # a second range overlapping the first is refused at Saturday's row, in Mandarin
    page.click("#acd-sat-add")
    page.fill("#acd-sat-1-open", "16:00")
    page.fill("#acd-sat-1-close", "18:00")
    page.click("#acd-form-save")
    expect(page.locator("#acd-sat-error")).to_have_text("星期六的时段 09:00-17:00 与 16:00-18:00 重叠")
    assert AcdConfigStore(web_settings).published_number() == 1
    page.click("#acd-sat-1-remove")
    # Sunday closed, Monday with a lunch break copied to the other weekdays
    page.check("#acd-sun-closed")
    page.fill("#acd-mon-0-close", "12:00")
    page.click("#acd-mon-add")
    page.fill("#acd-mon-1-open", "13:30")
    page.check("#acd-mon-1-eod")
    page.click("#acd-copy-weekdays")
    expect(page.locator("#acd-fri-1-eod")).to_be_checked()
    page.fill("#acd-form-comment", "周六09:00-17:00，周日休息")
    page.click("#acd-form-save")
    expect(page.locator("#acd-form-messages")).to_contain_text("v2")
    expect(page.locator("#acd-sat-error")).to_have_count(0)
    expect(page.locator("#acd-fri-1-eod")).to_be_checked()  # the published week, reloaded
    page.locator("#acd-week").screenshot(path=str(SCREENSHOTS / "admin-hours-week.png"))

    published = yaml.safe_load(AcdConfigStore(web_settings).read_version(2))["defaults"]["hours"]
    weekday = ["08:30-12:00", "13:30-24:00"]
    assert published == {"weekly": {"mon": weekday, "tue": weekday, "wed": weekday, "thu": weekday,
                                    "fri": weekday, "sat": ["09:00-17:00"], "sun": []}}
    expect(page.locator("#sched-hours-shared")).to_have_text(
        "星期一至星期五 08:30–12:00、13:30–24:00；星期六 09:00–17:00；星期日 全天休息")
    page.click("#btn-try")  # the next try, still Saturday 17:30: closed
    expect(page.locator("#output")).to_contain_text(closed_words)
    page.fill("#try-at", "2026-10-17T16:30")
    page.click("#btn-try")
    expect(page.locator("#output")).to_contain_text("hours_check")  # whether or not the page clears it meanwhile
    expect(page.locator("#output")).not_to_contain_text(closed_words)
    no_errors_but_refusals()
    page.close()
