"""Chromium: the agent's complaint form picks the platform classification. A caller who chose 食品 in
the IVR gets the food subcategories first; the agent picks 保健食品 and 虚假宣传 and the complaint is
filed with them; switching the form to a report offers the kinds of violation instead."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Browser, expect
from redis.asyncio import Redis
from sqlalchemy import select

from ivr.settings import Settings
from queueing.events import EventLog
from records.db import make_engine, session_factory, session_scope
from records.models import Complaint
from records.writer import RecordsWriter
from tests.web import acd
from tests.web.browser_pages import sign_in

pytestmark = pytest.mark.browser



def connect(settings: Settings, call_id: str, qcid: str, agent: str) -> None:
    """The ACD's ENTERQUEUE and CONNECT events, written to the records as the writer does."""
    async def run() -> None:
        client = Redis.from_url(str(settings.redis_url))
        try:
            log, t = EventLog(client), acd.now_ms()
            base = {"centre": "bj", "queue_call_id": qcid, "call_id": call_id, "enqueued_ms": t - 9000}
            await log.emit("ENTERQUEUE", call_id=call_id, ts_ms=t - 9000, data={**base, "position": 1})
            await log.emit("CONNECT", call_id=call_id, ts_ms=t - 1000, data={**base, "agent": agent,
                                                                              "wait_seconds": 8.0})
            engine = make_engine(settings.effective_database_url)
            writer = RecordsWriter(client, session_factory(engine), settings.secret_key.get_secret_value(),
                                   block_ms=100)
            await writer.drain()
            engine.dispose()
        finally:
            await client.aclose()

    acd.run_async(run)


def filed(settings: Settings, call_id: str) -> list[tuple[str | None, str | None, str | None]]:
    engine = make_engine(settings.effective_database_url)
    try:
        with session_scope(session_factory(engine)) as session:
            return [(c.subcategory, c.problem, c.violation)
                    for c in session.scalars(select(Complaint).where(Complaint.call_id == call_id))]
    finally:
        engine.dispose()


def test_agent_picks_subcategory_and_problem(browser: Browser, server: str, web_settings: Settings,
                                             add_user: Callable[..., str]) -> None:
    url = str(web_settings.redis_url)
    add_user("ann", "agent", "bj")
    errors: list[str] = []
    page = sign_in(browser, server, "ann", "/agent", errors)
    page.click("#btn-login")
    expect(page.locator("#agent-state")).to_contain_text("小休")  # signed in (paused) before ready
    page.click("#btn-ready")
    expect(page.locator("#agent-state")).to_have_text("就绪")
    data = {"call_id": "call-p1", "caller": "138******78", "dnis": "12315", "language": "zh",
            "slots": {"region": "11", "service_type": "complaint", "category": "food"}}
    acd.enqueue(url, "bj", "q-p1", "call-p1", data=data)
    assert acd.answer(url, "bj", "ann") == "q-p1"
    connect(web_settings, "call-p1", "q-p1", "ann")
    expect(page.locator("#c-category")).to_have_value("food")
    suggested = page.locator("#c-subcategory optgroup").first
    expect(suggested).to_have_attribute("label", "按来电选择")
    expect(suggested.locator("option")).to_have_text(["一般食品", "保健食品", "食用农产品", "烟、酒和饮料"])
    expect(page.locator("#c-violation")).to_have_count(0)
    page.select_option("#c-subcategory", "health_food")
    page.select_option("#c-problem", "false_advertising")
    page.fill("#c-business-name", "某保健品店")
    page.click("#btn-file")
    expect(page.locator("#ticket-number")).to_be_visible()
    assert filed(web_settings, "call-p1") == [("health_food", "false_advertising", None)]

    page.select_option("#c-kind", "report")  # a report is classified by the kind of violation
    expect(page.locator("#c-violation")).to_have_value("food_safety")  # the IVR choice's preset
    expect(page.locator("#c-problem")).to_have_count(0)
    assert errors == []
    page.close()
