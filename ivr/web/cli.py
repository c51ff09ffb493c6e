"""`ivr users ...`: web users and their roles."""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Annotated

import typer

from ivr.settings import Settings, get_settings
from ivr.web.access import Revoked, revoke_access
from ivr.web.sessions import SessionStore
from ivr.web.users import (
    UserError,
    WebUser,
    create_user,
    list_users,
    set_disabled,
    set_password,
    set_role,
    user_standing,
)
from queueing.runtime import connect_redis, redis_url_of
from records.db import make_engine, migrate, session_factory, session_scope

users_app = typer.Typer(help="Web users and their roles.", no_args_is_help=True)


def _factory():  # type: ignore[no-untyped-def]
    url = get_settings().effective_database_url
    migrate(url)  # idempotent; makes the tables on a fresh SQLite file
    return session_factory(make_engine(url))


def _read_password(from_stdin: bool, label: str) -> str:
    """One line of stdin (for scripts), or typed twice at a hidden prompt."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(typer.prompt(label, hide_input=True, confirmation_prompt=True))


@users_app.command("add")
def add_command(
    username: str,
    role: Annotated[str, typer.Option(help="admin | supervisor | agent")],
    centre: Annotated[str | None, typer.Option(help="centre id (bj, sh, ... or cn = national)")] = None,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="read the password from stdin")] = False,
) -> None:
    """Create a user (the first administrator too). The password is prompted for."""
    password = _read_password(password_stdin, "Password")
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


WaitOpt = Annotated[float, typer.Option("--wait", help="seconds to wait for an agent's call to end before "
                                          "its ACD logout (0: do not wait)")]


def _revoke(settings: Settings, user: WebUser, reason: str, wait: float) -> Revoked:
    """End the user's sessions, tokens and WebSockets, and log its agent out of the ACD."""

    async def run() -> Revoked:
        client = connect_redis(redis_url_of(settings))
        try:
            sessions = SessionStore(client, settings.secret_key.get_secret_value())
            return await revoke_access(client, sessions, user, reason, wait_for_call=max(wait, 0.001))
        finally:
            await client.aclose()

    return asyncio.run(run())


def _report(done: Revoked) -> None:
    acd = {"out": "logged out of the ACD", "not_logged_in": "not in the ACD", "no_centre": "no ACD seat",
           "in_call": "still in a call: not yet logged out of the ACD (run again)"}[done.acd]
    typer.echo(f"{done.sessions_ended} sessions ended; {acd}")


@users_app.command("disable")
def disable_command(username: str, wait: WaitOpt = 600.0) -> None:
    """Disable a user: no more sign-ins, its sessions, tokens and WebSockets end, its agent leaves the ACD."""
    try:
        with session_scope(_factory()) as session:
            user = set_disabled(session, username, True, actor="cli")
    except UserError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"disabled {username}")
    _report(_revoke(get_settings(), user, "disabled", wait))


@users_app.command("enable")
def enable_command(username: str) -> None:
    """Enable a disabled user again."""
    try:
        with session_scope(_factory()) as session:
            set_disabled(session, username, False, actor="cli")
    except UserError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"enabled {username}")


@users_app.command("role")
def role_command(
    username: str,
    role: Annotated[str, typer.Option(help="admin | supervisor | agent")],
    centre: Annotated[str | None, typer.Option(help="centre id (bj, sh, ... or cn = national)")] = None,
    wait: WaitOpt = 600.0,
) -> None:
    """Change a user's role and centre; its sessions end and its agent leaves the ACD."""
    try:
        with session_scope(_factory()) as session:
            standing = user_standing(session, username)
            before = standing.user if standing is not None else None
            user = set_role(session, username, role, centre, actor="cli")
    except UserError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"{username}: {user.role}{', ' + user.centre if user.centre else ''}")
    if before is not None:
        _report(_revoke(get_settings(), before, "role changed", wait))


@users_app.command("password")
def password_command(
    username: str,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="read the password from stdin")] = False,
) -> None:
    """Reset a user's password (prompted for); its sessions end."""
    password = _read_password(password_stdin, "New password")
    try:
        with session_scope(_factory()) as session:
            set_password(session, username, password, actor="cli")
    except UserError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    user = WebUser(username, "", None)
    _report(_revoke(get_settings(), user, "password reset", 0.0))
