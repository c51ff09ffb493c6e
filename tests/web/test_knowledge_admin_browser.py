"""Chromium: the knowledge base's admin page. An answer edited in the form (an error shown at its
field first), the diff, publishing with confirmation: the page's search and a consultation through
the engine (console caller) give the new answer; rolling back brings the old one back. A CSV
uploaded lands in the draft as a new entry; the figures from consultations' call records (read, then an
agent, offered in a topic's key menu and not chosen)."""

from __future__ import annotations

import asyncio
import csv
import io
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from agi_scripts.prompts import PromptSource
from ivr.knowledge.csv_import import COLUMNS
from ivr.knowledge.prompts import published_prompt_texts
from ivr.knowledge.readiness import unbuilt_prompts
from ivr.knowledge.store import KnowledgeStore
from ivr.menus.menuset import load_menu_dir
from ivr.settings import SHIPPED_MENUS_DIR, Settings
from tests.engine.calls import OPEN, Call, place_call
from tests.knowledge.keys import question_keys, topic_key
from tests.support.evidence import evidence_dir
from tests.web.calls import place_calls
from tests.web.test_browser import CONSOLE_ERRORS, no_page_errors, sign_in
from tests.web.test_knowledge_api import ROW

pytestmark = pytest.mark.browser

NEW_ANSWER = "（新版答复）超过保质期的食品不得销售，请保留小票和包装，可要求退款并索赔。"
OLD_START = "法律禁止经营超过保质期的食品。"


def consultation(data_dir: Path, question: str) -> Call:
    """A whole call through the engine and the console caller: 1 Mandarin, 3 consultation, a question."""
    script = ["1", "3", f"say: {question}", "timeout"]
    work = place_call(load_menu_dir(SHIPPED_MENUS_DIR), data_dir, script)
    with ThreadPoolExecutor(1) as pool:  # Playwright's sync API holds this thread's event loop
        return pool.submit(asyncio.run, work).result()


def accept_next_dialog(page: Page, seen: list[str]) -> None:
    def answer(dialog: object) -> None:
        seen.append(dialog.message)  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]
    page.once("dialog", answer)


