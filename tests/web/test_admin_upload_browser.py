"""Chromium: an uploaded menu file lands in the editor and the draft (issue 13's headline bug).

Before the fix the upload handler's openFile() copied the old editor text back over the
upload: the page said 校验通过, the diff said no change and 发布 published an identical version.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from ivr.menus.store import MenuStore
from ivr.settings import Settings
from tests.web.test_browser import no_page_errors, sign_in

pytestmark = pytest.mark.browser


def test_uploaded_menu_file_reaches_editor_diff_and_publish(
    browser: Browser, server: str, web_settings: Settings, add_user: Callable[..., str], tmp_path: Path
) -> None:
    add_user("root", "admin")
    published = MenuStore(web_settings).read_version(1)["12315.yaml"]
    edited = published.replace("欢迎致电全国12315", "欢迎致电（上传的新版）全国12315", 1)
    assert edited != published
    upload = tmp_path / "12315.yaml"
    upload.write_text(edited, encoding="utf-8")

    page = sign_in(browser, server, "root", "/admin")
    expect(page.locator("#published-label")).to_contain_text("v1")
    page.set_input_files("#menu-upload", str(upload))
    expect(page.locator("#messages")).to_have_class("ok")
    expect(page.locator("#editor")).to_have_value(edited)
    page.click("#btn-diff")
    expect(page.locator("#output")).to_contain_text("+    zh: 欢迎致电（上传的新版）")
    page.fill("#publish-comment", "uploaded file")
    page.once("dialog", lambda d: d.accept())
    page.click("#btn-publish")
    expect(page.locator("#messages")).to_contain_text("v2")
    no_page_errors()
    page.close()
    assert "上传的新版" in MenuStore(web_settings).read_version(2)["12315.yaml"]
