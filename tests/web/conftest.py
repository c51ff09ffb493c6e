"""Web tests: a real SQLite file, a real Redis (its own logical database), the real app."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis as redis_sync
from fastapi.testclient import TestClient
from playwright.sync_api import Browser, expect, sync_playwright
from pydantic import SecretStr

from ivr.settings import Settings
from ivr.web.app import create_app
from ivr.web.users import create_user
from records.db import make_engine, session_factory, session_scope
from tests.support.migrated import MigratedSqlite
from tests.web.live import CHROMIUM_ARGS, live_server

# The suite runs in two processes: a page under the other's load may take longer than Playwright's default 5 s
# to show what it fetched; a failing expectation still fails, only later.
expect.set_options(timeout=15_000)

WEB_REDIS_DB = 7
PASSWORD = "correct horse battery"


def web_redis_url(redis_url: str) -> str:
    return redis_url.rsplit("/", 1)[0] + f"/{WEB_REDIS_DB}"


@pytest.fixture
def web_settings(tmp_path: Path, redis_url: str, migrated_sqlite: MigratedSqlite) -> Iterator[Settings]:
    url = web_redis_url(redis_url)
    redis_sync.Redis.from_url(url).flushdb()
    data = tmp_path / "data"
    settings = Settings(data_dir=data, redis_url=url, database_url=migrated_sqlite.copy_to(tmp_path / "web.db"),
                        secret_key=SecretStr("test-secret-key"))
    yield settings


@pytest.fixture
def add_user(web_settings: Settings) -> Iterator[Callable[..., str]]:
    engine = make_engine(web_settings.effective_database_url)
    factory = session_factory(engine)

    def add(username: str, role: str, centre: str | None = None) -> str:
        with session_scope(factory) as session:
            create_user(session, username, PASSWORD, role, centre, actor="test")
        return username

    yield add
    engine.dispose()


@pytest.fixture
def client(web_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(web_settings)) as test_client:
        yield test_client


def login(client: TestClient, username: str, password: str = PASSWORD) -> str:
    """Sign in with the cookie; returns the CSRF token (also set as default header)."""
    reply = client.post("/api/auth/login", json={"username": username, "password": password})
    assert reply.status_code == 200, reply.text
    csrf = str(reply.json()["csrf"])
    client.headers["X-CSRF-Token"] = csrf
    return csrf


def bearer(client: TestClient, username: str, password: str = PASSWORD) -> dict[str, str]:
    reply = client.post("/api/auth/token", json={"username": username, "password": password})
    assert reply.status_code == 200, reply.text
    return {"Authorization": f"Bearer {reply.json()['token']}"}


@pytest.fixture
def admin_client(client: TestClient, add_user: Callable[..., str]) -> TestClient:
    add_user("root", "admin")
    login(client, "root")
    return client


@pytest.fixture
def agent_client(client: TestClient, add_user: Callable[..., str]) -> TestClient:
    add_user("ann", "agent", "bj")
    login(client, "ann")
    return client


CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    """Debian's Chromium, driven by Playwright: one per test module, not per session: while
    Playwright's sync API is started, its event loop counts as running in this thread, and an
    asyncio test of another module could not run. Tests take it as ``browser``."""
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def browser(chromium: Browser) -> Iterator[Browser]:
    """The session's Chromium. Each page a test opens has a context of its own (cookies, storage);
    whatever the test leaves open is closed after it, so no page of it outlives its server."""
    yield chromium
    for context in chromium.contexts:
        context.close()


@pytest.fixture
def server(web_settings: Settings) -> Iterator[str]:
    """The web app served on a free loopback port for the browser."""
    with live_server(web_settings) as url:
        yield url
