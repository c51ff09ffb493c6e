"""The sub-command groups that join two areas: `ivr agi serve` and `ivr sip serve` (on the
runtime, from ivr.serve) beside `ivr agi check-conf`, and `ivr records serve` (the writer on the
runtime, from ivr.records_serve) beside the records' reports, and `ivr menus migrate-hours` (on the
runtime, from ivr.menus_upgrade) beside `ivr menus validate`. `ivr.cli` loads this module only
when one of those groups is run."""

from __future__ import annotations

from agi_scripts.cli import app as agi_app
from agi_scripts.cli import prompts_app
from ivr.menus.cli import app as menus_app
from ivr.menus_upgrade import migrate_hours_command
from ivr.records_serve import records_serve_command
from ivr.serve import agi_serve_command, sip_serve_command
from ivr.sip.cli import app as sip_app
from records.cli import app as records_app

agi_app.command("serve")(agi_serve_command)
menus_app.command("migrate-hours")(migrate_hours_command)
records_app.command("serve")(records_serve_command)
sip_app.command("serve")(sip_serve_command)

__all__ = ["agi_app", "menus_app", "prompts_app", "records_app", "sip_app"]
