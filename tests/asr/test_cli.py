"""`ivr asr recognize` and `ivr asr check`, run in-process through typer's runner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from ivr.asr.cli import app
from tests.asr.conftest import Say

runner = CliRunner()


def test_recognize_slot(model_path: Path, say: Say) -> None:
    result = runner.invoke(app, ["recognize", "--slot", "ko_city", "--language", "ko", "--model", str(model_path),
                                 str(say("수원"))])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["text"] == "수원" and out["value"] == "suwon" and out["match_score"] == 1.0
    assert out["decision"] in {"accept", "confirm"}
    assert out["alternatives"][0]["value"] == "suwon"
    assert out["decode_seconds"] > 0


def test_recognize_grammar_file(model_path: Path, say: Say, tmp_path: Path) -> None:
    grammar = tmp_path / "cities.yaml"
    grammar.write_text("capital: [서울]\nother: [수원, 부산]\n", encoding="utf-8")
    result = runner.invoke(app, ["recognize", "--grammar", str(grammar), "-l", "ko", "--model", str(model_path),
                                 str(say("서울"))])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["value"] == "capital"


def test_recognize_errors(model_path: Path, tmp_path: Path, say: Say) -> None:
    missing = runner.invoke(app, ["recognize", "--slot", "region", "--model", str(tmp_path / "nomodel"),
                                  str(say("서울"))])
    assert missing.exit_code == 2 and str(tmp_path / "nomodel") in missing.output
    bad_slot = runner.invoke(app, ["recognize", "--slot", "colour", "--model", str(model_path), str(say("서울"))])
    assert bad_slot.exit_code == 2 and "unknown slot" in bad_slot.output
    no_audio = runner.invoke(app, ["recognize", "--slot", "ko_city", "-l", "ko", "--model", str(model_path),
                                   str(tmp_path / "none.wav")])
    assert no_audio.exit_code == 2 and "not found" in no_audio.output


def test_check(model_path: Path, tmp_path: Path) -> None:
    ok = runner.invoke(app, ["check", "--model", str(model_path)])
    assert ok.exit_code == 0 and ok.output.startswith("OK")
    bad = runner.invoke(app, ["check", "--model", str(tmp_path)])
    assert bad.exit_code == 2 and "not a Vosk model" in bad.output


def test_serve_beyond_loopback_without_a_token_is_refused_before_loading_a_model(tmp_path: Path) -> None:
    # the model path does not exist: the exposure is named first, cleanly, without a traceback
    refused = runner.invoke(app, ["serve", "--host", "0.0.0.0", "--port", "0", "--model", str(tmp_path / "none")])
    assert refused.exit_code == 2, refused.output
    assert "IVR_ASR_TOKEN" in refused.output and "必须设置" in refused.output
    assert refused.exception is None or isinstance(refused.exception, SystemExit)
