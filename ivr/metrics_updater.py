"""Keeps the gauges that describe shared state fresh: queues and agents per centre, writer lag.

Counters and histograms move on the call path; these gauges read Redis every few seconds, so
any process that serves /metrics (web or worker) shows the same live picture.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any

from ivr.events import STREAM
from ivr.observability import AGENTS_BY_STATE, QUEUE_LONGEST_WAIT, QUEUE_WAITING, WRITER_LAG
from queueing.stats import centre_figures

log = logging.getLogger("ivr.metrics")
AGENT_STATES = ("ready", "paused", "offered", "busy", "wrapup")


async def update_once(store: Any, redis: Any, group: str = "records") -> None:

    now_ms = int(time.time() * 1000)
    for centre in sorted(store.config.centres):
        figures = await centre_figures(store, centre, now_ms)
        QUEUE_WAITING.labels(centre).set(figures.calls_waiting)
        QUEUE_LONGEST_WAIT.labels(centre).set(figures.longest_wait_seconds)
        for state in {*AGENT_STATES, *figures.agents}:
            AGENTS_BY_STATE.labels(centre, state).set(figures.agents.get(state, 0))
    WRITER_LAG.set(await writer_lag(redis, group))


async def writer_lag(redis: Any, group: str) -> int:
    """Entries of the event stream the records writer has not read yet, plus those not acknowledged."""
    try:
        groups = await redis.xinfo_groups(STREAM)
    except Exception:  # noqa: BLE001 - no stream yet: nothing is waiting
        return 0
    for info in groups:
        name = info.get("name")
        if (name.decode() if isinstance(name, bytes) else name) == group:
            lag = info.get("lag") or 0
            return int(lag) + int(info.get("pending") or 0)
    return int(await redis.xlen(STREAM))


async def run_metrics_updater(store: Any, redis: Any, stop: asyncio.Event, every: float = 5.0) -> None:
    while not stop.is_set():
        try:
            await update_once(store, redis)
        except Exception:  # noqa: BLE001 - metrics must never take a worker down
            log.warning("could not refresh queue metrics", exc_info=True)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)
