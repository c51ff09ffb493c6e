"""Every records test runs on SQLite and on a real PostgreSQL; each test gets a fresh database at
the head of the migrations (a copy of one migrated per session); ``empty_db_url`` is an empty
one for the tests of the migrations themselves."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
import redis.asyncio as aioredis
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from records.db import make_engine, session_factory
from tests.support.migrated import MigratedPostgres, MigratedSqlite, empty_postgres, sqlite_url

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        template: MigratedSqlite = request.getfixturevalue("migrated_sqlite")
        yield template.copy_to(tmp_path / "records.db")
        return
    postgres: MigratedPostgres = request.getfixturevalue("migrated_postgres")
    with postgres.fresh() as url:
        yield url


@pytest.fixture(params=BACKENDS)
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "empty.db")
        return
    with empty_postgres(request.getfixturevalue("postgres_url")) as url:
        yield url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    return session_factory(engine)


@pytest_asyncio.fixture(loop_scope="function")
async def redis_client(redis_url: str) -> AsyncIterator[aioredis.Redis]:
    client = aioredis.from_url(redis_url, decode_responses=True)
    yield client
    await client.aclose()


@pytest.fixture
def stream() -> str:
    """A stream of this test's own, so tests never see each other's events."""
    return f"test:{uuid.uuid4().hex[:10]}:events"
