"""Dial callbacks: when a callback reaches the head and an agent is free, ring the agent
first (AMI Originate to the agent's endpoint); once the agent answers, Asterisk dials the
caller from the dialplan context (``ivr-callback``, extension = caller number).

A callback ends only when the caller was reached: the ``ivr-callback`` context reports
Dial's outcome back to the server (``AGI(agi://<ivr>/callback-result,<centre>,<queue
call>,<DIALSTATUS>)``, handled by :meth:`CallbackDialer.report`). A caller who was not
reached goes back to the head of the queue for another attempt, up to
``max_attempts``; each attempt is an event (``CALLBACK_ATTEMPT``), and giving up is
``CALLBACK_FAILED``."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable

from ivr.number_cipher import NumberCipher, NumberCipherError
from ivr.privacy import mask_number
from ivr.settings import DEV_SECRET_KEY
from queueing.ami import AmiError, Originator
from queueing.events import EventLog
from queueing.store import AcdError, AcdStore, _s

log = logging.getLogger(__name__)
#: Attempts to reach a caller who asked to be called back before the callback is given up.
DEFAULT_MAX_ATTEMPTS = 3
#: How long a connected callback waits for the dialplan's report (ring 45 s plus the talk).
REPORT_WITHIN_MS = 4 * 3600 * 1000
_QCID = re.compile(r"^[A-Za-z0-9_.:-]{1,80}\Z")


class CallbackDialer:
    def __init__(self, store: AcdStore, events: EventLog, ami: Originator | None, clock_ms: Callable[[], int], *,
                 context: str = "ivr-callback", caller_id: str = "12315",
                 max_attempts: int = DEFAULT_MAX_ATTEMPTS, numbers: NumberCipher | None = None) -> None:
        self.store, self.events, self.ami, self.clock_ms = store, events, ami, clock_ms
        # The number is stored encrypted (RedisQueueGateway._callback, same key): opened only here.
        self.numbers = numbers or NumberCipher(DEV_SECRET_KEY)
        self.context = context
        self.caller_id = caller_id
        self.max_attempts = max_attempts

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
            try:
                number = self.numbers.open(call.get("number", ""))
            except NumberCipherError as exc:
                await self._unreadable(centre, qcid, call, now, exc)
                continue
            data = {"centre": centre, "queue_call_id": qcid, "call_id": call.get("call_id", ""), "agent": agent,
                    "caller": mask_number(number), "enqueued_ms": int(call.get("enq", "0"))}
            await self.events.emit("CALLBACK_DIAL", call_id=call.get("call_id", ""), ts_ms=now, data=data)
            dialled += 1
            try:
                if self.ami is None:
                    raise AmiError("no Asterisk Manager Interface configured")
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
                # The agent answered; Asterisk now dials the caller and reports the outcome.
                wait_ms = await self.store.connect(centre, qcid, agent, done)
                await self.store.hold_lease(centre, qcid, done + REPORT_WITHIN_MS)
                # Copies left at the other centres of the chain must not be called back again.
                for other in self.store.config.chain(call.get("home") or centre):
                    if other != centre:
                        await self.store.remove(other, qcid, "withdrawn", done)
                await self.events.emit("CONNECT", call_id=call.get("call_id", ""), ts_ms=done,
                                       data={**data, "wait_seconds": wait_ms / 1000, "callback": True})
            else:
                await self.store.ring_no_answer(centre, qcid, agent, done)
                await self.events.emit("RINGNOANSWER", call_id=call.get("call_id", ""), ts_ms=done,
                                       data={**data, "callback": True})
            await self.store.claim(qcid, centre, 0, op="release")
        return dialled


    async def _unreadable(self, centre: str, qcid: str, call: dict[str, str], now: int,
                          exc: NumberCipherError) -> None:
        """A number this key cannot decrypt (IVR_SECRET_KEY changed): it can never be dialled."""
        log.error("callback %s at %s given up: %s", qcid, centre, exc)
        await self.store.remove(centre, qcid, "lost", now)
        await self.store.claim(qcid, centre, 0, op="release")
        await self.events.emit("CALLBACK_FAILED", call_id=call.get("call_id", ""), ts_ms=now,
                               data={"centre": centre, "queue_call_id": qcid, "call_id": call.get("call_id", ""),
                                     "agent": call.get("agent", ""), "attempts": 0,
                                     "dial_status": "NUMBER_UNREADABLE"})

    async def report(self, args: list[str]) -> str:
        """The dialplan's report: ``<centre>, <queue call id>, <DIALSTATUS>``. Only the first
        report of a connected callback counts (the ``h`` extension may report again)."""
        if len(args) < 2 or args[0] not in self.store.config.centres or not _QCID.match(args[1]):
            log.warning("callback report with bad arguments ignored")
            return "ignored"
        centre, qcid = args[0], args[1]
        status = (args[2] if len(args) > 2 else "").strip().upper() or "CANCEL"
        call = await self.store.call(centre, qcid)
        now = self.clock_ms()
        try:
            outcome, first, second = await self.store.callback_result(
                centre, qcid, status == "ANSWER", self.max_attempts, now)
        except AcdError:
            return "ignored"
        data = {"centre": centre, "queue_call_id": qcid, "call_id": call.get("call_id", ""),
                "agent": call.get("agent", ""), "caller": self.numbers.masked(call.get("number", "")),
                "dial_status": status}
        call_id = call.get("call_id", "")
        if outcome == "DONE":
            await self.events.emit("CALLBACK_DONE", call_id=call_id, ts_ms=now,
                                   data={**data, "wait_seconds": first / 1000, "talk_seconds": second / 1000})
            return "done"
        await self.events.emit("CALLBACK_ATTEMPT", call_id=call_id, ts_ms=now,
                               data={**data, "attempt": first, "max_attempts": self.max_attempts})
        if outcome == "FAILED":
            log.warning("callback %s at %s given up after %d attempts", qcid, centre, first)
            await self.events.emit("CALLBACK_FAILED", call_id=call_id, ts_ms=now,
                                   data={**data, "attempts": first})
            return "failed"
        return "retry"


def call_data(call: dict[str, str]) -> dict[str, object]:
    """The JSON ``data`` stored with a queued call (slots, caller, language)."""
    try:
        parsed = json.loads(call.get("data") or "{}")
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {}
