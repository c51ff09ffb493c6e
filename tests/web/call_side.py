"""The call side of `ivr serve` beside a browser test's web server: the server's runtime (Redis,
database, ACD on the settings' centres file), the embedded SIP endpoint running the engine with the
runtime's services (queue gateway, events, tickets), the ACD upkeep and the records writer; all in
one thread with its own event loop (tests/support/loop_thread.py)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from ivr.channel import Channel
from ivr.engine import run_call
from ivr.runtime import Needs, open_runtime
from ivr.settings import Settings
from ivr.sip.endpoint import SipEndpoint, start_sip_endpoint
from queueing.events import EventLog
from queueing.upkeep import run_upkeep
from records.writer import run_writer
from tests.sip.test_sipp_scenarios import options
from tests.support.loop_thread import LoopThread

#: What a test's call side opens: no embedded Redis (the test's), no recogniser (menus take keys).
CALL_SIDE = Needs(start_redis=False, migrate=False, recognizer=False)


def running_clock(start: datetime) -> Callable[[], datetime]:
    """A clock that starts at ``start`` and runs with the wall clock (the menus' opening hours)."""
    began = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - began)


class CallSide(LoopThread):
    """``with CallSide(settings, clock) as side:`` answers SIP on settings.sip_host:sip_port."""

    def __init__(self, settings: Settings, clock: Callable[[], datetime]) -> None:
        super().__init__("call-side")
        self.settings = settings
        self.clock = clock
        self.endpoint: SipEndpoint | None = None
        self.records: list[Any] = []

    async def serve(self, stop: asyncio.Event, started: Callable[[], None]) -> None:
        async with open_runtime(self.settings, CALL_SIDE) as runtime:
            services = runtime.engine_services(clock=self.clock)
            gateway = runtime.queue_gateway()
            assert gateway is not None

            async def sip_call(channel: Channel) -> object:
                record = await run_call(channel, services, transport="sip")
                self.records.append(record)
                return record

            tasks = [asyncio.create_task(run_upkeep(gateway.store, EventLog(runtime.redis), stop, every=0.5)),
                     asyncio.create_task(run_writer(self.settings, stop))]
            self.endpoint = await start_sip_endpoint(self.settings, sip_call, options())
            started()
            try:
                await stop.wait()
            finally:
                await self.endpoint.close()
                await asyncio.gather(*tasks, return_exceptions=True)
