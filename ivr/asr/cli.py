"""`ivr asr ...`: speech recognition commands."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any, NoReturn

import typer
import yaml

from ivr.asr.audio import AudioError
from ivr.asr.grammars import Grammar, get_grammar, grammar_from_mapping, grammar_names
from ivr.asr.model import ModelError, load_model
from ivr.asr.policy import decide
from ivr.asr.server import serve_asr
from ivr.asr.service import SpeechRecognizer
from ivr.settings import Settings, get_settings

app = typer.Typer(help="Speech recognition (Vosk): recognise files, run the ASR WebSocket service.",
                  no_args_is_help=True)

# Slot names the menus use, to the grammar that fills them.
SLOT_GRAMMARS = {"region": "province", "business_region": "province", "caller_region": "province",
                 "category": "category", "service_type": "service_type", "confirm": "yes_no"}


def _fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _settings(model: Path | None) -> Settings:
    settings = get_settings()
    return settings.model_copy(update={"vosk_model": model}) if model is not None else settings


def _load_grammar(slot: str | None, grammar_file: Path | None, language: str) -> Grammar | None:
    if grammar_file is not None:
        try:
            text = grammar_file.read_text(encoding="utf-8")
            data = yaml.safe_load(text)  # JSON is YAML too
        except (OSError, yaml.YAMLError) as exc:
            _fail(f"cannot read grammar file {grammar_file}: {exc}")
        if not isinstance(data, dict):
            _fail(f"grammar file {grammar_file} must be a mapping of value -> phrases")
        try:
            return grammar_from_mapping(grammar_file.stem, data, language)
        except ValueError as exc:
            _fail(str(exc))
    if slot is None:
        return None
    grammar = get_grammar(SLOT_GRAMMARS.get(slot, slot))
    if grammar is None:
        _fail(f"unknown slot or grammar {slot!r}; known: {', '.join(sorted({*SLOT_GRAMMARS, *grammar_names()}))}")
    return grammar


@app.command("recognize")
def recognize_command(
    audio: Path = typer.Argument(..., help="WAV file (any rate, mono or stereo)"),
    slot: str | None = typer.Option(None, "--slot", help="slot (region, category, ...) or grammar name"),
    grammar_file: Path | None = typer.Option(None, "--grammar", help="YAML/JSON file: value -> [phrases]"),
    language: str = typer.Option("zh", "--language", "-l", help="language of the grammar's phrases"),
    model: Path | None = typer.Option(None, "--model", help="Vosk model directory (default IVR_VOSK_MODEL)"),
    alternatives: int = typer.Option(3, "--alternatives", min=0, max=10),
) -> None:
    """Recognise AUDIO and print JSON: text, confidence, slot value, alternatives, decode time.
    Without --slot or --grammar the model's full vocabulary is used."""
    grammar = _load_grammar(slot, grammar_file, language)
    settings = _settings(model)
    if settings.vosk_model is None:
        _fail("no model: set IVR_VOSK_MODEL or pass --model")
    try:
        recognizer = SpeechRecognizer(load_model(settings.vosk_model))
    except ModelError as exc:
        _fail(str(exc))
    phrases = grammar.phrases(language) if grammar is not None else None
    if phrases is not None and not phrases:
        _fail(f"grammar {grammar.name if grammar else ''} has no phrases in language {language!r}")

    async def run() -> dict[str, Any]:
        try:
            utterance = await recognizer.recognize_file(audio, phrases, alternatives=alternatives)
        finally:
            recognizer.close()
        out: dict[str, Any] = utterance.as_dict()
        if grammar is not None:
            match = grammar.match_text(utterance.text)
            out["grammar"] = grammar.name
            out["value"] = match.value if match else None
            out["match_score"] = match.score if match else None
            out["decision"] = decide(utterance.confidence, match.score if match else None)
            out["alternatives"] = [
                {"text": text, "posterior": round(p, 3),
                 "value": (m.value if (m := grammar.match_text(text)) else None)}
                for text, p in utterance.alternatives
            ]
        return out

    try:
        result = asyncio.run(run())
    except AudioError as exc:
        _fail(str(exc))
    typer.echo(json.dumps(result, ensure_ascii=False, indent=2))


@app.command("check")
def check_command(
    model: Path | None = typer.Option(None, "--model", help="Vosk model directory (default IVR_VOSK_MODEL)"),
) -> None:
    """Load the model and say OK, or the reason it cannot be used."""
    settings = _settings(model)
    if settings.vosk_model is None:
        _fail("IVR_VOSK_MODEL is not set (speech is off; menus take keys only)")
    try:
        loaded = load_model(settings.vosk_model)
    except ModelError as exc:
        _fail(str(exc))
    typer.echo(f"OK: Vosk model {loaded.path} loaded ({loaded.sample_rate} Hz features)")


@app.command("serve")
def serve_command(
    model: Path | None = typer.Option(None, "--model", help="Vosk model directory (default IVR_VOSK_MODEL)"),
    host: str | None = typer.Option(None, "--host", help="default IVR_ASR_HOST (127.0.0.1)"),
    port: int | None = typer.Option(None, "--port", help="default IVR_ASR_PORT (2700)"),
) -> None:
    """Run the ASR WebSocket service (vosk-server protocol) until interrupted."""

    settings = _settings(model)
    updates: dict[str, Any] = {}
    if host is not None:
        updates["asr_host"] = host
    if port is not None:
        updates["asr_port"] = port
    settings = settings.model_copy(update=updates)
    try:
        asyncio.run(serve_asr(settings))
    except (ModelError, ValueError) as exc:  # no usable model; exposed without a token
        _fail(str(exc))
    except KeyboardInterrupt:
        sys.exit(0)
