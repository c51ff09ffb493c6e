"""Background loops a server runs beside its calls: lease reclaim + wrap-up end + matching,
and the callback dialler. Both stop when ``stop`` is set; both are safe to run in
several processes at once (every change is an atomic script; callbacks are claimed)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from redis.exceptions import RedisError

from ivr.number_cipher import NumberCipher
from queueing.ami import Originator
from queueing.callback import CallbackDialer
from queueing.events import EventLog
from queueing.gateway import wall_clock_ms
from queueing.store import AcdStore

log = logging.getLogger(__name__)


async def upkeep_once(store: AcdStore, events: EventLog, now_ms: int) -> int:
    """One pass over every centre; returns the number of calls reclaimed."""
    reclaimed = 0
    for centre in store.config.centres:
        for qcid, state in await store.reclaim(centre, now_ms):
            reclaimed += 1
            log.warning("reclaimed call %s at %s (was %s): its worker stopped renewing", qcid, centre, state)
            await events.emit("RECLAIMED", call_id="", ts_ms=now_ms,
                              data={"centre": centre, "queue_call_id": qcid, "state": state})
        await store.dispatch(centre, now_ms)
    return reclaimed


async def _sleep_or_stop(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)


async def run_upkeep(store: AcdStore, events: EventLog, stop: asyncio.Event, *, every: float = 5.0,
                     clock_ms: Callable[[], int] = wall_clock_ms) -> None:
    while not stop.is_set():
        try:
            await upkeep_once(store, events, clock_ms())
        except RedisError as exc:  # Redis restarting: try again next pass
            log.warning("ACD upkeep pass failed: %s", exc)
        await _sleep_or_stop(stop, every)


async def run_callbacks(store: AcdStore, events: EventLog, ami: Originator, stop: asyncio.Event, *,
                        every: float = 2.0, clock_ms: Callable[[], int] = wall_clock_ms,
                        numbers: NumberCipher | None = None) -> None:
    """``numbers`` opens the stored callback numbers (the gateway's cipher, same IVR_SECRET_KEY)."""
    dialer = CallbackDialer(store, events, ami, clock_ms, numbers=numbers)
    while not stop.is_set():
        for centre in store.config.centres:
            try:
                await dialer.run_once(centre)
            except RedisError as exc:
                log.warning("callback pass at %s failed: %s", centre, exc)
        await _sleep_or_stop(stop, every)
