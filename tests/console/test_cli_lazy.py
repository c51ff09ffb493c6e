"""`ivr` loads a command's module only when that command runs: `ivr --help` needs none of the
heavy libraries, and every named command still loads with its own help text."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from ivr.cli import COMMANDS, app, load_command

HEAVY = ("vosk", "scipy", "jieba", "bm25s", "fastapi", "uvicorn", "sqlalchemy", "redis", "ivr.serve", "ivr.engine")


def words(text: str | None) -> str:
    return " ".join((text or "").split("\n\n")[0].split())


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_named_command_loads_with_its_own_help(name: str) -> None:
    command = load_command(name)
    assert command.name == name
    assert words(command.help) == words(COMMANDS[name].help), "the listing's help is the command's own"


def test_the_root_imports_no_heavy_library() -> None:
    probe = ("import json, sys\nimport ivr.cli\n"
             f"print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))")
    loaded = json.loads(subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True,
                                       text=True).stdout)
    assert loaded == []


def test_help_lists_every_command_and_a_command_still_runs() -> None:
    runner = CliRunner()
    listing = runner.invoke(app, ["--help"], terminal_width=200)
    assert listing.exit_code == 0
    for name in [*COMMANDS, "config"]:
        assert f" {name} " in listing.output
    records = runner.invoke(app, ["records", "--help"], terminal_width=200)
    assert records.exit_code == 0 and "serve" in records.output and "report" in records.output
    unknown = runner.invoke(app, ["no-such-command"])
    assert unknown.exit_code != 0 and "No such command" in unknown.output
