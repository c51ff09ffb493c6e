"""Model loading: once per process, clear errors naming the path, vocabulary checks."""

from __future__ import annotations

import logging
import random
from pathlib import Path

import pytest

from ivr.asr.model import ModelError, VoskModel, load_model, packaged_model_path
from ivr.asr.service import SpeechRecognizer, get_recognizer
from ivr.settings import Settings


def test_loaded_once(model_path: Path, vosk_model: VoskModel) -> None:
    assert load_model(model_path) is vosk_model
    assert load_model(str(model_path) + "/") is vosk_model
    assert vosk_model.sample_rate == 16000


def test_missing_model_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "vosk-model-small-cn-0.22"
    with pytest.raises(ModelError, match=str(missing)):
        load_model(missing)


def test_directory_that_is_not_a_model(tmp_path: Path) -> None:
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "model.conf").write_text("--beam=10\n")
    with pytest.raises(ModelError, match=r"not a Vosk model: missing am/final\.mdl"):
        load_model(tmp_path)


def test_file_instead_of_directory(tmp_path: Path) -> None:
    archive = tmp_path / "model.zip"
    archive.write_bytes(b"PK\x03\x04")
    with pytest.raises(ModelError, match="not a directory"):
        load_model(archive)


def test_corrupt_model_is_refused(tmp_path: Path) -> None:
    (tmp_path / "am").mkdir()
    (tmp_path / "conf").mkdir()
    (tmp_path / "am" / "final.mdl").write_bytes(b"not a kaldi model")
    (tmp_path / "conf" / "model.conf").write_text("--beam=10\n")
    with pytest.raises(ModelError, match="not a usable Vosk model"):
        load_model(tmp_path)


def test_server_runs_key_only_without_model(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    assert get_recognizer(Settings(vosk_model=None)) is None
    with caplog.at_level(logging.ERROR, logger="ivr.asr.service"):
        assert get_recognizer(Settings(vosk_model=tmp_path / "nowhere")) is None
    assert str(tmp_path / "nowhere") in caplog.text


def test_get_recognizer_shares_one(model_path: Path) -> None:
    first = get_recognizer(Settings(vosk_model=model_path))
    assert isinstance(first, SpeechRecognizer)
    assert get_recognizer(Settings(vosk_model=model_path)) is first


def test_packaged_model_path(model_path: Path) -> None:
    assert (model_path / "am" / "final.mdl").is_file()
    assert packaged_model_path("no_such_model_package") is None


def test_unknown_words_are_reported(speech: SpeechRecognizer, caplog: pytest.LogCaptureFixture) -> None:
    unknown = "qxz" + "".join(random.choices("qxzj", k=12))  # each unknown word is logged once per process: a new one
    with caplog.at_level(logging.WARNING, logger="ivr.asr.service"):
        grammar = speech.grammar(["서울", "수원", unknown, "北京"])
    assert grammar is not None
    assert grammar.phrases == ("서울", "수원")
    assert grammar.unknown_words == (unknown, "北京")
    assert unknown in caplog.text
    none_known = speech.grammar(["qxzqxz"])
    assert none_known is not None and not none_known.usable


def test_vocabulary(vosk_model: VoskModel) -> None:
    assert vosk_model.knows("서울") and not vosk_model.knows("qxzqxz")
    # An unspaced phrase of known words is split into them.
    assert vosk_model.grammar_phrase("서울 수원") == ("서울 수원", [])
    spoken, unknown = vosk_model.grammar_phrase("서울qxzqxz")
    assert spoken is None and unknown == ["서울qxzqxz"]
