"""The console channel's input language and `run_script`, the scripted entry used by tests and the admin page."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from ivr.channel import CallerHangup, HeardKind, Prompt
from ivr.console import ConsoleChannel, run_script
from ivr.engine import default_services
from ivr.menus.menuset import read_menu_dir
from ivr.settings import SHIPPED_MENUS_DIR, Settings
from tests.engine.calls import OPEN

TINY = Path(__file__).parents[1] / "menus" / "tiny.yaml"
HELLO = Prompt("hello", "zh", "你好")


def channel(tmp_path: Path, *script: str) -> ConsoleChannel:
    return ConsoleChannel("12315", "01088886666", tmp_path, script=list(script))


async def test_speech_with_and_without_confidence(tmp_path: Path) -> None:
    ch = channel(tmp_path, "say: 北京 @0.6", "say:  四川  ", "say: 上海 @1")
    first = await ch.listen(HELLO, ["北京"], 5)
    assert (first.kind, first.text, first.confidence) == (HeardKind.SPEECH, "北京", 0.6)
    second = await ch.listen(None, [], 5)
    assert (second.text, second.confidence) == ("四川", 1.0)
    third = await ch.listen(None, [], 5)
    assert (third.text, third.confidence) == ("上海", 1.0)
    assert [h["text"] for h in ch.heard] == ["你好"]


async def test_keys_timeouts_and_terminator(tmp_path: Path) -> None:
    ch = channel(tmp_path, "123#", "timeout", "", "abc", "9876")
    assert (await ch.collect_digits(HELLO, 8, 5)).digits == "123"
    for _ in range(3):
        result = await ch.collect_digits(None, 8, 5)
        assert result.timed_out and result.digits == ""
    assert (await ch.collect_digits(None, 2, 5)).digits == "98", "no more than max_digits"


async def test_barge_in_only_with_an_escape_digit(tmp_path: Path) -> None:
    ch = channel(tmp_path, "!1", "!5", "2")
    assert await ch.play(HELLO, "12") == "1"
    assert await ch.play(HELLO, "12") is None, "5 does not interrupt"
    assert ch.script == ["!5", "2"], "the unused barge-in stays in the script"


async def test_statement_hold_and_dial(tmp_path: Path) -> None:
    ch = channel(tmp_path, "statement: 商家拒绝退款", "hold:*", "dial:noanswer")
    recording = await ch.record(HELLO, "call-1-statement", 60, 5)
    assert Path(recording.path) == tmp_path / "call-1-statement.wav"
    with wave.open(recording.path) as audio:
        assert (audio.getframerate(), audio.getnchannels(), audio.getsampwidth()) == (8000, 1, 2)
    assert ch.variables["STATEMENT_TEXT"] == "商家拒绝退款"
    assert await ch.hold(30, "*") == "*"
    assert (await ch.dial("PJSIP/agent", 20)).status == "NOANSWER"
    assert (await ch.dial("PJSIP/agent", 20)).status == "ANSWER", "no script item: the far end answers"


async def test_hangup_and_running_out_of_script(tmp_path: Path) -> None:
    ch = channel(tmp_path, "hangup", "1")
    with pytest.raises(CallerHangup):
        await ch.collect_digits(HELLO, 1, 5)
    with pytest.raises(CallerHangup):
        await ch.play(HELLO)
    empty = channel(tmp_path)
    with pytest.raises(CallerHangup):
        await empty.listen(HELLO, [], 5)


async def test_run_script_on_a_draft_menu(tmp_path: Path) -> None:
    services = default_services(Settings(data_dir=tmp_path))
    summary = await run_script({"tiny.yaml": TINY.read_text(encoding="utf-8")}, "12315", "", ["2"],
                               services=services)
    assert summary["path"] == ["start", "agent", "done"]
    assert summary["menu_version"] == "draft"
    assert summary["routing"]["centre"] == "cn"
    assert summary["outcome"] == "completed"  # the queue had no ACD; the menu goes on to hang up
    assert summary["record"]["outcome"] == summary["outcome"]


async def test_run_script_on_the_shipped_menus_in_english(tmp_path: Path) -> None:
    services = default_services(Settings(data_dir=tmp_path), clock=lambda: OPEN)
    summary = await run_script(read_menu_dir(SHIPPED_MENUS_DIR), "12365", "02012345678",
                               ["2", "2", "1", "1", "statement: broken heater"], language="en", services=services)
    assert summary["slots"]["language"] == "en" and summary["slots"]["category"] == "quality"
    assert summary["routing"]["centre"] == "gd"
    assert summary["heard"][1].startswith("For a complaint press 1")
