"""Chromium over real SIP (issue 12's journey): a SIPp caller through the embedded SIP endpoint and
the engine with the server's services (ACD, events, records writer), a SIPp agent phone answering.
The agent sees the call connected, files the complaint during the call (a double click makes one
ticket), cannot wrap up before the caller hangs up, wraps up after; the supervisor's page shows the
agent on the call, then in wrap-up, and the call answered; the complaint is in the list and its
case page plays the caller's statement. Screenshots: docs/screenshots/agent_sip_call.png and
docs/screenshots/supervisor_agents.png."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select

from ivr.settings import Settings
from records.db import make_engine, session_factory, session_scope
from records.models import AuditLog, Call, Complaint
from tests.sip.harness import SippResult, free_udp_port, pcap, run_sipp
from tests.sip.media_tools import g711_wav, speech_wav, tone_wav
from tests.support.evidence import evidence_dir
from tests.web.acd_centre import beijing_config, with_centres
from tests.web.browser_pages import script_errors, sign_in
from tests.web.call_side import CallSide, running_clock
from tests.web.live import live_server

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]
SCREENSHOTS = evidence_dir("docs/screenshots")
SCENARIOS = Path(__file__).parent / "scenarios"
OPEN = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)  # the menus' clock: a Wednesday, 11:00 in Beijing
#: How long the caller's line stays up from the statement's start: the rest of the menus, the
#: queue and the talk in which the agent files the complaint; then the caller hangs up.
CALLER_ON_LINE_MS = 60_000
LONG = 90_000  # ms the page may wait for what the call does (menus, queue, the caller's hangup)


@dataclass
class Journey:
    settings: Settings
    web: str
    side: CallSide
    agent_port: int


@pytest.fixture
def journey(tmp_path: Path, web_settings: Settings) -> Iterator[Journey]:
    agent_port = free_udp_port()
    centres = beijing_config(tmp_path, wrapup=300, hours={"days": [1, 2, 3, 4, 5, 6, 7], "open": "00:00",
                                                          "close": "24:00"},
                             phones={"agent1": f"sip:agent1@127.0.0.1:{agent_port}"})
    settings = with_centres(web_settings, centres).model_copy(
        update={"sip_host": "127.0.0.1", "sip_port": free_udp_port()})
    with live_server(settings) as web, CallSide(settings, running_clock(OPEN)) as side:
        yield Journey(settings, web, side, agent_port)


def call_row(settings: Settings, call_id: str) -> Call | None:
    engine = make_engine(settings.effective_database_url)
    try:
        with session_scope(session_factory(engine)) as session:
            row = session.scalar(select(Call).where(Call.call_id == call_id))
            session.expunge_all()
            return row
    finally:
        engine.dispose()


def tickets_of(settings: Settings, call_id: str) -> list[str]:
    engine = make_engine(settings.effective_database_url)
    try:
        with session_scope(session_factory(engine)) as session:
            return list(session.scalars(select(Complaint.ticket).where(Complaint.call_id == call_id)))
    finally:
        engine.dispose()


def dispositions(settings: Settings, call_id: str) -> list[str]:
    engine = make_engine(settings.effective_database_url)
    try:
        with session_scope(session_factory(engine)) as session:
            rows = session.scalars(select(AuditLog).where(AuditLog.action == "call.disposition",
                                                          AuditLog.object == f"call:{call_id}"))
            return [str(r.detail["disposition"]) for r in rows]
    finally:
        engine.dispose()


def csrf(page: Page) -> str:
    return page.locator('meta[name="csrf-token"]').get_attribute("content") or ""


def test_a_real_sip_call_from_the_queue_to_the_case_file(
    browser: Browser, journey: Journey, tmp_path: Path, add_user: Callable[..., str]
) -> None:
    add_user("ann", "agent", "bj")
    add_user("sue", "supervisor", "bj")
    errors: list[str] = []
    desk = sign_in(browser, journey.web, "ann", "/agent", errors)
    desk.click("#btn-login")  # the centre's one phone: agent1, the SIPp phone below
    expect(desk.locator("#agent-state")).to_contain_text("小休")
    desk.click("#btn-ready")
    expect(desk.locator("#agent-state")).to_have_text("就绪")
    boss = sign_in(browser, journey.web, "sue", "/dashboard", errors)
    row = boss.locator('#agents tr[data-agent="ann"]')
    expect(row).to_contain_text("就绪")

    statement = speech_wav(tmp_path / "statement.wav", "The milk I bought yesterday was sour. " * 2)
    voice = g711_wav(tone_wav(tmp_path / "agent.wav", 660, 1.0), tmp_path / "agent_pcmu.wav", "PCMU")
    (tmp_path / "agent").mkdir()
    (tmp_path / "caller").mkdir()
    phone = journey.side.submit(run_sipp(
        str(SCENARIOS / "agent_stays_on.xml"), 0, tmp_path / "agent", {"stream": f"{voice},1,0"},
        extra=["-p", str(journey.agent_port)], server_first=False, timeout=200))
    # welcome 1 (Mandarin), 1 complaint, 1 region from the area code, 1 business here, 1 food
    caller = journey.side.submit(run_sipp(
        str(SCENARIOS / "caller_hangs_up.xml"), journey.settings.sip_port, tmp_path / "caller",
        {"digit_1": pcap("1"), "digit_2": pcap("1"), "digit_3": pcap("1"), "digit_4": pcap("1"),
         "digit_5": pcap("1"), "stream": f"{g711_wav(statement, tmp_path / 'statement_pcmu.wav', 'PCMU')},1,0",
         "caller": "01088886666"},
        extra=["-d", str(CALLER_ON_LINE_MS)], timeout=200))

    # connected at the agent phone's 200 OK, with the IVR's answers on the desk
    expect(desk.locator("#call-phase")).to_contain_text("通话中", timeout=LONG)
    expect(desk.locator("#agent-state")).to_have_text("通话中")
    expect(desk.locator("#offer-category")).to_have_text("食品")
    expect(desk.locator("#offer-region")).to_have_text("北京市")
    expect(desk.locator("#offer-caller")).to_have_text("010******66")
    expect(row).to_contain_text("通话中")
    expect(row).to_contain_text("010******66")
    view = desk.request.get(f"{journey.web}/api/console/state").json()
    call_id = str(view["offer"]["call_id"])
    assert call_id.startswith("sip-"), view

    # filed during the call; the double click makes one ticket
    expect(desk.locator("#c-category option:checked")).to_have_text("食品")
    desk.fill("#c-business-name", "某某超市")
    desk.fill("#c-summary", "购买的牛奶已过期，要求退款")
    desk.dblclick("#btn-file")
    expect(desk.locator("#ticket-number")).to_be_visible()
    ticket = desk.locator("#ticket-number").inner_text().replace(" ", "")
    assert len(ticket) == 12 and ticket.isdigit()
    assert tickets_of(journey.settings, call_id) == [ticket]
    # no wrap-up while the caller is on the line: not in the page, not over the API
    expect(desk.locator("#btn-wrapup")).to_be_disabled()
    expect(desk.locator("#wrapup-hint")).to_be_visible()
    early = desk.request.post(f"{journey.web}/api/console/wrapup", headers={"X-CSRF-Token": csrf(desk)},
                              data={"call_id": call_id, "disposition": "complaint_filed"})
    assert early.status == 409 and early.json()["detail"]["code"] == "call_still_up"
    # the caller's statement plays on the desk while the call lasts (still in the spool)
    expect(desk.locator("#offer-audio")).to_have_attribute("data-source", "spool")
    desk.evaluate("document.getElementById('offer-audio').load()")
    desk.wait_for_function("() => document.getElementById('offer-audio').readyState >= 1 && "
                           "document.getElementById('offer-audio').duration > 1")
    assert boss.request.get(f"{journey.web}/api/console/statement/{call_id}").ok  # her centre's call
    desk.evaluate("window.scrollTo(0, 0)")
    desk.screenshot(path=str(SCREENSHOTS / "agent_sip_call.png"), full_page=False)
    assert desk.locator("#call-phase").inner_text().startswith("通话中")  # the call was up all along

    # the caller hangs up: the call ends, the desk's wrap-up opens with its timer
    expect(desk.locator("#call-phase")).to_contain_text("通话已结束", timeout=LONG)
    expect(desk.locator("#agent-state")).to_have_text("话后处理")
    expect(desk.locator("#wrap-countdown")).to_be_visible()
    expect(row).to_contain_text("话后处理")
    boss.locator("#agents").scroll_into_view_if_needed()
    boss.screenshot(path=str(SCREENSHOTS / "supervisor_agents.png"), full_page=False)
    expect(boss.locator("#kpi-answered")).to_have_text("1")
    desk.select_option("#disposition", "complaint_filed")
    desk.click("#btn-wrapup")
    expect(desk.locator("#agent-state")).to_have_text("就绪")
    expect(desk.locator("#ticket-last")).to_contain_text(ticket[:4])
    expect(row).to_contain_text("就绪")
    assert dispositions(journey.settings, call_id) == ["complaint_filed"]

    # the records writer has the call with its statement: the case page plays it
    results: list[SippResult] = [caller.result(timeout=120), phone.result(timeout=120)]
    for result in results:
        assert result.returncode == 0, result.explain()
    reply = None
    for _ in range(100):  # the writer stores the call, then takes the statement in from the spool
        reply = desk.request.get(f"{journey.web}/api/recordings/{call_id}")
        if reply.ok:
            break
        desk.wait_for_timeout(200)
    assert reply is not None and reply.ok and reply.headers["content-type"] == "audio/wav", reply
    assert len(reply.body()) > 16000  # seconds of the caller's voice, not an empty file
    stored = call_row(journey.settings, call_id)
    assert stored is not None and stored.outcome == "answered" and stored.recording, stored
    desk.click("#btn-search")
    listed = desk.locator(f'#cases-table tr[data-ticket="{ticket}"]')
    expect(listed).to_contain_text("食品")
    listed.locator("button").click()
    audio = desk.locator("#case-audio")
    expect(audio).to_be_visible()
    desk.evaluate("document.getElementById('case-audio').load()")
    desk.wait_for_function("() => document.getElementById('case-audio').readyState >= 1 && "
                           "document.getElementById('case-audio').duration > 1")
    expect(desk.locator("#case-view")).to_contain_text("某某超市")
    assert script_errors(errors) == []
    desk.close()
    boss.close()
