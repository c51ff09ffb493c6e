"""A sentence with values recorded whole for given values (/api/prompts/whole): uploaded per
language, listed with its values, played by calls with exactly those values instead of the
composed pieces, removed again; bad values and uploads are refused with a reason."""

from __future__ import annotations

import json
import subprocess
import wave
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from ivr.compose import compose
from ivr.menus.menuset import load_menu_dir
from ivr.prompts_whole import whole_sound, with_whole_recording

MENU = "12315.yaml"
ONE_AHEAD = {"ahead": "1", "wait_minutes": "2", "callback_key": "*"}


def make_wav(path: Path, rate: int, seconds: float) -> bytes:
    subprocess.run(["sox", "-n", "-r", str(rate), "-c", "1", "-b", "16", str(path), "synth", str(seconds),
                    "sine", "440"], check=True, capture_output=True)
    return path.read_bytes()


def upload(client: TestClient, data: bytes, values: Any, prompt_id: str = "queue_one_ahead",
           language: str = "zh") -> Any:
    return client.post("/api/prompts/whole", files={"upload": ("s.wav", data, "audio/wav")},
                       data={"file": MENU, "id": prompt_id, "language": language,
                             "values": values if isinstance(values, str) else json.dumps(values),
                             "comment": "studio: one caller ahead, two minutes"})


def listed(client: TestClient, language: str = "zh") -> list[dict[str, Any]]:
    reply = client.get(f"/api/prompts/whole?file={MENU}&id=queue_one_ahead&language={language}")
    assert reply.status_code == 200, reply.text
    return list(reply.json()["recordings"])


def test_a_whole_recording_replaces_the_pieces_for_its_values_only(admin_client: TestClient,
                                                                   tmp_path: Path) -> None:
    settings = admin_client.app.state.web.settings  # type: ignore[attr-defined]
    reply = upload(admin_client, make_wav(tmp_path / "in.wav", 44100, 2.5), ONE_AHEAD)
    assert reply.status_code == 200, reply.text
    body = reply.json()
    stored = Path(body["audio"])
    with wave.open(str(stored)) as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (8000, 1, 2)
    assert abs(body["seconds"] - 2.5) < 0.05 and body["values"] == ONE_AHEAD
    menu = load_menu_dir(settings.menus_dir).for_dnis("12315")
    template = menu.prompts["queue_one_ahead"].texts["zh"]
    composed = compose("queue_one_ahead", "zh", template, ONE_AHEAD, menu_id=menu.menu)
    assert body["sentence"] == composed.text and "两分钟" in composed.text
    sound = whole_sound(menu.menu, "queue_one_ahead", "zh", ONE_AHEAD, composed.text)
    assert stored == settings.sounds_dir / f"{sound}.wav" and body["sound"] == sound
    [row] = listed(admin_client)
    assert {k: row[k] for k in ("values", "sentence", "sound", "current")} == {
        "values": ONE_AHEAD, "sentence": composed.text, "sound": sound, "current": True}
    assert sound.endswith("/" + row["key"])
    assert abs(datetime.fromisoformat(row["recorded_at"]) - datetime.now(UTC)) < timedelta(minutes=5)
    heard = admin_client.get("/api/prompts/whole/audio", params={"file": MENU, "id": "queue_one_ahead",
                                                                 "language": "zh", "key": row["key"]})
    assert heard.status_code == 200 and heard.content == stored.read_bytes()
    assert listed(admin_client, "en") == []  # per language
    played = with_whole_recording(composed, ONE_AHEAD, settings.sounds_dir)
    assert [p.sound for p in played.pieces] == [body["sound"]] and played.text == composed.text
    other = {**ONE_AHEAD, "wait_minutes": "3"}
    again = compose("queue_one_ahead", "zh", template, other, menu_id=menu.menu)
    assert with_whole_recording(again, other, settings.sounds_dir) == again  # other values: still composed
    english = compose("queue_one_ahead", "en", menu.prompts["queue_one_ahead"].texts["en"], ONE_AHEAD,
                      menu_id=menu.menu)
    assert with_whole_recording(english, ONE_AHEAD, settings.sounds_dir) == english

    gone = admin_client.request("DELETE", "/api/prompts/whole", json={
        "file": MENU, "id": "queue_one_ahead", "language": "zh", "values": ONE_AHEAD, "comment": "re-record"})
    assert gone.status_code == 200, gone.text
    assert not stored.exists() and listed(admin_client) == []
    assert with_whole_recording(composed, ONE_AHEAD, settings.sounds_dir) == composed
    again_gone = admin_client.request("DELETE", "/api/prompts/whole", json={
        "file": MENU, "id": "queue_one_ahead", "language": "zh", "values": ONE_AHEAD, "comment": "twice"})
    assert again_gone.status_code == 404


