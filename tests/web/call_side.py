"""The call side of `ivr serve` beside a browser test's web server: the server's runtime (Redis,
database, ACD on the settings' centres file), the embedded SIP endpoint running the engine with the
runtime's services (queue gateway, events, tickets), the ACD upkeep and the records writer; all in
one thread with its own event loop (Playwright's sync API owns the test's thread)."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
import time
from collections.abc import Callable, Coroutine
from datetime import datetime, timedelta
from typing import Any, TypeVar

from ivr.channel import Channel
from ivr.engine import run_call
from ivr.runtime import Needs, open_runtime
from ivr.settings import Settings
from ivr.sip.endpoint import SipEndpoint, start_sip_endpoint
from queueing.events import EventLog
from queueing.upkeep import run_upkeep
from records.writer import run_writer
from tests.sip.test_sipp_scenarios import options

T = TypeVar("T")
#: What a test's call side opens: no embedded Redis (the test's), no recogniser (menus take keys).
CALL_SIDE = Needs(start_redis=False, migrate=False, recognizer=False)


def running_clock(start: datetime) -> Callable[[], datetime]:
    """A clock that starts at ``start`` and runs with the wall clock (the menus' opening hours)."""
    began = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - began)


class CallSide:
    """``with CallSide(settings, clock) as side:`` answers SIP on settings.sip_host:sip_port."""

    def __init__(self, settings: Settings, clock: Callable[[], datetime]) -> None:
        self.settings = settings
        self.clock = clock
        self.loop: asyncio.AbstractEventLoop | None = None
        self.endpoint: SipEndpoint | None = None
        self.records: list[Any] = []
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._main, name="call-side", daemon=True)

    def __enter__(self) -> CallSide:
        self._thread.start()
        self._ready.wait(60)
        if self._error is not None:
            raise self._error
        assert self.endpoint is not None, "the call side did not start"
        return self

    def __exit__(self, *exc: object) -> None:
        if self.loop is not None and self._stop is not None:
            self.loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout=30)

    def submit(self, work: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """Run a coroutine on the call side's loop (e.g. a SIPp run); returns its future."""
        assert self.loop is not None
        return asyncio.run_coroutine_threadsafe(work, self.loop)

    def _main(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # shown by __enter__ when it happens at start
            self._error = exc
            self._ready.set()

    async def _serve(self) -> None:
        self.loop = asyncio.get_running_loop()
        self._stop = stop = asyncio.Event()
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
            self._ready.set()
            try:
                await stop.wait()
            finally:
                await self.endpoint.close()
                await asyncio.gather(*tasks, return_exceptions=True)
