"""`ivr prompts build`: real espeak-ng + sox, rebuilt only when a text changed."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agi_scripts.prompts import SYSTEM_PROMPTS, PromptBuildError, build_prompts
from ivr.cli import app as ivr_app
from ivr.compose import piece_sound
from ivr.system_sounds import BEEP_SOUND, SILENCE_SOUND
from ivr.tts import synthesize_wav
from queueing.prompts import DEFAULT_TEXTS as QUEUE_TEXTS

MENU = """menu: "demo"
prompts:
  hello:
    zh: 你好，欢迎致电。
    en: Hello and welcome.
  bye:
    zh: 再见。
    en: Goodbye.
  where:
    zh: 您在{region}吗？
    en: Are you in {region}?
nodes: {}
"""
SYSTEM_SOUNDS = (BEEP_SOUND, SILENCE_SOUND)
#: The dialplan's prompts and the queue's fixed sentences (its sentences with values are composed).
SYSTEM_COUNT = sum(len(texts) for texts in SYSTEM_PROMPTS.values()) + sum(
    1 for texts in QUEUE_TEXTS.values() for text in texts.values() if "{" not in text) + len(SYSTEM_SOUNDS)


class CountingSynth:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def __call__(self, text: str, language: str, target: Path) -> Path:
        self.calls.append((language, text))
        return synthesize_wav(text, language, target)


@pytest.fixture
def menus(tmp_path: Path) -> Path:
    directory = tmp_path / "menus"
    directory.mkdir()
    (directory / "demo.yaml").write_text(MENU, encoding="utf-8")
    return directory


def test_builds_8khz_mono_wav_per_language_and_rebuilds_only_changes(menus: Path, tmp_path: Path) -> None:
    sounds = tmp_path / "sounds"
    synth = CountingSynth()
    report = build_prompts(menus, sounds, synthesize=synth)
    assert len(report.built) == 4 + SYSTEM_COUNT
    assert sorted(k for k in report.templated if "/demo/" in k) == ["en/demo/where", "zh/demo/where"]
    assert not (sounds / "ivr" / "en" / "demo" / "where.wav").exists()
    # ... from pieces built now: the template's fixed parts, the labels, the number words
    for language, text in (("zh", "您在"), ("zh", "吗？"), ("en", "Are you in"), ("zh", "北京"), ("en", "Beijing"),
                           ("zh", "两"), ("en", "twenty")):
        key = piece_sound(language, text).removeprefix("ivr/")
        assert key in report.pieces, (language, text)
        with wave.open(str(sounds / "ivr" / f"{key}.wav")) as wav:
            assert wav.getframerate() == 8000 and wav.getnframes() > 400
    for key in ("zh/demo/hello", "en/demo/hello", "zh/demo/bye", "en/demo/bye", "zh/system/fallback_sorry"):
        with wave.open(str(sounds / "ivr" / f"{key}.wav")) as wav:
            assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (8000, 1, 2)
            assert wav.getnframes() > 1600  # real speech, not an empty file
    again = build_prompts(menus, sounds, synthesize=synth)
    assert again.built == [] and again.pieces == []
    assert len(again.unchanged) == 4 + SYSTEM_COUNT - len(SYSTEM_SOUNDS) + len(report.pieces)
    (menus / "demo.yaml").write_text(MENU.replace("Goodbye.", "Goodbye, see you."), encoding="utf-8")
    changed = build_prompts(menus, sounds, synthesize=synth)
    assert changed.built == ["en/demo/bye"]
    assert synth.calls[-1] == ("en", "Goodbye, see you.")
    (menus / "demo.yaml").write_text(MENU.replace("  bye:\n    zh: 再见。\n    en: Goodbye.\n", ""), "utf-8")
    removed = build_prompts(menus, sounds, synthesize=synth)
    assert sorted(removed.removed) == ["en/demo/bye", "zh/demo/bye"]
    assert not (sounds / "ivr" / "en" / "demo" / "bye.wav").exists()


def test_deleted_output_file_is_rebuilt(menus: Path, tmp_path: Path) -> None:
    sounds = tmp_path / "sounds"
    synth = CountingSynth()
    build_prompts(menus, sounds, synthesize=synth)
    (sounds / "ivr" / "zh" / "demo" / "hello.wav").unlink()
    assert build_prompts(menus, sounds, synthesize=synth).built == ["zh/demo/hello"]


@pytest.mark.parametrize(("text", "message"), [
    ('menu: "../etc"\nprompts: {}\n', r"not \[a-z0-9_\]"),
    ('menu: "demo"\nprompts:\n  "../x": {zh: a}\n', r"not \[a-z0-9_\]"),
    ("prompts: {}\n", "no top-level 'menu:'"),
    ("menu: [unclosed\n", "not valid YAML"),
    ('menu: "demo"\nprompts:\n  p: {zh: a, audio: {zh: missing.wav}}\n', "not found"),
])
def test_bad_menu_files_are_refused_with_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "m.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(PromptBuildError, match=message):
        build_prompts(tmp_path, tmp_path / "sounds", synthesize=CountingSynth())
    assert not (tmp_path / "sounds" / "ivr" / "manifest.json").exists()


def test_cli_build(menus: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(ivr_app, ["prompts", "build", "--menus-dir", str(menus), "--sounds-dir",
                                              str(tmp_path / "s"), "--no-knowledge"])
    assert result.exit_code == 0, result.output
    assert '"built": ' + str(4 + SYSTEM_COUNT) in result.output
    bad = CliRunner().invoke(ivr_app, ["prompts", "build", "--menus-dir", str(tmp_path / "none"), "--sounds-dir",
                                           str(tmp_path / "s")])
    assert bad.exit_code == 2 and "no menu files" in bad.output
