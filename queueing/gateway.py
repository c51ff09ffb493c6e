"""The caller's wait: enqueue, music on hold, announcements, callback offer, bridge.

:class:`RedisQueueGateway` implements :class:`ivr.services.QueueGateway`. One instance
serves every call of a worker process; each call is one ``queue_call`` coroutine.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ivr.callrecord import CallRecord, QueueResult, RoutingDecision
from ivr.channel import AnswerHook, CallerHangup, Channel, DialResult
from ivr.number_cipher import NumberCipher
from ivr.privacy import mask_number
from ivr.services import PromptMaker, QueueAbandoned
from ivr.settings import DEV_SECRET_KEY
from queueing.events import EventLog
from queueing.prompts import callback_prompt, periodic_prompt, position_prompt, timeout_prompt
from queueing.stats import expected_wait_seconds, recent_aht
from queueing.store import AcdError, AcdStore, CallView

log = logging.getLogger(__name__)


def wall_clock_ms() -> int:
    return int(time.time() * 1000)


#: What the offer carries of the caller's recognised words: the last utterances, each cut short.
RECOGNISED_LAST = 5
RECOGNISED_CHARS = 200


def recognised(record: CallRecord) -> list[dict[str, str | None]]:
    """The call's speech decisions as the agent's desk shows them during the call: slot, text and
    value of the last :data:`RECOGNISED_LAST` utterances, each text at most :data:`RECOGNISED_CHARS`."""
    return [{"slot": d.slot, "text": d.text[:RECOGNISED_CHARS], "value": d.value}
            for d in record.speech[-RECOGNISED_LAST:]]


@dataclass
class _Dial:
    """One agent rung for one waiting call."""

    wait: _Wait
    centre: str
    agent: str
    started_ms: int
    answered_ms: int | None = None
    wait_ms: int = 0


@dataclass
class _Wait:
    """One caller's wait across its home centre and the overflow centres it reached."""

    qcid: str
    record: CallRecord
    decision: RoutingDecision
    chain: list[str]
    enq_ms: int
    position_at_entry: int
    centres: list[str] = field(default_factory=list)
    payload: dict[str, Any] = field(default_factory=dict)  # stored with the call at every centre
    prompts: PromptMaker | None = None  # the call's menu: the queue's sentences are its prompts

    @property
    def home(self) -> str:
        return self.chain[0]

    def data(self, centre: str, **extra: Any) -> dict[str, Any]:
        return {"centre": centre, "queue_call_id": self.qcid, "call_id": self.record.call_id,
                "enqueued_ms": self.enq_ms, **extra}


