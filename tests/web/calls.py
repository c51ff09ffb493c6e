"""Calls placed through the real engine (console caller) whose events the real records writer stores."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from redis.asyncio import Redis

from ivr.console import run_script
from ivr.engine import default_services
from ivr.events import RedisEventSink
from ivr.menus.menuset import MenuSet
from ivr.settings import Settings
from records.db import make_engine, session_factory
from records.writer import RecordsWriter
from tests.web import acd


def place_calls(settings: Settings, menuset: MenuSet, scripts: list[list[str]], at: datetime) -> list[dict[str, Any]]:
    """Run each script as a call at local time ``at`` and drain the events into SQL."""

    async def run() -> list[dict[str, Any]]:
        client: Any = Redis.from_url(str(settings.redis_url))
        try:
            results = []
            for script in scripts:
                services = default_services(settings, menus=menuset, events=RedisEventSink(client),
                                            clock=lambda: at)
                results.append(await run_script(menuset, dnis="12315", caller="01088886666", inputs=script,
                                                services=services, spool_dir=settings.spool_dir / "t"))
            engine = make_engine(settings.effective_database_url)
            writer = RecordsWriter(client, session_factory(engine), settings.secret_key.get_secret_value(),
                                   block_ms=100)
            await writer.drain()
            engine.dispose()
            return results
        finally:
            await client.aclose()

    return acd.run_async(run)
