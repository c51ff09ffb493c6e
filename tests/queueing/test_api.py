"""The ACD's figures API on a real Redis; authentication is a header dependency standing in for
the web package's session dependency. (The agent's API is the desk's: tests/web/test_agent_api.py.)"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import redis
import redis.asyncio as aioredis
from fastapi import FastAPI, Header, HTTPException
from fastapi.testclient import TestClient

from queueing.api import centre_figures_router
from queueing.centres import load_config
from queueing.runtime import AcdServices, build_services


@dataclass
class User:
    username: str
    role: str
    centre: str


def header_agent(x_test_user: str | None = Header(default=None)) -> User:
    if not x_test_user:
        raise HTTPException(401, "not authenticated")
    name, role, centre = x_test_user.split(":")
    return User(name, role, centre)


def auth(user: str) -> dict[str, str]:
    return {"X-Test-User": user}


@pytest.fixture
def client(acd_redis_url: str) -> Iterator[TestClient]:
    redis.Redis.from_url(acd_redis_url).flushall()
    cache: dict[int, AcdServices] = {}

    async def services() -> AcdServices:
        key = id(asyncio.get_running_loop())
        if key not in cache:
            cache[key] = await build_services(aioredis.Redis.from_url(acd_redis_url, decode_responses=True),
                                              load_config())
        return cache[key]

    app = FastAPI()
    app.include_router(centre_figures_router(header_agent, services), prefix="/acd")
    with TestClient(app) as c:
        yield c


def test_requests_without_identity_are_refused(client: TestClient) -> None:
    assert client.get("/acd/centres/bj/figures").status_code == 401
    assert client.get("/acd/centres/bj/figures", headers=auth("x:caller:bj")).status_code == 403


def test_the_agent_api_is_the_desks_only(client: TestClient) -> None:
    """One agent API: log-in, state changes and offers are /api/console (tests/web/test_agent_api.py)."""
    paths = set(client.get("/openapi.json").json()["paths"])
    assert not [p for p in paths if p.startswith("/acd/agent")]
    assert "/acd/centres/{centre}/figures" in paths


def test_figures_need_own_centre_or_supervisor(client: TestClient) -> None:
    assert client.get("/acd/centres/bj/figures", headers=auth("li:agent:bj")).status_code == 200
    assert client.get("/acd/centres/sh/figures", headers=auth("li:agent:bj")).status_code == 403
    r = client.get("/acd/centres/sh/figures", headers=auth("boss:supervisor:cn"))
    assert r.status_code == 200 and r.json()["centre"] == "sh" and r.json()["calls_waiting"] == 0
