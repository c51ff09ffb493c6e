"""Chromium (issue 13): an administrator renames a node, changes a condition's test and the value a
menu key sets, all by form (every choice from a list), sees the picture of the draft follow, and
publishes; a FastAGI worker that was running all along (it follows publishes over Redis, as `ivr
serve` does) takes the next calls through the new menu without a restart. A bad new name and a test
without its value are refused at their fields first; on the English page, a bad id and a set node's
slot given twice are refused in English at theirs. Screenshots: docs/screenshots/admin-node-condition.png,
admin-node-edits.png."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import yaml
from playwright.sync_api import Browser, expect

from ivr.menus.store import MenuStore
from ivr.settings import Settings
from tests.support.evidence import evidence_dir
from tests.web.agi_side import AgiSide
from tests.web.browser_pages import script_errors, sign_in
from tests.web.test_admin_journey_browser import Dialogs

pytestmark = pytest.mark.browser
OPEN_HOURS = datetime(2026, 12, 2, 11, 0, tzinfo=ZoneInfo("Asia/Shanghai"))  # a Wednesday morning
COMPLAINT = ["1", "1", "1", "1", "1"]  # Mandarin, complaint, region from the area code, same business region, key 1
REPORT = ["1", "2", "1", "1"]  # the same, a report: no category asked once the test is changed


# As on a loaded server: the draft's picture arrives two seconds after an edit, and the editor's first draft
# two seconds after the picture. A form filled in meanwhile must not be wiped when the picture comes, and a
# form mounted before the draft must wait for it (two CI runs lost the add-node form's kind, then its slots).
SLOW_PAGE = """(() => {
  const fetchNow = window.fetch;
  const late = (url, init) => {
    const method = (init && init.method) || "GET";
    return (String(url).endsWith("/api/menus/graph") && method === "POST")
      || (String(url).endsWith("/api/menus/published") && method === "GET");
  };
  window.fetch = async (url, init) => {
    if (late(url, init)) await new Promise((done) => setTimeout(done, 2000));
    return fetchNow(url, init);
  };
})();"""


def nodes(record: dict[str, object]) -> list[str]:
    return [str(step["node"]) for step in record["path"]]  # type: ignore[attr-defined, index]


def test_rename_test_and_slot_value_by_form_then_a_call_follows(browser: Browser, server: str,
                                                                web_settings: Settings,
                                                                add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    errors: list[str] = []
    with AgiSide(web_settings, lambda: OPEN_HOURS) as worker:
        before = worker.call(COMPLAINT)
        assert "service_menu" in nodes(before) and "category_menu" in nodes(before)
        assert before["slots"]["category"] == "food"

        page = sign_in(browser, server, "root", "/admin", errors)
        dialogs = Dialogs(page)
        page.locator("#h-graph").scroll_into_view_if_needed()

        # --- rename the service menu: a taken name is refused at the field, then main_menu ----------
        page.click("#node-service_menu")
        page.fill("#node-rename-new", "welcome")
        page.click("#node-rename-apply")
        expect(page.locator('#node-rename .field-error[data-field="new"]')).to_have_text(
            "已有节点 welcome，请换一个名字")
        page.fill("#node-rename-new", "main_menu")
        page.click("#node-rename-apply")
        expect(page.locator("#node-edit-note")).to_contain_text("hours_check 的否则")
        expect(page.locator("#node-edit-note")).to_contain_text("progress_more 的按键 1")
        expect(page.locator("#graph-version")).to_have_value("draft")
        expect(page.locator("#node-main_menu")).to_be_visible()  # the picture of the draft
        expect(page.locator("#node-service_menu")).to_have_count(0)
        expect(page.locator("#editor")).to_have_value(re.compile(r"\n  main_menu:\n    kind: menu"))
        expect(page.locator("#editor")).to_have_value(re.compile(r"otherwise: main_menu"))

        # --- reports skip the category question: a second test on category_check ---------------------
        page.click("#node-category_check")
        expect(page.locator("#cond-0-slot")).to_have_value("category")
        page.click("#cond-add")
        page.select_option("#cond-1-slot", "service_type")
        page.select_option("#cond-1-op", "equals")
        page.select_option("#cond-1-target", "take_statement")
        page.click("#cond-apply")  # no value chosen yet
        expect(page.locator('#cond-form .field-error[data-field="branches.1.value"]')).to_have_text("请选择取值")
        page.select_option("#cond-1-value", "report")
        page.click("#cond-apply")
        expect(page.locator("#editor")).to_have_value(re.compile(r"- when: \{slot: service_type, equals: report\}"))
        expect(page.locator("#menu-graph .edge-label", has_text="业务类型 = 举报")).to_have_count(1)
        page.locator('section[aria-labelledby="h-graph"]').screenshot(
            path=str(evidence_dir("docs/screenshots") / "admin-node-condition.png"))

        # --- key 1 of the category menu now files the complaint under drugs ----------------------------
        page.click("#node-category_menu")
        expect(page.locator("#map-key")).to_have_value("choices.0.set")
        expect(page.locator("#map-0-slot")).to_have_value("category")
        page.select_option("#map-0-value", "drugs")
        page.click("#map-apply")
        expect(page.locator("#node-edit-note")).to_contain_text("已放入编辑中的草稿")
        expect(page.locator("#editor")).to_have_value(
            re.compile(r'key: "1", target: take_statement, set: \{category: drugs\}'))
        page.locator('section[aria-labelledby="h-graph"]').screenshot(
            path=str(evidence_dir("docs/screenshots") / "admin-node-edits.png"))

        # the three edits are in the administrator's draft on the server, like every other form's
        kept = ""
        for _ in range(100):
            kept = page.evaluate("fetch('/api/menus/draft').then((r) => r.text())")
            if "category: drugs" in kept:
                break
            time.sleep(0.1)
        assert "main_menu:" in kept and "equals: report" in kept and "category: drugs" in kept, kept
        page.reload()
        expect(page.locator("#messages")).to_have_text("已恢复您上次未发布的草稿")
        expect(page.locator("#editor")).to_have_value(re.compile(r"set: \{category: drugs\}"))

        # --- publish (confirmed with the diff), then the running worker follows -----------------------
        page.fill("#publish-comment", "主菜单改名；举报不问类别；按键1改为药品")
        page.click("#btn-publish")
        expect(page.locator("#messages")).to_contain_text("v2")
        assert any("main_menu" in seen for seen in dialogs.seen)  # the confirmation showed the diff
        published = yaml.safe_load(MenuStore(web_settings).read_version(2)["12315.yaml"])["nodes"]
        assert "main_menu" in published and "service_menu" not in published

        worker.wait_for_version(2)
        report = worker.call(REPORT)
        assert "main_menu" in nodes(report) and "service_menu" not in nodes(report)
        assert "category_check" in nodes(report) and "category_menu" not in nodes(report)
        assert report["slots"]["service_type"] == "report" and "category" not in report["slots"]
        complaint = worker.call(COMPLAINT)
        assert "category_menu" in nodes(complaint) and complaint["slots"]["category"] == "drugs"
    assert script_errors(errors) == []  # the refusals' 422s are failed loads, shown in words on the page
    page.close()


def test_refusals_at_their_fields_on_the_english_page(browser: Browser, server: str, add_user: Callable[..., str]
                                                      ) -> None:
    add_user("root", "admin")
    errors: list[str] = []
    page = sign_in(browser, server, "root", "/admin", errors)
    page.add_init_script(SLOW_PAGE)
    page.goto(f"{server}/admin?lang=en")
    page.locator("#h-graph").scroll_into_view_if_needed()
    page.click("#node-service_menu")
    page.fill("#node-rename-new", "Main Menu")
    page.click("#node-rename-apply")
    expect(page.locator('#node-rename .field-error[data-field="new"]')).to_contain_text(
        "'Main Menu' is not a node id: lower-case letters, digits and _")

    # a set node's values: the same slot twice is refused at the second row; one row each is taken
    page.click("#node-legacy_food")
    expect(page.locator("#map-0-slot")).to_have_value("category")
    expect(page.locator("#map-1-slot")).to_have_value("legacy_line")
    expect(page.locator("#map-1-value")).to_have_value("12331")
    page.select_option("#map-1-slot", "category")
    page.select_option("#map-1-value", "prices")
    page.click("#map-apply")
    expect(page.locator('#map-form .field-error[data-field="pairs.1.slot"]')).to_have_text(
        "this slot is set in a row above already")
    expect(page.locator("#editor")).to_have_value(re.compile(r'values: \{category: food, legacy_line: "12331"\}'))
    page.select_option("#map-1-slot", "legacy_line")
    page.select_option("#map-1-value", "12365")
    page.click("#map-apply")
    expect(page.locator("#node-edit-note")).to_contain_text("In the draft")
    expect(page.locator("#editor")).to_have_value(re.compile(r'values: \{category: food, legacy_line: "12365"\}'))

    # a new question's slot and grammar are chosen from lists too
    page.select_option("#add-node-kind", "collect")
    expect(page.locator("#add-node-f-slot option[value='business_region']")).to_have_text(
        "business's region · business_region")
    expect(page.locator("#add-node-f-grammar option")).to_have_text(
        ["-", "category", "ko_city", "province", "service_type", "ticket", "yes_no"])
    assert script_errors(errors) == []
    page.close()
