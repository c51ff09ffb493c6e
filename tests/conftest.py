"""Session-wide real services. Each area's tests use these fixtures; none fakes Redis or SQL."""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.migrated import MigratedPostgres, MigratedSqlite
from tests.support.services import PostgresServer, RedisServer, free_port


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    server = RedisServer(port=free_port(), workdir=tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def redis_url(redis_server: RedisServer) -> str:
    return redis_server.url


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresServer]:
    # initdb runs as the postgres user, who cannot enter pytest's 0700 temp dirs.
    workdir = Path(tempfile.mkdtemp(prefix="ivr-pg-"))
    server = PostgresServer(port=free_port(), workdir=workdir)
    server.start()
    yield server
    server.stop()
    shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url(postgres_server: PostgresServer) -> str:
    return postgres_server.url


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> MigratedSqlite:
    """A SQLite file migrated once per session; a test takes its own copy (``copy_to``)."""
    return MigratedSqlite.make(tmp_path_factory.mktemp("migrated"))


@pytest.fixture(scope="session")
def migrated_postgres(postgres_url: str) -> MigratedPostgres:
    """A PostgreSQL database migrated once per session, the template of each test's fresh one."""
    return MigratedPostgres.make(postgres_url)


@pytest.fixture(scope="session")
def built_sounds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`ivr prompts build` (shipped menus and knowledge base) once per test run. Tests that start a
    server copy it into their data directory (:func:`tests.support.sounds.with_built_sounds`) so
    each start-up finds its prompts built instead of synthesising all of them again.

    The parallel workers of one run share the directory (under their common base temp): the first
    builds it, under a lock, and the others find every prompt built (the build's manifest), instead of
    each spending a minute of CPU on the same ~740 files. Nothing writes to it after the build."""
    from tests.system.harness import build_prompts

    base = tmp_path_factory.getbasetemp()
    shared = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "built-sounds"
    shared.mkdir(exist_ok=True)
    with (shared.parent / "built-sounds.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        return build_prompts(shared)


def long_tests_enabled() -> bool:
    return os.environ.get("IVR_LONG_TESTS") == "1"
