"""A FastAGI worker beside a browser test's web server, as `ivr serve` runs one: the runtime on the
test's Redis (no embedded Redis, no ACD, no database), following menu publishes
(``runtime.menus.watch``) without a restart, the engine behind the FastAGI server. Calls come from
the Asterisk-faithful peer (tests/support/agi_peer.py). One thread with its own event loop
(Playwright's sync API owns the test's thread)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from agi_scripts.server import FastAgiServer, engine_handler
from ivr.runtime import Needs, open_runtime
from ivr.settings import Settings
from tests.agi.test_engine_calls import EventCollector
from tests.support.agi_peer import CallerScript, call

#: What the worker opens: the test's Redis only (the queue answers "no ACD": no agent is needed).
AGI_SIDE = Needs(start_redis=False, migrate=False, recognizer=False, acd=False, database=False,
                 record_events=False)


class AgiSide:
    """``with AgiSide(settings, clock) as side: side.call(["1", "2"])`` -> the call's CALL_END record."""

    def __init__(self, settings: Settings, clock: Callable[[], datetime]) -> None:
        self.settings = settings
        self.clock = clock
        self.events = EventCollector()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.port = 0
        self.services: Any = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._calls = 0
        self._thread = threading.Thread(target=self._main, name="agi-side", daemon=True)

    def __enter__(self) -> AgiSide:
        self._thread.start()
        self._ready.wait(60)
        if self._error is not None:
            raise self._error
        assert self.port, "the FastAGI worker did not start"
        return self

    def __exit__(self, *exc: object) -> None:
        if self.loop is not None and self._stop is not None:
            self.loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout=30)

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
        assert self.loop is not None
        self._calls += 1
        call_id = f"1795963818.{self._calls}"
        headers.setdefault("callerid", "01088886666")
        work = self._call(CallerScript(keys=keys), call_id, headers)
        return asyncio.run_coroutine_threadsafe(work, self.loop).result(60)

    async def _call(self, script: CallerScript, call_id: str, headers: dict[str, Any]) -> dict[str, Any]:
        await call("127.0.0.1", self.port, script, uniqueid=call_id, **headers)
        for _ in range(200):  # the record is emitted right after the socket closes
            ends = [e for e in self.events.call_ends() if e["call_id"] == call_id]
            if ends:
                return ends[-1]
            await asyncio.sleep(0.02)
        raise AssertionError(f"no CALL_END for {call_id}")

    def _main(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # shown by __enter__ when it happens at start
            self._error = exc
            self._ready.set()

    async def _serve(self) -> None:
        self.loop = asyncio.get_running_loop()
        self._stop = stop = asyncio.Event()
        async with open_runtime(self.settings, AGI_SIDE) as runtime:
            self.services = services = runtime.engine_services(clock=self.clock, events=self.events)
            watching = asyncio.create_task(runtime.menus.watch(stop))
            server = FastAgiServer(handler=engine_handler(lambda: services), sounds_dir=self.settings.sounds_dir,
                                   spool_dir=self.settings.spool_dir, command_timeout=10)
            await server.start("127.0.0.1", 0)
            self.port = server.port
            self._ready.set()
            try:
                await stop.wait()
            finally:
                await server.close()
                await asyncio.gather(watching, return_exceptions=True)
