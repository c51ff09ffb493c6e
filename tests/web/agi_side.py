"""A FastAGI worker beside a browser test's web server, as `ivr serve` runs one: the runtime on the
test's Redis (no embedded Redis, no ACD, no database), following menu publishes
(``runtime.menus.watch``) without a restart, the engine behind the FastAGI server. Calls come from
the Asterisk-faithful peer (tests/support/agi_peer.py). One thread with its own event loop
(tests/support/loop_thread.py)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from agi_scripts.server import FastAgiServer, engine_handler
from ivr.runtime import Needs, open_runtime
from ivr.settings import Settings
from tests.agi.test_engine_calls import EventCollector
from tests.support.agi_peer import CallerScript, call
from tests.support.loop_thread import LoopThread

#: What the worker opens: the test's Redis only (the queue answers "no ACD": no agent is needed).
AGI_SIDE = Needs(start_redis=False, migrate=False, recognizer=False, acd=False, database=False,
                 record_events=False)


class AgiSide(LoopThread):
    """``with AgiSide(settings, clock) as side: side.call(["1", "2"])`` -> the call's CALL_END record."""

    def __init__(self, settings: Settings, clock: Callable[[], datetime]) -> None:
        super().__init__("agi-side")
        self.settings = settings
        self.clock = clock
        self.events = EventCollector()
        self.port = 0
        self.services: Any = None
        self._calls = 0

    def menu_version(self) -> str:
        return str(self.services.menus.version)

    def wait_for_version(self, number: int, timeout: float = 20.0) -> None:
        """Until the worker runs menu version ``number`` (a publish reached it over Redis)."""
        deadline = time.monotonic() + timeout
        while self.menu_version() != str(number):
            if time.monotonic() > deadline:
                raise AssertionError(f"the worker still runs menu version {self.menu_version()}, not {number}")
            time.sleep(0.05)

    def call(self, keys: list[str], **headers: Any) -> dict[str, Any]:
        """One call through the peer; the engine's CALL_END record of it."""
        self._calls += 1
        call_id = f"1795963818.{self._calls}"
        headers.setdefault("callerid", "01088886666")
        return self.submit(self._call(CallerScript(keys=keys), call_id, headers)).result(60)

    async def _call(self, script: CallerScript, call_id: str, headers: dict[str, Any]) -> dict[str, Any]:
        await call("127.0.0.1", self.port, script, uniqueid=call_id, **headers)
        for _ in range(200):  # the record is emitted right after the socket closes
            ends = [e for e in self.events.call_ends() if e["call_id"] == call_id]
            if ends:
                return ends[-1]
            await asyncio.sleep(0.02)
        raise AssertionError(f"no CALL_END for {call_id}")

    async def serve(self, stop: asyncio.Event, started: Callable[[], None]) -> None:
        async with open_runtime(self.settings, AGI_SIDE) as runtime:
            self.services = services = runtime.engine_services(clock=self.clock, events=self.events)
            watching = asyncio.create_task(runtime.menus.watch(stop))
            server = FastAgiServer(handler=engine_handler(lambda: services), sounds_dir=self.settings.sounds_dir,
                                   spool_dir=self.settings.spool_dir, command_timeout=10)
            await server.start("127.0.0.1", 0)
            self.port = server.port
            started()
            try:
                await stop.wait()
            finally:
                await server.close()
                await asyncio.gather(watching, return_exceptions=True)
