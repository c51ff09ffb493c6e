"""Toll fraud: an agent logs in only at one of its centre's phones; the server builds the dial
string. A dial string from the client (a trunk, Local/, another centre's phone) is refused on
every way in: the console API, the ACD API, the command line, and the configuration."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import redis as redis_sync
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from agi_scripts.confcheck import check_config
from ivr.settings import Settings
from queueing.centres import ConfigError, build_config
from queueing.cli import app as queue_cli
from tests.web.conftest import bearer, login

CONF_DIR = Path(__file__).resolve().parents[2] / "asterisk_conf"
FOREIGN = ["PJSIP/123@carrier", "Local/8613900000000@from-carrier", "PJSIP/agent-tj-01", "SIP/1001",
           "PJSIP/agent-bj-01\nEXEC Dial"]


def stored_endpoint(settings: Settings, centre: str, agent: str) -> str | None:
    assert settings.redis_url
    value = redis_sync.Redis.from_url(settings.redis_url).hget(f"acd:{{{centre}}}:agent:{agent}", "endpoint")
    return value.decode() if value is not None else None


def test_console_login_takes_a_phone_name_and_dials_the_configured_string(
        client: TestClient, add_user: Callable[..., str], web_settings: Settings) -> None:
    add_user("ann", "agent", "bj")
    login(client, "ann")
    for foreign in FOREIGN:
        assert client.post("/api/console/login", json={"endpoint": foreign}).status_code == 422
        assert client.post("/api/console/login", json={"phone": foreign}).status_code == 422
    other_centre = client.post("/api/console/login", json={"phone": "agent-tj-01"})
    assert other_centre.status_code == 403 and "agent-bj-01" in other_centre.json()["detail"]
    assert stored_endpoint(web_settings, "bj", "ann") is None  # nothing was logged in
    ok = client.post("/api/console/login", json={"phone": "agent-bj-02"})
    assert ok.status_code == 200 and ok.json()["endpoint"] == "PJSIP/agent-bj-02"
    assert stored_endpoint(web_settings, "bj", "ann") == "PJSIP/agent-bj-02"
    phones = client.get("/api/console/phones").json()["phones"]
    assert {"phone": "agent-bj-02", "agent": "ann"} in phones


def test_another_agents_phone_is_refused(client: TestClient, add_user: Callable[..., str],
                                         web_settings: Settings) -> None:
    add_user("ann", "agent", "bj")
    add_user("bob", "agent", "bj")
    ann = bearer(client, "ann")
    bob = bearer(client, "bob")
    assert client.post("/api/console/login", json={"phone": "agent-bj-01"}, headers=ann).status_code == 200
    taken = client.post("/api/console/login", json={"phone": "agent-bj-01"}, headers=bob)
    assert taken.status_code == 409
    free = client.post("/api/console/login", json={}, headers=bob)  # the first free phone
    assert free.status_code == 200 and free.json()["endpoint"] == "PJSIP/agent-bj-02"
    add_user("cid", "agent", "bj")
    full = client.post("/api/console/login", json={}, headers=bearer(client, "cid"))
    assert full.status_code == 409  # both phones of bj are taken


def test_acd_api_refuses_client_dial_strings(client: TestClient, add_user: Callable[..., str],
                                             web_settings: Settings) -> None:
    add_user("ann", "agent", "bj")
    me = bearer(client, "ann")
    for foreign in FOREIGN:
        assert client.post("/api/console/login", json={"endpoint": foreign}, headers=me).status_code == 422
    assert client.post("/api/console/login", json={"phone": "agent-sh-01"}, headers=me).status_code == 403
    assert stored_endpoint(web_settings, "bj", "ann") is None
    assert client.post("/api/console/login", json={"phone": "agent-bj-01"}, headers=me).status_code == 200
    assert stored_endpoint(web_settings, "bj", "ann") == "PJSIP/agent-bj-01"


def test_command_line_refuses_client_dial_strings(web_settings: Settings) -> None:
    runner = CliRunner()
    url = str(web_settings.redis_url)
    old = runner.invoke(queue_cli, ["agent", "login", "bj", "a1", "--endpoint", "PJSIP/123@carrier",
                                    "--redis-url", url])
    assert old.exit_code == 2  # the option is gone
    for phone in ("PJSIP/123@carrier", "agent-tj-01", "Local/1@x"):
        refused = runner.invoke(queue_cli, ["agent", "login", "bj", "a1", "--phone", phone, "--redis-url", url])
        assert refused.exit_code == 1 and "not a phone of centre bj" in refused.output
    assert stored_endpoint(web_settings, "bj", "a1") is None
    ok = runner.invoke(queue_cli, ["agent", "login", "bj", "a1", "--phone", "agent-bj-01", "--redis-url", url])
    assert ok.exit_code == 0, ok.output
    assert stored_endpoint(web_settings, "bj", "a1") == "PJSIP/agent-bj-01"


@pytest.mark.parametrize("dial", ["PJSIP/123@carrier", "Local/123@from-carrier", "PJSIP/a&PJSIP/b",
                                  "sip:1@host;transport=tcp"])
def test_configured_phones_never_name_a_trunk(dial: str) -> None:
    with pytest.raises(ConfigError, match="dial string"):
        build_config({"centres": {"bj": {"phones": {"desk-1": dial}}}})


def test_a_phone_belongs_to_one_centre() -> None:
    with pytest.raises(ConfigError, match="listed for centres"):
        build_config({"centres": {"bj": {"phones": ["desk-1"]}, "tj": {"phones": ["desk-1"]}}})
    cfg = build_config({"centres": {"bj": {"phones": {"desk-1": "sip:desk1@10.0.0.3:5060", "desk-2": ""}}}})
    assert cfg.centres["bj"].phones == {"desk-1": "sip:desk1@10.0.0.3:5060", "desk-2": ""}


def trunk_issues(conf: Path, dial_endpoints: list[str] | None = None) -> list[str]:
    return [i.message for i in check_config(conf, dial_endpoints=dial_endpoints or [], allow_placeholders=True)
            if "trunk" in i.message]


def test_check_conf_finds_agent_phones_that_reach_the_trunk(tmp_path: Path) -> None:
    assert trunk_issues(CONF_DIR, ["PJSIP/agent-bj-01"]) == []
    found = trunk_issues(CONF_DIR, ["PJSIP/123@carrier", "PJSIP/carrier"])
    assert len([m for m in found if "not an agent phone" in m]) == 2
    conf = tmp_path / "conf"
    shutil.copytree(CONF_DIR, conf)
    with (conf / "extensions.conf").open("a", encoding="utf-8") as ext:
        ext.write("\n[agent-outbound]\nexten => _X.,1,Dial(PJSIP/${EXTEN}@carrier,30)\n"
                  "\n[agents]\ninclude => agent-outbound\n")
    assert any("an agent could call any number through the trunk" in m for m in trunk_issues(conf))