def test_a_changed_template_no_longer_plays_the_old_recording(admin_client: TestClient, tmp_path: Path) -> None:
    settings = admin_client.app.state.web.settings  # type: ignore[attr-defined]
    assert upload(admin_client, make_wav(tmp_path / "in.wav", 8000, 2.0), ONE_AHEAD).status_code == 200
    new_text = "您前面还有{ahead}位来电，约{wait_minutes}。回电请按{callback_key}。"
    changed = admin_client.post("/api/prompts/text", json={"file": MENU, "id": "queue_one_ahead", "language": "zh",
                                                           "text": new_text, "comment": "shorter"})
    assert changed.status_code == 200, changed.text
    [old] = listed(admin_client)
    assert old["current"] is False and old["values"] == ONE_AHEAD  # kept, listed, but no longer played
    menu_id = load_menu_dir(settings.menus_dir).for_dnis("12315").menu
    now = compose("queue_one_ahead", "zh", new_text, ONE_AHEAD, menu_id=menu_id)
    assert with_whole_recording(now, ONE_AHEAD, settings.sounds_dir) == now


@pytest.mark.parametrize(("values", "prompt_id", "language", "reason"), [
    ({"ahead": "1", "wait_minutes": "2"}, "queue_one_ahead", "zh", "must be exactly"),  # a slot missing
    ({**ONE_AHEAD, "region": "11"}, "queue_one_ahead", "zh", "must be exactly"),  # a slot too many
    ({**ONE_AHEAD, "wait_minutes": "two"}, "queue_one_ahead", "zh", "cannot be read"),
    ({"caller_region": "99"}, "region_confirm", "zh", "cannot be read"),  # no such province
    ("not json", "queue_one_ahead", "zh", "JSON"),
    ({}, "welcome", "zh", "no values"),  # a fixed prompt: record it as such
    (ONE_AHEAD, "queue_one_ahead", "fr", "language"),
    # values outside what the slot can take
    ({**ONE_AHEAD, "ahead": "-1"}, "queue_one_ahead", "zh", "cannot be read"),
    ({**ONE_AHEAD, "ahead": "1000000000000"}, "queue_one_ahead", "zh", "cannot be read"),
    ({**ONE_AHEAD, "callback_key": "x"}, "queue_one_ahead", "zh", "cannot be read"),
    ({"caller_region": "fod"}, "region_confirm", "zh", "cannot be read"),
])
def test_values_that_do_not_fit_are_refused(admin_client: TestClient, tmp_path: Path, values: Any, prompt_id: str,
                                            language: str, reason: str) -> None:
    reply = upload(admin_client, make_wav(tmp_path / "in.wav", 8000, 1.0), values, prompt_id, language)
    assert reply.status_code == 422, reply.text
    assert reason in reply.text
    settings = admin_client.app.state.web.settings  # type: ignore[attr-defined]
    assert not list(settings.sounds_dir.glob("ivr/*/*/whole/**/*.wav"))


def test_an_unusable_upload_is_refused_and_nothing_is_kept(admin_client: TestClient, tmp_path: Path) -> None:
    reply = upload(admin_client, b"RIFF0000WAVEnot really audio", ONE_AHEAD)
    assert reply.status_code == 422 and "unusable recording" in reply.text
    assert listed(admin_client) == []
    settings = admin_client.app.state.web.settings  # type: ignore[attr-defined]
    assert not list(settings.sounds_dir.glob("ivr/*/*/whole/**/*.wav"))
    assert admin_client.get("/api/prompts/whole?file=12315.yaml&id=nope&language=zh").status_code == 404


