"""Every sentence the shipped menu and the queue can say is composed from pieces that
`ivr prompts build` built (real espeak-ng and sox), and nothing else."""

from __future__ import annotations

import json
import wave
from datetime import date
from itertools import product
from pathlib import Path

import pytest

from agi_scripts.prompts import missing_pieces
from ivr.asr.grammars import get_grammar
from ivr.channel import Prompt
from ivr.compose import (
    SLOT_READINGS,
    ComposeError,
    Lexicon,
    built_lexicon,
    compose,
    compose_text,
    placeholders,
    read_value,
)
from ivr.doctor import check_composed_prompts
from ivr.menus.menuset import MenuSet
from ivr.menus.validator import validate_text
from ivr.settings import SHIPPED_MENUS_DIR, Settings
from queueing import prompts as queue_prompts
from records.models import Complaint
from records.progress import DEADLINE_TEXT, STATUS_TEXT, status_sentence


def values_of(slot: str, language: str) -> list[str]:
    """Every value the slot can take in a call (all labels, a spread of numbers, keys, tickets)."""
    reading = SLOT_READINGS[slot]
    if reading.kind == "grammar":
        grammar = get_grammar(reading.grammar)
        assert grammar is not None
        return grammar.values()
    if reading.kind == "label":  # a confirmation says the heard value's label
        out: list[str] = []
        for name in ("province", "category", "service_type"):
            grammar = get_grammar(name)
            assert grammar is not None
            out += [grammar.label(v, language) for v in grammar.values()]
        return out
    if reading.kind == "digits":
        return ["261203000171", "12315", "0"]
    if reading.kind in ("count", "number"):
        return [str(n) for n in (0, 1, 2, 10, 12, 20, 22, 99, 100, 102, 110, 200, 1000, 2000, 22222)]
    if reading.kind == "minutes":
        return [str(n) for n in (1, 2, 5, 10, 22, 59, 60, 61, 120)]
    if reading.kind == "key":
        return ["*", "#", "0", "9"]
    return ["2026-12-03", "2027-02-28"]


def assert_built(prompt: Prompt, sounds: Path) -> None:
    assert prompt.pieces, prompt
    for piece in prompt.pieces:
        path = sounds / f"{piece.sound}.wav"
        assert path.is_file(), (prompt.prompt_id, piece.text)
        assert piece.sound.startswith(f"ivr/{prompt.language}/pieces/")
    with wave.open(str(sounds / f"{prompt.pieces[0].sound}.wav")) as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (8000, 1, 2)
        assert wav.getnframes() > 400  # something is said


def test_every_shipped_template_with_every_value_is_composed_from_built_pieces(shipped: MenuSet,
                                                                               built_sounds: Path) -> None:
    composed = 0
    for menu in shipped.menus.values():
        for prompt_id, definition in menu.prompts.items():
            for language, template in definition.texts.items():
                slots = placeholders(template)
                if not slots:
                    continue
                choices = [values_of(slot, language) for slot in slots]
                for combo in product(*choices) if len(slots) > 1 else ([v] for v in choices[0]):
                    values = dict(zip(slots, combo, strict=True))
                    prompt = compose(prompt_id, language, template, values, menu_id=menu.menu)
                    assert_built(prompt, built_sounds)
                    for slot, value in values.items():
                        words = read_value(slot, value, language)
                        texts = [p.text for p in prompt.pieces]
                        assert all(w in texts for w in words), (prompt_id, slot, value)
                    composed += 1
    assert composed > 500


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_queue_sentence_is_composed_from_built_pieces(built_sounds: Path, language: str) -> None:
    for position in range(1, 60):
        for wait_s in (10, 60, 61, 600, 3600):
            prompt = queue_prompts.position_prompt(None, language, position, wait_s, "*")
            assert_built(prompt, built_sounds)
    third = queue_prompts.position_prompt(None, language, 3, 120, "*")
    zh = "您前面还有两位来电。预计等待约两分钟。如需保留排位并等候回电，请按星号键。"
    en = ("There are two callers ahead of you. The expected wait is about two minutes. "
          "To be called back without losing your place, press star.")
    assert third.text == (zh if language == "zh" else en)
    for fixed in (queue_prompts.callback_prompt, queue_prompts.timeout_prompt, queue_prompts.periodic_prompt):
        assert_built(fixed(None, language), built_sounds)


