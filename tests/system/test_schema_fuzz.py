"""schemathesis against the web app's OpenAPI schema, in process (ASGI), with a logged-in
admin session and without one. Checks: no 5xx, responses and content types as documented."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import redis as redis_sync
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from pydantic import SecretStr
from schemathesis.checks import content_type_conformance, not_a_server_error, response_schema_conformance

from ivr.health_api import health_router
from ivr.settings import Settings
from ivr.web.app import create_app
from ivr.web.users import create_user
from records.db import make_engine, session_factory, session_scope
from tests.support.migrated import MigratedSqlite
from tests.support.services import RedisServer, free_port

PASSWORD = "correct horse battery staple"


@schemathesis.check
def conforms_except_422(ctx: Any, response: Any, case: Any) -> bool | None:
    """Response bodies as documented, except 422: the app answers its own 422s with
    ``{"detail": "<message>"}`` while FastAPI documents 422 as a validation error list
    (reported to the web owners; it is not a crash and not a leak)."""
    if response.status_code == 422:
        return None
    return response_schema_conformance(ctx, response, case)


CHECKS = [not_a_server_error, conforms_except_422, content_type_conformance]


class LiveApp:
    """The app with its lifespan running (Redis and database handles on app.state)."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.client = TestClient(app)
        self.auth: dict[str, Any] = {}


@pytest.fixture(scope="module")
def live_app(tmp_path_factory: pytest.TempPathFactory, migrated_sqlite: MigratedSqlite) -> Iterator[LiveApp]:
    root = tmp_path_factory.mktemp("schema-fuzz")
    redis = RedisServer(port=free_port(), workdir=root / "redis")
    redis.start()
    settings = Settings(data_dir=root / "data", redis_url=redis.url,
                        database_url=migrated_sqlite.copy_to(root / "web.db"), secret_key=SecretStr("fuzz-secret"))
    engine = make_engine(settings.effective_database_url)
    with session_scope(session_factory(engine)) as session:
        create_user(session, "fuzzadmin", PASSWORD, "admin", None, actor="test")
    engine.dispose()
    app = create_app(settings)
    app.include_router(health_router(settings))
    live = LiveApp(app)
    try:
        with live.client:
            reply = live.client.post("/api/auth/login", json={"username": "fuzzadmin", "password": PASSWORD})
            assert reply.status_code == 200, reply.text
            live.auth = {"cookies": dict(live.client.cookies), "headers": {"X-CSRF-Token": reply.json()["csrf"]}}
            yield live
    finally:
        redis_sync.Redis.from_url(redis.url).close()
        redis.stop()


@pytest.fixture(scope="module")
def web_schema(live_app: LiveApp) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", live_app.app)


FUZZ = hsettings(max_examples=10, deadline=None, database=None,
                 suppress_health_check=list(HealthCheck))


def fuzz_every_operation(schema: Any, **call: Any) -> list[str]:
    """Run generated cases against each operation; the failures, one line each."""
    failures: list[str] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert operations, "the schema has no operations"
    for operation in operations:
        if operation.path == "/api/auth/logout":
            continue  # would end the shared admin session for every later case

        @FUZZ
        @given(case=operation.as_strategy())
        def run(case: Any) -> None:
            headers = {**(case.headers or {}), **call.get("headers", {})}
            case.call_and_validate(checks=CHECKS, cookies=call.get("cookies"), headers=headers)

        try:
            run()
        except (Exception, BaseExceptionGroup) as exc:  # noqa: BLE001 - collect every failure
            text = str(exc).splitlines()
            what = [line.strip() for line in text if line.strip().startswith(("- ", "curl", "[5", "[4", "[2"))]
            summary = " | ".join(what) or f"{type(exc).__name__}: {' / '.join(text[:6])}"
            failures.append(f"{operation.method.upper()} {operation.path}: {summary[:600]}")
    return failures


@pytest.mark.timeout(600)
def test_api_without_a_session(web_schema: Any) -> None:
    failures = fuzz_every_operation(web_schema)
    assert not failures, "\n".join(failures)


@pytest.mark.timeout(600)
def test_api_as_admin(web_schema: Any, live_app: LiveApp) -> None:
    failures = fuzz_every_operation(web_schema, **live_app.auth)
    assert not failures, "\n".join(failures)


def test_schema_lists_the_api(live_app: LiveApp) -> None:
    paths = live_app.client.get("/openapi.json").json()["paths"]
    assert "/api/auth/login" in paths and "/healthz" in paths
    assert len(paths) >= 10


def test_admin_session_is_real(live_app: LiveApp) -> None:
    with_session = live_app.client.get("/api/auth/me", cookies=live_app.auth["cookies"])
    assert with_session.status_code == 200 and "fuzzadmin" in with_session.text
    without = TestClient(live_app.app).get("/api/auth/me")
    assert without.status_code == 401
