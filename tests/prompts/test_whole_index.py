"""The whole recordings as calls find them (ivr.prompts_whole.whole_index): listed once, listed
again after a recording is saved or removed (in this process or another one, such as the web
app's), and a call with exactly the recorded values plays the recording."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ivr.channel import Prompt
from ivr.compose import compose
from ivr.menus.menuset import MenuSet
from ivr.prompts_whole import GENERATION, remove_recording, save_recording, whole_index, whole_sound

ROOT = Path(__file__).resolve().parents[2]
ONE_AHEAD = {"ahead": "1", "wait_minutes": "2", "callback_key": "*"}
TWO_AHEAD = {"ahead": "2", "wait_minutes": "3", "callback_key": "*"}


def composed(shipped: MenuSet, values: dict[str, str]) -> tuple[str, Prompt]:
    menu = shipped.for_dnis("12315")
    prompt = compose("queue_position", "zh", menu.prompts["queue_position"].texts["zh"], values, menu_id=menu.menu)
    return menu.menu, prompt


def save(sounds: Path, menu_id: str, values: dict[str, str], sentence: str, scratch: Path) -> Path:
    upload = scratch / f"upload-{values['ahead']}.wav"
    upload.write_bytes(b"RIFF-not-checked-here")
    return save_recording(sounds, menu_id, "queue_position", "zh", values, sentence, upload)


def test_calls_find_a_saved_recording_and_lose_a_removed_one(shipped: MenuSet, tmp_path: Path) -> None:
    sounds = tmp_path / "sounds"
    menu_id, prompt = composed(shipped, ONE_AHEAD)
    assert whole_index(sounds).played(prompt, ONE_AHEAD) == prompt  # nothing recorded yet
    target = save(sounds, menu_id, ONE_AHEAD, prompt.text, tmp_path)
    played = whole_index(sounds).played(prompt, ONE_AHEAD)
    sound = whole_sound(menu_id, "queue_position", "zh", ONE_AHEAD, prompt.text)
    assert [p.sound for p in played.pieces] == [sound] and played.text == prompt.text
    assert target == sounds / f"{sound}.wav"
    _, other = composed(shipped, TWO_AHEAD)
    assert whole_index(sounds).played(other, TWO_AHEAD) == other  # other values: still composed
    assert remove_recording(sounds, menu_id, "queue_position", "zh", ONE_AHEAD, prompt.text)
    assert whole_index(sounds).played(prompt, ONE_AHEAD) == prompt


def test_the_list_is_kept_until_the_generation_changes(shipped: MenuSet, tmp_path: Path) -> None:
    sounds = tmp_path / "sounds"
    menu_id, prompt = composed(shipped, ONE_AHEAD)
    first = whole_index(sounds)
    assert whole_index(sounds) is first  # nothing changed: the same list, not listed again
    save(sounds, menu_id, ONE_AHEAD, prompt.text, tmp_path)
    second = whole_index(sounds)
    assert second is not first and len(second.sounds) == 1 and whole_index(sounds) is second
    # two changes within one tick of the file system's clock still move the generation on
    generation = sounds / "ivr" / GENERATION
    stamps = [generation.stat().st_mtime_ns]
    for values in (TWO_AHEAD, ONE_AHEAD):
        remove_recording(sounds, menu_id, "queue_position", "zh", values, prompt.text)
        save(sounds, menu_id, values, prompt.text, tmp_path)
        stamps.append(generation.stat().st_mtime_ns)
    assert stamps == sorted(set(stamps)), stamps


def test_a_recording_saved_by_another_process_is_played_from_the_next_lookup(shipped: MenuSet,
                                                                              tmp_path: Path) -> None:
    sounds = tmp_path / "sounds"
    menu_id, prompt = composed(shipped, ONE_AHEAD)
    assert whole_index(sounds).played(prompt, ONE_AHEAD) == prompt
    upload = tmp_path / "web-upload.wav"
    upload.write_bytes(b"RIFF-not-checked-here")
    script = ("import sys; from pathlib import Path; from ivr.prompts_whole import save_recording; "
              "save_recording(Path(sys.argv[1]), sys.argv[2], 'queue_position', 'zh', "
              "{'ahead': '1', 'wait_minutes': '2', 'callback_key': '*'}, sys.argv[3], Path(sys.argv[4]))")
    subprocess.run([sys.executable, "-c", script, str(sounds), menu_id, prompt.text,
                    str(upload)], check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    played = whole_index(sounds).played(prompt, ONE_AHEAD)
    assert played != prompt and len(played.pieces) == 1


def test_recordings_of_an_older_release_without_a_generation_file_are_found(shipped: MenuSet,
                                                                              tmp_path: Path) -> None:
    sounds = tmp_path / "sounds"
    menu_id, prompt = composed(shipped, ONE_AHEAD)
    sound = whole_sound(menu_id, "queue_position", "zh", ONE_AHEAD, prompt.text)
    (sounds / f"{sound}.wav").parent.mkdir(parents=True)
    (sounds / f"{sound}.wav").write_bytes(b"RIFF")
    assert not (sounds / "ivr" / GENERATION).exists()
    assert [p.sound for p in whole_index(sounds).played(prompt, ONE_AHEAD).pieces] == [sound]


def test_a_recording_deleted_by_hand_is_not_offered_and_the_sentence_is_composed(shipped: MenuSet,
                                                                                  tmp_path: Path) -> None:
    sounds = tmp_path / "sounds"
    menu_id, prompt = composed(shipped, ONE_AHEAD)
    target = save(sounds, menu_id, ONE_AHEAD, prompt.text, tmp_path)
    listed = whole_index(sounds)
    assert len(listed.played(prompt, ONE_AHEAD).pieces) == 1
    target.unlink()  # by hand: the generation file is not touched, so the list is kept
    assert whole_index(sounds) is listed
    assert whole_index(sounds).played(prompt, ONE_AHEAD) == prompt
