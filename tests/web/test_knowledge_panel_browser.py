"""Chromium: the agent desk's knowledge panel. A consultation the IVR could not answer reaches the
agent with the caller's recognised words (the queue entry's ``speech``): the desk shows them and
prefills the form's summary, the panel searches them at once and shows the best entry's answer, its
citation and validity; the agent's own search shows another entry, and nonsense finds nothing. The
panel follows the desk's own live channel: the page holds one WebSocket."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Browser, expect

from ivr.settings import Settings
from tests.web import acd
from tests.web.test_browser import no_page_errors, sign_in

pytestmark = pytest.mark.browser


def test_panel_searches_the_call_question_and_the_agents_own(browser: Browser, server: str, web_settings: Settings,
                                                              add_user: Callable[..., str]) -> None:
    url = str(web_settings.redis_url)
    add_user("ann", "agent", "bj")
    page = sign_in(browser, server, "ann", "/agent")
    sockets: list[str] = []
    page.on("websocket", lambda ws: sockets.append(ws.url))
    page.reload()  # counted from the page's start
    expect(page.locator("#kb-panel")).to_be_visible()
    expect(page.locator("#kb-panel-results")).to_have_count(0)
    page.click("#btn-login")
    expect(page.locator("#agent-state")).to_have_text("小休 · 刚签入")  # signed in before ready
    page.click("#btn-ready")
    expect(page.locator("#agent-state")).to_have_text("就绪")

    question = "预付卡的钱商家不给退怎么办"
    data = {"call_id": "call-k1", "caller": "138******78", "dnis": "12315", "language": "zh",
            "slots": {"service_type": "consultation"},
            "speech": [{"slot": "consult_question", "text": question, "value": None}]}
    acd.enqueue(url, "bj", "q-k1", "call-k1", data=data)
    assert acd.answer(url, "bj", "ann") == "q-k1"
    expect(page.locator("#offer-recognised")).to_have_text(question)
    expect(page.locator("#c-summary")).to_have_value(question)
    expect(page.locator("#kb-panel-q")).to_have_value(question)
    # the app's first search indexes the base (seconds; ivr serve does it at start)
    expect(page.locator("#kb-panel-from-call")).to_be_visible(timeout=30_000)
    best = page.locator("#kb-panel-results li").first
    expect(best).to_have_id("kb-panel-result-prepaid_refund")
    expect(best.locator(".kb-answer")).to_contain_text("预付")
    expect(best.locator(".kb-citation")).to_contain_text("《中华人民共和国消费者权益保护法》第53条")
    expect(best.locator(".kb-validity")).to_contain_text("2014-03-15")

    page.fill("#kb-panel-q", "在饭店吃完饭全家都上吐下泻")
    page.click("#kb-panel-btn")
    expect(page.locator("#kb-panel-results li").first).to_have_id("kb-panel-result-restaurant_food_poisoning")
    expect(page.locator("#kb-panel-from-call")).to_have_count(0)
    page.fill("#kb-panel-q", "zzqqxx")
    page.click("#kb-panel-btn")
    expect(page.locator("#kb-panel-none")).to_be_visible()
    expect(page.locator("#offer-facts")).to_be_visible()  # the desk itself is untouched by the panel
    # one live channel: the panel opens no socket of its own. The console's own socket may be reopened: a CI run
    # once saw it twice (closed and reopened by the page's reconnect, cause not found; the index build in the
    # server's thread held the event loop at most 0.7 s when measured)
    assert sockets and all(s.endswith("/api/console/ws") for s in sockets), sockets
    no_page_errors()
    page.close()
