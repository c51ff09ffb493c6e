"""`ivr records ...`: the records writer, migrations, reports, alerts, retention and deadlines."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import typer

from ivr.privacy_vault import VaultKeyError, new_key, vault_of
from ivr.settings import Settings, get_settings
from recordings.retention import apply_retention
from recordings.store import recordings_root
from records import reports
from records.alerts import detect
from records.caller_numbers import rotate_caller_numbers
from records.complaints import end_expired_mediations
from records.db import make_engine, migrate, session_factory, session_scope
from records.progress import CaseStatusService

app = typer.Typer(help="Call records, complaints and reports (SQL database).", no_args_is_help=True)


def _today(settings: Settings) -> date:
    return datetime.now(ZoneInfo(settings.timezone)).date()


def _sessions(settings: Settings):  # type: ignore[no-untyped-def]

    engine = make_engine(settings.effective_database_url)
    migrate(settings.effective_database_url, engine)
    return session_factory(engine)


@app.command("migrate")
def migrate_command() -> None:
    """Create or upgrade the schema (alembic upgrade head) and seed centres and departments."""

    settings = get_settings()
    migrate(settings.effective_database_url)
    typer.echo(f"database at head: {settings.redacted()['database_url']}")


@app.command("report")
def report_command(
    kind: str = typer.Argument(..., help="centres | complaints"),
    start: str = typer.Option(None, help="first day, YYYY-MM-DD (default: 6 days before end)"),
    end: str = typer.Option(None, help="last day, YYYY-MM-DD (default: today)"),
    centre: str = typer.Option(None, help="only this centre"),
    by: str = typer.Option("category,region,day", help="complaints: group by these"),
    fmt: str = typer.Option("json", "--format", help="json | csv"),
) -> None:
    """Per-centre daily performance, or complaint counts by category/region/day."""

    settings = get_settings()
    try:
        last = date.fromisoformat(end) if end else _today(settings)
        first = date.fromisoformat(start) if start else last - timedelta(days=6)
    except ValueError as exc:
        raise typer.BadParameter(f"dates are YYYY-MM-DD: {exc}") from exc
    with session_scope(_sessions(settings)) as session:
        if kind == "centres":
            rows = reports.centre_daily(session, first, last, tz=settings.timezone, centre=centre)
            columns = reports.CENTRE_COLUMNS
        elif kind == "complaints":
            dims = [d for d in by.split(",") if d]
            rows = reports.complaint_counts(session, first, last, centre=centre, by=dims)
            columns = [*dims, "count"]
        else:
            raise typer.BadParameter("report is 'centres' or 'complaints'")
    typer.echo(reports.to_csv(rows, columns) if fmt == "csv" else json.dumps(rows, ensure_ascii=False, indent=2))


@app.command("alerts")
def alerts_command(day: str = typer.Option(None, help="YYYY-MM-DD, default today"),
                   centre: str = typer.Option(None)) -> None:
    """Early-warning alerts: complaint counts well above their own baseline."""

    settings = get_settings()
    when = date.fromisoformat(day) if day else _today(settings)
    with session_scope(_sessions(settings)) as session:
        found = detect(session, when, centre=centre)
    typer.echo(json.dumps([a.model_dump(mode="json") for a in found], ensure_ascii=False, indent=2))


@app.command("retention")
def retention_command(
    days: int = typer.Option(None, help="default: IVR_RECORDING_RETENTION_DAYS"),
    dry_run: bool = typer.Option(False, help="only list what would be deleted"),
) -> None:
    """Delete statement recordings past retention, except those an open complaint refers to."""

    settings = get_settings()
    with session_scope(_sessions(settings)) as session:
        result = apply_retention(session, recordings_root(settings.data_dir), datetime.now(UTC),
                                 days or settings.recording_retention_days, dry_run=dry_run)
    typer.echo(json.dumps(result.__dict__, indent=2))


@app.command("deadlines")
def deadlines_command() -> None:
    """End mediations whose 45 working days have passed without agreement."""

    settings = get_settings()
    with session_scope(_sessions(settings)) as session:
        ended = end_expired_mediations(session, _today(settings))
    typer.echo(json.dumps({"mediation_ended": ended}))


@app.command("status")
def status_command(ticket: str, language: str = typer.Option("zh")) -> None:
    """What a caller hears for this ticket number in the progress menu."""

    sentence = CaseStatusService(_sessions(get_settings())).lookup(ticket, language)
    if sentence is None:
        typer.echo("unknown or mistyped ticket number", err=True)
        raise typer.Exit(1)
    typer.echo(sentence)


@app.command("number-key")
def number_key_command() -> None:
    """Print a new key for IVR_CALLER_NUMBER_KEYS (put it first; keep the old ones after it until rotated)."""

    typer.echo(new_key())


@app.command("rotate-number-keys")
def rotate_number_keys_command() -> None:
    """Seal every stored caller number again under the first key of IVR_CALLER_NUMBER_KEYS."""

    settings = get_settings()
    try:
        vault = vault_of(settings)
    except VaultKeyError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc
    with session_scope(_sessions(settings)) as session:
        result = rotate_caller_numbers(session, vault)
    typer.echo(json.dumps(result.__dict__))
    if result.unreadable:
        typer.echo(f"{len(result.unreadable)} numbers no configured key opens (无法解密的号码), left as they are",
                   err=True)
        raise typer.Exit(1)
