"""What a call plays once an administrator recorded a sentence whole (issue 14): uploaded through
the admin API, then calls through the Asterisk-faithful AGI peer, the FastAGI server and the
engine. A caller whose values were recorded gets that one file; other values are still composed."""

from __future__ import annotations

import asyncio
import json
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from fastapi.testclient import TestClient

from agi_scripts.codec import parse_args
from agi_scripts.server import FastAgiServer, engine_handler
from ivr.compose import compose
from ivr.engine import EngineServices, default_services
from ivr.menus.menuset import load_menu_dir
from ivr.settings import Settings
from tests.agi.test_engine_calls import EventCollector
from tests.engine.calls import acd_hours
from tests.support.agi_peer import CallerScript, PeerResult, call

OPEN = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)  # Wednesday 11:00 in Beijing
# Mandarin, complaint; the region is offered from the caller's area code, confirmed with 1
COMPLAINT = ["1", "1", "1", "1", "1"]
BEIJING_FIXED = "01088886666"  # area code 010: Beijing (11)
GUANGZHOU_FIXED = "02088886666"  # area code 020: Guangdong (44)


def sounds_played(result: PeerResult) -> list[str]:
    return [parse_args(c)[2] for c in result.commands if c.startswith(("STREAM FILE ", "GET DATA "))]


async def place_calls(settings: Settings, callers: list[tuple[str, list[str]]]) -> list[PeerResult]:
    """One call per (caller number, keys)."""
    events = EventCollector()

    def services() -> EngineServices:
        return default_services(settings, events=events, clock=lambda: OPEN, hours=acd_hours())

    server = FastAgiServer(handler=engine_handler(services), sounds_dir=settings.sounds_dir,
                           spool_dir=settings.spool_dir, command_timeout=5.0)
    await server.start("127.0.0.1", 0)
    try:
        return [await call("127.0.0.1", server.port, CallerScript(keys=keys), callerid=caller,
                           uniqueid=f"1795963818.{n}") for n, (caller, keys) in enumerate(callers)]
    finally:
        await server.close()


def test_the_recorded_values_play_the_recording_other_values_compose(admin_client: TestClient,
                                                                     web_settings: Settings, tmp_path: Path) -> None:
    wav = tmp_path / "beijing.wav"  # the administrator's own file, made before any call
    subprocess.run(["espeak-ng", "-v", "cmn", "-w", str(wav), "您是要反映北京的问题吗"], check=True,
                   capture_output=True)
    reply = admin_client.post("/api/prompts/whole", files={"upload": ("beijing.wav", wav.read_bytes(), "audio/wav")},
                              data={"file": "12315.yaml", "id": "region_confirm", "language": "zh",
                                    "values": json.dumps({"caller_region": "11"}), "comment": "studio take"})
    assert reply.status_code == 200, reply.text
    whole_sound = reply.json()["sound"]
    assert (web_settings.sounds_dir / f"{whole_sound}.wav").is_file()

    # the caller from Guangzhou presses no key at the region question (a key would stop the sentence)
    beijing, guangzhou = asyncio.run(place_calls(web_settings, [(BEIJING_FIXED, COMPLAINT),
                                                                (GUANGZHOU_FIXED, COMPLAINT[:2])]))
    menu = load_menu_dir(web_settings.menus_dir).for_dnis("12315")
    template = menu.prompts["region_confirm"].texts["zh"]
    pieces_of = {region: [p.sound for p in compose("region_confirm", "zh", template, {"caller_region": region},
                                                   menu_id=menu.menu).pieces] for region in ("11", "44")}

    heard_beijing = sounds_played(beijing)
    assert whole_sound in heard_beijing  # the one recording ...
    # ... instead of its pieces: the fixed parts around the region are not played (北京 is, later, in
    # another sentence)
    assert pieces_of["11"][0] not in heard_beijing and pieces_of["11"][-1] not in heard_beijing
    heard_guangzhou = sounds_played(guangzhou)
    assert whole_sound not in heard_guangzhou
    start = heard_guangzhou.index(pieces_of["44"][0])  # Guangdong was not recorded: composed, in order
    assert heard_guangzhou[start:start + len(pieces_of["44"])] == pieces_of["44"]
