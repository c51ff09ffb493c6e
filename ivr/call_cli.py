"""`ivr call`: place a call through the console caller."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import typer

from ivr.callrecord import CallRecord, utcnow
from ivr.console import ConsoleChannel, summary
from ivr.engine import run_call
from ivr.menus.menuset import MenuRejected, MenuSet, build_menuset, read_menu_dir
from ivr.runtime import CONSOLE, CONSOLE_ACD, open_runtime
from ivr.settings import Settings, get_settings


async def _place(settings: Settings, channel: ConsoleChannel, menuset: MenuSet | None, at: datetime | None,
                 acd: bool) -> CallRecord:
    # --at moves the menu's clock (hours, holidays) for a call without the ACD; it never reaches Redis
    offset = timedelta(0)
    if at is not None:
        offset = (at if at.tzinfo else at.replace(tzinfo=ZoneInfo(settings.timezone))) - utcnow()
    # With --acd: Redis from IVR_REDIS_URL or the embedded one of a running `ivr serve`; the ACD
    # keeps the real clock (agents' states, queue times and the day's figures in Redis are shared
    # with the real centre and must never be stamped with the pretend time). Without: the
    # published menu version (what callers hear), unless a file was given; no Redis.
    async with open_runtime(settings, CONSOLE_ACD if acd else CONSOLE) as runtime:
        services = runtime.engine_services(**({"menus": menuset} if menuset is not None else {}))
        services.clock = lambda: utcnow() + offset
        return await run_call(channel, services, transport="console")


def call_command(
    dnis: str = typer.Option("12315", help="Dialled number"),
    caller: str = typer.Option("", help="Caller number (caller ID)"),
    lang: str = typer.Option("", help="Start in this language (zh or en)"),
    menu: Path | None = typer.Option(None, help="A menu file or directory instead of the published menus"),
    script: str | None = typer.Option(None, help="Comma-separated inputs; runs without a terminal, prints JSON"),
    script_file: Path | None = typer.Option(None, help="Inputs one per line; runs without a terminal"),
    at: datetime | None = typer.Option(None, help="Pretend the call happens at this local time (hours, holidays)"),
    acd: bool = typer.Option(False, help="Queue for real: Redis ACD, events and case status, as `ivr serve` does "
                                         "(Redis from IVR_REDIS_URL or the embedded one of a running `ivr serve`)"),
    talk: float = typer.Option(0.0, min=0.0, max=3600.0,
                               help="Seconds the caller stays on the line once an agent answers (the call shows "
                                    "as connected on the agent's page meanwhile)"),
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
                             echo=None if scripted else typer.echo, hold_seconds=1.0 if acd else 0.0,
                             talk_seconds=talk)
    channel.language_hint = lang
    record = asyncio.run(_place(settings, channel, menuset, at, acd))
    if scripted:
        typer.echo(json.dumps(summary(record, channel), ensure_ascii=False, indent=2, default=str))
    else:
        typer.echo(f"outcome: {record.outcome}; slots: {json.dumps(record.slots, ensure_ascii=False)}")
        if record.routing:
            typer.echo(f"routed to centre {record.routing.centre} (priority {record.routing.priority})")
