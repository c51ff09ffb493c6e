"""Server-rendered pages: sign-in redirects, roles, language, safe redirects; the users CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

from ivr.settings import Settings
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
    assert "chart.umd.min.js" in dashboard and "id=\"national\"" not in dashboard  # not national
    client.cookies.clear()
    assert form_login(client, "root", "/admin") == "/admin"
    assert "菜单编辑" in client.get("/admin").text
    assert "id=\"national\"" in client.get("/dashboard").text


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


def run_cli(settings: Settings, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, IVR_DATA_DIR=str(settings.data_dir), IVR_DATABASE_URL=str(settings.database_url),
               IVR_SECRET_KEY="test-secret-key")
    return subprocess.run([sys.executable, "-m", "ivr.cli", "users", *args], input=stdin, text=True,
                          capture_output=True, env=env, timeout=120, cwd=Path(__file__).resolve().parents[2])


def test_users_cli_creates_the_first_administrator(web_settings: Settings, client: TestClient) -> None:
    made = run_cli(web_settings, "add", "boss", "--role", "admin", "--password-stdin", stdin=PASSWORD + "\n")
    assert made.returncode == 0, made.stderr
    assert PASSWORD not in made.stdout
    listed = run_cli(web_settings, "list")
    assert "boss" in listed.stdout and "admin" in listed.stdout
    refused = run_cli(web_settings, "add", "ann", "--role", "agent", "--password-stdin", stdin=PASSWORD + "\n")
    assert refused.returncode == 2 and "centre" in refused.stderr
    weak = run_cli(web_settings, "add", "bob", "--role", "admin", "--password-stdin", stdin="123\n")
    assert weak.returncode == 2 and "at least" in weak.stderr
    assert client.post("/api/auth/login", json={"username": "boss", "password": PASSWORD}).status_code == 200
