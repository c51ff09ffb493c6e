"""`ivr users ...`: web users and their roles.

An entry point: each command opens ivr.runtime (``USERS_CLI``: the database, migrated at open;
``USERS_CLI_REVOKE`` also Redis, where a user's sessions end) and builds no engine or client
of its own."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from typing import Annotated, TypeVar

import typer

from ivr.runtime import USERS_CLI, USERS_CLI_REVOKE, Needs, Runtime, open_runtime
from ivr.settings import get_settings
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
from records.db import session_scope

users_app = typer.Typer(help="Web users and their roles.", no_args_is_help=True)
T = TypeVar("T")


def _in_runtime(needs: Needs, body: Callable[[Runtime], Awaitable[T]]) -> T:
    """``body(runtime)`` in this command's runtime (the tables are made on a fresh SQLite file)."""

    async def run() -> T:
        async with open_runtime(get_settings(), needs) as runtime:
            return await body(runtime)

    return asyncio.run(run())


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

    async def create(runtime: Runtime) -> WebUser:
        with session_scope(runtime.db) as session:
            return create_user(session, username, password, role, centre, actor="cli")

    try:
        user = _in_runtime(USERS_CLI, create)
    except UserError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"created {user.username} ({user.role}{', ' + user.centre if user.centre else ''})")


@users_app.command("list")
def list_command(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List the users (never their password hashes)."""


    async def listed(runtime: Runtime) -> list[dict[str, object]]:
        with session_scope(runtime.db) as session:
            return list_users(session)

    rows = _in_runtime(USERS_CLI, listed)
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        flag = " (disabled)" if row["disabled"] else ""
        typer.echo(f"{row['username']:<20} {row['role']:<11} {row['centre'] or '-':<5}{flag}")


WaitOpt = Annotated[float, typer.Option("--wait", help="seconds to wait for an agent's call to end before "
                                          "its ACD logout (0: do not wait)")]


async def _revoke(runtime: Runtime, user: WebUser, reason: str, wait: float) -> Revoked:
    """End the user's sessions, tokens and WebSockets, and log its agent out of the ACD."""
    sessions = SessionStore(runtime.redis, runtime.settings.secret_key.get_secret_value())
    return await revoke_access(runtime.redis, sessions, user, reason, wait_for_call=max(wait, 0.001))


def _report(done: Revoked) -> None:
    acd = {"out": "logged out of the ACD", "not_logged_in": "not in the ACD", "no_centre": "no ACD seat",
           "in_call": "still in a call: not yet logged out of the ACD (run again)"}[done.acd]
    typer.echo(f"{done.sessions_ended} sessions ended; {acd}")


@users_app.command("disable")
def disable_command(username: str, wait: WaitOpt = 600.0) -> None:
    """Disable a user: no more sign-ins, its sessions, tokens and WebSockets end, its agent leaves the ACD."""

    async def disable(runtime: Runtime) -> Revoked:
        with session_scope(runtime.db) as session:
            user = set_disabled(session, username, True, actor="cli")
        typer.echo(f"disabled {username}")
        return await _revoke(runtime, user, "disabled", wait)

    try:
        done = _in_runtime(USERS_CLI_REVOKE, disable)
    except UserError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    _report(done)


@users_app.command("enable")
def enable_command(username: str) -> None:
    """Enable a disabled user again."""


    async def enable(runtime: Runtime) -> None:
        with session_scope(runtime.db) as session:
            set_disabled(session, username, False, actor="cli")

    try:
        _in_runtime(USERS_CLI, enable)
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


    async def change(runtime: Runtime) -> Revoked | None:
        with session_scope(runtime.db) as session:
            standing = user_standing(session, username)
            before = standing.user if standing is not None else None
            user = set_role(session, username, role, centre, actor="cli")
        typer.echo(f"{username}: {user.role}{', ' + user.centre if user.centre else ''}")
        return await _revoke(runtime, before, "role changed", wait) if before is not None else None

    try:
        done = _in_runtime(USERS_CLI_REVOKE, change)
    except UserError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if done is not None:
        _report(done)


@users_app.command("password")
def password_command(
    username: str,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="read the password from stdin")] = False,
) -> None:
    """Reset a user's password (prompted for); its sessions end."""
    password = _read_password(password_stdin, "New password")

    async def reset(runtime: Runtime) -> Revoked:
        with session_scope(runtime.db) as session:
            set_password(session, username, password, actor="cli")
        return await _revoke(runtime, WebUser(username, "", None), "password reset", 0.0)

    try:
        done = _in_runtime(USERS_CLI_REVOKE, reset)
    except UserError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    _report(done)
