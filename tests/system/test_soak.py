"""Soak: waves of 200 concurrent calls; the worker's memory and descriptors stay flat.

CI: 8 measured waves (1,600 calls, about a minute on a quiet machine) after a warm-up wave,
counted in waves so that a slow machine measures as many calls as a fast one. Long
(IVR_LONG_TESTS=1): waves for an hour; ``IVR_SOAK_SECONDS`` sets another length (either way by
the clock).

Descriptors are judged at rest (a second after each wave, its sockets closed) by the lowest
count in the first and in the last third of the waves. A leaked descriptor stays open and lifts
every later count at rest; the count at a wave's peak (which once missed its bound by one, 441
against 440) and any single count at rest also move with how the wave's calls overlapped, e.g.
the Redis pool keeps a connection more after a wave whose commands overlapped more.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time

import pytest

from tests.system.checks import assert_answered_with_leg, assert_calls_recorded, assert_no_agent_stuck, describe
from tests.system.harness import CallResult, ProcSample, SystemHarness, print_summary

LONG = os.environ.get("IVR_LONG_TESTS") == "1"
_SECONDS = os.environ.get("IVR_SOAK_SECONDS")
#: a soak by the clock (long runs), else CI_WAVES waves
SECONDS: float | None = float(_SECONDS) if _SECONDS else 3600.0 if LONG else None
CI_WAVES = 8
#: two waves or more in each third
MIN_WAVES = 6
WAVE = 200
#: Descriptors at rest the last third may hold beyond the first: a few more pooled Redis
#: connections after a wave that overlapped more (the hour-long soak went from 209 to 211 in
#: 609 waves). A leak of one descriptor in a hundred calls adds 12 between the thirds of the CI
#: soak (six waves apart).
REST_FDS_ALLOWANCE = 10


def thirds(values: list[float]) -> tuple[list[float], list[float]]:
    third = max(1, len(values) // 3)
    return values[:third], values[-third:]


def more_waves(waves: int, started: float) -> bool:
    if SECONDS is None:
        return waves < CI_WAVES
    return time.monotonic() - started < SECONDS or waves < MIN_WAVES


async def soak(system: SystemHarness) -> None:
    await system.start(workers=1)
    worker = system.workers[0]
    samples: list[ProcSample] = []
    idle_fds: list[int] = []
    calls: list[CallResult] = []
    stop = asyncio.Event()

    async def sampler() -> None:
        while not stop.is_set():
            samples.append(worker.sample())
            await asyncio.sleep(1.0)

    # One warm-up wave: imports, caches and pools fill up before anything is measured.
    warm = await system.run_calls(WAVE)
    calls += warm.calls
    task = asyncio.create_task(sampler())
    started = time.monotonic()
    waves = 0
    while more_waves(waves, started):
        report = await system.run_calls(WAVE)
        calls += report.calls
        waves += 1
        await asyncio.sleep(1.0)  # the wave's sockets and tasks are gone: descriptors at rest
        idle_fds.append(worker.sample().fds)
    stop.set()
    await task

    failed = [c for c in calls if not (c.dialled and c.peer.server_hung_up and not c.peer.error)]
    assert not failed, f"{len(failed)} of {len(calls)} calls failed: " + "; ".join(describe(c) for c in failed[:3])
    rss = [s.rss_kb / 1024 for s in samples]
    fds = [float(s.fds) for s in samples]
    rss_first, rss_last = thirds(rss)
    fds_first, fds_last = thirds(fds)
    rest_first, rest_last = thirds([float(n) for n in idle_fds])
    summary = {
        "seconds": round(time.monotonic() - started, 1), "waves": waves, "calls": len(calls),
        "rss_mb_first_third": round(statistics.mean(rss_first), 1),
        "rss_mb_last_third": round(statistics.mean(rss_last), 1), "rss_mb_max": round(max(rss), 1),
        "fds_first_third_max": max(fds_first), "fds_last_third_max": max(fds_last), "idle_fds": idle_fds,
        "idle_fds_first_third_min": min(rest_first), "idle_fds_last_third_min": min(rest_last),
    }
    print_summary(f"soak: waves of {WAVE} concurrent calls", summary)
    assert waves >= MIN_WAVES, summary
    # Generous bounds: a leak of a few kB per call (thousands of calls) still shows.
    assert statistics.mean(rss_last) <= statistics.mean(rss_first) * 1.15 + 15, summary
    assert min(rest_last) <= min(rest_first) + REST_FDS_ALLOWANCE, summary
    rows = await assert_calls_recorded(system, [c.call_id for c in calls], timeout=180)
    assert_answered_with_leg(rows, calls)
    await assert_no_agent_stuck(system)


@pytest.mark.timeout((SECONDS or 0) + 600)
async def test_soak_memory_and_descriptors_flat(system: SystemHarness) -> None:
    system.agents_per_centre = 10
    await soak(system)
