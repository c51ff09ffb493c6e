"""Long load run (IVR_LONG_TESTS=1): 2,000 engine calls, 500 at a time, through one server."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.agi.test_engine_calls import Rig
from tests.conftest import long_tests_enabled
from tests.support.agi_peer import CallerScript

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not long_tests_enabled(), reason="long run: set IVR_LONG_TESTS=1")]


async def test_2000_calls_500_at_a_time(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    await rig.server.start("127.0.0.1", 0)
    gate = asyncio.Semaphore(500)

    async def one(n: int) -> str:
        async with gate:
            caller = CallerScript(keys=["1", str(1 + n % 3), "1", "1", "1"], hangup_at=6 if n % 10 == 0 else None)
            _, record = await rig.call(caller, uniqueid=f"load.{n}")
            return str(record["outcome"])

    try:
        outcomes = await asyncio.gather(*(one(n) for n in range(2000)))
    finally:
        await rig.server.close()
    assert outcomes.count("caller_hangup") == 200
    assert outcomes.count("callback_promised") == 1800
    assert rig.server.stats.active == 0 and rig.server.stats.errors == 0
