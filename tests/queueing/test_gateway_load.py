"""Many callers at once through the real gateway, with overflow between two centres:
no agent is ever rung for two callers at the same time and every caller gets an ending."""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime

from ivr.callrecord import CallRecord, RoutingDecision
from ivr.channel import AnswerHook, CallerHangup, DialResult, Prompt
from queueing.events import EventLog, decode_entry
from queueing.gateway import RedisQueueGateway
from queueing.store import AcdStore
from tests.queueing.channel_double import ScriptedChannel, VirtualClock

OPEN_T0 = int(datetime(2026, 6, 1, 2, 0, tzinfo=UTC).timestamp() * 1000)


class SharedPhones(ScriptedChannel):
    """Agents' phones shared by every caller: ringing one that is already in use is a bug."""

    in_use: dict[str, str] = {}
    violations: list[str] = []
    rng = random.Random(3)

    async def dial(self, endpoint: str, timeout: float, on_answer: AnswerHook | None = None) -> DialResult:
        if endpoint in self.in_use:
            self.violations.append(f"{endpoint} rung for {self.call_id} while with {self.in_use[endpoint]}")
        self.in_use[endpoint] = self.call_id
        try:
            await asyncio.sleep(self.rng.random() * 0.02)  # other callers run meanwhile
            if self.rng.random() < 0.15:
                return DialResult("NOANSWER")
            return DialResult("ANSWER", talk_seconds=self.rng.randint(30, 300))
        finally:
            self.in_use.pop(endpoint, None)

    async def play(self, prompt: Prompt, escape_digits: str = "") -> str | None:
        self.played.append(prompt)
        return None

    async def hold(self, seconds: float, escape_digits: str = "") -> str | None:
        # Sixty callers share one virtual clock: each hold moves it on by a sixtieth.
        await asyncio.sleep(0.005)
        self.holds += 1
        self.clock.now += int(seconds * 1000 / 60)
        if self.holds > 3 and self.rng.random() < 0.02:
            raise CallerHangup()
        return None


async def test_concurrent_callers_with_overflow(store: AcdStore) -> None:
    clock = VirtualClock(OPEN_T0)
    store.config.centres["gd"].overflow_after = 20
    for i in range(4):
        await store.agent_login("gd", f"g{i}", f"PJSIP/g{i}", clock.now, ready=True)
        await store.agent_login("cn", f"n{i}", f"PJSIP/n{i}", clock.now, ready=True)
    gateway = RedisQueueGateway(store, EventLog(store.redis), clock_ms=clock)

    async def ready_again() -> None:  # agents come back after ring-no-answer pauses and wrap-up
        while True:
            await asyncio.sleep(0.01)
            for centre in ("gd", "cn"):
                for agent in await store.agents(centre):
                    if agent["state"] in ("paused", "wrapup"):
                        await store.agent_action(centre, agent["id"], "ready", clock.now)

    async def caller(n: int) -> str:
        record = CallRecord(call_id=f"c{n}", transport="test", dnis="12315", caller="13800000000",
                            language="zh", menu_id="m", menu_version="1")
        channel = SharedPhones(clock=clock, call_id=f"c{n}")
        try:
            result = await gateway.queue_call(channel, record, RoutingDecision(centre="gd", overflow=["cn"]))
        except CallerHangup:
            return "abandoned"
        return result.outcome

    helper = asyncio.create_task(ready_again())
    try:
        outcomes = await asyncio.wait_for(asyncio.gather(*(caller(n) for n in range(60))), 120)
    finally:
        helper.cancel()
    assert SharedPhones.violations == []
    assert set(outcomes) <= {"answered", "abandoned", "timeout"} and outcomes.count("answered") >= 10
    events = [decode_entry(f) for _, f in await store.redis.xrange("ivr:events")]
    connects = [e for e in events if e["type"] == "CONNECT"]
    assert len(connects) == outcomes.count("answered")
    assert len({e["call_id"] for e in connects}) == len(connects)  # nobody answered twice
    assert any(e["type"] == "OVERFLOW" for e in events)
    assert {e["data"]["centre"] for e in connects} == {"gd", "cn"}
    for centre in ("gd", "cn"):
        assert await store.check(centre) == []
        assert await store.redis.scard(f"acd:{{{centre}}}:calls") == 0
