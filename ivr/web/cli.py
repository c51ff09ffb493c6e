"""`ivr users ...`: web users and their roles."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from ivr.settings import get_settings
from ivr.web.users import UserError, create_user, list_users, set_disabled
from records.db import make_engine, migrate, session_factory, session_scope

users_app = typer.Typer(help="Web users and their roles.", no_args_is_help=True)


def _factory():  # type: ignore[no-untyped-def]
    url = get_settings().effective_database_url
    migrate(url)  # idempotent; makes the tables on a fresh SQLite file
    return session_factory(make_engine(url))


@users_app.command("add")
def add_command(
    username: str,
    role: Annotated[str, typer.Option(help="admin | supervisor | agent")],
    centre: Annotated[str | None, typer.Option(help="centre id (bj, sh, ... or cn = national)")] = None,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="read the password from stdin")] = False,
) -> None:
    """Create a user (the first administrator too). The password is prompted for."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        with session_scope(_factory()) as session:
            user = create_user(session, username, password, role, centre, actor="cli")
    except UserError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"created {user.username} ({user.role}{', ' + user.centre if user.centre else ''})")


@users_app.command("list")
def list_command(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List the users (never their password hashes)."""
    with session_scope(_factory()) as session:
        rows = list_users(session)
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        flag = " (disabled)" if row["disabled"] else ""
        typer.echo(f"{row['username']:<20} {row['role']:<11} {row['centre'] or '-':<5}{flag}")


@users_app.command("disable")
def disable_command(username: str) -> None:
    """Disable a user (they can no longer sign in)."""
    try:
        with session_scope(_factory()) as session:
            set_disabled(session, username, True, actor="cli")
    except UserError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"disabled {username}")
