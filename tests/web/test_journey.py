"""A whole call, as the centre lives it, in Chromium: a caller goes through the IVR over FastAGI
(the Asterisk-faithful peer) into the real Redis ACD; the agent's phone answers (Dial's U()
subroutine tells the server), the agent's desk shows the call connected, the agent files the
complaint during the talk (a double click makes one ticket) and cannot wrap up yet; the caller
then hears the ticket in the closing words; after the call the agent wraps up. The supervisor
of the centre watches the agent connected, then in wrap-up. The complaint is in the case file,
whose page plays the caller's statement. Real redis-server, SQLite through the records writer."""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import redis.asyncio as aioredis
from playwright.sync_api import Browser, Page, expect

from agi_scripts.server import FastAgiServer, engine_handler
from ivr.engine import default_services
from ivr.events import RedisEventSink
from ivr.serve import dialplan_signals
from ivr.settings import Settings
from queueing.centres import SHIPPED_CENTRES, load_config
from queueing.events import EventLog, decode_entry
from queueing.gateway import RedisQueueGateway
from queueing.routing import route
from queueing.store import AcdStore
from recordings.ingest import SpoolIngest
from records.call_tickets import CallTicketService
from records.db import make_engine, session_factory
from records.writer import RecordsWriter
from tests.support.agi_peer import CallerScript, PeerResult, call
from tests.support.evidence import evidence_dir
from tests.web.conftest import PASSWORD
from tests.web.live import live_server

pytestmark = pytest.mark.browser
SCREENSHOTS = evidence_dir("docs/screenshots")
CHROMIUM = "/usr/bin/chromium"
COMPLAINT_KEYS = ["1", "1", "1", "1", "1"]  # Mandarin, complaint, region confirmed, food, statement
CALL_ID = "journey.1"
# The menu's clock: a Wednesday 11:00 in Beijing, so the menu is open whenever the test runs.
# The ACD keeps the real clock (its centres open around the clock for the test).
MENU_NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)


