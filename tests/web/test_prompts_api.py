"""Prompt management: text per language with regenerated audio, recorded uploads, listening."""

from __future__ import annotations

import subprocess
import wave
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

MENU = "12315.yaml"


def make_wav(path: Path, rate: int, seconds: float, channels: int = 1) -> bytes:
    subprocess.run(["sox", "-n", "-r", str(rate), "-c", str(channels), "-b", "16", str(path), "synth",
                    str(seconds), "sine", "440"], check=True, capture_output=True)
    return path.read_bytes()


def wav_format(path: Path) -> tuple[int, int, int]:
    with wave.open(str(path)) as w:
        return w.getframerate(), w.getnchannels(), w.getsampwidth()


def prompt_row(client: TestClient, prompt_id: str) -> dict[str, Any]:
    rows = client.get("/api/prompts").json()["prompts"]
    return next(r for r in rows if r["id"] == prompt_id and r["file"] == MENU)


def test_prompts_are_listed_per_language(admin_client: TestClient) -> None:
    row = prompt_row(admin_client, "welcome")
    assert row["languages"] == ["zh", "en"] and row["texts"]["zh"].startswith("欢迎致电") and row["audio"] == {}


def test_changing_a_text_publishes_and_regenerates_audio(admin_client: TestClient) -> None:
    reply = admin_client.post("/api/prompts/text", json={"file": MENU, "id": "closed_notice", "language": "en",
                                                         "text": "We are closed today.", "comment": "new text"})
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["version"]["number"] == 2 and body["audio_error"] is None
    assert prompt_row(admin_client, "closed_notice")["texts"]["en"] == "We are closed today."
    settings = admin_client.app.state.web.settings  # type: ignore[attr-defined]
    wav = settings.sounds_dir / "ivr" / "en" / "12315" / "closed_notice.wav"
    assert wav.exists() and wav_format(wav) == (8000, 1, 2)
    audio = admin_client.get(f"/api/prompts/audio?file={MENU}&id=closed_notice&language=en")
    assert audio.status_code == 200 and audio.headers["content-type"] == "audio/wav"
    assert audio.content == wav.read_bytes()


@pytest.mark.parametrize(("payload", "code"), [
    ({"file": MENU, "id": "nope", "language": "zh", "text": "x", "comment": "c"}, 404),
    ({"file": MENU, "id": "welcome", "language": "fr", "text": "x", "comment": "c"}, 422),
    ({"file": MENU, "id": "../x", "language": "zh", "text": "x", "comment": "c"}, 422),
    ({"file": "other.yaml", "id": "welcome", "language": "zh", "text": "x", "comment": "c"}, 404),
    ({"file": MENU, "id": "welcome", "language": "zh", "text": "", "comment": "c"}, 422),
])
def test_bad_prompt_changes_are_refused(admin_client: TestClient, payload: dict[str, str], code: int) -> None:
    assert admin_client.post("/api/prompts/text", json=payload).status_code == code
    assert len(admin_client.get("/api/menus/versions").json()) == 1


def upload(client: TestClient, data: bytes, prompt_id: str = "welcome", name: str = "r.wav") -> Any:
    return client.post("/api/prompts/recording", files={"upload": (name, data, "audio/wav")},
                       data={"file": MENU, "id": prompt_id, "language": "zh", "comment": "studio recording"})


def test_upload_recording_is_converted_to_8khz_and_published(admin_client: TestClient, tmp_path: Path) -> None:
    reply = upload(admin_client, make_wav(tmp_path / "in.wav", 44100, 1.5, channels=2))
    assert reply.status_code == 200, reply.text
    body = reply.json()
    stored = Path(body["audio"])
    assert body["version"]["number"] == 2 and body["rate"] == 8000 and abs(body["seconds"] - 1.5) < 0.05
    assert stored.exists() and wav_format(stored) == (8000, 1, 2)
    assert prompt_row(admin_client, "welcome")["audio"] == {"zh": str(stored)}
    listened = admin_client.get(f"/api/prompts/audio?file={MENU}&id=welcome&language=zh")
    assert listened.status_code == 200 and listened.content == stored.read_bytes()


@pytest.mark.parametrize(("kind", "code", "message"), [
    ("not-wav", 422, "WAV"),
    ("truncated", 422, "WAV"),
    ("low-rate", 422, "sample rate"),
    ("too-long", 422, "length"),
    ("oversize", 413, "MiB"),
])
def test_bad_recordings_are_refused(admin_client: TestClient, tmp_path: Path, kind: str, code: int,
                                    message: str) -> None:
    if kind == "not-wav":
        data = b"ID3" + b"\x00" * 2000
    elif kind == "truncated":
        data = make_wav(tmp_path / "t.wav", 8000, 1)[:30] + b"\x00" * 20
        data = b"RIFF" + data[4:8] + b"WAVE" + b"junk" * 10
    elif kind == "low-rate":
        data = make_wav(tmp_path / "l.wav", 4000, 1)
    elif kind == "too-long":
        data = make_wav(tmp_path / "long.wav", 8000, 130)
    else:
        data = b"RIFF" + b"\x00" * 4 + b"WAVE" + b"\x00" * (6 * 1024 * 1024)
    reply = upload(admin_client, data)
    assert reply.status_code == code, reply.text
    assert message in str(reply.json()["detail"])
    assert len(admin_client.get("/api/menus/versions").json()) == 1


def test_recording_for_unknown_prompt_is_refused(admin_client: TestClient, tmp_path: Path) -> None:
    data = make_wav(tmp_path / "in.wav", 8000, 1)
    assert upload(admin_client, data, prompt_id="nope").status_code == 404
    assert upload(admin_client, data, prompt_id="../../etc").status_code == 422


def test_prompt_change_keeps_the_rest_of_the_file(admin_client: TestClient) -> None:
    before = admin_client.get("/api/menus/published").json()["files"][MENU]
    admin_client.post("/api/prompts/text", json={"file": MENU, "id": "welcome", "language": "zh",
                                                 "text": "新的问候语。", "comment": "c"})
    after = admin_client.get("/api/menus/published").json()["files"][MENU]
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b]
    assert changed == [(next(line for line in before.splitlines() if "zh: 欢迎致电全国12315" in line),
                        "    zh: 新的问候语。")]
    assert before.splitlines()[0].startswith("#") and after.splitlines()[0] == before.splitlines()[0]


def test_audio_outside_the_sounds_directory_is_not_served(admin_client: TestClient, tmp_path: Path) -> None:
    secret = tmp_path / "secret.wav"
    make_wav(secret, 8000, 0.5)
    files = admin_client.get("/api/menus/published").json()["files"]
    # a path that is not a WAV name is refused by the menu schema at publish
    draft = ma_set_audio(files, "/etc/passwd")
    reply = admin_client.post("/api/menus/publish", json={"files": draft, "comment": "sneaky"})
    assert reply.status_code == 422, reply.text
    # a WAV outside the sounds directory publishes (the engine speaks the text instead) but is never served
    draft = ma_set_audio(files, str(secret))
    reply = admin_client.post("/api/menus/publish", json={"files": draft, "comment": "sneaky"})
    assert reply.status_code == 200, reply.text
    assert admin_client.get(f"/api/prompts/audio?file={MENU}&id=welcome&language=zh").status_code == 404


def ma_set_audio(files: dict[str, str], path: str) -> dict[str, str]:
    from ivr.web.menu_admin import set_prompt

    return set_prompt(files, MENU, "welcome", "zh", audio=path)
