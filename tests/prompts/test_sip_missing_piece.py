"""Over the embedded SIP endpoint nothing is synthesised during a call, even when a piece was
never built: a whole complaint call (SIPp caller, RFC 2833 keys, a spoken statement) runs
through the engine with espeak-ng and sox off PATH and every process start refused except
the SIPp caller's; the piece "北京" of the region confirmation is deleted from the built
sounds, plays as silence, and the log names it. And a server refuses to start, naming
``ivr prompts build``, when prompts are missing and it cannot build them."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ivr.compose import compose
from ivr.engine import default_services, run_call
from ivr.menus.menuset import MenuSet
from ivr.prompts_built import PromptsNotBuilt, menu_prompt_texts, missing_sounds, needed_sounds, prepare_prompts
from ivr.sip.endpoint import start_sip_endpoint
from tests.sip.harness import SIPP, Seen, make_settings, pcap, run_sipp, wait_until
from tests.sip.media_tools import g711_wav, tone_wav
from tests.sip.test_engine_calls import OPEN, Events
from tests.sip.test_sipp_scenarios import options

pytestmark = pytest.mark.timeout(150)

class OnlySipp:
    """Refuses every process start but the SIPp caller's; PATH holds no espeak-ng or sox."""

    def __init__(self) -> None:
        self.refused: list[str] = []
        self.allowed: list[str] = []


@pytest.fixture
def only_sipp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[OnlySipp]:
    guard = OnlySipp()
    empty = tmp_path / "empty-path"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    original = subprocess.Popen._execute_child  # type: ignore[attr-defined]

    def execute_child(self: subprocess.Popen[Any], args: Any, *rest: Any) -> None:
        if isinstance(args, (list, tuple)) and args and args[0] == SIPP:
            guard.allowed.append(str(args[0]))
            original(self, args, *rest)
            return
        guard.refused.append(repr(args))
        raise OSError(f"no process may start during a call: {args!r}")

    monkeypatch.setattr(subprocess.Popen, "_execute_child", execute_child)
    for name in ("posix_spawn", "posix_spawnp", "fork"):
        if hasattr(os, name):
            monkeypatch.setattr(os, name, lambda *a, _n=name, **k: guard.refused.append(_n))
    yield guard


async def test_a_missing_piece_plays_as_silence_and_no_process_starts(
        tmp_path: Path, built_sounds: Path, shipped: MenuSet, caplog: pytest.LogCaptureFixture,
        request: pytest.FixtureRequest) -> None:
    settings = make_settings(tmp_path)
    shutil.copytree(built_sounds, settings.sounds_dir)
    menu = shipped.for_dnis("12315")
    confirm = compose("region_confirm", "zh", menu.prompts["region_confirm"].texts["zh"], {"caller_region": "11"})
    beijing = next(p for p in confirm.pieces if p.text == "北京")
    missing = settings.sounds_dir / f"{beijing.sound}.wav"
    missing.unlink()
    # the caller's audio is made before the guard: then no process may start but SIPp
    stream = g711_wav(tone_wav(tmp_path / "statement.wav", 300, 4.0), tmp_path / "statement_pcmu.wav", "PCMU")
    guard: OnlySipp = request.getfixturevalue("only_sipp")
    events = Events()
    services = default_services(settings, menus=shipped, events=events, clock=lambda: OPEN)
    seen = Seen()

    async def handler(channel: Any) -> object:
        record = await run_call(channel, services, transport="sip")
        seen.add("record", record)
        return record

    caplog.set_level(logging.WARNING, logger="ivr.prompts_built")
    endpoint = await start_sip_endpoint(settings, handler, options())
    try:
        # Mandarin, complaint, region 北京 (from the area code) confirmed, business here, food; a statement
        caller = await run_sipp("complaint_call.xml", endpoint.address[1], tmp_path,
                                {"digit_1": pcap("1"), "digit_2": pcap("1"), "digit_3": pcap("1"),
                                 "digit_4": pcap("1"), "digit_5": pcap("1"), "stream": f"{stream},1,0",
                                 "caller": "01088886666"}, timeout=90)
        assert await wait_until(lambda: events.call_end() is not None, 20)
    finally:
        await endpoint.close()
    assert caller.returncode == 0, caller.explain()
    record = events.call_end()
    assert record is not None
    assert record["slots"]["region"] == "11" and record["slots"]["category"] == "food"
    assert "region_confirm" in [step["node"] for step in record["path"]]
    assert record["recording"]
    assert guard.refused == [], guard.refused
    assert guard.allowed, "the SIPp caller ran"
    named = [r.getMessage() for r in caplog.records if str(missing) in r.getMessage()]
    assert len(named) == 1 and "北京" in named[0] and "ivr prompts build" in named[0], caplog.text
    assert not missing.exists(), "the missing piece was not synthesised"


def test_start_up_builds_what_is_missing_before_calls(tmp_path: Path, built_sounds: Path, shipped: MenuSet) -> None:
    sounds = tmp_path / "sounds"
    shutil.copytree(built_sounds, sounds)
    texts = menu_prompt_texts(shipped)
    needed = needed_sounds(texts)
    assert missing_sounds(needed, sounds) == []
    welcome = next(n for n in needed if not n.piece and n.sound.endswith("/welcome") and n.language == "zh")
    a_piece = next(n for n in needed if n.piece and n.text == "北京")
    for item in (welcome, a_piece):
        (sounds / f"{item.sound}.wav").unlink()
    made: list[tuple[str, str]] = []

    def synthesize(text: str, language: str, target: Path) -> Path:
        made.append((language, text))
        shutil.copyfile(built_sounds / f"{welcome.sound}.wav", target)
        return target

    built = prepare_prompts(texts, sounds, synthesize=synthesize)
    assert sorted(built) == sorted([welcome.sound, a_piece.sound])
    assert sorted(made) == sorted([("zh", welcome.text), ("zh", "北京")])
    assert missing_sounds(needed, sounds) == []
    assert prepare_prompts(texts, sounds, synthesize=synthesize) == []  # nothing left to build


def test_start_up_refuses_naming_the_build_command_when_it_cannot_build(
        tmp_path: Path, built_sounds: Path, shipped: MenuSet, monkeypatch: pytest.MonkeyPatch) -> None:
    sounds = tmp_path / "sounds"
    shutil.copytree(built_sounds, sounds)
    texts = menu_prompt_texts(shipped)
    a_piece = next(n for n in needed_sounds(texts) if n.piece and n.text == "北京")
    (sounds / f"{a_piece.sound}.wav").unlink()
    empty = tmp_path / "empty-path"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # no espeak-ng, no sox
    with pytest.raises(PromptsNotBuilt) as refused:
        prepare_prompts(texts, sounds)
    message = str(refused.value)
    assert "ivr prompts build" in message and "请先运行" in message and a_piece.sound in message
    assert refused.value.missing == [a_piece.sound]
    with pytest.raises(PromptsNotBuilt):
        prepare_prompts(texts, sounds, build=False)
