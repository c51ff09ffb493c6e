"""Chromium: an administrator records a sentence with values whole on the prompts page (issue 14):
chooses the queue sentence and its values from what each slot allows, sees refusals at their field,
uploads a WAV made beforehand (espeak-ng and sox, as a studio file would come), hears it listed with a
player, then deletes it after confirming."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Dialog, expect

from ivr.settings import Settings
from tests.support.evidence import evidence_dir
from tests.web.browser_pages import script_errors, sign_in

pytestmark = pytest.mark.browser


def studio_file(folder: Path) -> Path:
    """The administrator's recording: spoken by espeak-ng, made 44.1 kHz stereo as studios deliver."""
    spoken = folder / "spoken.wav"
    subprocess.run(["espeak-ng", "-v", "cmn", "-w", str(spoken), "下一位就是您，预计等待约两分钟，回电请按星号键"],
                   check=True, capture_output=True)
    studio = folder / "queue_one_ahead_1_2.wav"
    subprocess.run(["sox", str(spoken), "-r", "44100", "-c", "2", str(studio)], check=True, capture_output=True)
    return studio


def test_record_a_sentence_whole_listen_and_delete(browser: Browser, server: str, web_settings: Settings,
                                                  add_user: Callable[..., str], tmp_path: Path) -> None:
    add_user("root", "admin")
    studio = studio_file(tmp_path)
    not_audio = tmp_path / "notes.wav"
    not_audio.write_text("这不是录音 / not a recording", encoding="utf-8")
    errors: list[str] = []
    page = sign_in(browser, server, "root", "/admin", errors)
    stacks: list[str] = []
    page.on("pageerror", lambda e: stacks.append(e.stack or str(e)))
    whole = page.locator("#whole-recordings")
    expect(whole.locator("#whole-none")).to_have_text("尚无整句录音")
    expect(whole.locator("thead")).to_contain_text("录制时间 (北京时间)")

    page.select_option("#whole-prompt", "12315.yaml|queue_one_ahead")
    page.select_option("#whole-language", "zh")
    expect(page.locator("#whole-template-text")).to_contain_text("{ahead}")
    expect(page.locator("#whole-v-callback_key option[value='*']")).to_have_text("星号键")
    # refused before sending: a number outside the range, no file, no note
    page.fill("#whole-v-ahead", "-1")
    page.fill("#whole-v-wait_minutes", "2")
    page.select_option("#whole-v-callback_key", "*")
    page.click("#whole-add")
    expect(page.locator('#whole-form .field-error[data-field="values.ahead"]')).to_have_text(
        "须为 0 至 999999999999 的整数")
    expect(page.locator('#whole-form .field-error[data-field="upload"]')).to_have_text("请选择 WAV 录音文件")
    expect(page.locator('#whole-form .field-error[data-field="comment"]')).to_have_text("请填写说明")
    # refused by the server, at the file's field: not audio
    page.fill("#whole-v-ahead", "1")
    page.fill("#whole-comment", "录音棚：前面 1 位，约 2 分钟")
    page.set_input_files("#whole-upload", str(not_audio))
    page.click("#whole-add")
    expect(page.locator('#whole-form .field-error[data-field="upload"]')).to_contain_text("录音不可用")
    expect(page.locator('#whole-form .field-error[data-field="values.ahead"]')).to_have_count(0)
    assert not list(web_settings.sounds_dir.glob("ivr/*/*/whole/**/*.wav"))

    page.set_input_files("#whole-upload", str(studio))
    page.click("#whole-add")
    row = whole.locator("tr.whole-row")
    expect(row).to_have_count(1)
    expect(row.locator(".whole-values")).to_have_text("前面的来电数 1 · 回电按键 星号键 · 预计等待分钟数 2")
    expect(row).to_contain_text("两分钟")  # the sentence the recording says
    expect(page.locator('#whole-form .field-error')).to_have_count(0)
    [stored] = web_settings.sounds_dir.glob("ivr/zh/12315/whole/queue_one_ahead/*.wav")
    key = row.get_attribute("data-key")
    assert key and stored.stem == key
    src = row.locator("audio").get_attribute("src")
    assert src and key in src
    fetch_size = "async (src) => { const r = await fetch(src); return [r.status, (await r.arrayBuffer()).byteLength]; }"
    heard = page.evaluate(fetch_size, src)
    assert heard == [200, stored.stat().st_size]
    page.locator("#h-prompts").scroll_into_view_if_needed()
    whole.screenshot(path=str(evidence_dir("docs/screenshots") / "admin-whole-recordings.png"))

    asked: list[str] = []

    def accept(dialog: Dialog) -> None:
        asked.append(dialog.message)
        dialog.accept()

    page.once("dialog", accept)
    row.locator(".whole-delete").click()
    expect(whole.locator("#whole-none")).to_be_visible()
    assert asked and "删除这段整句录音" in asked[0] and "两分钟" in asked[0]
    assert not stored.exists()
    assert script_errors(errors) == [], stacks
    page.close()


def test_the_english_page_words_the_pictures_conditions_and_the_forms_refusals(
        browser: Browser, server: str, add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    errors: list[str] = []
    page = sign_in(browser, server, "root", "/admin", errors)
    page.goto(f"{server}/admin?lang=en")
    # the menu picture's conditions in words (issue 13), not "open=False" or "slot=ticket, is_set=True"
    labels = page.locator("#menu-graph .edge-label")
    expect(labels.filter(has_text="outside opening hours")).to_have_count(1)
    expect(labels.filter(has_text="emergency switch on")).to_have_count(1)
    expect(labels.filter(has_text="case number given")).to_have_count(1)
    expect(labels.filter(has_text="=")).to_have_count(0)

    whole = page.locator("#whole-recordings")
    expect(whole.locator("#h-whole")).to_have_text("Sentences recorded whole")
    expect(whole.locator("thead")).to_contain_text("Recorded (Beijing time)")
    page.select_option("#whole-prompt", "12315.yaml|queue_one_ahead")
    page.select_option("#whole-language", "en")
    expect(page.locator("#whole-v-callback_key option[value='#']")).to_have_text("hash")
    page.fill("#whole-v-ahead", "1000000000000")
    page.click("#whole-add")
    expect(page.locator('#whole-form .field-error[data-field="values.ahead"]')).to_have_text(
        "A whole number from 0 to 999999999999")
    expect(page.locator('#whole-form .field-error[data-field="values.wait_minutes"]')).to_have_text("Enter a value")
    expect(page.locator('#whole-form .field-error[data-field="upload"]')).to_have_text("Choose a WAV recording")
    assert script_errors(errors) == []
    page.close()