def complaints() -> list[Complaint]:
    out = []
    for kind, status in product(("complaint", "report", "consultation"), STATUS_TEXT):
        for due in (None, date(2026, 12, 3)):
            out.append(Complaint(ticket="261203000171", kind=kind, status=status, accept_due=due, mediation_due=due,
                                 verify_due=due, notice_due=due, notice_sent_on=None))
    return out


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_case_status_is_composed_from_built_pieces(built_sounds: Path, language: str) -> None:
    lexicon = built_lexicon(built_sounds, language)
    sentences = {status_sentence(c, language) for c in complaints()}
    assert len(sentences) > len(STATUS_TEXT)
    for sentence in sentences:
        prompt = compose_text("case_status", language, sentence, lexicon)
        assert_built(prompt, built_sounds)
        said = "".join(p.text for p in prompt.pieces)
        for deadline in DEADLINE_TEXT.values():
            if deadline[language] in sentence:
                assert deadline[language] in " ".join(p.text for p in prompt.pieces)
        if language == "zh":
            assert "二六幺二零三零零零幺七幺" in said and ("十二月三日" in said or "月" not in sentence)
            plain = "".join(ch for ch in sentence if ch not in "，。 ")
            assert len(said) >= len(plain) - sentence.count("2"), (sentence, said)  # nothing left out


def test_a_stretch_no_piece_says_is_left_out_not_synthesised() -> None:
    lexicon = Lexicon("zh", ["您的", "已办结"])
    prompt = compose_text("case_status", "zh", "您的投诉已办结。", lexicon)
    assert [p.text for p in prompt.pieces] == ["您的", "已办结"]


def test_english_phrases_match_whole_words_only() -> None:
    lexicon = Lexicon("en", ["is", "issue", "Your"])
    prompt = compose_text("x", "en", "Your issue is 12", lexicon)
    assert [p.text for p in prompt.pieces] == ["Your", "issue", "is", "twelve"]


def test_the_build_lists_its_pieces_and_doctor_finds_none_missing(built_sounds: Path) -> None:
    index = json.loads((built_sounds / "ivr" / "pieces.json").read_text(encoding="utf-8"))
    assert "北京" in index["zh"] and "Beijing" in index["en"] and "两" in index["zh"]
    assert missing_pieces(SHIPPED_MENUS_DIR, built_sounds) == []


def test_a_missing_piece_is_reported(tmp_path: Path, built_sounds: Path) -> None:
    assert missing_pieces(SHIPPED_MENUS_DIR, tmp_path)  # nothing built there


def test_a_value_without_a_reading_is_refused_and_left_out() -> None:
    with pytest.raises(ComposeError):
        read_value("region", "99", "zh")  # no such province
    with pytest.raises(ComposeError):
        read_value("colour", "red", "en")
    prompt = compose("p", "zh", "您在{region}吗？", {"region": "99"})
    assert [p.text for p in prompt.pieces] == ["您在", "吗？"] and prompt.text == "您在吗？"


def test_a_sentence_is_made_once_and_logged_every_time(caplog: pytest.LogCaptureFixture) -> None:
    """A sentence whose slots all have readings is one frozen value shared by calls; a value left
    out is logged on every call; a slot with no reading (a caller's number, say) is never held."""
    first = compose("p", "zh", "您在{region}吗？", {"region": "11", "other": "x"})
    assert compose("p", "zh", "您在{region}吗？", {"region": "11"}) is first
    assert compose("p", "zh", "您在{region}吗？", {"region": "12"}).text != first.text
    with caplog.at_level("WARNING", logger="ivr.compose"):
        for _ in range(2):
            compose("p", "zh", "您在{region}吗？", {"region": "99"})
    assert [r.getMessage().count("left out") for r in caplog.records] == [1, 1]
    number = "13957246810"
    unread = compose("p", "zh", "号码{caller}", {"caller": number})
    assert compose("p", "zh", "号码{caller}", {"caller": number}) is not unread  # made anew: not held


def test_menus_validate_refuses_a_template_that_cannot_be_composed() -> None:
    text = (SHIPPED_MENUS_DIR / "12315.yaml").read_text(encoding="utf-8")
    assert validate_text(text) == []
    errors = validate_text(text.replace("您说的是{value}", "您说的是{colour}"))
    assert [e.code for e in errors] == ["uncomposable-template"]
    assert "confirm_value" in errors[0].message and "无法由预制片段组合" in errors[0].message


def test_doctor_checks_every_piece_is_built(tmp_path: Path, built_sounds: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    settings.data_dir.mkdir(parents=True)
    before = check_composed_prompts(settings)
    assert not before.ok and "ivr prompts build" in before.detail
    settings.sounds_dir.symlink_to(built_sounds, target_is_directory=True)
    after = check_composed_prompts(settings)
    assert after.ok, after.detail
