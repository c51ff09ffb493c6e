"""The `ivr` command line: `ivr call` (scripted and interactive), `ivr config`, `--help` everywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from ivr.cli import COMMANDS, load_command
from ivr.cli import app as cli_app

REPO = Path(__file__).parents[2]
IVR = Path(sys.executable).parent / "ivr"
TINY = REPO / "tests" / "menus" / "tiny.yaml"
BROKEN = REPO / "tests" / "menus" / "broken" / "unknown_target.yaml"
SECRET = "s3cret-do-not-print-7781"


def ivr(*args: str, data_dir: Path, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("IVR_")}
    environ.update({"IVR_DATA_DIR": str(data_dir), **env})
    return subprocess.run([str(IVR), *args], capture_output=True, text=True, env=environ, cwd=REPO,
                          input=stdin if stdin is not None else "", timeout=120)


def test_scripted_call_prints_a_json_summary(tmp_path: Path) -> None:
    done = ivr("call", "--caller", "01088886666", "--at", "2026-12-01T10:00",
               "--script", "1,1,1,1,1,statement: 买到过期食品", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["outcome"] == "callback_promised"
    assert summary["routing"]["centre"] == "bj"
    assert summary["slots"]["region"] == "11" and summary["slots"]["category"] == "food"
    assert summary["path"][0] == "emergency_check" and summary["path"][-1] == "queue_failed"
    assert summary["record"]["call_id"] == summary["call_id"]
    assert [s["node"] for s in summary["record"]["path"]] == summary["path"]
    assert summary["heard"][0].startswith("欢迎致电")
    # the statement was recorded into the data dir given by IVR_DATA_DIR
    assert (tmp_path / "spool" / summary["slots"]["statement"]).is_file()
    assert "01088886666" not in done.stderr, "caller numbers are masked in logs"


@pytest.fixture
def in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app: typer.Typer) -> Any:
    """`ivr ...` inside this process (fast), with its own IVR_DATA_DIR."""
    from ivr.settings import get_settings

    for name in [k for k in os.environ if k.startswith("IVR_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("IVR_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()

    def invoke(*args: str, stdin: str | None = None) -> Any:
        return CliRunner().invoke(app, list(args), input=stdin)

    yield invoke
    get_settings.cache_clear()


def test_scripted_call_at_night_takes_the_closed_path(in_process: Any) -> None:
    """Opening hours are the ACD's: the published (here the shipped) centres close at 20:30."""
    result = in_process("call", "--dnis", "12331", "--caller", "13912345678",
                        "--at", "2026-12-01T21:00", "--script", "1,1,say: 四川,1,statement: 过期牛奶")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["slots"]["language"] == "zh" and summary["slots"]["category"] == "food"
    assert summary["slots"]["region"] == "51"
    assert summary["outcome"] == "callback_promised" and summary["routing"] is None
    assert "closed_notice" in summary["path"] and summary["path"][-1] == "closed_callback"
    assert summary["heard"][-1].startswith("您的诉求已记录")


def test_english_at_night_goes_to_the_national_centre(in_process: Any) -> None:
    """A routing rule sends English callers to the national centre, open around the clock: not closed."""
    result = in_process("call", "--dnis", "12331", "--lang", "en", "--caller", "13912345678",
                        "--at", "2026-12-01T21:00", "--script", "2,1,say: Sichuan,1,statement: expired milk")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["slots"]["language"] == "en" and summary["slots"]["region"] == "51"
    assert "closed_notice" not in summary["path"] and "closed_callback" not in summary["path"]


def test_script_file_and_draft_menu(in_process: Any, tmp_path: Path) -> None:
    script = tmp_path / "inputs.txt"
    script.write_text("2\n", encoding="utf-8")
    result = in_process("call", "--menu", str(TINY), "--script-file", str(script))
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["menu_version"] == f"file:{TINY}"
    assert summary["path"] == ["start", "agent", "done"]
    assert summary["routing"]["centre"] == "cn"
    assert summary["heard"] == ["你好", "再见"]


def test_broken_draft_menu_is_refused_with_its_errors(in_process: Any) -> None:
    result = in_process("call", "--menu", str(BROKEN), "--script", "1")
    assert result.exit_code == 1
    assert f"{BROKEN.name}:14 [node start] unknown-target:" in result.stderr
    assert result.stdout == ""


def test_interactive_call_reads_the_terminal(in_process: Any) -> None:
    result = in_process("call", "--caller", "01088886666", "--at", "2026-12-01T10:00",
                        stdin="1\n1\n1\n2\nsay: 广东\n")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "欢迎致电全国12315" in out and "您是要反映北京的问题吗" in out
    assert "outcome: caller_hangup" in out  # the input ran out: the caller hung up
    assert '"business_region": "44"' in out


def test_config_hides_secrets(tmp_path: Path) -> None:
    done = ivr("config", data_dir=tmp_path, IVR_SECRET_KEY=SECRET, IVR_AMI_SECRET=SECRET,
               IVR_REDIS_URL=f"redis://:{SECRET}@127.0.0.1:6379/0",
               IVR_DATABASE_URL=f"postgresql+psycopg://ivr:{SECRET}@127.0.0.1/ivr")
    assert done.returncode == 0, done.stderr
    assert SECRET not in done.stdout + done.stderr
    shown = json.loads(done.stdout)
    assert shown["secret_key"] == "********" and shown["ami_secret"] == "********"
    assert shown["redis_url"].endswith("@127.0.0.1:6379/0")
    assert shown["database_url"].endswith("@127.0.0.1/ivr")
    assert shown["data_dir"] == str(tmp_path)
    assert shown["spool_dir"] == str(tmp_path / "spool")


def _walk(command: Any, path: list[str]) -> list[list[str]]:
    found = [path]
    subcommands = getattr(command, "commands", None)  # typer vendors click: duck-type its Group
    if isinstance(subcommands, dict):
        for name, sub in sorted(subcommands.items()):
            found.extend(_walk(sub, [*path, name]))
    return found


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    return cli_app


@pytest.fixture(scope="module")
def command_paths(app: typer.Typer) -> list[list[str]]:
    # the root lists its commands by name; each one's own tree is there once it is loaded (ivr.cli)
    root: Any = typer.main.get_command(app)
    paths: list[list[str]] = [[]]
    for name, listed in sorted(root.commands.items()):
        paths.extend(_walk(load_command(name) if name in COMMANDS else listed, [name]))
    return paths


def test_the_command_tree_has_every_registered_sub_app(command_paths: list[list[str]], app: Any) -> None:
    top = {p[0] for p in command_paths if p}
    registered = {group.name for group in app.registered_groups} | {c.name for c in app.registered_commands}
    assert registered <= top
    assert {"menus", "call", "config"} <= top
    assert [] in command_paths and ["menus", "validate"] in command_paths  # [] is `ivr --help` itself
    assert len(command_paths) >= 10


def test_help_works_on_every_command(app: typer.Typer, command_paths: list[list[str]]) -> None:
    runner = CliRunner()
    failures = []
    for path in command_paths:
        result = runner.invoke(app, [*path, "--help"])
        if result.exit_code != 0 or "Usage:" not in result.output:
            failures.append((" ".join(path), result.exit_code, result.output[-300:]))
    assert not failures, failures
