"""/readyz reports the SIP listener, in the web app's process or in the calls process that
`ivr serve` supervises, and an OPTIONS probe reaches it from outside."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI

from ivr.calls_supervisor import supervised
from ivr.channel import Channel
from ivr.health_api import health_router
from ivr.serve import shutdown, start
from ivr.settings import Settings
from ivr.sip.readiness import probe, sip_checks
from tests.sip.harness import free_udp_port, sip_server, wait_until
from tests.support.migrated import MigratedSqlite
from tests.support.server_settings import server_settings
from tests.support.services import free_port


async def _no_call(channel: Channel) -> None:
    raise AssertionError("no call may start")


async def test_readyz_reports_the_sip_listener(tmp_path: Path) -> None:
    app = FastAPI()
    app.include_router(health_router(Settings(data_dir=tmp_path)))
    async with sip_server(tmp_path, _no_call) as endpoint:
        name = "sip udp {}:{}".format(*endpoint.address)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            ready = await client.get("/readyz")
            assert ready.status_code == 200
            assert ready.json()["checks"][name] == "ok"
            endpoint.transport.ready = False  # as between asyncio closing the socket and the reopen
            down = await client.get("/readyz")
            assert down.status_code == 503
            assert down.json()["checks"][name] == "down: listener closed, reopening"
            udp = endpoint.transport._udp
            assert udp is not None
            udp.close()
            assert await wait_until(lambda: endpoint.transport.reopens == 1, 2.0)
            again = await client.get("/readyz")
            assert again.status_code == 200
        assert await asyncio.to_thread(probe, *endpoint.address) == "SIP/2.0 200 OK"
    assert name not in sip_checks()


async def _readyz(port: int) -> tuple[int, dict[str, Any]]:
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as web:
        for _ in range(100):
            try:
                reply = await web.get("/readyz")
                return reply.status_code, dict(reply.json()["checks"])
            except httpx.TransportError:
                await asyncio.sleep(0.1)
    raise AssertionError("the web app never answered")


async def test_readyz_reports_the_sip_listener_of_the_calls_process(tmp_path: Path, redis_url: str,
                                                                   built_sounds: Path,
                                                                   migrated_sqlite: MigratedSqlite) -> None:
    """`ivr serve` runs SIP in its calls process: /readyz asks that listener with OPTIONS, so a
    listener that does not answer (here: the child stopped with SIGSTOP, its pid still alive)
    is reported even while the process itself looks fine."""
    settings = server_settings(tmp_path, redis_url, 13, secret="readiness-secret", built_sounds=built_sounds,
                               database=migrated_sqlite, agi_port=free_port(), http_port=free_port(),
                               sip_enabled=True, sip_port=free_udp_port())
    name = f"sip udp 127.0.0.1:{settings.sip_port}"
    running = await start(settings, web=True, sip=True, writer=False, calls_process=True)
    try:
        [child] = supervised()
        assert child.pid is not None and child.pid != os.getpid()
        status, checks = await _readyz(settings.http_port)
        assert status == 200 and checks[name] == "ok" and checks["calls process"] == "ok", checks
        os.kill(child.pid, signal.SIGSTOP)
        try:
            status, checks = await _readyz(settings.http_port)
        finally:
            os.kill(child.pid, signal.SIGCONT)
        assert status == 503 and checks[name].startswith("down: no answer to OPTIONS"), checks
        assert checks["calls process"] == "ok"
        status, checks = await _readyz(settings.http_port)
        assert status == 200 and checks[name] == "ok", checks
    finally:
        await shutdown(running)
