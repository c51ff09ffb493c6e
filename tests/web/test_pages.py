"""Server-rendered pages: sign-in redirects, roles, language, safe redirects; the users CLI."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner, Result

from ivr.settings import Settings, get_settings
from ivr.web.cli import users_app
from tests.web.conftest import PASSWORD


def form_login(client: TestClient, username: str, next_path: str = "/") -> str:
    reply = client.post("/login", data={"username": username, "password": PASSWORD, "next": next_path},
                        follow_redirects=False)
    assert reply.status_code == 303, reply.text
    return str(reply.headers["location"])


def test_pages_need_a_session(client: TestClient) -> None:
    for page in ("/admin", "/agent", "/dashboard"):
        reply = client.get(page, follow_redirects=False)
        assert reply.status_code == 303 and reply.headers["location"] == f"/login?next={page}"
    assert client.get("/", follow_redirects=False).headers["location"] == "/login"
    assert "<form" in client.get("/login").text


def test_each_role_lands_on_its_page_and_is_kept_out_of_others(client: TestClient,
                                                              add_user: Callable[..., str]) -> None:
    add_user("ann", "agent", "bj")
    assert form_login(client, "ann") == "/agent"
    page = client.get("/agent")
    assert page.status_code == 200 and "坐席工作台" in page.text and 'name="csrf-token" content="' in page.text
    assert 'content=""' not in page.text.split('name="csrf-token"')[1][:20]
    assert client.get("/admin").status_code == 403
    assert client.get("/dashboard").status_code == 403


def test_supervisor_and_admin_pages(client: TestClient, add_user: Callable[..., str]) -> None:
    add_user("sue", "supervisor", "bj")
    add_user("root", "admin")
    assert form_login(client, "sue") == "/dashboard"
    dashboard = client.get("/dashboard").text
    assert "chart.umd.min.js" in dashboard and 'data-national="0"' in dashboard  # not national
    assert '<script type="module" src="/static/dashboard.js">' in dashboard
    client.cookies.clear()
    assert form_login(client, "root", "/admin") == "/admin"
    assert "菜单编辑" in client.get("/admin").text
    assert 'data-national="1"' in client.get("/dashboard").text


def test_english_labels_on_request(client: TestClient, add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    form_login(client, "root")
    english = client.get("/admin?lang=en")
    assert "Menu editor" in english.text and english.cookies.get("ivr_lang") == "en"
    assert "Menu editor" in client.get("/admin").text  # remembered
    assert "菜单编辑" in client.get("/admin?lang=zh").text


def test_login_form_errors_and_no_open_redirect(client: TestClient, add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    bad = client.post("/login", data={"username": "root", "password": "wrong-wrong", "next": "/admin"})
    assert bad.status_code == 401 and 'id="login-error"' in bad.text
    for evil in ("https://evil.example/", "//evil.example", "/\\evil.example"):
        assert form_login(client, "root", evil) == "/admin"


def test_static_chart_library_is_vendored(client: TestClient) -> None:
    reply = client.get("/static/vendor/chart.umd.min.js")
    assert reply.status_code == 200 and "Chart.js v4" in reply.text[:200]
    assert "MIT" in client.get("/static/vendor/chart.js-LICENSE.txt").text


def test_openapi_lists_the_apis(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/auth/login", "/api/menus/publish", "/api/prompts/recording", "/api/dashboard/national",
                 "/api/console/wrapup", "/api/complaints"):
        assert path in paths, path


def run_cli(monkeypatch: pytest.MonkeyPatch, settings: Settings, *args: str, stdin: str = "") -> Result:
    monkeypatch.setenv("IVR_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("IVR_DATABASE_URL", str(settings.database_url))
    monkeypatch.setenv("IVR_REDIS_URL", str(settings.redis_url))
    monkeypatch.setenv("IVR_SECRET_KEY", "test-secret-key")
    get_settings.cache_clear()
    try:
        return CliRunner().invoke(users_app, list(args), input=stdin)
    finally:
        get_settings.cache_clear()


def test_users_cli_creates_the_first_administrator(web_settings: Settings, client: TestClient,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    made = run_cli(monkeypatch, web_settings, "add", "boss", "--role", "admin", "--password-stdin",
                   stdin=PASSWORD + "\n")
    assert made.exit_code == 0, made.output
    assert PASSWORD not in made.output
    listed = run_cli(monkeypatch, web_settings, "list")
    assert "boss" in listed.output and "admin" in listed.output
    refused = run_cli(monkeypatch, web_settings, "add", "ann", "--role", "agent", "--password-stdin",
                      stdin=PASSWORD + "\n")
    assert refused.exit_code == 2 and "centre" in refused.output
    weak = run_cli(monkeypatch, web_settings, "add", "bob", "--role", "admin", "--password-stdin", stdin="123\n")
    assert weak.exit_code == 2 and "at least" in weak.output
    assert client.post("/api/auth/login", json={"username": "boss", "password": PASSWORD}).status_code == 200
    changed = PASSWORD + " renewed"
    reset = run_cli(monkeypatch, web_settings, "password", "boss", "--password-stdin", stdin=changed + "\n")
    assert reset.exit_code == 0, reset.output
    assert client.post("/api/auth/login", json={"username": "boss", "password": PASSWORD}).status_code == 401
    assert client.post("/api/auth/login", json={"username": "boss", "password": changed}).status_code == 200


def test_security_headers(client: TestClient) -> None:
    page = client.get("/login")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert page.headers["x-frame-options"] == "DENY" and page.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in page.text  # no inline script: labels travel as JSON data
    assert client.get("/api/auth/me").headers["cache-control"] == "no-store"
