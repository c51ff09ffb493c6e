"""A server part with an event loop of its own in a thread of its own, for tests whose thread
belongs to something else (Playwright's sync API owns a browser test's thread).

A subclass writes :meth:`LoopThread.serve`: open what it runs, call ``started()``, wait for
``stop``, close. ``with part:`` starts the thread and returns once ``started()`` was called (or
raises what went wrong at start); leaving the block sets ``stop`` and joins the thread.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Callable, Coroutine
from typing import Any, Self, TypeVar

T = TypeVar("T")


class LoopThread:
    def __init__(self, name: str, start_timeout: float = 60.0) -> None:
        self.name = name
        self.start_timeout = start_timeout
        self.loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._started = False
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._main, name=name, daemon=True)

    async def serve(self, stop: asyncio.Event, started: Callable[[], None]) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        self._thread.start()
        self._ready.wait(self.start_timeout)
        if self._error is not None:
            raise self._error
        assert self._started, f"{self.name} did not start within {self.start_timeout} s"
        return self

    def __exit__(self, *exc: object) -> None:
        if self.loop is not None and self._stop is not None:
            self.loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout=30)

    def submit(self, work: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """Run a coroutine on this part's loop; returns its future."""
        assert self.loop is not None
        return asyncio.run_coroutine_threadsafe(work, self.loop)

    def _main(self) -> None:
        try:
            asyncio.run(self._run())
        except BaseException as exc:  # raised by __enter__ when it happens at start
            self._error = exc
            self._ready.set()

    async def _run(self) -> None:
        self.loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        await self.serve(self._stop, self._mark_started)

    def _mark_started(self) -> None:
        self._started = True
        self._ready.set()
