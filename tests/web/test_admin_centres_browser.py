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
