"""Settings of a server that a test starts (``ivr.serve.start``): a Redis database of the test's
own (emptied), its own data directory with the session's built prompts, and a copy of the
session's migrated database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import redis as redis_sync
from pydantic import SecretStr

from ivr.settings import Settings
from tests.support.migrated import MigratedSqlite
from tests.support.sounds import with_built_sounds


def emptied_redis_db(redis_url: str, db: int) -> str:
    """The session Redis's logical database ``db``, emptied (no other test module uses that number)."""
    url = redis_url.rsplit("/", 1)[0] + f"/{db}"
    client = redis_sync.Redis.from_url(url)
    try:
        client.flushdb()
    finally:
        client.close()
    return url


def server_settings(tmp_path: Path, redis_url: str, redis_db: int, *, secret: str, built_sounds: Path,
                    database: MigratedSqlite, **fields: Any) -> Settings:
    """``fields`` are further settings (ports, limits); the data directory is ``tmp_path / "data"``."""
    settings = Settings(data_dir=tmp_path / "data", redis_url=emptied_redis_db(redis_url, redis_db),
                        database_url=database.copy_to(tmp_path / "server.db"), secret_key=SecretStr(secret),
                        **fields)
    return with_built_sounds(settings, built_sounds)
