"""Dial callbacks: when a callback reaches the head and an agent is free, ring the agent
first (AMI Originate to the agent's endpoint); once the agent answers, Asterisk dials the
caller from the dialplan context (``ivr-callback``, extension = caller number)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from ivr.privacy import mask_number
from queueing.ami import AmiError, Originator
from queueing.events import EventLog
from queueing.store import AcdStore, _s

log = logging.getLogger(__name__)


class CallbackDialer:
    def __init__(self, store: AcdStore, events: EventLog, ami: Originator, clock_ms: Callable[[], int], *,
                 context: str = "ivr-callback", caller_id: str = "12315") -> None:
        self.store, self.events, self.ami, self.clock_ms = store, events, ami, clock_ms
        self.context = context
        self.caller_id = caller_id

    async def _reserved_callbacks(self, centre: str) -> list[tuple[str, dict[str, str]]]:
        tag = self.store.centre(centre).tag
        found = []
        for q in await self.store.redis.smembers(tag + "cbs"):
            call = await self.store.call(centre, _s(q))
            if call.get("cb") == "1" and call.get("state") == "reserved":
                found.append((_s(q), call))
        return found

    async def run_once(self, centre: str) -> int:
        """Match, then dial every callback reserved at ``centre``; returns calls dialled."""
        now = self.clock_ms()
        await self.store.dispatch(centre, now)
        dialled = 0
        for qcid, call in await self._reserved_callbacks(centre):
            cfg = self.store.centre(centre)
            won, _ = await self.store.claim(qcid, centre, int(cfg.lease * 1000))
            if not won:
                continue
            agent = call["agent"]
            endpoint = (await self.store.agent(centre, agent)).get("endpoint", "")
            number = call.get("number", "")
            data = {"centre": centre, "queue_call_id": qcid, "call_id": call.get("call_id", ""), "agent": agent,
                    "caller": mask_number(number), "enqueued_ms": int(call.get("enq", "0"))}
            await self.events.emit("CALLBACK_DIAL", call_id=call.get("call_id", ""), ts_ms=now, data=data)
            dialled += 1
            try:
                result = await self.ami.originate(
                    endpoint, context=self.context, exten=number, caller_id=self.caller_id,
                    timeout_s=cfg.ring_time, variables={"IVR_QCID": qcid, "IVR_CENTRE": centre},
                )
                ok = result.success
            except (AmiError, OSError, TimeoutError) as exc:
                log.warning("callback %s: originate failed: %s", qcid, exc)
                ok = False
            done = self.clock_ms()
            if ok:
                wait_ms = await self.store.connect(centre, qcid, agent, done)
                await self.store.complete(centre, qcid, agent, done)
                # The talk is not tracked here: the agent stays paused until they say ready.
                await self.store.agent_action(centre, agent, "pause", done, reason="callback")
                # Copies left at the other centres of the chain must not be called back again.
                for other in self.store.config.chain(call.get("home") or centre):
                    if other != centre:
                        await self.store.remove(other, qcid, "withdrawn", done)
                await self.events.emit("CALLBACK_DONE", call_id=call.get("call_id", ""), ts_ms=done,
                                       data={**data, "wait_seconds": wait_ms / 1000})
            else:
                await self.store.ring_no_answer(centre, qcid, agent, done)
                await self.events.emit("RINGNOANSWER", call_id=call.get("call_id", ""), ts_ms=done,
                                       data={**data, "callback": True})
            await self.store.claim(qcid, centre, 0, op="release")
        return dialled


def call_data(call: dict[str, str]) -> dict[str, object]:
    """The JSON ``data`` stored with a queued call (slots, caller, language)."""
    try:
        parsed = json.loads(call.get("data") or "{}")
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {}
