"""`ivr users ...`: web users and roles."""

import typer

users_app = typer.Typer(help="Web users and their roles.", no_args_is_help=True)
