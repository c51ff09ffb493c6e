"""Assertions shared by the whole-system tests: nothing lost, nothing twice, no agent stuck."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tests.system.harness import CallResult, SystemHarness


def describe(call: CallResult) -> str:
    return (f"{call.call_id} via {call.worker}: error={call.peer.error!r} "
            f"last commands={call.peer.commands[-4:]} replies={call.peer.replies[-3:]}")


async def assert_calls_recorded(system: SystemHarness, call_ids: Iterable[str], *,
                                timeout: float = 120.0) -> dict[str, dict[str, Any]]:
    """Every call has exactly one CALL_END in the stream and one ended row in ``calls``."""
    ids = list(call_ids)
    ends = await system.event_counts("CALL_END", ids)
    no_end = [i for i in ids if ends[i] == 0]
    twice = [i for i in ids if ends[i] > 1]
    assert not no_end, f"{len(no_end)} calls without CALL_END, e.g. {no_end[:5]}"
    assert not twice, f"{len(twice)} calls with several CALL_END, e.g. {twice[:5]}"
    rows = await system.wait_records(ids, timeout=timeout)
    missing = [i for i in ids if i not in rows]
    assert not missing, f"{len(missing)} calls have no row in `calls`, e.g. {missing[:5]}"
    open_rows = [i for i, r in rows.items() if not r["ended"]]
    assert not open_rows, f"{len(open_rows)} rows never ended, e.g. {open_rows[:5]}"
    return rows


def assert_answered_with_leg(rows: dict[str, dict[str, Any]], calls: Iterable[CallResult]) -> None:
    """Each call was answered at its province's centre, with exactly one answered queue leg."""
    for call in calls:
        row = rows[call.call_id]
        assert row["outcome"] == "answered", (call.call_id, row)
        assert row["centre"] == call.centre, (call.call_id, row)
        legs = row["legs"]
        assert len(legs) == 1 and legs[0]["outcome"] == "answered", (call.call_id, legs)
        assert legs[0]["agent"] and legs[0]["agent"].startswith(call.centre + "-"), (call.call_id, legs)


async def assert_no_agent_stuck(system: SystemHarness, timeout: float = 60.0) -> None:
    states = await system.wait_agents_ready(timeout)
    stuck = {a: s for a, s in states.items() if s != "ready"}
    assert not stuck, f"agents not ready after the run: {stuck}"
    assert await system.acd_violations() == {}
