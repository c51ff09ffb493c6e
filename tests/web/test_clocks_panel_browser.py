"""Chromium: the case page's clocks panel. A supervisor pauses a report's verification clock for
testing and resumes it, approves the extension (refused without an approver, in words), and the
stored report follows; an agent's attempt is refused by the server, shown in the page language."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Browser, Page, expect

from ivr.settings import Settings
from tests.web.browser_pages import sign_in
from tests.web.cases import complaint_row, file_complaint

pytestmark = pytest.mark.browser



def open_case(page: Page, ticket: str) -> None:
    page.locator(f'#cases-table tr[data-ticket="{ticket}"] button').click()
    expect(page.locator("#clocks-panel h4")).to_contain_text("法定期限")


def script_errors(errors: list[str]) -> list[str]:
    return [e for e in errors if "WebSocket" not in e and "Failed to load resource" not in e]


def test_supervisor_pauses_resumes_and_extends_a_report(browser: Browser, server: str, web_settings: Settings,
                                                        add_user: Callable[..., str]) -> None:
    add_user("sue", "supervisor", "bj")
    ticket = file_complaint(web_settings, kind="report")
    due_before = complaint_row(web_settings, ticket)[0].verify_due
    errors: list[str] = []
    page = sign_in(browser, server, "sue", "/dashboard", errors)
    open_case(page, ticket)
    page.select_option("#clock-reason", "inspection")
    page.click("#clock-pause")
    expect(page.locator("#clock-paused")).to_have_text("已暂停")
    expect(page.locator("#clock-pauses")).to_contain_text("检验")
    assert complaint_row(web_settings, ticket)[0].verify_due is None
    page.click("#clock-resume")
    expect(page.locator("#clock-paused")).to_have_count(0)
    expect(page.locator("#clock-pauses")).not_to_contain_text("进行中")

    page.click("#clock-extend")  # no approver named: refused, in words
    expect(page.locator("#clock-message")).to_contain_text("批准人")
    page.fill("#clock-approver", "局长 王")
    page.click("#clock-extend")
    expect(page.locator("#clock-extension")).to_contain_text("局长 王")
    row, audit = complaint_row(web_settings, ticket)
    assert row.verify_extension_approved_by == "局长 王"
    assert row.verify_due is not None and due_before is not None and row.verify_due > due_before
    assert [a.action for a in audit][-3:] == ["pause", "resume", "extend"]
    assert script_errors(errors) == []
    page.close()


def test_an_agent_is_refused_in_words(browser: Browser, server: str, web_settings: Settings,
                                      add_user: Callable[..., str]) -> None:
    add_user("ann", "agent", "bj")
    ticket = file_complaint(web_settings, kind="report", actor="ann")
    errors: list[str] = []
    page = sign_in(browser, server, "ann", "/agent", errors)
    open_case(page, ticket)
    page.click("#clock-pause")
    expect(page.locator("#clock-message")).to_contain_text("不能执行")
    assert complaint_row(web_settings, ticket)[0].verify_due is not None
    assert script_errors(errors) == []
    page.close()
