"""Access control: sign-in, sessions, bearer tokens, CSRF, roles, rate limit, audit."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from ivr.settings import Settings
from ivr.web.users import UserError, WebUser, authenticate, create_user
from records.db import make_engine, session_factory, session_scope
from records.models import AuditLog, User
from tests.web.conftest import PASSWORD, bearer, login


def audit_actions(settings: Settings) -> list[tuple[str, str]]:
    engine = make_engine(settings.effective_database_url)
    with session_scope(session_factory(engine)) as session:
        rows = [(a.actor, a.action) for a in session.scalars(select(AuditLog).order_by(AuditLog.id))]
    engine.dispose()
    return rows


def test_password_is_hashed_with_argon2(web_settings: Settings, add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    engine = make_engine(web_settings.effective_database_url)
    with session_scope(session_factory(engine)) as session:
        stored = session.scalar(select(User.password_hash).where(User.username == "root"))
        assert stored is not None and stored.startswith("$argon2") and PASSWORD not in stored
        assert authenticate(session, "root", PASSWORD) == WebUser("root", "admin", None)
        assert authenticate(session, "root", PASSWORD + "x") is None
        assert authenticate(session, "nobody", PASSWORD) is None
    engine.dispose()


@pytest.mark.parametrize(
    ("username", "password", "role", "centre", "message"),
    [
        ("Bad Name", PASSWORD, "admin", None, "username"),
        ("ok", "short", "admin", None, "at least"),
        ("ok", PASSWORD, "root", None, "role"),
        ("ok", PASSWORD, "agent", None, "centre"),
        ("ok", PASSWORD, "agent", "xx", "unknown centre"),
    ],
)
def test_bad_new_users_are_refused(web_settings: Settings, username: str, password: str, role: str,
                                   centre: str | None, message: str) -> None:
    engine = make_engine(web_settings.effective_database_url)
    with session_scope(session_factory(engine)) as session, pytest.raises(UserError, match=message):
        create_user(session, username, password, role, centre, actor="test")
    engine.dispose()


def test_no_session_is_401_and_login_works(client: TestClient, add_user: Callable[..., str],
                                           web_settings: Settings) -> None:
    add_user("root", "admin")
    assert client.get("/api/auth/me").status_code == 401
    assert client.get("/api/users").status_code == 401
    login(client, "root")
    me = client.get("/api/auth/me").json()
    assert me["username"] == "root" and me["role"] == "admin" and "bj" in me["centres"]
    assert ("root", "auth.login") in audit_actions(web_settings)


def test_wrong_password_is_401_and_audited(client: TestClient, add_user: Callable[..., str],
                                           web_settings: Settings) -> None:
    add_user("root", "admin")
    reply = client.post("/api/auth/login", json={"username": "root", "password": "nope-nope"})
    assert reply.status_code == 401
    assert "ivr_session" not in client.cookies
    assert ("root", "auth.failed") in audit_actions(web_settings)


def test_login_is_rate_limited_per_user_and_address(client: TestClient, add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    codes = [client.post("/api/auth/login", json={"username": "root", "password": "wrong-one"}).status_code
             for _ in range(6)]
    assert codes[:5] == [401] * 5 and codes[5] == 429
    # Even the right password is refused while blocked; another user is not affected.
    blocked = client.post("/api/auth/login", json={"username": "root", "password": PASSWORD})
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0
    add_user("other", "admin")
    assert client.post("/api/auth/login", json={"username": "other", "password": PASSWORD}).status_code == 200


def test_changes_need_the_csrf_token_with_cookie_sessions(client: TestClient, add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    csrf = login(client, "root")
    del client.headers["X-CSRF-Token"]
    new_user = {"username": "ann", "password": PASSWORD, "role": "agent", "centre": "bj"}
    assert client.post("/api/users", json=new_user).status_code == 403
    assert client.post("/api/users", json=new_user, headers={"X-CSRF-Token": csrf}).status_code == 201


def test_bearer_token_needs_no_csrf_and_logout_ends_it(client: TestClient, add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    headers = bearer(client, "root")
    assert client.get("/api/users", headers=headers).status_code == 200
    new_user = {"username": "ann", "password": PASSWORD, "role": "agent", "centre": "bj"}
    assert client.post("/api/users", json=new_user, headers=headers).status_code == 201
    assert client.post("/api/auth/logout", headers=headers).status_code == 204
    assert client.get("/api/users", headers=headers).status_code == 401


def test_wrong_role_is_403(client: TestClient, add_user: Callable[..., str]) -> None:
    add_user("ann", "agent", "bj")
    login(client, "ann")
    assert client.get("/api/users").status_code == 403
    assert client.get("/api/audit").status_code == 403
    assert client.post("/api/menus/publish", json={"files": {"a.yaml": "x"}, "comment": "c"}).status_code == 403


def test_admin_manages_users_and_sees_the_audit_log(client: TestClient, add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    login(client, "root")
    bad = client.post("/api/users", json={"username": "bob", "password": PASSWORD, "role": "agent"})
    assert bad.status_code == 422 and "centre" in bad.json()["detail"]
    assert client.post("/api/users", json={"username": "bob", "password": PASSWORD, "role": "agent",
                                           "centre": "sh"}).status_code == 201
    duplicate = client.post("/api/users", json={"username": "bob", "password": PASSWORD, "role": "agent",
                                                "centre": "sh"})
    assert duplicate.status_code == 422
    names = {u["username"]: u for u in client.get("/api/users").json()}
    assert names["bob"]["centre"] == "sh" and "password_hash" not in names["bob"]
    audit = client.get("/api/audit").json()
    assert any(a["action"] == "user.create" and a["actor"] == "root" and a["object"] == "user:bob" for a in audit)


def test_disabling_a_user_ends_their_sessions(client: TestClient, add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    add_user("ann", "agent", "bj")
    ann = bearer(client, "ann")
    assert client.get("/api/auth/me", headers=ann).status_code == 200
    root = bearer(client, "root")
    reply = client.post("/api/users/ann/disable", headers=root)
    assert reply.status_code == 200 and reply.json()["sessions_ended"] == 1
    assert client.get("/api/auth/me", headers=ann).status_code == 401
    assert client.post("/api/auth/token", json={"username": "ann", "password": PASSWORD}).status_code == 401
    assert client.post("/api/users/nobody/disable", headers=root).status_code == 404


def test_session_expires(client: TestClient, add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    headers = bearer(client, "root")
    ctx = client.app.state.web  # type: ignore[attr-defined]
    import redis as redis_sync

    sync = redis_sync.Redis.from_url(ctx.settings.redis_url)
    keys = sync.keys("ivr:web:session:*")
    assert len(keys) == 1 and 0 < sync.ttl(keys[0]) <= ctx.sessions.ttl_seconds
    sync.expire(keys[0], 0)  # what the clock would do after the TTL
    assert client.get("/api/auth/me", headers=headers).status_code == 401


def test_centre_visibility_rules() -> None:
    assert WebUser("a", "agent", "bj").can_see("bj")
    assert not WebUser("a", "agent", "bj").can_see("sh")
    assert WebUser("s", "supervisor", "cn").can_see("sh")
    assert WebUser("r", "admin", None).can_see("gd")
    assert WebUser("a", "agent", "bj").visible_centres() == ["bj"]
