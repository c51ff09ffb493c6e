"""Databases at the head of the migrations, made by ``records.db.migrate`` once per session and
copied for each test that wants a fresh one: a copy holds exactly what migrate left (schema,
Alembic's version, the seeded centres and departments), so the tests see the same database
without running Alembic and the seed again for every one of them.

SQLite: the template file is copied. PostgreSQL: ``CREATE DATABASE ... TEMPLATE`` (a file copy
in the server). Tests of the migrations themselves still start from an empty database.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from records.db import make_engine, migrate


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@dataclass(frozen=True)
class MigratedSqlite:
    """One SQLite file migrated to head; :meth:`copy_to` gives a test its own copy."""

    template: Path

    @classmethod
    def make(cls, directory: Path) -> MigratedSqlite:
        path = directory / "migrated-template.db"
        migrate(sqlite_url(path))
        # make_engine turns WAL on: fold the log into the file so that the file alone is the database
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode=DELETE")
        conn.close()
        return cls(path)

    def copy_to(self, target: Path) -> str:
        """Copy the template to ``target`` (which must not exist yet); returns its URL."""
        if target.exists():
            raise FileExistsError(f"{target} exists: a copy of the migrated template would replace it")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.template, target)
        return sqlite_url(target)


@dataclass(frozen=True)
class MigratedPostgres:
    """A PostgreSQL database migrated to head, used only as the template of fresh ones."""

    server_url: str
    template: str

    @classmethod
    def make(cls, server_url: str) -> MigratedPostgres:
        template = f"migrated_{uuid.uuid4().hex[:10]}"
        _execute(server_url, f'CREATE DATABASE "{template}"')
        migrate(database_url(server_url, template))  # disposes its engine: no one is left connected
        return cls(server_url, template)

    @contextmanager
    def fresh(self) -> Iterator[str]:
        """A new database copied from the template (its URL), dropped afterwards."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        _execute(self.server_url, f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        try:
            yield database_url(self.server_url, name)
        finally:
            _execute(self.server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def empty_postgres(server_url: str) -> Iterator[str]:
    """A new empty database on the server (its URL), dropped afterwards."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    _execute(server_url, f'CREATE DATABASE "{name}"')
    try:
        yield database_url(server_url, name)
    finally:
        _execute(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def database_url(server_url: str, name: str) -> str:
    return server_url.rsplit("/", 1)[0] + "/" + name


def _execute(server_url: str, statement: str) -> None:
    admin = make_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(statement))
    finally:
        admin.dispose()
