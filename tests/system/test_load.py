"""Load: many concurrent callers through the menus and queues to simulated agents, all complete.

CI: 200 concurrent calls over two FastAGI workers. Long (IVR_LONG_TESTS=1): 1,000.
Figures are printed here; `bench/system_load.py` records them in bench/system_RESULTS.md.
"""

from __future__ import annotations

import pytest

from tests.system.checks import assert_answered_with_leg, assert_calls_recorded, assert_no_agent_stuck, describe
from tests.system.harness import SystemHarness, print_summary


async def run_load(system: SystemHarness, calls: int, workers: int) -> None:
    await system.start(workers=workers)
    report = await system.run_calls(calls)
    print_summary(f"load: {calls} concurrent calls, {workers} workers", report.summary())

    failed = [c for c in report.calls if c not in report.completed()]
    assert not failed, f"{len(failed)} calls did not complete: " + "; ".join(describe(c) for c in failed[:3])
    assert {c.worker for c in report.calls} == {w.name for w in system.workers}
    rows = await assert_calls_recorded(system, [c.call_id for c in report.calls])
    assert_answered_with_leg(rows, report.calls)
    await assert_no_agent_stuck(system)
    assert all(p.alive for p in system.processes())


@pytest.mark.timeout(400)
async def test_200_concurrent_calls_all_complete(system: SystemHarness) -> None:
    await run_load(system, calls=200, workers=2)


@pytest.mark.slow
@pytest.mark.timeout(1800)
async def test_1000_concurrent_calls_all_complete(system: SystemHarness) -> None:
    system.agents_per_centre = 25
    await run_load(system, calls=1000, workers=4)
