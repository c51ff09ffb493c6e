"""/readyz reports the SIP listener, and an OPTIONS probe reaches it from outside."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
from fastapi import FastAPI

from ivr.channel import Channel
from ivr.health_api import health_router
from ivr.settings import Settings
from ivr.sip.readiness import probe, sip_checks
from tests.sip.harness import sip_server, wait_until


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
