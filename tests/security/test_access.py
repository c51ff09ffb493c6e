"""Access follows the user: disabling a user, changing its role or its password ends every kind
of session at once (cookie, bearer token, open WebSockets) and takes its agent out of the ACD;
every request checks the session against the users table, so an edited Redis session is refused."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable, Iterator

import pytest
import redis as redis_sync
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from starlette.requests import Request
from starlette.websockets import WebSocketDisconnect
from typer.testing import CliRunner

from ivr.settings import Settings, get_settings
from ivr.web.auth import client_address
from ivr.web.cli import users_app
from ivr.web.sessions import SIGNED_FIELDS
from tests.web import acd
from tests.web.conftest import PASSWORD, bearer, login


def sync_redis(settings: Settings) -> redis_sync.Redis:
    return redis_sync.Redis.from_url(str(settings.redis_url), decode_responses=True)


def in_acd(settings: Settings, agent: str, centre: str = "bj") -> bool:
    return bool(sync_redis(settings).exists(f"acd:{{{centre}}}:agent:{agent}"))


@pytest.fixture
def agent_and_admin(client: TestClient, add_user: Callable[..., str]) -> Iterator[TestClient]:
    add_user("root", "admin")
    add_user("ann", "agent", "bj")
    yield client


def sessions_of_every_kind(client: TestClient) -> tuple[dict[str, str], dict[str, str]]:
    """A cookie session (left on the client) and a bearer token for ann."""
    login(client, "ann")
    return bearer(client, "ann"), bearer(client, "root")


def assert_closed(ws: object) -> None:
    with pytest.raises(WebSocketDisconnect) as ended:
        for _ in range(50):
            ws.receive_text()  # type: ignore[attr-defined]
    assert ended.value.code == 1008


def test_disable_ends_cookie_token_websockets_and_acd_seat(agent_and_admin: TestClient,
                                                           web_settings: Settings) -> None:
    client = agent_and_admin
    token, root = sessions_of_every_kind(client)
    assert client.post("/api/console/login", json={"phone": "agent-bj-01"}).status_code == 200
    assert client.post("/api/console/ready").json()["state"] == "ready"
    with client.websocket_connect("/api/console/ws") as console:
        console.receive_text()
        reply = client.post("/api/users/ann/disable", headers=root)
        assert reply.status_code == 200, reply.text
        assert reply.json()["sessions_ended"] == 2 and reply.json()["acd"] == "out"
        assert_closed(console)
    assert not in_acd(web_settings, "ann")
    assert client.get("/api/auth/me").status_code == 401  # the cookie
    assert client.get("/api/auth/me", headers=token).status_code == 401
    # Not offered calls any more: a queued call finds nobody.
    url = str(web_settings.redis_url)
    acd.enqueue(url, "bj", "q-1", "call-1", data={"caller": "x", "slots": {}})
    assert acd.with_store(url, lambda store: store.dispatch("bj", acd.now_ms())) == []


def test_disable_while_in_a_call_logs_out_when_the_call_ends(agent_and_admin: TestClient,
                                                             web_settings: Settings) -> None:
    client = agent_and_admin
    _, root = sessions_of_every_kind(client)
    client.post("/api/console/login", json={"phone": "agent-bj-01"})
    client.post("/api/console/ready")
    url = str(web_settings.redis_url)
    acd.enqueue(url, "bj", "q-2", "call-2", data={"caller": "x", "slots": {}})
    assert acd.with_store(url, lambda store: store.dispatch("bj", acd.now_ms())) == [("q-2", "ann")]
    acd.with_store(url, lambda store: store.connect("bj", "q-2", "ann", acd.now_ms()))
    reply = client.post("/api/users/ann/disable", headers=root)
    assert reply.json()["acd"] == "in_call" and in_acd(web_settings, "ann")
    acd.complete(url, "bj", "q-2", "ann")
    deadline = time.monotonic() + 15
    while in_acd(web_settings, "ann") and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not in_acd(web_settings, "ann")


def test_role_change_ends_sessions_and_acd_seat(agent_and_admin: TestClient, web_settings: Settings) -> None:
    client = agent_and_admin
    token, root = sessions_of_every_kind(client)
    client.post("/api/console/login", json={"phone": "agent-bj-02"})
    with client.websocket_connect("/api/console/ws") as console:
        console.receive_text()
        reply = client.post("/api/users/ann/role", json={"role": "supervisor", "centre": "bj"}, headers=root)
        assert reply.status_code == 200 and reply.json()["role"] == "supervisor"
        assert_closed(console)
    assert not in_acd(web_settings, "ann")
    assert client.get("/api/auth/me", headers=token).status_code == 401
    again = bearer(client, "ann")
    assert client.get("/api/auth/me", headers=again).json()["role"] == "supervisor"


def test_edited_redis_session_is_refused(agent_and_admin: TestClient, web_settings: Settings) -> None:
    """Whoever can write to Redis cannot make an agent's session an administrator's."""
    client = agent_and_admin
    token = bearer(client, "ann")
    r = sync_redis(web_settings)
    (key,) = r.keys("ivr:web:session:*")
    r.hset(key, "role", "admin")
    assert client.get("/api/users", headers=token).status_code == 401  # signature no longer matches
    token = bearer(client, "ann")
    (key,) = r.keys("ivr:web:session:*")
    # Even with the secret key (signature recomputed), the users table says ann is an agent.
    fields = r.hgetall(key)
    fields["role"] = "admin"
    text = "\0".join([key, *(fields.get(name, "") for name in SIGNED_FIELDS)])
    secret = web_settings.secret_key.get_secret_value().encode()
    r.hset(key, mapping={"role": "admin", "sig": hmac.new(secret, text.encode(), hashlib.sha256).hexdigest()})
    assert client.get("/api/users", headers=token).status_code == 401
    assert client.get("/api/auth/me", headers=token).status_code == 401  # and the session is gone


def test_directly_disabled_in_the_database_is_refused_on_next_request(
        agent_and_admin: TestClient, web_settings: Settings) -> None:
    client = agent_and_admin
    token = bearer(client, "ann")
    assert client.get("/api/auth/me", headers=token).status_code == 200
    with create_engine(web_settings.effective_database_url).begin() as conn:
        conn.execute(text("UPDATE users SET disabled = 1 WHERE username = 'ann'"))
    assert client.get("/api/auth/me", headers=token).status_code == 401


def test_password_change_and_reset_end_sessions(agent_and_admin: TestClient) -> None:
    client = agent_and_admin
    token, root = sessions_of_every_kind(client)
    weak = client.post("/api/auth/password", json={"current": PASSWORD, "new": "short"}, headers=token)
    assert weak.status_code == 422 and "12" in weak.json()["detail"]
    assert client.post("/api/auth/password", json={"current": PASSWORD, "new": "ann-is-my-name-1"},
                       headers=token).status_code == 422  # contains the username
    wrong = client.post("/api/auth/password", json={"current": "not it", "new": "a much better phrase"},
                        headers=token)
    assert wrong.status_code == 422
    done = client.post("/api/auth/password", json={"current": PASSWORD, "new": "a much better phrase"},
                       headers=token)
    assert done.status_code == 204
    assert client.get("/api/auth/me", headers=token).status_code == 401
    assert client.post("/api/auth/token", json={"username": "ann", "password": PASSWORD}).status_code == 401
    token = bearer(client, "ann", "a much better phrase")
    reset = client.post("/api/users/ann/password", json={"password": "set by the admin 42"}, headers=root)
    assert reset.status_code == 200 and reset.json()["sessions_ended"] >= 1
    assert client.get("/api/auth/me", headers=token).status_code == 401
    assert client.get("/api/auth/me", headers=bearer(client, "ann", "set by the admin 42")).status_code == 200


def test_idle_session_ends(agent_and_admin: TestClient, web_settings: Settings) -> None:
    client = agent_and_admin
    token = bearer(client, "ann")
    r = sync_redis(web_settings)
    (key,) = r.keys("ivr:web:session:*")
    r.hset(key, "seen", str(int(time.time()) - web_settings.session_idle_seconds - 5))
    assert client.get("/api/auth/me", headers=token).status_code == 401


def test_cli_disable_ends_sessions_and_acd_seat(agent_and_admin: TestClient, web_settings: Settings,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    client = agent_and_admin
    token, _ = sessions_of_every_kind(client)
    client.post("/api/console/login", json={"phone": "agent-bj-01"})
    assert in_acd(web_settings, "ann")
    monkeypatch.setenv("IVR_REDIS_URL", str(web_settings.redis_url))
    monkeypatch.setenv("IVR_DATABASE_URL", web_settings.effective_database_url)
    monkeypatch.setenv("IVR_SECRET_KEY", web_settings.secret_key.get_secret_value())
    monkeypatch.setenv("IVR_DATA_DIR", str(web_settings.data_dir))
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(users_app, ["disable", "ann"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert "2 sessions ended; logged out of the ACD" in result.output
    assert client.get("/api/auth/me", headers=token).status_code == 401
    assert not in_acd(web_settings, "ann")


def request_from(peer: str, forwarded: str | None) -> Request:
    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded else []
    return Request({"type": "http", "method": "GET", "path": "/", "headers": headers, "client": (peer, 5000)})


def test_forwarded_for_is_believed_only_from_configured_proxies() -> None:
    proxies = ["10.0.0.0/24"]
    assert client_address(request_from("203.0.113.9", "1.2.3.4"), proxies) == "203.0.113.9"
    assert client_address(request_from("10.0.0.5", "1.2.3.4"), proxies) == "1.2.3.4"
    # The client may prepend anything; only the hop our proxy added counts.
    assert client_address(request_from("10.0.0.5", "6.6.6.6, 1.2.3.4, 10.0.0.7"), proxies) == "1.2.3.4"
    assert client_address(request_from("10.0.0.5", "1.2.3.4"), []) == "10.0.0.5"


def test_forged_forwarded_for_does_not_reset_the_limit(client: TestClient, add_user: Callable[..., str],
                                                       web_settings: Settings) -> None:
    add_user("root", "admin")
    codes = [client.post("/api/auth/login", json={"username": "root", "password": "wrong-password"},
                         headers={"X-Forwarded-For": f"198.51.100.{n}"}).status_code for n in range(7)]
    assert codes[:5] == [401] * 5 and codes[5:] == [429, 429]
    # Many usernames from one address: the per-address limit stops them too.
    limit = web_settings.login_max_failures_per_address
    codes = [client.post("/api/auth/login", json={"username": f"guess{n}", "password": "x"}).status_code
             for n in range(limit + 1)]
    assert 429 in codes and codes.index(429) <= limit
    with create_engine(web_settings.effective_database_url).begin() as conn:
        ips = [json.loads(d)["ip"] if isinstance(d, str) else d["ip"] for d in conn.execute(
            text("SELECT detail FROM audit_log WHERE action = 'auth.failed'")).scalars()]
    assert ips and set(ips) == {"testclient"}  # the real peer, never the forged header


def test_sign_in_refuses_another_origin(client: TestClient, add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    evil = client.post("/api/auth/login", json={"username": "root", "password": PASSWORD},
                       headers={"Origin": "https://evil.example"})
    assert evil.status_code == 403
    assert client.post("/api/auth/login", json={"username": "root", "password": PASSWORD},
                       headers={"Origin": "http://testserver"}).status_code == 200