def test_edit_publish_search_call_and_roll_back(browser: Browser, server: str, web_settings: Settings,
                                                 add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    page = sign_in(browser, server, "root", "/admin/knowledge")
    expect(page.locator("#kb-published-label")).to_contain_text("v1")
    expect(page.locator("#nav-knowledge")).to_have_attribute("aria-current", "page")
    page.click("#kb-edit-expired_food")
    expect(page.locator("#kb-f-id")).to_have_value("expired_food")
    expect(page.locator("#kb-f-category")).to_have_value("general_food")
    expect(page.locator("#kb-f-law-0-article")).to_have_value("34")
    page.fill("#kb-f-answer-zh", NEW_ANSWER)
    page.fill("#kb-f-valid-to", "2001-01-01")  # before valid_from: refused at its field
    page.click("#kb-apply")
    expect(page.locator("#kb-err-valid_to")).to_contain_text("失效日期早于生效日期")
    expect(page.locator("#kb-publish")).to_be_disabled()
    page.fill("#kb-f-valid-to", "")
    page.click("#kb-apply")
    expect(page.locator("#kb-messages")).to_contain_text("已放入草稿")
    expect(page.locator("#kb-err-valid_to")).to_have_text("")
    expect(page.locator("#kb-draft-state")).to_contain_text("未发布")
    page.click("#kb-diff")
    expect(page.locator("#kb-diff-out")).to_contain_text(f"+      zh: {NEW_ANSWER}")
    expect(page.locator("#kb-diff-out")).to_contain_text(f"-      zh: {OLD_START}")

    page.fill("#kb-comment", "expired food answer reworded")
    seen: list[str] = []
    accept_next_dialog(page, seen)
    page.click("#kb-publish")
    expect(page.locator("#kb-messages")).to_contain_text("第 2 版")
    expect(page.locator("#kb-messages")).to_contain_text("已生成 1 个提示音")  # the edited answer, spoken now
    assert seen and "确定发布" in seen[0]
    assert KnowledgeStore(web_settings).published_number() == 2
    answer_wav = web_settings.sounds_dir / "ivr" / "zh" / "knowledge" / "kb_expired_food.wav"
    texts = {"kb_expired_food": published_prompt_texts(web_settings)["kb_expired_food"]}
    assert answer_wav.is_file() and texts["kb_expired_food"]["zh"].startswith(NEW_ANSWER)
    missing, stale = unbuilt_prompts(texts, web_settings.sounds_dir, PromptSource)
    assert missing == ["en/knowledge/kb_expired_food"] and stale == []  # the English answer did not change

    page.fill("#kb-search-q", "超市里卖过期的面包怎么办")
    page.click("#kb-search-btn")
    best = page.locator("#kb-search-results li").first
    expect(best).to_have_id("kb-search-result-expired_food")
    expect(best.locator(".kb-answer")).to_have_text(NEW_ANSWER)
    expect(best.locator(".kb-citation")).to_contain_text("《中华人民共和国食品安全法》第34条")
    call = consultation(web_settings.data_dir, "超市卖过期食品怎么办")
    assert call.record.slots.get("consult_entry") == "expired_food"
    assert any(text.startswith(NEW_ANSWER) for text in call.heard), call.heard

    accept_next_dialog(page, seen)
    page.click("#kb-rollback-1")
    expect(page.locator("#kb-messages")).to_contain_text("第 3 版")
    assert "回滚" in seen[-1]
    page.click("#kb-search-btn")
    expect(page.locator("#kb-search-result-expired_food .kb-answer")).to_contain_text(OLD_START)
    again = consultation(web_settings.data_dir, "超市卖过期食品怎么办")
    assert any(text.startswith(OLD_START) for text in again.heard) and not any(NEW_ANSWER in t for t in again.heard)
    shot = evidence_dir("docs/screenshots") / "knowledge_admin.png"
    page.screenshot(path=str(shot), full_page=True)
    no_page_errors()
    page.close()


def test_csv_upload_new_entry_and_removal_in_the_draft(browser: Browser, server: str, web_settings: Settings,
                                                       add_user: Callable[..., str], tmp_path: Path) -> None:
    add_user("root", "admin")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS))
    writer.writeheader()
    writer.writerow(ROW)
    upload = tmp_path / "household.csv"
    upload.write_text(out.getvalue(), encoding="utf-8")
    bad = tmp_path / "broken.csv"
    bad.write_text(out.getvalue().replace("household_goods", "no_such_category"), encoding="utf-8")

    scripts = [["1", "3", "say: 退货的快递费应该谁出", "0"],  # read, then the caller pressed 0
               ["1", "3", topic_key("internet"), "hangup"],  # internet services: its questions, then a hang-up
               # the same list, 9 for its second page, where shipping is
               ["1", "3", *question_keys("internet", "return_shipping_cost"), "timeout"]]
    place_calls(web_settings, load_menu_dir(SHIPPED_MENUS_DIR), scripts, OPEN)
    page = sign_in(browser, server, "root", "/admin/knowledge")
    page.goto(f"{server}/admin/knowledge?lang=en")
    expect(page.locator("#kb-fig-entries thead")).to_contain_text("Offered, not chosen")
    row = page.locator("#kb-fig-return_shipping_cost")
    expect(row).to_contain_text("Who pays the shipping")
    # read, then an agent, self-service, offered in a key menu (its second page, read once), offered and not chosen
    expect(row.locator("td:not(:first-child)")).to_have_text(["2", "1", "50 %", "1", "0"])
    passed_over = page.locator("#kb-fig-online_platform_liability td:not(:first-child)")
    expect(passed_over).to_have_text(["0", "0", "-", "2", "2"])
    page.set_input_files("#kb-import", str(bad))
    expect(page.locator("#kb-messages")).to_contain_text("the import has errors")
    expect(page.locator("#kb-errors")).to_contain_text("umbrella_broke category: unknown category")
    assert all("422" in e for e in CONSOLE_ERRORS), CONSOLE_ERRORS  # the refused upload, and nothing else
    CONSOLE_ERRORS.clear()
    page.set_input_files("#kb-import", str(upload))
    expect(page.locator("#kb-messages")).to_contain_text("Imported into the draft")
    expect(page.locator("#kb-row-umbrella_broke")).to_contain_text("umbrella")

    page.click("#kb-new")
    page.fill("#kb-f-id", "Bad Id")
    page.click("#kb-apply")
    expect(page.locator("#kb-err-id")).not_to_have_text("")
    expect(page.locator("#kb-err-category")).not_to_have_text("")
    expect(page.locator("#kb-err-question-zh")).not_to_have_text("")

    page.click("#kb-edit-umbrella_broke")
    seen: list[str] = []
    accept_next_dialog(page, seen)
    page.click("#kb-remove")
    expect(page.locator("#kb-row-umbrella_broke")).to_have_count(0)
    assert seen and "Remove this entry" in seen[0]
    assert KnowledgeStore(web_settings).published_number() == 1  # nothing published by the draft
    no_page_errors()
    page.close()