@pytest.mark.parametrize(("values", "field"), [
    ({**ONE_AHEAD, "ahead": "-1"}, "values.ahead"),
    ({**ONE_AHEAD, "callback_key": "x"}, "values.callback_key"),
    ({"ahead": "1"}, "values"),
])
def test_a_refused_value_names_its_field_in_both_languages(admin_client: TestClient, tmp_path: Path,
                                                           values: dict[str, str], field: str) -> None:
    detail = upload(admin_client, make_wav(tmp_path / "in.wav", 8000, 1.0), values).json()["detail"]
    assert detail["field"] == field
    assert detail["zh"] and detail["en"] and detail["zh"] != detail["en"]


def test_a_refused_upload_names_its_field(admin_client: TestClient) -> None:
    detail = upload(admin_client, b"not a wav at all", ONE_AHEAD).json()["detail"]
    assert detail["field"] == "upload" and detail["en"].startswith("unusable recording")
    assert "录音不可用" in detail["zh"]


def test_an_unknown_template_is_refused_and_nothing_is_kept(admin_client: TestClient, tmp_path: Path) -> None:
    reply = upload(admin_client, make_wav(tmp_path / "in.wav", 8000, 1.0), ONE_AHEAD, prompt_id="queue_nope")
    assert reply.status_code == 404 and "queue_nope" in reply.text and "没有提示" in reply.text
    settings = admin_client.app.state.web.settings  # type: ignore[attr-defined]
    assert not list(settings.sounds_dir.glob("ivr/*/*/whole/**/*"))


def test_numbers_are_kept_as_calls_pass_them(admin_client: TestClient, tmp_path: Path) -> None:
    reply = upload(admin_client, make_wav(tmp_path / "in.wav", 8000, 1.0), {**ONE_AHEAD, "wait_minutes": " 02"})
    assert reply.status_code == 200, reply.text
    assert reply.json()["values"] == ONE_AHEAD  # found by a call whose wait is 2 minutes


def test_a_recording_of_another_prompt_or_a_made_up_key_is_not_served(admin_client: TestClient) -> None:
    for key in ("0" * 20, "../../../etc/passwd", "nothex"):
        reply = admin_client.get("/api/prompts/whole/audio", params={"file": MENU, "id": "queue_one_ahead",
                                                                     "language": "zh", "key": key})
        assert reply.status_code == 404


def test_the_form_offers_each_templates_slots_with_their_values(admin_client: TestClient, tmp_path: Path) -> None:
    assert upload(admin_client, make_wav(tmp_path / "in.wav", 8000, 1.0), ONE_AHEAD).status_code == 200
    reply = admin_client.get("/api/prompts/whole/templates")
    assert reply.status_code == 200, reply.text
    templates = {t["id"]: t for t in reply.json()["templates"]}
    assert "welcome" not in templates  # no values: recorded as a fixed prompt
    queue = templates["queue_one_ahead"]
    fields = {f["slot"]: f for f in queue["slots"]}
    assert fields["ahead"]["input"] == "number" and fields["ahead"]["min"] == 0
    assert fields["ahead"]["max"] == 999_999_999_999 and fields["wait_minutes"]["input"] == "number"
    keys = {v["value"]: v for v in fields["callback_key"]["values"]}
    assert set(keys) == set("0123456789*#") and keys["*"]["zh"] == "星号键" and keys["*"]["en"] == "star"
    assert fields["ahead"]["zh"] != "ahead" and fields["ahead"]["en"] == "callers ahead"
    assert [r["values"] for r in queue["recordings"]["zh"]] == [ONE_AHEAD] and queue["recordings"]["en"] == []
    region = {f["slot"]: f for f in templates["region_confirm"]["slots"]}["caller_region"]
    provinces = {v["value"]: v for v in region["values"]}
    assert region["input"] == "choice" and provinces["44"]["zh"] == "广东" and provinces["44"]["en"] == "Guangdong"
    assert len(provinces) >= 31
