"""`ivr menus ...`: validate menu files (`ivr menus migrate-hours` joins on the runtime: ivr.cli_parts)."""

from __future__ import annotations

from pathlib import Path

import typer

from ivr.menus.menuset import validate_files

app = typer.Typer(help="Menu files: validate; publish the live menus without opening hours that moved to the ACD.",
                  no_args_is_help=True)


@app.command("validate")
def validate_command(files: list[Path] = typer.Argument(..., help="Menu YAML files or directories")) -> None:
    """Check schema and graph of each menu; print every error with file, line and node; exit 1 on errors."""
    texts: dict[str, str] = {}
    for path in files:
        for item in sorted(path.glob("*.yaml")) if path.is_dir() else [path]:
            try:
                texts[str(item)] = item.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                typer.echo(f"{item}:1 unreadable: {exc}", err=True)
                raise typer.Exit(1) from exc
    errors = validate_files(texts)
    for error in errors:
        typer.echo(str(error))
    if errors:
        typer.echo(f"{len(errors)} error(s)", err=True)
        raise typer.Exit(1)
    typer.echo(f"ok: {len(texts)} menu file(s) valid")
