"""Faults under load, each with nothing lost, nothing twice and no agent stuck.

What the record says when a FastAGI worker dies: the worker never sends CALL_END for its
calls. Each of them waiting in (or being offered from) a queue holds a lease there; the
ACD maintainer reclaims the expired lease and emits RECLAIMED, and the records writer
closes the call's row as ``worker_lost`` (leg ``lost``). Calls that completed before the
kill keep their CALL_END. (A call killed while still in the menus holds no lease; the
test kills the worker once all of its calls have reached a queue.)
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.support.agi_peer import CallerScript
from tests.support.services import PostgresServer, free_port
from tests.system.checks import assert_answered_with_leg, assert_calls_recorded, assert_no_agent_stuck, describe
from tests.system.harness import CallResult, LoadReport, SystemHarness, complaint_keys

LONG = os.environ.get("IVR_LONG_TESTS") == "1"


async def wait_until(check: Callable[[], Any], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if await check():
            return
        await asyncio.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what}")


async def entered_queue(system: SystemHarness, call_ids: set[str]) -> set[str]:
    return {e["call_id"] for e in await system.events() if e.get("type") in ("ENTERQUEUE", "CALL_END")
            and e.get("call_id") in call_ids}


def healthy(report: LoadReport) -> None:
    failed = [c for c in report.calls if c not in report.completed()]
    assert not failed, f"{len(failed)} calls did not complete: " + "; ".join(describe(c) for c in failed[:3])


async def test_worker_killed_under_load_loses_no_record(system: SystemHarness) -> None:
    system.talk_seconds = 2.0  # agents busy long enough for queues to form
    await system.start(workers=2)
    doomed, survivor = system.workers
    ids = [system.next_call_id() for _ in range(120)]
    doomed_ids = set(ids[::2])

    async def place(i: int, call_id: str) -> CallResult:
        worker = doomed if call_id in doomed_ids else survivor
        return await system.call(worker, system.centres[i % len(system.centres)], call_id=call_id)

    calls = asyncio.gather(*(place(i, cid) for i, cid in enumerate(ids)))
    await wait_until(lambda: _all_in(system, doomed_ids), 120, "the doomed worker's calls to reach a queue")
    doomed.kill()
    results = {c.call_id: c for c in await calls}

    cut_off = [results[i] for i in doomed_ids
               if results[i].peer.closed_by_server and not results[i].peer.server_hung_up]
    assert cut_off, "the kill cut no call off: the test did not test anything"
    healthy(LoadReport([results[i] for i in ids if i not in doomed_ids], 1.0))

    rows = await system.wait_records(ids, timeout=90)
    assert set(rows) == set(ids), f"calls without a row: {sorted(set(ids) - set(rows))[:5]}"
    ends = await system.event_counts("CALL_END", ids)
    assert max(ends.values()) == 1
    for call_id in ids:
        row = rows[call_id]
        assert row["ended"], (call_id, row)
        if call_id in doomed_ids and ends[call_id] == 0:
            assert row["outcome"] == "worker_lost", (call_id, row)
            # lost while queued or talking; or the agent had already completed the call and only the
            # CALL_END died with the worker (then the heartbeat sweeper closed the call)
            assert [leg["outcome"] for leg in row["legs"]] in (["lost"], ["answered"]), (call_id, row)
        else:
            assert ends[call_id] == 1 and row["outcome"] == "answered", (call_id, row, ends[call_id])
    lost = [i for i in ids if rows[i]["outcome"] == "worker_lost"]
    assert {c.call_id for c in cut_off} == set(lost)
    await assert_no_agent_stuck(system)

    await system.restart_worker(doomed)  # the same worker comes back and takes calls again
    report = await system.run_calls(20)
    healthy(report)
    await assert_calls_recorded(system, [c.call_id for c in report.calls])


async def _all_in(system: SystemHarness, call_ids: set[str]) -> bool:
    return len(await entered_queue(system, call_ids)) == len(call_ids)


async def test_redis_restart_mid_load(system: SystemHarness) -> None:
    system.talk_seconds = 1.0
    await system.start(workers=1)
    load = asyncio.create_task(system.run_calls(80))
    await wait_until(lambda: _count_type(system, "ENTERQUEUE", 20), 120, "calls to be queued")
    system.redis.stop()  # SIGTERM: appendonly with fsync always, nothing acknowledged is lost
    system.redis.start()
    report = await load
    healthy(report)
    rows = await assert_calls_recorded(system, [c.call_id for c in report.calls])
    assert_answered_with_leg(rows, report.calls)
    await assert_no_agent_stuck(system)


async def _rows_written(system: SystemHarness, at_least: int) -> bool:
    return await asyncio.to_thread(system.db_call_count) >= at_least


async def _count_type(system: SystemHarness, event_type: str, at_least: int) -> bool:
    return sum(1 for e in await system.events() if e.get("type") == event_type) >= at_least


async def test_records_writer_killed_and_restarted(system: SystemHarness) -> None:
    await system.start(workers=1)
    load = asyncio.create_task(system.run_calls(100))
    await wait_until(lambda: _count_type(system, "CALL_END", 10), 120, "the first calls to end")
    assert system.writer is not None
    system.writer.kill()
    await asyncio.sleep(1.0)
    system.start_writer()
    report = await load
    healthy(report)
    # Entries the killed writer had read but not acknowledged are claimed by the new one once idle
    # (IVR_RECORDS_CLAIM_IDLE_MS, 3 s in the harness): well before the production 30 s
    rows = await assert_calls_recorded(system, [c.call_id for c in report.calls], timeout=60)
    assert_answered_with_leg(rows, report.calls)
    await assert_no_agent_stuck(system)


@pytest.fixture
def own_postgres() -> Any:
    workdir = Path(tempfile.mkdtemp(prefix="ivr-pg-system-"))
    server = PostgresServer(port=free_port(), workdir=workdir)
    server.start()
    yield server
    server.stop(mode="immediate")


@pytest.mark.timeout(600)
async def test_postgres_outage_with_writer_running(system_root: Path, system_redis: Any, built_sounds: Path,
                                                   own_postgres: PostgresServer) -> None:
    outage = 60.0 if LONG else 15.0
    system = SystemHarness(root=system_root / "pg", redis=system_redis, sounds_dir=built_sounds,
                           database_url=own_postgres.url)
    try:
        await system.start(workers=1)
        load = asyncio.create_task(system.run_calls(100))
        await wait_until(lambda: _rows_written(system, 10), 120, "the writer to write the first calls")
        await asyncio.to_thread(own_postgres.stop, "fast")
        await asyncio.sleep(outage)
        await asyncio.to_thread(own_postgres.start)
        report = await load
        healthy(report)
        rows = await assert_calls_recorded(system, [c.call_id for c in report.calls], timeout=150)
        assert_answered_with_leg(rows, report.calls)
        await assert_no_agent_stuck(system)
        assert system.writer is not None and system.writer.alive, "the writer died during the outage"
    finally:
        system.close()


async def test_slow_and_garbage_peers_among_healthy_ones(system: SystemHarness) -> None:
    await system.start(workers=1)
    worker = system.workers[0]
    code = system.code_of["bj"]

    def script(**fields: Any) -> CallerScript:
        return CallerScript(keys=complaint_keys(code), **fields)

    troublemakers = [
        *(script(reply_delay=0.3) for _ in range(5)),  # slow Asterisk
        *(script(misbehave_at=3, misbehaviour="garbage") for _ in range(3)),
        *(script(misbehave_at=4, misbehaviour="truncated") for _ in range(3)),
        *(script(misbehave_at=2, misbehaviour="bad_code") for _ in range(3)),
        *(script(header_mode="garbage") for _ in range(3)),
        *(script(header_mode="partial") for _ in range(3)),
    ]
    tasks = [system.call(worker, system.centres[i % len(system.centres)]) for i in range(60)]
    tasks += [system.call(worker, "bj", script=s) for s in troublemakers]
    results = await asyncio.gather(*tasks)
    good, bad = results[:60], results[60:]
    slow = bad[:5]
    healthy(LoadReport([*good, *slow], 1.0))
    rows = await assert_calls_recorded(system, [c.call_id for c in [*good, *slow]])
    assert_answered_with_leg(rows, [*good, *slow])
    broken = bad[5:]
    # The server closes every broken session itself (the truncating peer hangs up on its own).
    server_side = [c for c, how in zip(broken, troublemakers[5:], strict=True) if how.misbehaviour != "truncated"]
    open_left = [(c.call_id, c.peer.commands[-2:], c.peer.error) for c in server_side
                 if not (c.peer.closed_by_server or c.peer.error)]
    assert not open_left, open_left
    # Calls that got as far as CALL_START are closed with one CALL_END; none is left open.
    started = await system.event_counts("CALL_START", [c.call_id for c in broken])
    ended = await system.event_counts("CALL_END", [c.call_id for c in broken])
    assert started, "no broken call reached the engine"
    assert all(ended[i] == 1 for i in started), (started, ended)
    assert worker.alive
    await assert_no_agent_stuck(system)
