"""Observability: metrics access and movement, JSON logs with call ids and masked numbers,
health and readiness."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from ivr.health_api import health_router
from ivr.privacy import mask_number
from ivr.settings import Settings
from ivr.web.app import create_app
from tests.support.agi_peer import CallerScript
from tests.support.migrated import MigratedSqlite
from tests.support.services import RedisServer, free_port
from tests.system.harness import SystemHarness, complaint_keys

CALLER = "13812345678"


def web_app(settings: Settings, client: tuple[str, int]) -> TestClient:
    app = create_app(settings)
    app.include_router(health_router(settings))
    return TestClient(app, client=client)


@pytest.fixture
def web_settings(tmp_path: Path, system_redis: RedisServer, migrated_sqlite: MigratedSqlite) -> Settings:
    return Settings(data_dir=tmp_path / "data", redis_url=system_redis.url,
                    database_url=migrated_sqlite.copy_to(tmp_path / "web.db"), secret_key=SecretStr("s"))


def test_metrics_refuse_remote_clients_without_token(web_settings: Settings) -> None:
    with web_app(web_settings, ("203.0.113.9", 40000)) as remote:
        assert remote.get("/metrics").status_code == 403
    with web_app(web_settings, ("127.0.0.1", 40000)) as local:
        reply = local.get("/metrics")
        assert reply.status_code == 200 and "ivr_calls_ended_total" in reply.text


def test_metrics_need_the_token_once_set(web_settings: Settings) -> None:
    settings = web_settings.model_copy(update={"metrics_token": SecretStr("scrape-me")})
    with web_app(settings, ("203.0.113.9", 40000)) as remote:
        assert remote.get("/metrics").status_code == 401
        assert remote.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
        reply = remote.get("/metrics", headers={"Authorization": "Bearer scrape-me"})
        assert reply.status_code == 200 and "ivr_node_visits_total" in reply.text
    with web_app(settings, ("127.0.0.1", 40000)) as local:  # the token applies to loopback too
        assert local.get("/metrics").status_code == 401


def test_healthz_and_readyz_follow_redis(web_settings: Settings, system_redis: RedisServer) -> None:
    with web_app(web_settings, ("127.0.0.1", 40000)) as client:
        assert client.get("/healthz").json() == {"status": "ok"}
        ready = client.get("/readyz")
        assert ready.status_code == 200 and ready.json()["checks"] == {"redis": "ok", "database": "ok"}
        system_redis.stop()
        try:
            down = client.get("/readyz")
            assert down.status_code == 503
            assert down.json()["checks"]["redis"].startswith("down")
            assert down.json()["checks"]["database"] == "ok"
            assert client.get("/healthz").status_code == 200  # alive, just not ready
        finally:
            system_redis.start()
        assert client.get("/readyz").status_code == 200


def metric_total(text: str, name: str, **labels: str) -> float:
    total = 0.0
    for line in text.splitlines():
        if not line.startswith(name + "{"):
            continue
        series, value = line.rsplit(" ", 1)
        if all(f'{k}="{v}"' in series for k, v in labels.items()):
            total += float(value)
    return total


async def test_a_call_moves_metrics_and_logs_json_with_call_id_and_masked_number(system: SystemHarness) -> None:
    await system.start(workers=0)
    port = free_port()
    worker = await system.start_worker(IVR_METRICS_PORT=str(port))
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http:
        before = (await http.get("/metrics")).text
        call = await system.call(worker, "bj", caller=CALLER,
                                 script=CallerScript(keys=complaint_keys(system.code_of["bj"])))
        after = (await http.get("/metrics")).text
    assert call.peer.server_hung_up and call.dialled, call.peer.commands
    ended = {"transport": "fastagi", "outcome": "answered"}
    assert metric_total(after, "ivr_calls_ended_total", **ended) == metric_total(before, "ivr_calls_ended_total",
                                                                                 **ended) + 1
    for node in ("service_menu", "category_menu", "queue_business_centre"):
        assert metric_total(after, "ivr_node_visits_total", node=node) == \
            metric_total(before, "ivr_node_visits_total", node=node) + 1, node
    assert metric_total(after, "ivr_agi_command_seconds_count") > metric_total(before, "ivr_agi_command_seconds_count")
    await system.wait_records([call.call_id])

    worker.stop()
    lines = [line for line in worker.log_text().splitlines() if line.startswith("{")]
    entries = [json.loads(line) for line in lines]
    about_call = [e for e in entries if call.call_id in e["msg"]]
    assert about_call, "no log line about the call"
    assert all(e["call_id"] == call.call_id for e in about_call), about_call
    assert {"ts", "level", "logger", "call_id", "msg"} <= set(entries[0])
    for proc in [worker, *system.processes()]:
        assert CALLER not in proc.log_text(), f"full caller number in the {proc.name} log"
    assert mask_number(CALLER) in worker.log_text()  # the number is logged, masked