class RedisQueueGateway:
    def __init__(
        self,
        store: AcdStore,
        events: EventLog,
        *,
        clock_ms: Callable[[], int] = wall_clock_ms,
        callback_key: str = "*",
        dispatch: bool = True,
        numbers: NumberCipher | None = None,
    ) -> None:
        self.store = store
        # A callback's number is stored encrypted; only the dialler opens it (same key).
        self.numbers = numbers or NumberCipher(DEV_SECRET_KEY)
        self.events = events
        self.clock_ms = clock_ms
        self.callback_key = callback_key
        # Each waiting worker also runs the matcher for its centres, so no separate
        # dispatcher process is needed; a dispatcher may run as well (scripts are atomic).
        self.dispatch = dispatch
        # Dials in progress in this process, by queue call id (the answer signal finds them).
        self._dialing: dict[str, _Dial] = {}

    async def _emit(self, event_type: str, wait: _Wait, centre: str, **extra: Any) -> None:
        await self.events.emit(event_type, call_id=wait.record.call_id, ts_ms=self.clock_ms(),
                               data=wait.data(centre, **extra))

    # -- entry -------------------------------------------------------------------
    async def queue_call(self, channel: Channel, record: CallRecord, decision: RoutingDecision,
                         prompts: PromptMaker | None = None) -> QueueResult:
        config = self.store.config
        home = decision.centre
        chain = [home] + [c for c in decision.overflow if c != home]
        now = self.clock_ms()
        if not config.centre(home).is_open(datetime.fromtimestamp(now / 1000, UTC)):
            await self.events.emit("CLOSED", call_id=record.call_id, ts_ms=now, data={"centre": home})
            return QueueResult(outcome="closed", centre=home)
        qcid = uuid.uuid4().hex
        # No clear number in Redis or in offers: the masked form (the records hold the keyed hash).
        data = {"call_id": record.call_id, "caller": mask_number(record.caller), "dnis": record.dnis,
                "language": record.language, "priority": decision.priority,
                "slots": {k: mask_number(v) if k == "caller" else v for k, v in record.slots.items()},
                "speech": recognised(record)}
        wait = _Wait(qcid, record, decision, chain, now, 0, [], data, prompts)
        status, pos = await self._enqueue_at(wait, home, now, overflow=False)
        entered = home
        if status == "FULL":
            await self._emit("FULL", wait, home, max_queue=pos)
            # A full queue sends the call straight on along its chain (each centre's limit holds).
            for alt in chain[1:]:
                status, pos = await self._enqueue_at(wait, alt, now, overflow=False)
                if status != "FULL":
                    entered = alt
                    await self._emit("OVERFLOW", wait, alt, from_centre=home, position=pos, wait_seconds=0.0,
                                     reason="queue full")
                    break
            else:
                return QueueResult(outcome="full", centre=home, queue_call_id=qcid)
        wait.centres = [entered]
        wait.position_at_entry = pos
        await self._emit("ENTERQUEUE", wait, entered, position=pos, priority=decision.priority,
                         dnis=record.dnis, caller=mask_number(record.caller))
        log.info("call %s from %s queued at %s position %d", record.call_id, mask_number(record.caller),
                 entered, pos)
        try:
            return await self._wait_loop(channel, wait)
        except CallerHangup as exc:
            waited = await self._abandon(wait)
            raise QueueAbandoned(QueueResult(outcome="abandoned", centre=wait.home, wait_seconds=waited,
                                             position_at_entry=wait.position_at_entry, queue_call_id=qcid),
                                 exc.reason) from exc

    async def _enqueue_at(self, wait: _Wait, centre: str, now: int, overflow: bool = True) -> tuple[str, int]:
        """Queue the call at ``centre`` with its original enqueue time (same score, same place)."""
        return await self.store.enqueue(
            centre, wait.qcid, call_id=wait.record.call_id, enq_ms=wait.enq_ms, now_ms=now,
            priority=wait.decision.priority, language=wait.record.language,
            category=wait.record.slots.get("category", ""), home=wait.home, data=wait.payload, overflow=overflow,
        )

    # -- the loop ----------------------------------------------------------------
    async def _wait_loop(self, channel: Channel, wait: _Wait) -> QueueResult:
        home_cfg = self.store.centre(wait.home)
        next_announce = 0  # announce at once
        next_periodic = wait.enq_ms + int(home_cfg.periodic_every * 1000)
        while True:
            now = self.clock_ms()
            views = await self._tick(wait, now)
            reserved = next(((c, v) for c, v in views.items() if v.state == "reserved"), None)
            if reserved is not None:
                result = await self._offer(channel, wait, reserved[0], reserved[1])
                if result is not None:
                    return result
                continue
            waited = (now - wait.enq_ms) / 1000
            if waited >= home_cfg.max_wait:
                await self._remove_all(wait, "timeout")
                await self._emit("EXITWITHTIMEOUT", wait, wait.home, wait_seconds=waited,
                                 position=views[wait.home].position if wait.home in views else 0)
                await channel.play(timeout_prompt(wait.prompts, wait.record.language))
                return QueueResult(outcome="timeout", centre=wait.home, wait_seconds=waited,
                                   position_at_entry=wait.position_at_entry, queue_call_id=wait.qcid)
            if now >= next_announce:
                await self._announce(channel, wait, views, now)
                next_announce = now + int(home_cfg.announce_every * 1000)
            elif now >= next_periodic:
                await channel.play(periodic_prompt(wait.prompts, wait.record.language))
                next_periodic = now + int(home_cfg.periodic_every * 1000)
            key = await channel.hold(home_cfg.hold_step, escape_digits=self.callback_key)
            if key == self.callback_key:
                return await self._callback(channel, wait)

    async def _tick(self, wait: _Wait, now: int) -> dict[str, CallView]:
        """Overflow if due, match, renew leases, read the call at every centre it is in."""
        views: dict[str, CallView] = {}
        for centre in list(wait.centres):
            if self.dispatch:
                await self.store.dispatch(centre, now)
            view = await self.store.poll(centre, wait.qcid, now)
            if view is None:  # reclaimed (this worker stalled past its lease): queue again
                await self._enqueue_at(wait, centre, now)
                view = await self.store.poll(centre, wait.qcid, now)
                if view is None:
                    continue
            views[centre] = view
        last = wait.centres[-1] if wait.centres else wait.home
        nxt_index = wait.chain.index(last) + 1 if last in wait.chain else len(wait.chain)
        if nxt_index < len(wait.chain) and last in views:
            waited = (now - wait.enq_ms) / 1000
            if views[last].logged_in == 0 or waited >= self.store.centre(last).overflow_after:
                nxt = wait.chain[nxt_index]
                status, pos = await self._enqueue_at(wait, nxt, now)
                wait.centres.append(nxt)
                await self._emit("OVERFLOW", wait, nxt, from_centre=last, position=pos, wait_seconds=waited,
                                 reason="no agents" if views[last].logged_in == 0 else "wait threshold")
                if self.dispatch:
                    await self.store.dispatch(nxt, now)
                view = await self.store.poll(nxt, wait.qcid, now)
                if view is not None:
                    views[nxt] = view
        return views

    async def _announce(self, channel: Channel, wait: _Wait, views: dict[str, CallView], now: int) -> None:
        view = views.get(wait.home) or next(iter(views.values()), None)
        if view is None or view.position <= 0:
            return
        centre = wait.home if wait.home in views else next(iter(views))
        aht = await recent_aht(self.store, centre, now)
        ewt = min(expected_wait_seconds(view.position, view.logged_in, aht), 3600.0)
        await channel.play(position_prompt(wait.prompts, wait.record.language, view.position, ewt, self.callback_key))

    # -- offer and bridge --------------------------------------------------------
    async def _offer(self, channel: Channel, wait: _Wait, centre: str, view: CallView) -> QueueResult | None:
        cfg = self.store.centre(centre)
        lease_ms = int(cfg.lease * 1000)
        won, holder = await self.store.claim(wait.qcid, centre, lease_ms)
        if not won:  # another centre's offer is live; give this agent back
            log.warning("call %s: claim held by %s, withdrawing from %s", wait.record.call_id, holder, centre)
            await self.store.remove(centre, wait.qcid, "withdrawn", self.clock_ms())
            wait.centres.remove(centre)
            return None
        dial = _Dial(wait, centre, view.agent, self.clock_ms())
        hook = AnswerHook(key=(centre, wait.qcid, view.agent), notify=lambda: self._answered(dial))
        self._dialing[wait.qcid] = dial
        renewer = asyncio.create_task(self._renew_during_dial(wait, centre, lease_ms))
        try:
            result: DialResult = await channel.dial(view.endpoint, cfg.ring_time, hook)
        except CallerHangup:
            renewer.cancel()
            answered = await self._caller_left_during_dial(dial, cfg.ring_time)
            if answered is None:
                raise
            # The conversation took place and the caller ended it: that is an answered call.
            return answered
        finally:
            self._dialing.pop(wait.qcid, None)
            renewer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewer
        now = self.clock_ms()
        if result.status == "ANSWER":
            if dial.answered_ms is None:
                # The transport could not say when the agent answered (a dialplan without the
                # answer subroutine): count the talk the transport measured, else none.
                log.warning("call %s: agent answer not signalled; connected at the end of the dial",
                            wait.record.call_id)
                await self._answered(dial, at_ms=max(dial.started_ms, now - int(result.talk_seconds * 1000)))
            return await self._complete(dial, "COMPLETEAGENT" if result.caller_still_up else "COMPLETECALLER")
        position = await self.store.ring_no_answer(centre, wait.qcid, view.agent, now)
        await self.store.claim(wait.qcid, centre, 0, op="release")
        await self._emit("RINGNOANSWER", wait, centre, agent=view.agent, status=result.status,
                         ring_seconds=(now - dial.started_ms) / 1000, position=position)
        await self.events.emit("AGENT_PAUSE", call_id="", ts_ms=now,
                               data={"centre": centre, "agent": view.agent, "reason": "ring-no-answer"})
        return None

    async def _answered(self, dial: _Dial, at_ms: int | None = None) -> None:
        """The agent answered: the call is connected from this moment (agent desk, figures,
        talk time). Called once per dial; a second signal is ignored."""
        if dial.answered_ms is not None:
            return
        dial.answered_ms = at_ms if at_ms is not None else self.clock_ms()
        wait = dial.wait
        try:
            wait_ms = await self.store.connect(dial.centre, wait.qcid, dial.agent, dial.answered_ms)
        except AcdError as exc:
            # Another worker took the answer signal and connected the call: take its moment.
            call = await self.store.call(dial.centre, wait.qcid)
            if call.get("state") == "connected" and call.get("agent") == dial.agent and call.get("ans"):
                dial.answered_ms = int(call["ans"])
                dial.wait_ms = dial.answered_ms - int(call.get("enq") or wait.enq_ms)
            else:
                log.warning("call %s: connect at %s refused: %s", wait.record.call_id, dial.centre, exc)
            return
        dial.wait_ms = wait_ms
        await self._withdraw_others(wait, dial.centre)
        await self.events.emit("CONNECT", call_id=wait.record.call_id, ts_ms=dial.answered_ms,
                               data=wait.data(dial.centre, agent=dial.agent, wait_seconds=wait_ms / 1000,
                                              ring_seconds=(dial.answered_ms - dial.started_ms) / 1000))

    async def agent_answered(self, key: list[str]) -> bool:
        """The answer signal that came back from Asterisk (``ivr-agent-answered``: centre, queue
        call id, agent). A dial of this process is told directly; one of another worker is
        connected in Redis, and that worker's dial finds it connected."""
        if len(key) != 3:
            return False
        centre, qcid, agent = key
        dial = self._dialing.get(qcid)
        if dial is not None and (dial.centre, dial.agent) == (centre, agent):
            await self._answered(dial)
            return True
        if centre not in self.store.config.centres:
            return False
        now = self.clock_ms()
        try:
            wait_ms = await self.store.connect(centre, qcid, agent, now)
        except AcdError as exc:
            log.warning("answer signal for %s at %s refused: %s", qcid[:40], centre, exc)
            return False
        call = await self.store.call(centre, qcid)
        await self.events.emit("CONNECT", call_id=call.get("call_id", ""), ts_ms=now,
                               data={"centre": centre, "queue_call_id": qcid, "call_id": call.get("call_id", ""),
                                     "agent": agent, "wait_seconds": wait_ms / 1000})
        return True

    async def _complete(self, dial: _Dial, kind: str) -> QueueResult:
        wait = dial.wait
        now = self.clock_ms()
        _, handle_ms = await self.store.complete(dial.centre, wait.qcid, dial.agent, now)
        await self.store.claim(wait.qcid, dial.centre, 0, op="release")
        wait_seconds = dial.wait_ms / 1000
        await self._emit(kind, wait, dial.centre, agent=dial.agent, wait_seconds=wait_seconds,
                         talk_seconds=handle_ms / 1000)
        wait.centres.clear()
        return QueueResult(outcome="answered", centre=dial.centre, agent=dial.agent, wait_seconds=wait_seconds,
                           position_at_entry=wait.position_at_entry, queue_call_id=wait.qcid)

    async def _renew_during_dial(self, wait: _Wait, centre: str, lease_ms: int) -> None:
        while True:
            await asyncio.sleep(lease_ms / 3000)
            now = self.clock_ms()
            await self.store.claim(wait.qcid, centre, lease_ms, op="renew")
            for c in wait.centres:
                await self.store.poll(c, wait.qcid, now)

    async def _caller_left_during_dial(self, dial: _Dial, ring_time: float) -> QueueResult | None:
        """The caller hung up during the dial. After an answer that is an answered call the
        caller ended; before it, the caller left while it rang (None: abandoned)."""
        now = self.clock_ms()
        if dial.answered_ms is None and (now - dial.started_ms) / 1000 > ring_time + 1:
            # No answer signal, but a dial that outlived the ring time was answered.
            await self._answered(dial, at_ms=dial.started_ms)
        if dial.answered_ms is not None:
            return await self._complete(dial, "COMPLETECALLER")
        await self.store.claim(dial.wait.qcid, dial.centre, 0, op="release")
        return None

    async def _withdraw_others(self, wait: _Wait, keep: str) -> None:
        now = self.clock_ms()
        for c in [c for c in wait.centres if c != keep]:
            await self.store.remove(c, wait.qcid, "withdrawn", now)
        wait.centres = [keep]

    async def _remove_all(self, wait: _Wait, outcome: str) -> dict[str, Any]:
        """Remove the call everywhere; the home centre (or the first found) counts the outcome."""
        now = self.clock_ms()
        found: dict[str, Any] = {}
        for c in wait.centres:
            removed = await self.store.remove(c, wait.qcid, outcome if not found else "withdrawn", now)
            if removed is not None and not found:
                found = {"centre": c, "state": removed.state, "wait_ms": removed.wait_ms}
        return found

    async def _abandon(self, wait: _Wait) -> float:
        """Take the call out of every queue it is in; returns how long it waited."""
        now = self.clock_ms()
        if not wait.centres:
            return (now - wait.enq_ms) / 1000
        position = 0
        view = await self.store.poll(wait.home, wait.qcid, now, renew=False) if wait.home in wait.centres else None
        if view is not None:
            position = view.position
        found = await self._remove_all(wait, "abandon")
        await self.store.claim(wait.qcid, found.get("centre", wait.home), 0, op="release")
        await self._emit("ABANDON", wait, found.get("centre", wait.home), position=position,
                         position_at_entry=wait.position_at_entry, wait_seconds=(now - wait.enq_ms) / 1000)
        return (now - wait.enq_ms) / 1000

    async def _callback(self, channel: Channel, wait: _Wait) -> QueueResult:
        now = self.clock_ms()
        position = 0
        sealed = self.numbers.seal(wait.record.caller)
        for c in wait.centres:
            try:
                pos = await self.store.request_callback(c, wait.qcid, sealed, now)
            except AcdError:
                # Reserved meanwhile: give the agent back, queue again at the original time.
                await self.store.remove(c, wait.qcid, "withdrawn", now)
                await self._enqueue_at(wait, c, now)
                pos = await self.store.request_callback(c, wait.qcid, sealed, now)
            position = position or pos
        waited = (now - wait.enq_ms) / 1000
        await self._emit("EXITWITHKEY", wait, wait.home, key=self.callback_key, position=position,
                         wait_seconds=waited)
        await self._emit("CALLBACK_REQUEST", wait, wait.home, position=position, wait_seconds=waited,
                         caller=mask_number(wait.record.caller))
        await channel.play(callback_prompt(wait.prompts, wait.record.language))
        return QueueResult(outcome="callback", centre=wait.home, wait_seconds=waited,
                           position_at_entry=wait.position_at_entry, queue_call_id=wait.qcid)
