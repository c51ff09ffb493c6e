"""A FastAGI-like worker process for the fault test: it queues calls through the real
gateway; the agents answer and the calls stay bridged (Dial blocks) until the process
is killed. Usage: python -m tests.queueing.worker_proc <redis_url> <now_ms> <calls>"""

from __future__ import annotations

import asyncio
import sys

import redis.asyncio as aioredis

from ivr.callrecord import CallRecord, RoutingDecision
from ivr.channel import AnswerHook, DialResult, Prompt
from queueing.centres import load_config
from queueing.events import EventLog
from queueing.gateway import RedisQueueGateway
from queueing.store import AcdStore
from tests.queueing.channel_double import ScriptedChannel, VirtualClock


class BridgedForever(ScriptedChannel):
    """Real-time hold; the virtual clock stands still, so leases end at start + lease."""

    async def hold(self, seconds: float, escape_digits: str = "") -> str | None:
        await asyncio.sleep(seconds)
        return None

    async def play(self, prompt: Prompt, escape_digits: str = "") -> str | None:
        return None

    async def dial(self, endpoint: str, timeout: float, on_answer: AnswerHook | None = None) -> DialResult:
        print(f"bridged {self.call_id} {endpoint}", flush=True)
        await asyncio.Event().wait()
        raise AssertionError("unreachable")


async def main(url: str, now_ms: int, calls: int) -> None:
    client = aioredis.Redis.from_url(url, decode_responses=True)
    store = AcdStore(client, load_config())
    await store.apply_config(["bj"])
    clock = VirtualClock(now_ms)
    gateway = RedisQueueGateway(store, EventLog(client), clock_ms=clock)
    tasks = []
    for i in range(calls):
        record = CallRecord(call_id=f"k{i}", transport="test", dnis="12315", caller="13800000000",
                            language="zh", menu_id="m", menu_version="1")
        channel = BridgedForever(clock=clock, call_id=f"k{i}")
        tasks.append(asyncio.create_task(gateway.queue_call(channel, record, RoutingDecision(centre="bj"))))
    await asyncio.gather(*tasks)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
