"""The `ivr` command line. Each area owns its sub-commands; this module only names them.

A command's module is imported when that command runs, never for ``ivr --help`` or another
command: the server's, the recogniser's and the knowledge base's libraries (uvicorn, FastAPI,
SQLAlchemy, Vosk, SciPy, jieba) take seconds to import and a help text needs none of them.
:data:`COMMANDS` names each command's module and object with its one-line help
(``tests/console/test_cli_lazy.py`` checks that every entry loads and that its help is the
command's own).
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup
from typer.main import get_command, get_group

from ivr.settings import get_settings


@dataclass(frozen=True)
class Entry:
    """``ivr <name>``: the function or Typer app ``attribute`` of ``module``."""

    module: str
    attribute: str
    help: str


COMMANDS: dict[str, Entry] = {
    "serve": Entry("ivr.serve", "serve_command",
                   "Run the server: FastAGI, SIP endpoint, records writer and web app (embedded Redis and "
                   "SQLite by default)."),
    "call": Entry("ivr.call_cli", "call_command",
                  "Call the IVR from this terminal: hear prompts as text, type keys or `say: <words>`."),
    "doctor": Entry("ivr.doctor", "doctor_command",
                    "Check a deployment: Redis persistent, database migrated, Vosk model, prompts and system "
                    "sounds built, nothing exposed without a secret, SIP endpoint answering, Asterisk configuration."),
    "simulate": Entry("queueing.cli", "simulate_command",
                      "Simulate the real queue scripts on a real Redis with a virtual clock; compare with Erlang C."),
    "menus": Entry("ivr.cli_parts", "menus_app",
                   "Menu files: validate; publish the live menus without opening hours that moved to the ACD."),
    "agi": Entry("ivr.cli_parts", "agi_app", "FastAGI server for Asterisk."),
    "prompts": Entry("ivr.cli_parts", "prompts_app", "Prompt audio files for Asterisk and the SIP endpoint."),
    "asr": Entry("ivr.asr.cli", "app",
                 "Speech recognition (Vosk): recognise files, run the ASR WebSocket service."),
    "queue": Entry("queueing.cli", "app", "Queues, agents and centres (Redis ACD)."),
    "records": Entry("ivr.cli_parts", "records_app", "Call records, complaints and reports (SQL database)."),
    "users": Entry("ivr.web.cli", "users_app", "Web users and their roles."),
    "sip": Entry("ivr.cli_parts", "sip_app", "Embedded SIP endpoint (UDP)."),
    "knowledge": Entry("ivr.knowledge_serve", "knowledge_app",
                       "Knowledge base: the retrieval service the FastAGI workers ask (one per box)."),
}


def load_command(name: str) -> Any:
    """The click command of ``ivr <name>`` from its module (imported now)."""
    entry = COMMANDS[name]
    target = getattr(importlib.import_module(entry.module), entry.attribute)
    command: Any
    if isinstance(target, typer.Typer):
        command = get_group(target)  # a group even with one sub-command (`ivr menus validate`)
    else:
        single = typer.Typer()
        single.command(name)(target)
        command = get_command(single)
    command.name = name
    return command


class LazyCommands(TyperGroup):
    """Lists :data:`COMMANDS` by their help; loads one only when it is the command being run."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        own = dict(self.commands)
        self.commands = {name: TyperCommand(name=name, help=entry.help) for name, entry in COMMANDS.items()}
        self.commands.update(own)
        self.loaded: set[str] = set(own)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if args and args[0] in COMMANDS and args[0] not in self.loaded:
            self.commands[args[0]] = load_command(args[0])
            self.loaded.add(args[0])
        return super().resolve_command(ctx, args)


app = typer.Typer(cls=LazyCommands, help="12315 IVR and call-routing server.", no_args_is_help=True)


@app.callback()
def root() -> None:
    """12315 IVR and call-routing server."""


@app.command("config")
def config_command() -> None:
    """Print the effective settings (from IVR_* variables and defaults), secrets hidden."""
    typer.echo(json.dumps(get_settings().redacted(), ensure_ascii=False, indent=2, default=str))


if __name__ == "__main__":
    app()
