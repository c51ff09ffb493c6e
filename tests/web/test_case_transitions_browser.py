"""Chromium: the case page's transitions by role. A supervisor tries to accept without the
complainant's identity (refused, in the page language, nothing lost), accepts with it, ends the
mediation with a note, rejects another complaint with a ground from the rule set's list; the
state and the history follow. An agent sees no steps on a complaint and answers a consultation.
Screenshot: docs/screenshots/case.png."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Browser, Page, expect

from ivr.settings import Settings
from tests.support.evidence import evidence_dir
from tests.web.browser_pages import script_errors, sign_in
from tests.web.cases import complaint_row, file_complaint

pytestmark = pytest.mark.browser
SCREENSHOTS = evidence_dir("docs/screenshots")


def open_case(page: Page, ticket: str) -> None:
    page.locator(f'#cases-table tr[data-ticket="{ticket}"] button').click()
    expect(page.locator("#case-view h3")).to_contain_text(ticket[:4])


def test_a_supervisor_moves_complaints_through_their_states(
    browser: Browser, server: str, web_settings: Settings, add_user: Callable[..., str]
) -> None:
    add_user("sue", "supervisor", "bj")
    rejected = file_complaint(web_settings, business="某某餐厅")
    ticket = file_complaint(web_settings)
    errors: list[str] = []
    page = sign_in(browser, server, "sue", "/dashboard", errors)
    open_case(page, ticket)
    steps = page.locator("#case-actions")
    expect(steps.locator("button.step")).to_have_text(["受理", "不予受理"])

    steps.locator('button[data-action="accept"]').click()
    page.fill("#step-note", "电话核验后受理")
    page.click("#step-confirm")  # identity not ticked: the rule set refuses
    expect(page.locator("#step-error")).to_have_text("受理前须核验投诉人身份")
    expect(page.locator("#step-note")).to_have_value("电话核验后受理")  # nothing typed is lost
    expect(page.locator("#case-status")).to_have_text("已登记")
    page.check("#step-identity")
    page.click("#step-confirm")
    expect(page.locator("#case-status")).to_have_text("已受理")
    expect(page.locator("#step-done")).to_contain_text("受理 → 已受理")
    history = page.locator("#case-history tbody tr")
    expect(history).to_have_count(3)  # filed, identity recorded, accepted
    expect(history.nth(2)).to_contain_text("受理 → 已受理 · 电话核验后受理")
    expect(steps.locator("button.step")).to_have_text(["调解成功", "调解终止（未达成协议）"])
    expect(page.locator(f'#cases-table tr[data-ticket="{ticket}"]')).to_contain_text("已受理")

    steps.locator('button[data-action="mediate_fail"]').click()
    page.fill("#step-note", "经营者拒绝调解")
    page.evaluate("document.getElementById('case-view').scrollIntoView()")
    page.screenshot(path=str(SCREENSHOTS / "case.png"), full_page=False)
    page.click("#step-confirm")
    expect(page.locator("#case-status")).to_have_text("调解失败")
    expect(history.nth(3)).to_contain_text("调解终止 → 调解失败 · 经营者拒绝调解")
    expect(page.locator("#no-steps")).to_be_visible()

    open_case(page, rejected)
    page.locator('#case-actions button[data-action="reject"]').click()
    page.click("#step-confirm")  # the ground is required: the form does not go
    expect(page.locator("#case-status")).to_have_text("已登记")
    page.select_option("#step-ground", "time_barred")
    expect(page.locator("#step-citation")).to_contain_text("Order No. 121")
    page.click("#step-confirm")
    expect(page.locator("#case-status")).to_have_text("不予受理")
    last = page.locator("#case-history tbody tr").last
    expect(last).to_contain_text("理由: 自知道或应当知道权益受损之日起已超过三年")
    assert script_errors(errors) == []
    page.close()

    row, audit = complaint_row(web_settings, ticket)
    assert (row.status, row.identity_verified) == ("mediation_failed", True)
    assert [a.action for a in audit] == ["create", "edit", "accept", "mediate_fail"]
    row, _ = complaint_row(web_settings, rejected)
    assert (row.status, row.refusal_ground) == ("rejected", "time_barred")


def test_an_agent_answers_a_consultation_and_reads_refusals_in_english(
    browser: Browser, server: str, web_settings: Settings, add_user: Callable[..., str]
) -> None:
    add_user("ann", "agent", "bj")
    complaint = file_complaint(web_settings)
    question = file_complaint(web_settings, kind="consultation", business="某某商场")
    errors: list[str] = []
    page = sign_in(browser, server, "ann", "/agent", errors)
    page.goto(f"{server}/agent?lang=en")
    open_case(page, complaint)
    expect(page.locator("#no-steps")).to_have_text("Nothing your role can do in this state")
    open_case(page, question)
    page.locator('#case-actions button[data-action="answer"]').click()
    # the consultation is answered elsewhere first: the page shows the server's refusal in English
    page.request.post(f"{server}/api/complaints/{question}/transitions", data={"action": "answer"},
                      headers={"X-CSRF-Token": page.locator('meta[name="csrf-token"]').get_attribute("content") or ""})
    page.click("#step-confirm")
    expect(page.locator("#step-error")).to_have_text("cannot answer a consultation that is answered")
    assert complaint_row(web_settings, question)[0].status == "answered"
    assert script_errors(errors) == []
    page.close()
