"""Chromium: an administrator loads a year's State Council notice on the calendar page. The check
shows the errors (a range outside the year, a make-up day on a weekday) and nothing is loaded; the
corrected notice becomes calendar version 2, is audited, and the one calendar the clocks, the menu
and the ACD read has the new holidays."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import Browser, Page, expect

from ivr.refdata.holidays import install, national_calendar, shipped_calendar
from ivr.settings import Settings
from tests.support.evidence import evidence_dir
from tests.web.conftest import login
from tests.web.test_browser import no_page_errors, sign_in

pytestmark = pytest.mark.browser
TITLE = "国务院办公厅关于2031年部分节假日安排的通知（测试）"


@pytest.fixture(autouse=True)
def shipped_calendar_after() -> Iterator[None]:
    yield
    install(shipped_calendar())


def accept_confirm(page: Page, seen: list[str]) -> None:
    def answer(dialog: object) -> None:
        seen.append(dialog.message)  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]
    page.once("dialog", answer)


def test_admin_loads_a_notice(browser: Browser, server: str, web_settings: Settings,
                              add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    page = sign_in(browser, server, "root", "/admin/calendar")
    expect(page.locator("#nav-calendar")).to_have_attribute("aria-current", "page")
    page.fill("#cal-year", "2026")
    page.click("#cal-show")
    expect(page.locator("#cal-source")).to_contain_text("国务院办公厅关于2026年部分节假日安排的通知")
    expect(page.locator("#cal-days tr[data-date='2026-10-10']")).to_contain_text("国庆节调休上班")
    expect(page.locator("#cal-versions tr[data-number='1']")).to_contain_text(
        "随软件发布的国务院放假通知 / State Council notices as shipped")
    expect(page.locator("#cal-versions thead")).to_contain_text("时间 (北京时间)")  # Beijing time, labelled

    page.fill("#cal-year", "2031")
    page.click("#cal-show")
    expect(page.locator("#cal-status")).to_contain_text("该年无数据")
    page.fill("#cal-title", TITLE)
    page.fill("#cal-h-name-0", "春节")
    page.fill("#cal-h-start-0", "2031-01-22")
    page.fill("#cal-h-end-0", "2032-01-28")  # not within the year
    page.click("#cal-add-workday")
    page.fill("#cal-w-date-0", "2031-01-20")  # a Monday
    page.fill("#cal-w-name-0", "春节调休上班")
    page.click("#cal-check")
    expect(page.locator("#cal-errors")).to_contain_text("不在 2031 年内")
    expect(page.locator("#cal-errors")).to_contain_text("不是周六或周日")
    assert not national_calendar().covers(2031)

    page.fill("#cal-h-end-0", "2031-01-28")
    page.fill("#cal-w-date-0", "2031-01-19")  # a Sunday
    page.click("#cal-add-holiday")
    page.fill("#cal-h-name-1", "国庆节")
    page.fill("#cal-h-start-1", "2031-10-01")
    page.fill("#cal-h-end-1", "2031-10-07")
    page.click("#cal-check")
    expect(page.locator("#cal-message")).to_contain_text("检查通过")
    seen: list[str] = []
    accept_confirm(page, seen)
    page.click("#cal-load")
    expect(page.locator("#cal-message")).to_contain_text("v2")
    assert seen and "法定期限" in seen[0]
    expect(page.locator("#cal-source")).to_contain_text(TITLE)
    expect(page.locator("#cal-days tr[data-date='2031-01-19']")).to_contain_text("春节调休上班")
    expect(page.locator("#cal-days tr[data-date='2031-10-07']")).to_contain_text("国庆节")
    expect(page.locator("#cal-versions tr[data-number='2']")).to_contain_text("root")
    page.screenshot(path=str(evidence_dir("docs/screenshots") / "calendar_admin.png"), full_page=True)
    no_page_errors()
    page.close()

    # the server process is this one: the one calendar now has the notice
    calendar = national_calendar()
    assert calendar.is_holiday(date(2031, 1, 22)) and calendar.is_makeup_workday(date(2031, 1, 19))
    assert not calendar.is_provisional(2031) and calendar.source_of(2031) == TITLE


def test_calendar_api_roles_and_refusal(client: TestClient, add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    add_user("sam", "supervisor", "bj")
    assert client.get("/api/calendar?year=2026").status_code == 401
    login(client, "sam")
    assert client.get("/api/calendar?year=2026").status_code == 403
    assert client.post("/api/calendar/notices", json={"year": 2031, "title": "x", "holidays": []}).status_code == 403
    login(client, "root")
    bad = client.post("/api/calendar/notices", json={"year": 2031, "title": "通知", "holidays": [
        {"name": "甲", "start": "2031-05-01", "end": "2031-05-05"},
        {"name": "乙", "start": "2031-05-05", "end": "2031-05-06"}]})
    assert bad.status_code == 422 and "乙 overlaps 甲 on 2031-05-05" in str(bad.json()["detail"]["errors"])
    assert client.get("/api/calendar?year=2031").json()["covered"] is False
    good = client.post("/api/calendar/notices", json={"year": 2031, "title": "通知", "holidays": [
        {"name": "甲", "start": "2031-05-01", "end": "2031-05-05"}]})
    assert good.status_code == 200 and good.json()["version"] == 2
    rows = client.get("/api/audit?action=calendar.").json()
    assert [(r["action"], r["actor"], r["object"], r["detail"]["version"]) for r in rows] == [
        ("calendar.notice", "root", "calendar:2031", 2)]
