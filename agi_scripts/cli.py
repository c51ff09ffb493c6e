"""`ivr agi ...` and `ivr prompts ...`: FastAGI server and prompt audio for Asterisk."""

from __future__ import annotations

import json
from pathlib import Path

import typer
import yaml

from agi_scripts.confcheck import check_config
from agi_scripts.prompts import PromptBuildError, PromptSource, build_prompts, system_sound_names
from ivr.knowledge.prompts import KNOWLEDGE_MENU, published_prompt_texts
from ivr.refdata import centre_ids
from ivr.settings import get_settings

app = typer.Typer(help="FastAGI server for Asterisk.", no_args_is_help=True)
prompts_app = typer.Typer(help="Prompt audio files for Asterisk and the SIP endpoint.", no_args_is_help=True)


@app.callback()
def agi_group() -> None:
    """FastAGI server for Asterisk."""  # a group even before `ivr agi serve` joins it (ivr/cli_parts.py)


@prompts_app.callback()
def prompts_group() -> None:
    """Prompt audio files for Asterisk and the SIP endpoint."""

DEFAULT_CONF_DIR = Path(__file__).resolve().parent.parent / "asterisk_conf"


@app.command("check-conf")
def check_conf_command(
    conf_dir: Path = typer.Option(DEFAULT_CONF_DIR, help="Directory with extensions.conf, pjsip.conf, ..."),
    menus_dir: Path | None = typer.Option(None, help="Menu YAML directory (default: IVR_MENUS_DIR)"),
    template: bool = typer.Option(False, help="Checking the shipped template: allow its placeholder "
                                  "passwords and carrier host (never for a deployed configuration)"),
) -> None:
    """Check the Asterisk configuration against the menus, centres and the server's needs."""

    menus = menus_dir or get_settings().menus_dir
    dnis, transfers = _menu_numbers(menus)
    issues = check_config(conf_dir, dnis=dnis, dial_endpoints=transfers, centres=centre_ids(),
                          system_sounds=system_sound_names(), allow_placeholders=template)
    for found in issues:
        typer.echo(str(found), err=True)
    if issues:
        raise typer.Exit(1)
    typer.echo(f"{conf_dir}: OK ({len(dnis)} hotline numbers, {len(centre_ids())} centres)")


def _menu_numbers(menus_dir: Path) -> tuple[list[str], list[str]]:
    """DNIS numbers and transfer destinations named by the menu files."""
    dnis: set[str] = set()
    transfers: set[str] = set()
    for path in sorted(menus_dir.glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        dnis.update(str(d) for d in document.get("dnis") or [])
        dnis.update(str(d) for d in ((document.get("entry") or {}).get("dnis") or {}))
        for node in (document.get("nodes") or {}).values():
            if isinstance(node, dict) and node.get("kind") == "transfer" and node.get("destination"):
                transfers.add(str(node["destination"]))
    return sorted(dnis), sorted(transfers)


@prompts_app.command("build")
def build_command(
    menus_dir: Path | None = typer.Option(None, help="Menu YAML directory (default: IVR_MENUS_DIR)"),
    sounds_dir: Path | None = typer.Option(None, help="Output root (default: IVR_DATA_DIR/sounds)"),
    force: bool = typer.Option(False, help="Rebuild every prompt, even unchanged ones"),
    knowledge: bool = typer.Option(True, help="Also the published knowledge base's answers and topic menus"),
) -> None:
    """Speak every prompt of every menu into 8 kHz WAV files that STREAM FILE finds."""

    settings = get_settings()
    extra = [PromptSource(KNOWLEDGE_MENU, pid, lang, text)
             for pid, texts in (published_prompt_texts(settings) if knowledge else {}).items()
             for lang, text in texts.items()]
    try:
        report = build_prompts(menus_dir or settings.menus_dir, sounds_dir or settings.sounds_dir, force=force,
                               extra=extra)
    except PromptBuildError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(json.dumps({"built": len(report.built), "unchanged": len(report.unchanged),
                           "removed": len(report.removed), "templated": len(report.templated)}))