def test_callers_questions_edited_in_the_form_are_published(browser: Browser, server: str,
                                                                add_user: Callable[..., str]) -> None:
    """An administrator adds a question callers asked to an entry, one line in its box; the draft's diff shows
    one line added; it is published, and the page's search finds that entry first for the question."""
    add_user("root", "admin")
    page = sign_in(browser, server, "root", "/admin/knowledge")
    page.click("#kb-edit-expired_food")
    asked = page.locator("#kb-f-asked-zh")
    expect(asked).to_have_value(re.compile(r"^买的饮料已经过了保质期\n"))  # the shipped questions, a line each
    expect(page.locator("label:has(#kb-f-asked-zh)")).to_contain_text("来电者问过的问法")
    # the written examples have their own box, said not to be from calls, and go through the form unchanged
    expect(page.locator("#kb-f-examples-zh")).to_have_value(re.compile(r"\S\n\S"))
    expect(page.locator("label:has(#kb-f-examples-zh)")).to_contain_text("并非真实来电")
    asked.fill(asked.input_value() + "\n小卖部 的 酸奶 日期 都 过 了 还 在 卖")
    page.click("#kb-apply")
    expect(page.locator("#kb-messages")).to_contain_text("已放入草稿")
    page.click("#kb-diff")
    expect(page.locator("#kb-diff-out")).to_contain_text('+        - "小卖部 的 酸奶 日期 都 过 了 还 在 卖"')
    expect(page.locator("#kb-diff-out")).not_to_contain_text('-        - "')  # no example or question lost
    shot = evidence_dir("docs/screenshots") / "knowledge_admin_asked.png"
    page.locator("#kb-form").screenshot(path=str(shot))
    page.fill("#kb-comment", "a caller's question taught")
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#kb-publish")
    expect(page.locator("#kb-messages")).to_contain_text("第 2 版")
    page.fill("#kb-search-q", "小卖部 的 酸奶 日期 都 过 了 还 在 卖")
    page.click("#kb-search-btn")
    expect(page.locator("#kb-search-results li").first).to_have_id("kb-search-result-expired_food")
    no_page_errors()


def test_another_hotlines_question_is_marked_in_the_form_and_the_search(browser: Browser, server: str,
                                                                        add_user: Callable[..., str]) -> None:
    """The shipped tax referral's form has its box ticked; the page's search finds it first for a tax question and
    says it is another hotline's question, not an answer; ticking the box on a consumer entry is one line of the
    draft."""
    add_user("root", "admin")
    page = sign_in(browser, server, "root", "/admin/knowledge")
    page.fill("#kb-search-q", "个人所得税 汇算 多 交 了 怎么 退")
    page.click("#kb-search-btn")
    first = page.locator("#kb-search-results li").first
    expect(first).to_have_id("kb-search-result-refer_tax")
    expect(first).to_contain_text("转介其他热线")
    expect(first).to_contain_text("12366")
    expect(first).not_to_contain_text("可直接答复")
    shot = evidence_dir("docs/screenshots") / "knowledge_referral_search.png"
    page.locator("#kb-search-results").screenshot(path=str(shot))
    page.click("#kb-edit-refer_tax")
    expect(page.locator("#kb-f-refers-elsewhere")).to_be_checked()
    expect(page.locator("label:has(#kb-f-refers-elsewhere)")).to_contain_text("转介其他热线")
    page.click("#kb-edit-expired_food")
    expect(page.locator("#kb-f-refers-elsewhere")).not_to_be_checked()
    page.check("#kb-f-refers-elsewhere")
    page.click("#kb-apply")
    expect(page.locator("#kb-messages")).to_contain_text("已放入草稿")
    page.click("#kb-diff")
    expect(page.locator("#kb-diff-out")).to_contain_text("+    refers_elsewhere: true")
    no_page_errors()