def open_page(browser: Browser, base: str, username: str, path: str, errors: list[str]) -> Page:
    page = browser.new_context(viewport={"width": 1366, "height": 900}).new_page()
    page.on("console", lambda m: errors.append(f"{username}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"{username}: {e}"))
    page.goto(f"{base}{path}")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("#login-submit")
    expect(page).to_have_url(f"{base}{path}")
    return page


def open_all_day(tmp_path: Path) -> Path:
    target = tmp_path / "centres-24h.yaml"
    text = SHIPPED_CENTRES.read_text(encoding="utf-8").replace('open: "08:30"', 'open: "00:00"', 1)
    target.write_text(text.replace('close: "20:30"', 'close: "24:00"', 1), encoding="utf-8")
    return target


class CallerSide:
    """The telephony side in its own thread and event loop: FastAGI server with the engine,
    the ACD gateway, ticket lookup and dialplan signals as `ivr serve` builds them, the records
    writer, and one caller through the peer. The talk lasts until the test says so."""

    def __init__(self, settings: Settings, tmp_path: Path) -> None:
        self.settings = settings
        self.acd_config = load_config(open_all_day(tmp_path))
        self.connected = threading.Event()
        self.filed = threading.Event()
        self.done = threading.Event()
        self.agent_seen: dict[str, str] = {}
        self.result: PeerResult | None = None
        self.record: dict[str, Any] | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._thread, name="caller-side", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def _thread(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # re-raised in the test's thread
            self.error = exc
        finally:
            self.connected.set()
            self.done.set()

    async def _main(self) -> None:
        settings = self.settings
        redis: Any = aioredis.Redis.from_url(str(settings.redis_url), decode_responses=True)
        engine = make_engine(settings.effective_database_url)
        sessions = session_factory(engine)
        store = AcdStore(redis, self.acd_config)
        await store.apply_config()
        services = default_services(
            settings, events=RedisEventSink(redis), clock=lambda: MENU_NOW,
            queue=RedisQueueGateway(store, EventLog(redis)),
            router=lambda slots, dnis, priority: route(slots, dnis, self.acd_config),
        )
        services.tickets = CallTicketService(redis)
        server = FastAgiServer(handler=engine_handler(lambda: services), sounds_dir=settings.sounds_dir,
                               spool_dir=settings.spool_dir, command_timeout=10)
        server.signals = dialplan_signals(services)
        await server.start("127.0.0.1", 0)
        writer = RecordsWriter(redis, sessions, settings.secret_key.get_secret_value(), block_ms=100,
                               ingest=SpoolIngest(settings.spool_dir, settings.data_dir))
        stop = asyncio.Event()
        writing = asyncio.create_task(writer.run(stop))

        async def during_talk() -> None:
            agent = await store.agent("bj", "ann")
            self.agent_seen = {"state": agent.get("state", ""), "call": agent.get("call", "")}
            self.connected.set()
            await asyncio.to_thread(self.filed.wait, 120)  # the agent files on the desk meanwhile

        try:
            script = CallerScript(keys=list(COMPLAINT_KEYS), dial_ended_by="agent", talk_seconds=0.5,
                                  during_talk=during_talk)
            self.result = await call("127.0.0.1", server.port, script, callerid="01088886666", uniqueid=CALL_ID,
                                     idle_timeout=60)
            for _ in range(500):
                ends = [e for e in (decode_entry(f) for _, f in await redis.xrange("ivr:events"))
                        if e["type"] == "CALL_END" and e["call_id"] == CALL_ID]
                if ends:
                    self.record = ends[0]["data"]
                    break
                await asyncio.sleep(0.02)
            await writer.drain()
        finally:
            stop.set()
            await writing
            await server.close()
            await redis.aclose()
            engine.dispose()


def test_a_call_through_the_centre_in_chromium(browser: Browser, web_settings: Settings, tmp_path: Path,
                                               add_user: Callable[..., str]) -> None:
    add_user("ann", "agent", "bj")
    add_user("sue", "supervisor", "bj")
    errors: list[str] = []
    caller = CallerSide(web_settings, tmp_path)
    with live_server(web_settings) as base:
        desk = open_page(browser, base, "ann", "/agent", errors)
        desk.click("#btn-login")
        expect(desk.locator("#agent-state")).to_contain_text("小休")
        desk.click("#btn-ready")
        expect(desk.locator("#agent-state")).to_have_text("就绪")
        board = open_page(browser, base, "sue", "/dashboard", errors)
        expect(board.locator("#centre-name")).to_have_text("北京")
        expect(board.locator('#agents tr[data-agent="ann"]')).to_contain_text("就绪")

        caller.start()
        assert caller.connected.wait(90), "the call never reached the agent"
        assert caller.error is None, caller.error
        assert caller.agent_seen["state"] == "busy"
        # the desk: connected, with the IVR's answers by their labels
        expect(desk.locator("#call-phase")).to_contain_text("通话中")
        expect(desk.locator("#agent-state")).to_have_text("通话中")
        expect(desk.locator("#offer-region")).to_contain_text("北京")
        expect(desk.locator("#offer-category")).to_have_text("食品")
        expect(desk.locator("#c-category option:checked")).to_have_text("食品")
        expect(desk.locator("#btn-wrapup")).to_be_disabled()
        # the supervisor: the agent on a call, with the caller (masked)
        row = board.locator('#agents tr[data-agent="ann"]')
        expect(row).to_contain_text("通话中")
        expect(row).to_contain_text("010******66")
        board.locator("#h-agents").scroll_into_view_if_needed()
        board.screenshot(path=str(SCREENSHOTS / "dashboard-agents.png"), full_page=False)

        desk.fill("#c-business-name", "某某超市")
        desk.fill("#c-summary", "购买的牛奶已过期，要求退货")
        desk.dblclick("#btn-file")
        expect(desk.locator("#ticket-number")).to_be_visible()
        ticket = desk.locator("#ticket-number").inner_text().replace(" ", "")
        assert re.fullmatch(r"\d{12}", ticket), ticket
        expect(desk.locator("#agent-message")).to_contain_text(desk.locator("#ticket-number").inner_text())
        desk.evaluate("window.scrollTo(0, 0)")
        desk.screenshot(path=str(SCREENSHOTS / "agent.png"), full_page=False)
        caller.filed.set()  # the agent reads the ticket out; the talk ends

        assert caller.done.wait(90), "the call did not end"
        assert caller.error is None, caller.error
        expect(desk.locator("#call-phase")).to_contain_text("通话已结束")
        expect(board.locator('#agents tr[data-agent="ann"]')).to_contain_text("话后处理")
        expect(desk.locator("#btn-wrapup")).to_be_enabled()
        desk.select_option("#disposition", "complaint_filed")
        desk.click("#btn-wrapup")
        expect(desk.locator("#agent-state")).to_have_text("就绪")
        expect(desk.locator("#ticket-last")).to_contain_text(ticket[:4])
        expect(board.locator('#agents tr[data-agent="ann"] td').nth(3)).to_have_text("1")
        expect(board.locator("#kpi-answered")).to_have_text("1")

        # the caller heard the ticket the agent filed, in the closing words
        assert caller.record is not None and caller.result is not None
        assert caller.record["slots"]["ticket"] == ticket
        assert [p["node"] for p in caller.record["path"]][-2:] == ["after_agent", "closing_ticket"]
        assert caller.result.dialplan_next == "none"

        # the case file: listed, and its page plays the statement through the recordings API
        desk.fill("#cases input[name=ticket]", ticket)
        desk.click("#btn-search")
        listed = desk.locator(f'#cases-table tr[data-ticket="{ticket}"]')
        expect(listed).to_contain_text("食品")
        expect(listed).to_contain_text("已登记")
        listed.locator("button").click()
        expect(desk.locator("#case-view")).to_contain_text("购买的牛奶已过期")
        audio = desk.locator("#case-audio")
        expect(audio).to_have_attribute("src", f"/api/recordings/{CALL_ID}")
        played = desk.request.get(f"{base}/api/recordings/{CALL_ID}")
        assert played.status == 200 and played.body()[:4] == b"RIFF"
        desk.locator("#cases").scroll_into_view_if_needed()
        desk.screenshot(path=str(SCREENSHOTS / "case-file.png"), full_page=False)

        board.reload()
        expect(board.locator(f'#cases-table tr[data-ticket="{ticket}"]')).to_be_visible()
        board.locator("#cases").scroll_into_view_if_needed()
        board.screenshot(path=str(SCREENSHOTS / "complaints.png"), full_page=False)
    assert [e for e in errors if "WebSocket" not in e] == []
