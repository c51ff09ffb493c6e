"""Browser tests: Debian's chromium driven by Playwright against the app under uvicorn.

- an administrator changes a prompt and publishes; the next call hears the new text while a
  call that started before (holding the old MenuSet) still hears the old one;
- an agent receives an offered call and files the complaint;
- the dashboard shows a waiting call and then its answer.
Screenshots of the three pages go to docs/screenshots/.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect
from redis.asyncio import Redis
from sqlalchemy import select

from ivr.callrecord import CallRecord, QueueResult, RoutingDecision
from ivr.console import run_script
from ivr.engine import default_services
from ivr.events import RedisEventSink
from ivr.menus.store import MenuStore
from ivr.settings import Settings
from queueing.events import EventLog
from records.db import make_engine, session_factory, session_scope
from records.models import Complaint
from records.writer import RecordsWriter
from tests.support.evidence import evidence_dir
from tests.web import acd
from tests.web.conftest import PASSWORD

pytestmark = pytest.mark.browser
SCREENSHOTS = evidence_dir("docs/screenshots")
CHROMIUM = "/usr/bin/chromium"


CONSOLE_ERRORS: list[str] = []


def no_page_errors() -> None:
    """No script errors and nothing refused by the Content-Security-Policy."""
    errors = [e for e in CONSOLE_ERRORS if "WebSocket" not in e]  # reconnects while a test stops the server
    CONSOLE_ERRORS.clear()
    assert errors == []


def sign_in(browser: Browser, base: str, username: str, path: str) -> Page:
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    CONSOLE_ERRORS.clear()
    page.on("console", lambda m: CONSOLE_ERRORS.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: CONSOLE_ERRORS.append(str(e)))
    page.goto(f"{base}{path}")
    expect(page).to_have_url(f"{base}/login?next={path}")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("#login-submit")
    expect(page).to_have_url(f"{base}{path}")
    return page


def test_login_page_refuses_wrong_password(browser: Browser, server: str, add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    page = browser.new_page()
    page.goto(f"{server}/login")
    page.fill("#username", "root")
    page.fill("#password", "not the password")
    page.click("#login-submit")
    expect(page.locator("#login-error")).to_be_visible()
    page.goto(f"{server}/admin")
    expect(page).to_have_url(f"{server}/login?next=/admin")
    page.close()


def test_admin_changes_a_prompt_and_publishes(browser: Browser, server: str, web_settings: Settings,
                                              add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    before = MenuStore(web_settings).current()  # what a call already in progress holds
    page = sign_in(browser, server, "root", "/admin")
    expect(page.locator("#published-label")).to_contain_text("v1")
    field = page.locator('[id="p-12315.yaml-welcome-zh"]')
    expect(field).not_to_have_value("")
    old_text = field.input_value()
    assert old_text.startswith("欢迎致电")
    new_text = "您好，这里是全国12315热线（新版问候）。普通话服务请按1，For English, press 2."
    field.fill(new_text)
    field.locator("xpath=following-sibling::button").click()
    expect(page.locator("#messages")).to_contain_text("v2")
    expect(page.locator("#versions tbody tr").first).to_contain_text("v2")
    # The editor shows the published text too, and validation of it passes in the page.
    page.click("#btn-validate")
    expect(page.locator("#messages")).to_have_class("ok")
    page.fill("#try-inputs", "1, hangup")
    page.click("#btn-try")
    expect(page.locator("#output")).to_contain_text("新版问候")
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(SCREENSHOTS / "admin.png"), full_page=False)
    no_page_errors()
    page.close()

    after = MenuStore(web_settings).current()
    assert after.version == "2"
    new_call = acd.run_async(lambda: run_script(after, dnis="12315", caller="01088886666", inputs=["1", "hangup"],
                                                services=default_services(web_settings, menus=after)))
    old_call = acd.run_async(lambda: run_script(before, dnis="12315", caller="01088886666",
                                                inputs=["1", "hangup"],
                                                services=default_services(web_settings, menus=before)))
    assert new_call["heard"][0] == new_text and new_call["menu_version"] == "2"
    assert old_call["heard"][0] == old_text and old_call["menu_version"] == "1"


def emit_queue_events(settings: Settings, call_id: str, qcid: str, agent: str, *, ended: bool) -> None:
    """What the engine, the queue gateway and the records writer do for a call answered by
    ``agent``: ENTERQUEUE and CONNECT at answer; CALL_END (the whole record) once it ended."""

    async def run() -> None:
        client: Any = Redis.from_url(str(settings.redis_url))
        try:
            log = EventLog(client)
            t = acd.now_ms()
            base = {"centre": "bj", "queue_call_id": qcid, "call_id": call_id, "enqueued_ms": t - 9000}
            if not ended:
                await log.emit("ENTERQUEUE", call_id=call_id, ts_ms=t - 9000, data={**base, "position": 1})
                await log.emit("CONNECT", call_id=call_id, ts_ms=t - 1000, data={**base, "agent": agent,
                                                                                  "wait_seconds": 8.0})
            else:
                record = CallRecord(call_id=call_id, transport="sip", dnis="12315", caller="13812345678",
                                    language="zh", menu_id="12315", menu_version="1", outcome="answered",
                                    slots={"region": "11", "service_type": "complaint", "category": "food"},
                                    routing=RoutingDecision(centre="bj"),
                                    queue=QueueResult(outcome="answered", centre="bj", agent=agent,
                                                      wait_seconds=8.0, queue_call_id=qcid))
                await RedisEventSink(client).emit("CALL_END", record.model_dump(mode="json"))
            engine = make_engine(settings.effective_database_url)
            writer = RecordsWriter(client, session_factory(engine), settings.secret_key.get_secret_value(),
                                   block_ms=100)
            await writer.drain()
            engine.dispose()
        finally:
            await client.aclose()

    acd.run_async(run)


def emit_call_answered(settings: Settings, call_id: str, qcid: str, agent: str) -> None:
    emit_queue_events(settings, call_id, qcid, agent, ended=False)
    emit_queue_events(settings, call_id, qcid, agent, ended=True)


def tickets_of(settings: Settings, call_id: str) -> list[Complaint]:
    engine = make_engine(settings.effective_database_url)
    try:
        with session_scope(session_factory(engine)) as session:
            rows = list(session.scalars(select(Complaint).where(Complaint.call_id == call_id)))
            session.expunge_all()
            return rows
    finally:
        engine.dispose()


def test_agent_files_the_complaint_during_the_call_and_wraps_up_after_it(
    browser: Browser, server: str, web_settings: Settings, add_user: Callable[..., str]
) -> None:
    url = str(web_settings.redis_url)
    add_user("ann", "agent", "bj")
    page = sign_in(browser, server, "ann", "/agent")
    page.click("#btn-login")
    expect(page.locator("#agent-state")).to_contain_text("小休")
    page.click("#btn-ready")
    expect(page.locator("#agent-state")).to_have_text("就绪")
    expect(page.locator("#btn-file")).to_be_disabled()

    data = {"call_id": "call-b1", "caller": "138******78", "dnis": "12315", "language": "zh",
            "slots": {"region": "11", "service_type": "complaint", "category": "food"}}
    acd.enqueue(url, "bj", "q-b1", "call-b1", data=data)
    assert acd.answer(url, "bj", "ann") == "q-b1"
    emit_queue_events(web_settings, "call-b1", "q-b1", "ann", ended=False)
    expect(page.locator("#agent-state")).to_have_text("通话中")
    expect(page.locator("#call-phase")).to_contain_text("通话中")
    expect(page.locator("#offer-region")).to_have_text("北京市")
    expect(page.locator("#offer-category")).to_have_text("食品")
    expect(page.locator("#offer-service")).to_have_text("投诉")
    expect(page.locator("#offer-caller")).to_have_text("138******78")
    expect(page.locator("#c-category")).to_have_value("food")  # the form opens prefilled, by label
    expect(page.locator("#c-category option:checked")).to_have_text("食品")
    expect(page.locator("#c-region option:checked")).to_have_text("北京市")
    expect(page.locator("#btn-wrapup")).to_be_disabled()  # not while the caller is on the line
    expect(page.locator("#wrapup-hint")).to_be_visible()

    # filed while connected; a double click makes one ticket
    page.fill("#c-business-name", "某某超市")
    page.fill("#c-summary", "购买的牛奶已过期")
    page.dblclick("#btn-file")
    expect(page.locator("#ticket-number")).to_be_visible()
    ticket = page.locator("#ticket-number").inner_text().replace(" ", "")
    assert len(ticket) == 12 and ticket.isdigit()
    page.click("#btn-file")  # a later submit updates the same ticket
    expect(page.locator("#agent-message")).to_contain_text("工单已更新")
    assert [c.ticket for c in tickets_of(web_settings, "call-b1")] == [ticket]
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(SCREENSHOTS / "agent.png"), full_page=False)

    acd.complete(url, "bj", "q-b1", "ann")
    emit_queue_events(web_settings, "call-b1", "q-b1", "ann", ended=True)
    expect(page.locator("#call-phase")).to_contain_text("通话已结束")
    expect(page.locator("#btn-wrapup")).to_be_enabled()
    page.select_option("#disposition", "complaint_filed")
    page.click("#btn-wrapup")
    expect(page.locator("#agent-state")).to_have_text("就绪")
    expect(page.locator("#no-call")).to_be_visible()
    expect(page.locator("#ticket-last")).to_contain_text(ticket[:4])  # still shown after wrap-up
    # the case file lists it; its page shows the labels
    expect(page.locator(f'#cases-table tr[data-ticket="{ticket}"]')).to_contain_text("食品")
    page.locator(f'#cases-table tr[data-ticket="{ticket}"] button').click()
    expect(page.locator("#case-status")).to_have_text("已登记")
    no_page_errors()
    page.close()

    [complaint] = tickets_of(web_settings, "call-b1")
    assert (complaint.call_id, complaint.created_by, complaint.centre) == ("call-b1", "ann", "bj")
    assert (complaint.business_name, complaint.category, complaint.summary) == ("某某超市", "food", "购买的牛奶已过期")


def test_dashboard_shows_a_waiting_call_and_then_its_answer(
    browser: Browser, server: str, web_settings: Settings, add_user: Callable[..., str]
) -> None:
    url = str(web_settings.redis_url)
    add_user("nat", "supervisor", "cn")
    page = sign_in(browser, server, "nat", "/dashboard")
    page.select_option("#centre-select", "bj")
    expect(page.locator("#kpi-waiting")).to_have_text("0")
    acd.enqueue(url, "bj", "q-d1", "call-d1", data={"call_id": "call-d1", "slots": {}})
    expect(page.locator("#kpi-waiting")).to_have_text("1")
    expect(page.locator('#national tr[data-centre="bj"] td').nth(1)).to_have_text("1")
    qcid = acd.answer(url, "bj", "a-200")
    expect(page.locator("#kpi-waiting")).to_have_text("0")
    expect(page.locator("#kpi-agents")).to_contain_text("通话中 1")
    expect(page.locator('#agents tr[data-agent="a-200"]')).to_contain_text("通话中")
    acd.complete(url, "bj", qcid, "a-200")
    expect(page.locator("#kpi-answered")).to_have_text("1")
    expect(page.locator("#kpi-sl")).to_have_text("100%")
    # The records writer puts the call in SQL; the half-hour chart (Chart.js) counts it.
    emit_call_answered(web_settings, "call-d1", qcid, "a-200")
    page.wait_for_function("() => { const c = window.Chart.getChart(document.getElementById('chart'));"
                           " return c && c.data.datasets[0].data.reduce((a, b) => a + b, 0) === 1; }")
    expect(page.locator('#national tr[data-centre="bj"] td').first).to_have_text("北京")
    expect(page.locator("#updated")).to_have_text(re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$"))
    page.screenshot(path=str(SCREENSHOTS / "dashboard.png"), full_page=True)
    # English labels on request.
    page.goto(f"{server}/dashboard?lang=en")
    expect(page.locator("#h-chart")).to_have_text("Calls per half hour (Beijing time)")
    page.select_option("#centre-select", "bj")
    expect(page.locator("#kpi-answered")).to_have_text("1")
    no_page_errors()
    page.close()
