"""One ACD view per process: the dashboard, the console API and the /agent API share the
store `serve` passes (the one the calls use), or, without it, one on the published
configuration that follows publishes: never a private store on the shipped file."""

from __future__ import annotations

import asyncio

import redis.asyncio as aioredis
from fastapi.testclient import TestClient

from ivr.settings import Settings
from ivr.web.app import app_acd_services, create_app
from ivr.web.dashboard_api import acd_store
from queueing.centres import load_config
from queueing.store import AcdStore


def test_the_process_store_is_the_one_every_web_part_uses(web_settings: Settings) -> None:
    shared = AcdStore(aioredis.Redis.from_url(web_settings.effective_redis_url, decode_responses=True),
                      load_config())
    app = create_app(web_settings, acd_store=shared)
    with TestClient(app) as client:
        assert client.get("/api/auth/me").status_code == 401  # the app is up
        services = client.portal.call(app_acd_services, app)  # type: ignore[union-attr]
        assert services.store is shared and services.agents.store is shared
        assert acd_store(app.state.web) is shared
    asyncio.run(shared.redis.aclose())


def test_without_a_process_store_the_published_configuration_is_used(web_settings: Settings) -> None:
    app = create_app(web_settings)
    with TestClient(app) as client:
        services = client.portal.call(app_acd_services, app)  # type: ignore[union-attr]
        store = acd_store(app.state.web)
        assert services.store is store
        published = app.state.web.extras["acd_config_store"].current()
        assert store.config is published
        assert client.portal.call(app_acd_services, app) is services  # built once
