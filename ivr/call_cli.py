"""`ivr call`: place a call through the console caller."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import typer

from ivr.console import ConsoleChannel, summary
from ivr.engine import default_services, run_call
from ivr.menus.menuset import MenuRejected, build_menuset, read_menu_dir
from ivr.settings import get_settings


def call_command(
    dnis: str = typer.Option("12315", help="Dialled number"),
    caller: str = typer.Option("", help="Caller number (caller ID)"),
    lang: str = typer.Option("", help="Start in this language (zh or en)"),
    menu: Path | None = typer.Option(None, help="A menu file or directory instead of the published menus"),
    script: str | None = typer.Option(None, help="Comma-separated inputs; runs without a terminal, prints JSON"),
    script_file: Path | None = typer.Option(None, help="Inputs one per line; runs without a terminal"),
    at: datetime | None = typer.Option(None, help="Pretend the call happens at this local time (hours, holidays)"),
) -> None:
    """Call the IVR from this terminal: hear prompts as text, type keys or `say: <words>`."""
    settings = get_settings()
    files: dict[str, str] | None = None
    if menu is not None:
        files = read_menu_dir(menu) if menu.is_dir() else {menu.name: menu.read_text(encoding="utf-8")}
    try:
        menuset = build_menuset(files, f"file:{menu}") if files is not None else None
    except MenuRejected as exc:
        for error in exc.errors:
            typer.echo(str(error), err=True)
        raise typer.Exit(1) from exc
    inputs: list[str] | None = None
    if script is not None:
        inputs = [item for item in script.split(",")]
    if script_file is not None:
        inputs = script_file.read_text(encoding="utf-8").splitlines()
    scripted = inputs is not None
    channel = ConsoleChannel(dnis, caller, settings.spool_dir, script=inputs,
                             echo=None if scripted else typer.echo)
    channel.language_hint = lang
    services = default_services(settings, **({"menus": menuset} if menuset else {}))
    if at is not None:
        fixed = at if at.tzinfo else at.replace(tzinfo=ZoneInfo(settings.timezone))
        services.clock = lambda: fixed
    record = asyncio.run(run_call(channel, services, transport="console"))
    if scripted:
        typer.echo(json.dumps(summary(record, channel), ensure_ascii=False, indent=2, default=str))
    else:
        typer.echo(f"outcome: {record.outcome}; slots: {json.dumps(record.slots, ensure_ascii=False)}")
        if record.routing:
            typer.echo(f"routed to centre {record.routing.centre} (priority {record.routing.priority})")
