"""Chromium: when the call ends the desk shows the wrap-up with the centre's timer counting down
(from the ACD's wrap_until), the disposition list, and the agent leaves wrap-up when the timer
runs out (the ACD's upkeep, as `ivr serve` runs it); the ended call stays pending on the desk and
its disposition can still be recorded then; a new call offered first records it as not recorded
(timer), and the desk says so."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from ivr.settings import Settings
from queueing.store import AcdStore
from tests.web import acd
from tests.web.acd_centre import AcdUpkeep, beijing_config, with_centres, with_store
from tests.web.browser_pages import script_errors, sign_in
from tests.web.live import live_server

pytestmark = pytest.mark.browser
WRAPUP_SECONDS = 4


@pytest.fixture
def short_wrapup(tmp_path: Path, web_settings: Settings) -> Settings:
    return with_centres(web_settings, beijing_config(tmp_path, wrapup=WRAPUP_SECONDS))


@pytest.fixture
def desk_server(short_wrapup: Settings) -> Iterator[str]:
    with live_server(short_wrapup) as url:
        yield url


def offer(settings: Settings, qcid: str, call_id: str, answer: bool) -> None:
    async def work(store: AcdStore) -> None:
        t = acd.now_ms()
        await store.enqueue("bj", qcid, call_id=call_id, enq_ms=t, now_ms=t,
                            data={"call_id": call_id, "slots": {"service_type": "complaint"}})
        assert await store.dispatch("bj", t) == [(qcid, "ann")]
        if answer:
            await store.connect("bj", qcid, "ann", t)

    with_store(settings, work)


def ready_at_the_desk(browser: Browser, server: str, errors: list[str]) -> Page:
    """Agent ann signed in on the desk, logged in to the ACD and ready."""
    page = sign_in(browser, server, "ann", "/agent", errors)
    page.click("#btn-login")
    expect(page.locator("#agent-state")).to_contain_text("小休")
    page.click("#btn-ready")
    expect(page.locator("#agent-state")).to_have_text("就绪")
    return page


def test_the_wrapup_counts_down_and_ends_by_the_timer(
    browser: Browser, desk_server: str, short_wrapup: Settings, add_user: Callable[..., str]
) -> None:
    add_user("ann", "agent", "bj")
    errors: list[str] = []
    page = ready_at_the_desk(browser, desk_server, errors)

    qcid = "q-w1"
    offer(short_wrapup, qcid, "call-w1", answer=True)
    expect(page.locator("#call-phase")).to_contain_text("通话中")
    expect(page.locator("#wrap-clock")).to_have_count(0)
    with AcdUpkeep(short_wrapup):
        with_store(short_wrapup, lambda store: store.complete("bj", qcid, "ann", acd.now_ms()))
        expect(page.locator("#agent-state")).to_have_text("话后处理")
        expect(page.locator("#wrap-clock")).to_be_visible()
        expect(page.locator("#wrap-countdown")).to_have_text(re.compile(r"^0:0[0-4]$"))
        assert page.locator("#wrap-progress").get_attribute("max") == str(WRAPUP_SECONDS)
        expect(page.locator("#disposition option")).to_contain_text(["当场解决", "已登记工单"])
        expect(page.locator("#btn-wrapup")).to_be_enabled()
        # the timer runs out: the ACD makes the agent ready without a click
        expect(page.locator("#agent-state")).to_have_text("就绪", timeout=20_000)
        expect(page.locator("#wrap-clock")).to_have_count(0)
    # the call's disposition is still recorded after the timer
    expect(page.locator("#disposition-pending")).to_be_visible()
    expect(page.locator("#call-phase")).to_contain_text("通话已结束")
    page.select_option("#disposition", "resolved")
    page.click("#btn-wrapup")
    expect(page.locator("#no-call")).to_be_visible()
    expect(page.locator("#disposition-pending")).to_have_count(0)
    expect(page.locator("#agent-state")).to_have_text("就绪")
    assert script_errors(errors) == []
    page.close()


def test_a_new_call_before_the_disposition_records_it_as_not_recorded(
    browser: Browser, desk_server: str, short_wrapup: Settings, add_user: Callable[..., str]
) -> None:
    add_user("ann", "agent", "bj")
    errors: list[str] = []
    page = ready_at_the_desk(browser, desk_server, errors)
    offer(short_wrapup, "q-w2", "call-w2", answer=True)
    expect(page.locator("#call-phase")).to_contain_text("通话中")
    with AcdUpkeep(short_wrapup):
        with_store(short_wrapup, lambda store: store.complete("bj", "q-w2", "ann", acd.now_ms()))
        expect(page.locator("#agent-state")).to_have_text("话后处理")
        expect(page.locator("#agent-state")).to_have_text("就绪", timeout=20_000)
    expect(page.locator("#disposition-pending")).to_be_visible()
    offer(short_wrapup, "q-w3", "call-w3", answer=False)  # rings before she chose
    expect(page.locator("#call-phase")).to_contain_text("振铃")
    expect(page.locator("#disposition-pending")).to_have_count(0)
    expect(page.locator("#last-auto")).to_contain_text("未记录（话后处理计时结束）")
    last = page.request.get(f"{desk_server}/api/console/state").json()["last"]
    assert last["call_id"] == "call-w2" and last["disposition"] == "not_recorded_timer" and last["auto"], last
    assert script_errors(errors) == []
    page.close()
