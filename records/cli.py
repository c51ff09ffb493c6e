"""`ivr records ...`: the records writer, migrations and reports."""

import typer

app = typer.Typer(help="Call records, complaints and reports (SQL database).", no_args_is_help=True)
