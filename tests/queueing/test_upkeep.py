"""The background loops: upkeep reclaims and matches; the callback loop dials through AMI."""

from __future__ import annotations

import asyncio

from queueing.ami import AmiClient
from queueing.events import EventLog, decode_entry
from queueing.store import AcdStore
from queueing.upkeep import run_callbacks, run_upkeep, upkeep_once
from tests.queueing.ami_peer import AmiPeer

T0 = 1_780_000_000_000


async def test_upkeep_reclaims_and_reports(store: AcdStore) -> None:
    await store.agent_login("tj", "a1", "PJSIP/a1", T0, ready=True)
    await store.enqueue("tj", "q1", call_id="c1", enq_ms=T0, now_ms=T0)
    await store.enqueue("tj", "q2", call_id="c2", enq_ms=T0, now_ms=T0)
    events = EventLog(store.redis)
    assert await upkeep_once(store, events, T0 + 1000) == 0
    assert (await store.agent("tj", "a1"))["call"] == "q1"  # upkeep also matched
    assert await upkeep_once(store, events, T0 + 60_000) == 2
    kinds = [decode_entry(f) for _, f in await store.redis.xrange("ivr:events")]
    assert sorted(e["data"]["queue_call_id"] for e in kinds if e["type"] == "RECLAIMED") == ["q1", "q2"]
    assert (await store.agent("tj", "a1"))["state"] == "ready"
    assert await store.check("tj") == []


async def test_loops_stop_when_asked(store: AcdStore) -> None:
    await store.enqueue("tj", "cb", call_id="c", enq_ms=T0, now_ms=T0)
    await store.request_callback("tj", "cb", "13700000000", T0)
    await store.agent_login("tj", "a1", "PJSIP/a1", T0, ready=True)
    peer = AmiPeer(answering={"PJSIP/a1"})
    await peer.start()
    ami = AmiClient("127.0.0.1", peer.port, "ivr", "s3cret")
    stop = asyncio.Event()
    events = EventLog(store.redis)
    loops = [asyncio.create_task(run_upkeep(store, events, stop, every=0.05, clock_ms=lambda: T0)),
             asyncio.create_task(run_callbacks(store, events, ami, stop, every=0.05, clock_ms=lambda: T0))]
    try:
        for _ in range(200):  # dialled, and the agent answered: waiting for the dialplan's report
            if (await store.call("tj", "cb")).get("state") == "connected":
                break
            await asyncio.sleep(0.05)
        stop.set()
        await asyncio.wait_for(asyncio.gather(*loops), 10)
    finally:
        await ami.close()
        await peer.stop()
    assert (await store.call("tj", "cb")).get("state") == "connected"
    assert any(a.get("Action") == "Originate" and a.get("Exten") == "13700000000" for a in peer.actions)
