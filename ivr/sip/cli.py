"""`ivr sip ...`: the embedded SIP endpoint."""

import typer

app = typer.Typer(help="Embedded SIP endpoint (UDP).", no_args_is_help=True)
