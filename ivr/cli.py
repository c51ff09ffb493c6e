"""The `ivr` command line. Each area owns its sub-commands; this module only assembles them."""

from __future__ import annotations

import json

import typer

from agi_scripts.cli import app as agi_app
from agi_scripts.cli import prompts_app
from ivr.asr.cli import app as asr_app
from ivr.call_cli import call_command
from ivr.doctor import doctor_command
from ivr.menus.cli import app as menus_app
from ivr.records_serve import records_serve_command
from ivr.serve import agi_serve_command, serve_command
from ivr.settings import get_settings
from ivr.sip.cli import app as sip_app
from ivr.web.cli import users_app
from queueing.cli import app as queue_app
from queueing.cli import simulate_command
from records.cli import app as records_app

app = typer.Typer(help="12315 IVR and call-routing server.", no_args_is_help=True)
app.add_typer(menus_app, name="menus")
app.command("serve")(serve_command)
app.command("call")(call_command)
app.command("doctor")(doctor_command)
app.command("simulate")(simulate_command)
agi_app.command("serve")(agi_serve_command)
app.add_typer(agi_app, name="agi")
app.add_typer(prompts_app, name="prompts")
app.add_typer(asr_app, name="asr")
app.add_typer(queue_app, name="queue")
records_app.command("serve")(records_serve_command)
app.add_typer(records_app, name="records")
app.add_typer(users_app, name="users")
app.add_typer(sip_app, name="sip")


@app.command("config")
def config_command() -> None:
    """Print the effective settings (from IVR_* variables and defaults), secrets hidden."""
    typer.echo(json.dumps(get_settings().redacted(), ensure_ascii=False, indent=2, default=str))


if __name__ == "__main__":
    app()
