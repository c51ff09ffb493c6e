"""Caller data stays caller data: masked in logs, never a file path; odd transport hints are ignored."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ivr.console import ConsoleChannel
from ivr.menus.menuset import MenuSet
from tests.engine.calls import BEIJING_FIXED, place_call


def is_file(path: Path) -> bool:
    return path.is_file()


SCRIPT = ["1", "1", "1", "1", "1", "statement: x"]


async def test_caller_number_is_masked_in_logs(shipped: MenuSet, data_dir: Path,
                                               caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    call = await place_call(shipped, data_dir, SCRIPT, caller=BEIJING_FIXED)
    assert call.record.caller == BEIJING_FIXED
    messages = [r.getMessage() for r in caplog.records if r.name.startswith("ivr")]
    assert any("call start" in m for m in messages) and any("call end" in m for m in messages)
    assert not [m for m in messages if BEIJING_FIXED in m or "88886666" in m]


@pytest.mark.parametrize("call_id", ["../../etc/passwd", "/tmp/evil", "a b\nc", "....", ""])
async def test_a_hostile_call_id_cannot_choose_the_recording_path(shipped: MenuSet, data_dir: Path,
                                                                 call_id: str) -> None:
    spool = data_dir / "spool"
    channel = ConsoleChannel("12315", BEIJING_FIXED, spool, script=list(SCRIPT), call_id=call_id or None)
    channel.call_id = call_id  # also when a transport hands over an empty id
    call = await place_call(shipped, data_dir, [], channel=channel)
    recording = Path(call.record.recording or "")
    assert recording.parent == spool, recording
    assert is_file(recording)
    assert "/" not in call.record.slots["statement"] and "\n" not in call.record.slots["statement"]


@pytest.mark.parametrize(("hint", "language"), [("en", "en"), ("zh", "zh"), ("ko", "zh"), ("", "zh"),
                                                 ("en\nEXEC", "zh")])
async def test_only_offered_languages_are_taken_from_the_transport(shipped: MenuSet, data_dir: Path, hint: str,
                                                                   language: str) -> None:
    call = await place_call(shipped, data_dir, ["hangup"], lang=hint)
    assert call.record.slots["language"] == language == call.record.language
    assert call.channel.heard[0]["language"] == language


async def test_unknown_dialled_number_gets_the_default_entry(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["hangup"], dnis="99999")
    assert call.path[0] == "emergency_check" and call.record.menu_id == "12315"
    assert "category" not in call.record.slots


def _with_welcome_audio(shipped: MenuSet, audio: str) -> dict[str, str]:
    import yaml

    name, text = next(iter(shipped.files.items()))
    data = yaml.safe_load(text)
    data["prompts"]["welcome"]["audio"] = {"zh": audio}
    return {name: yaml.safe_dump(data, allow_unicode=True)}


@pytest.mark.parametrize("audio", ["../../etc/passwd.wav", "/etc/passwd", "a b.wav", "x.mp3"])
def test_menu_refuses_prompt_audio_that_is_not_a_safe_wav_path(shipped: MenuSet, audio: str) -> None:
    from ivr.menus.menuset import validate_files

    errors = validate_files(_with_welcome_audio(shipped, audio))
    assert [e.code for e in errors] == ["schema"] and "audio" in errors[0].message


async def test_prompt_audio_outside_the_sounds_directory_is_not_played(shipped: MenuSet, data_dir: Path,
                                                                      tmp_path: Path) -> None:
    from ivr.menus.menuset import build_menuset

    outside = tmp_path / "elsewhere" / "secret.wav"
    inside = "uploads/welcome.wav"
    for audio, expected in ((str(outside), None), (inside, "inside")):
        menus = build_menuset(_with_welcome_audio(shipped, audio), "t")
        channel = ConsoleChannel("12315", BEIJING_FIXED, data_dir / "spool", script=["hangup"])
        played: list[str | None] = []
        original = channel.play

        async def spy(prompt, escape_digits="", _orig=original, _played=played):  # type: ignore[no-untyped-def]
            _played.append(prompt.audio)
            return await _orig(prompt, escape_digits)

        channel.play = spy  # type: ignore[method-assign]
        await place_call(menus, data_dir, [], channel=channel)
        if expected is None:
            assert played[0] is None
        else:
            assert played[0] is not None and played[0].endswith("/sounds/uploads/welcome.wav")


async def test_network_language_is_ignored_unless_the_menu_trusts_it(shipped: MenuSet, data_dir: Path) -> None:
    """Asterisk says agi_language=en for every channel unless configured: the Mandarin hotline must not
    greet in English because of it; a menu can opt in with options.language_from_channel."""
    import yaml

    from ivr.engine import run_call
    from ivr.menus.menuset import build_menuset
    from tests.engine.calls import services_for

    async def first_prompt_language(menus: MenuSet) -> str:
        services = services_for(menus, data_dir, datetime(2026, 12, 1, 2, 0, tzinfo=UTC))
        channel = ConsoleChannel("12315", BEIJING_FIXED, data_dir / "spool", script=["hangup"])
        channel.language_hint = "en"
        await run_call(channel, services, transport="fastagi")
        return channel.heard[0]["language"]

    assert await first_prompt_language(shipped) == "zh"
    name, text = next(iter(shipped.files.items()))
    data = yaml.safe_load(text)
    data["options"]["language_from_channel"] = True
    trusting = build_menuset({name: yaml.safe_dump(data, allow_unicode=True)}, "t")
    assert await first_prompt_language(trusting) == "en"
