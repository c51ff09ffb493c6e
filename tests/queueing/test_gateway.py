"""The caller's wait, driven through a scripted Channel on a virtual clock over real Redis."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from ivr.callrecord import CallRecord, RoutingDecision
from ivr.channel import AnswerHook, CallerHangup, DialResult
from queueing.ami import AmiClient
from queueing.callback import CallbackDialer
from queueing.events import EventLog, decode_entry
from queueing.gateway import RedisQueueGateway
from queueing.store import AcdStore
from tests.queueing.ami_peer import AmiPeer
from tests.queueing.channel_double import ScriptedChannel, VirtualClock

# 10:00 in Beijing on a Monday: every centre is open.
OPEN_T0 = int(datetime(2026, 6, 1, 2, 0, tzinfo=UTC).timestamp() * 1000)
NIGHT_T0 = int(datetime(2026, 6, 1, 18, 0, tzinfo=UTC).timestamp() * 1000)  # 02:00 in Beijing


def make_record(call_id: str = "call-1", language: str = "zh", **slots: str) -> CallRecord:
    return CallRecord(call_id=call_id, transport="test", dnis="12315", caller="13812345678",
                      language=language, menu_id="main", menu_version="1", slots=slots)


async def events_of(store: AcdStore, call_id: str) -> list[dict[str, Any]]:
    entries = await store.redis.xrange("ivr:events")
    decoded = [decode_entry(fields) for _, fields in entries]
    return [e for e in decoded if e["call_id"] == call_id]


def gateway_for(store: AcdStore, clock: VirtualClock) -> RedisQueueGateway:
    return RedisQueueGateway(store, EventLog(store.redis), clock_ms=clock)


async def test_answered_call(store: AcdStore) -> None:
    clock = VirtualClock(OPEN_T0)
    await store.agent_login("bj", "a1", "PJSIP/a1", clock.now - 60_000, ready=True)
    channel = ScriptedChannel(clock=clock, agents={"PJSIP/a1": DialResult("ANSWER", talk_seconds=120)})
    result = await gateway_for(store, clock).queue_call(
        channel, make_record(region="11"), RoutingDecision(centre="bj", overflow=["cn"]))
    assert result.outcome == "answered" and result.agent == "a1" and result.centre == "bj"
    assert result.position_at_entry == 1
    assert channel.dialled == ["PJSIP/a1"]
    types = [e["type"] for e in await events_of(store, "call-1")]
    assert types == ["ENTERQUEUE", "CONNECT", "COMPLETEAGENT"]
    complete = (await events_of(store, "call-1"))[-1]["data"]
    assert complete["talk_seconds"] == pytest.approx(120) and complete["agent"] == "a1"
    assert complete["queue_call_id"] == result.queue_call_id
    assert (await store.agent("bj", "a1"))["state"] == "wrapup"
    assert await store.check("bj") == []


async def test_announces_then_rings_no_answer_then_answers(store: AcdStore) -> None:
    clock = VirtualClock(OPEN_T0)
    await store.agent_login("bj", "a9", "PJSIP/a9", clock.now, ready=False)

    async def on_hold(n: int) -> str | None:
        if n == 3:  # two agents come in; the one idle longest does not answer
            await store.agent_login("bj", "lazy", "PJSIP/lazy", clock.now - 5000, ready=True)
            await store.agent_login("bj", "good", "PJSIP/good", clock.now, ready=True)
        return None

    channel = ScriptedChannel(clock=clock, on_hold=on_hold,
                              agents={"PJSIP/good": DialResult("ANSWER", talk_seconds=30)})
    result = await gateway_for(store, clock).queue_call(channel, make_record(), RoutingDecision(centre="bj"))
    assert result.outcome == "answered" and result.agent == "good"
    assert channel.dialled == ["PJSIP/lazy", "PJSIP/good"]
    assert channel.played[0].prompt_id == "queue_position" and "预计等待" in channel.played[0].text
    assert (await store.agent("bj", "lazy"))["state"] == "paused"
    types = [e["type"] for e in await events_of(store, "call-1")]
    assert types == ["ENTERQUEUE", "RINGNOANSWER", "CONNECT", "COMPLETEAGENT"]
    assert await store.check("bj") == []


async def test_caller_hangup_is_abandon_with_position(store: AcdStore) -> None:
    clock = VirtualClock(OPEN_T0)
    gw = gateway_for(store, clock)
    await store.enqueue("bj", "earlier", call_id="x", enq_ms=clock.now - 1000, now_ms=clock.now)

    async def on_hold(n: int) -> str | None:
        if n == 2:
            raise CallerHangup()
        return None

    channel = ScriptedChannel(clock=clock, on_hold=on_hold)
    with pytest.raises(CallerHangup):
        await gw.queue_call(channel, make_record(language="en"), RoutingDecision(centre="bj"))
    [enter, abandon] = await events_of(store, "call-1")
    assert abandon["type"] == "ABANDON"
    assert abandon["data"]["position"] == 2 and abandon["data"]["wait_seconds"] > 0
    assert "one caller ahead" in channel.played[0].text  # composed: numbers are read as words
    assert await store.call("bj", enter["data"]["queue_call_id"]) == {}
    assert await store.check("bj") == []


async def test_overflow_to_national_centre_when_no_agent(store: AcdStore) -> None:
    clock = VirtualClock(OPEN_T0)
    await store.agent_login("cn", "n1", "PJSIP/n1", clock.now, ready=True)
    channel = ScriptedChannel(clock=clock, agents={"PJSIP/n1": DialResult("ANSWER", talk_seconds=10)})
    result = await gateway_for(store, clock).queue_call(
        channel, make_record(), RoutingDecision(centre="gd", overflow=["cn"]))
    assert result.outcome == "answered" and result.centre == "cn" and result.agent == "n1"
    events = await events_of(store, "call-1")
    assert [e["type"] for e in events] == ["ENTERQUEUE", "OVERFLOW", "CONNECT", "COMPLETEAGENT"]
    assert events[1]["data"]["enqueued_ms"] == events[0]["data"]["enqueued_ms"]
    assert await store.call("gd", result.queue_call_id or "") == {}  # home copy withdrawn
    assert await store.check("gd") == [] and await store.check("cn") == []


async def test_timeout_full_and_closed(store: AcdStore) -> None:
    clock = VirtualClock(OPEN_T0)
    store.config.centres["hb"].max_wait = 20
    gw = gateway_for(store, clock)
    result = await gw.queue_call(ScriptedChannel(clock=clock), make_record("t1"), RoutingDecision(centre="hb"))
    assert result.outcome == "timeout"
    assert [e["type"] for e in await events_of(store, "t1")] == ["ENTERQUEUE", "EXITWITHTIMEOUT"]
    await store.redis.hset("acd:{hb}:cfg", "max_queue", 1)
    await store.enqueue("hb", "blocker", call_id="b", enq_ms=clock.now, now_ms=clock.now)
    result = await gw.queue_call(ScriptedChannel(clock=clock), make_record("t2"), RoutingDecision(centre="hb"))
    assert result.outcome == "full"
    night = VirtualClock(NIGHT_T0)
    result = await gateway_for(store, night).queue_call(ScriptedChannel(clock=night), make_record("t3"),
                                                        RoutingDecision(centre="hb"))
    assert result.outcome == "closed"


async def test_callback_keeps_place_and_is_dialled_through_ami(store: AcdStore) -> None:
    clock = VirtualClock(OPEN_T0)
    await store.enqueue("bj", "ahead", call_id="x", enq_ms=clock.now - 1000, now_ms=clock.now)

    async def press_star(n: int) -> str | None:
        return "*"

    channel = ScriptedChannel(clock=clock, on_hold=press_star)
    result = await gateway_for(store, clock).queue_call(channel, make_record(), RoutingDecision(centre="bj"))
    assert result.outcome == "callback"
    assert channel.played[-1].prompt_id == "queue_callback"
    qcid = result.queue_call_id or ""
    assert (await store.call("bj", qcid))["state"] == "callback"
    await store.remove("bj", "ahead", "abandon", clock.now)

    peer = AmiPeer(answering={"PJSIP/a1"})
    await peer.start()
    ami = AmiClient("127.0.0.1", peer.port, "ivr", "s3cret")
    try:
        await store.agent_login("bj", "a1", "PJSIP/a1", clock.now, ready=True)
        dialer = CallbackDialer(store, EventLog(store.redis), ami, clock)
        assert await dialer.run_once("bj") == 1
    finally:
        await ami.close()
        await peer.stop()
    originate = next(a for a in peer.actions if a.get("Action") == "Originate")
    assert originate["Channel"] == "PJSIP/a1" and originate["Exten"] == "13812345678"
    assert originate["Context"] == "ivr-callback" and f"IVR_QCID={qcid}" in originate["Variable"]
    # the agent answered; the callback ends when the dialplan reports the caller reached
    assert (await store.call("bj", qcid))["state"] == "connected"
    assert await store.check("bj") == []
    assert await dialer.report(["bj", qcid, "ANSWER"]) == "done"
    types = [e["type"] for e in await events_of(store, "call-1")]
    assert types == ["ENTERQUEUE", "EXITWITHKEY", "CALLBACK_REQUEST", "CALLBACK_DIAL", "CONNECT", "CALLBACK_DONE"]
    assert await store.call("bj", qcid) == {}
    assert (await store.agent("bj", "a1"))["state"] in ("ready", "wrapup")
    assert await store.check("bj") == []


async def test_callback_agent_no_answer_goes_back_to_head(store: AcdStore) -> None:
    clock = VirtualClock(OPEN_T0)
    await store.enqueue("sh", "cb1", call_id="c", enq_ms=clock.now, now_ms=clock.now)
    await store.request_callback("sh", "cb1", "13900000000", clock.now)
    await store.agent_login("sh", "a1", "PJSIP/a1", clock.now, ready=True)
    peer = AmiPeer(answering=set())
    await peer.start()
    ami = AmiClient("127.0.0.1", peer.port, "ivr", "s3cret")
    try:
        assert await CallbackDialer(store, EventLog(store.redis), ami, clock).run_once("sh") == 1
    finally:
        await ami.close()
        await peer.stop()
    view = await store.poll("sh", "cb1", clock.now, renew=False)
    assert view is not None and view.state == "callback" and view.position == 1
    assert (await store.agent("sh", "a1"))["state"] == "paused"
    assert await store.check("sh") == []


async def test_caller_hangs_up_after_talking(store: AcdStore) -> None:
    clock = VirtualClock(OPEN_T0)
    await store.agent_login("bj", "a1", "PJSIP/a1", clock.now, ready=True)
    channel = ScriptedChannel(clock=clock, hangup_in_dial=True,
                              agents={"PJSIP/a1": DialResult("ANSWER", talk_seconds=90)})
    result = await gateway_for(store, clock).queue_call(channel, make_record(), RoutingDecision(centre="bj"))
    assert result.outcome == "answered" and result.agent == "a1"  # a conversation, not an abandon
    types = [e["type"] for e in await events_of(store, "call-1")]
    assert types == ["ENTERQUEUE", "CONNECT", "COMPLETECALLER"]
    assert await store.check("bj") == []


async def test_long_wait_repeats_position_and_periodic_announcements(store: AcdStore) -> None:
    clock = VirtualClock(OPEN_T0)
    centre = store.config.centres["nm"]
    centre.max_wait, centre.announce_every, centre.periodic_every = 300, 60, 90
    await store.agent_login("nm", "busy1", "PJSIP/b1", clock.now, ready=False)  # logged in, never ready
    channel = ScriptedChannel(clock=clock)
    result = await gateway_for(store, clock).queue_call(channel, make_record(language="en"),
                                                        RoutingDecision(centre="nm"))
    assert result.outcome == "timeout" and result.wait_seconds >= 300
    ids = [p.prompt_id for p in channel.played]
    assert ids.count("queue_position") >= 4 and ids.count("queue_periodic") >= 1
    assert ids[0] == "queue_position" and ids[-1] == "queue_timeout"
    assert "You are next in line" in channel.played[0].text
    assert await store.check("nm") == []


async def test_caller_hangs_up_while_agent_rings_is_abandon(store: AcdStore) -> None:
    clock = VirtualClock(OPEN_T0)
    await store.agent_login("bj", "a1", "PJSIP/a1", clock.now, ready=True)

    class HangsUpWhileRinging(ScriptedChannel):
        async def dial(self, endpoint: str, timeout: float, on_answer: AnswerHook | None = None) -> DialResult:
            self.clock.now += 2000
            raise CallerHangup()

    channel = HangsUpWhileRinging(clock=clock)
    with pytest.raises(CallerHangup):
        await gateway_for(store, clock).queue_call(channel, make_record(), RoutingDecision(centre="bj"))
    types = [e["type"] for e in await events_of(store, "call-1")]
    assert types == ["ENTERQUEUE", "ABANDON"]
    agent = await store.agent("bj", "a1")
    assert agent["state"] == "ready" and agent["call"] == ""
    assert await store.check("bj") == []


async def test_callback_with_overflow_copy_is_dialled_once(store: AcdStore) -> None:
    clock = VirtualClock(OPEN_T0)
    for centre in ("hn", "cn"):
        await store.enqueue(centre, "cbx", call_id="c", enq_ms=clock.now, now_ms=clock.now, home="hn",
                            overflow=centre != "hn")
        await store.request_callback(centre, "cbx", "13900000000", clock.now)
    await store.agent_login("cn", "n1", "PJSIP/n1", clock.now, ready=True)
    peer = AmiPeer(answering={"PJSIP/n1"})
    await peer.start()
    ami = AmiClient("127.0.0.1", peer.port, "ivr", "s3cret")
    try:
        dialer = CallbackDialer(store, EventLog(store.redis), ami, clock)
        assert await dialer.run_once("cn") == 1
        await store.agent_login("hn", "h1", "PJSIP/h1", clock.now, ready=True)
        assert await dialer.run_once("hn") == 0
        assert await dialer.report(["cn", "cbx", "ANSWER"]) == "done"
    finally:
        await ami.close()
        await peer.stop()
    assert await store.call("hn", "cbx") == {} and await store.call("cn", "cbx") == {}
    assert sum(1 for a in peer.actions if a.get("Action") == "Originate") == 1
    assert await store.check("hn") == [] and await store.check("cn") == []


async def test_full_queue_sends_the_call_on_along_its_chain(store: AcdStore) -> None:
    clock = VirtualClock(OPEN_T0)
    await store.redis.hset("acd:{gx}:cfg", "max_queue", 1)
    await store.agent_login("gx", "g1", "PJSIP/g1", clock.now, ready=False)
    await store.enqueue("gx", "blocker", call_id="b", enq_ms=clock.now, now_ms=clock.now)
    await store.agent_login("cn", "n1", "PJSIP/n1", clock.now, ready=True)
    channel = ScriptedChannel(clock=clock, agents={"PJSIP/n1": DialResult("ANSWER", talk_seconds=5)})
    record = make_record(region="45")
    record.speech = []
    result = await gateway_for(store, clock).queue_call(channel, record,
                                                        RoutingDecision(centre="gx", overflow=["cn"]))
    assert result.outcome == "answered" and result.centre == "cn"
    events = await events_of(store, "call-1")
    assert [e["type"] for e in events] == ["FULL", "OVERFLOW", "ENTERQUEUE", "CONNECT", "COMPLETEAGENT"]
    assert events[1]["data"]["reason"] == "queue full" and events[2]["data"]["centre"] == "cn"
    assert await store.call("gx", "blocker") != {}
    assert await store.check("gx") == [] and await store.check("cn") == []
