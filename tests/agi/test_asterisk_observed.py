"""Whole calls through the Asterisk-faithful peer, in the cases a real Asterisk 20 showed
(AGI-FACTS.md, "More observed replies"; shared/asterisk-transcripts/): the agent hangs up
first, the caller hangs up during the talk, RECORD FILE fails on a live channel, core
sounds are missing, an abandoned call, a callback whose caller is not reached, a worker
that lets go of a live call. Real redis-server, real SQLite through the records writer."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest_asyncio
from sqlalchemy import select

from agi_scripts.channel import AgiChannel
from agi_scripts.server import FastAgiServer
from ivr.events import RedisEventSink
from ivr.serve import dialplan_signals
from ivr.web.dashboard_api import today_history
from queueing.ami import AmiClient
from queueing.callback import DEFAULT_MAX_ATTEMPTS, CallbackDialer
from queueing.events import EventLog, decode_entry
from queueing.stats import centre_figures
from records.call_tickets import CallTicketService, remember_call_ticket
from records.db import make_engine, migrate, session_factory
from records.models import CallEvent, Complaint, QueueLeg
from records.reports import centre_daily
from records.writer import RecordsWriter
from tests.agi.test_queue_calls import AGENT_ENDPOINT, QueueRig, running_rig
from tests.queueing.ami_peer import AmiPeer
from tests.support.agi_peer import AgiPeer, CallerScript, PeerResult, call, header_lines

COMPLAINT_KEYS = ["1", "1", "1", "1", "1"]
SECRET = "test-secret-key-for-hashes"


class ObservedRig(QueueRig):
    """The queue rig with what `ivr serve` adds: dialplan signals, tickets from SQL, and
    engine events into the same Redis stream the records writer reads."""

    def __init__(self, tmp_path: Path, redis: Any) -> None:
        super().__init__(tmp_path, redis)
        url = f"sqlite:///{tmp_path / 'records.db'}"
        migrate(url)
        self.sessions = session_factory(make_engine(url))
        self.services.tickets = CallTicketService(redis)
        self.services.events = RedisEventSink(redis)
        self.server.signals = dialplan_signals(self.services)

    async def run(self, caller: CallerScript, call_id: str) -> tuple[PeerResult, dict[str, Any]]:
        result = await call("127.0.0.1", self.server.port, caller, callerid="01088886666", uniqueid=call_id,
                            idle_timeout=30)
        for _ in range(300):
            entries = await self.events_of(call_id)
            ends = [e["data"] for e in entries if e["type"] == "CALL_END"]
            if ends:
                return result, ends[0]
            await asyncio.sleep(0.01)
        raise AssertionError(f"no CALL_END: {result.commands[-5:]}")

    async def events_of(self, call_id: str) -> list[dict[str, Any]]:
        entries = await self.redis.xrange("ivr:events")
        return [e for e in (decode_entry(fields) for _, fields in entries) if e["call_id"] == call_id]

    async def write_records(self) -> None:
        await RecordsWriter(self.redis, self.sessions, SECRET, consumer="t", group="records").drain()

    async def signal(self, script: str, args: list[str]) -> PeerResult:
        """A dialplan line ``AGI(agi://<ivr>/<script>,<args>)``, as Asterisk runs it."""
        headers = header_lines(script=script, port=self.server.port, args=args, callerid="12315")
        return await AgiPeer(CallerScript(), headers).run("127.0.0.1", self.server.port)


@pytest_asyncio.fixture(loop_scope="function")
async def rig(tmp_path: Path, redis_url: str) -> AsyncIterator[ObservedRig]:
    async with running_rig(ObservedRig, tmp_path, redis_url) as running:
        yield running


def after_dial(result: PeerResult) -> list[str]:
    dial_at = next(n for n, c in enumerate(result.commands) if c.startswith("EXEC Dial"))
    return result.commands[dial_at + 1:]


async def test_agent_hangs_up_first_caller_hears_how_to_follow_up_and_call_ends(rig: ObservedRig) -> None:
    await rig.store.agent_login("bj", "a1", AGENT_ENDPOINT, rig.clock() - 60_000, ready=True)
    seen: dict[str, str] = {}

    async def while_talking() -> None:  # what the agent desk reads from the ACD during the talk
        agent = await rig.store.agent("bj", "a1")
        seen["agent"] = agent.get("state", "")
        seen["call"] = (await rig.store.call("bj", agent.get("call", ""))).get("state", "")

    script = CallerScript(keys=list(COMPLAINT_KEYS), dial_ended_by="agent", talk_seconds=1.0,
                          during_talk=while_talking)
    result, record = await rig.run(script, "obs.1")
    # connected from the answer, while the talk lasts (Dial's U() subroutine reached the server)
    assert seen == {"agent": "busy", "call": "connected"}
    assert len(result.subroutines) == 1 and result.subroutines[0].closed_by_server
    assert result.subroutines[0].error == ""
    # Dial's -1 was checked (the caller is still there), the caller heard the closing words,
    # and the server hung up: the dialplan does not continue, no fallback
    later = after_dial(result)
    assert later[:2] == ["CHANNEL STATUS", "GET VARIABLE DIALSTATUS"]
    assert 'STREAM FILE ivr/zh/12315/closing ""' in later
    assert later[-2:] == ["SET VARIABLE IVR_DONE 1", "HANGUP"]
    assert result.server_hung_up and not result.caller_hung_up and result.dialplan_next == "none"
    assert "GET VARIABLE ANSWEREDTIME" not in result.commands
    assert record["outcome"] == "answered" and record["queue"]["agent"] == "a1"
    assert [p["node"] for p in record["path"]][-2:] == ["after_agent", "closing"]
    events = await rig.events_of("obs.1")
    acd = [e for e in events if e["type"] in ("ENTERQUEUE", "CONNECT", "COMPLETEAGENT", "COMPLETECALLER")]
    assert [e["type"] for e in acd] == ["ENTERQUEUE", "CONNECT", "COMPLETEAGENT"]
    talk = acd[-1]["data"]["talk_seconds"]
    # talk time runs from the answer: the peer talked 1 s; ANSWEREDTIME would have said 43+
    assert 1.0 <= talk < script.answered_time
    await rig.write_records()
    with rig.sessions() as session:
        legs = list(session.scalars(select(QueueLeg).where(QueueLeg.call_id == "obs.1")))
    assert [(leg.outcome, leg.agent) for leg in legs] == [("answered", "a1")]
    assert legs[0].handle_seconds is not None and legs[0].handle_seconds >= 1.0


async def test_closing_words_carry_the_ticket_the_agent_filed_during_the_talk(rig: ObservedRig) -> None:
    await rig.store.agent_login("bj", "a1", AGENT_ENDPOINT, rig.clock() - 60_000, ready=True)

    async def file_complaint() -> None:  # what the complaints API does when the agent files
        with rig.sessions.begin() as session:
            session.add(Complaint(ticket="T20261201001", kind="complaint", call_id="obs.2",
                                  received_on=date(2026, 12, 1)))
        await remember_call_ticket(rig.redis, "obs.2", "T20261201001")

    result, record = await rig.run(CallerScript(keys=list(COMPLAINT_KEYS), during_talk=file_complaint), "obs.2")
    assert record["slots"]["ticket"] == "T20261201001"
    assert [p["node"] for p in record["path"]][-2:] == ["after_agent", "closing_ticket"]
    # the sentence with the ticket is composed from pieces built ahead (read digit by digit)
    played = [c.split()[2] for c in after_dial(result) if c.startswith("STREAM FILE")]
    assert any(name.startswith("ivr/zh/pieces/") for name in played), played
    assert result.dialplan_next == "none"


async def test_caller_hangs_up_during_the_closing_words(rig: ObservedRig) -> None:
    await rig.store.agent_login("bj", "a1", AGENT_ENDPOINT, rig.clock() - 60_000, ready=True)
    probe, _ = await rig.run(CallerScript(keys=list(COMPLAINT_KEYS)), "obs.12")
    closing_at = next(n for n, c in enumerate(probe.commands, start=1) if "ivr/zh/12315/closing" in c)
    await rig.store.agent_action("bj", "a1", "ready", rig.clock())
    result, record = await rig.run(CallerScript(keys=list(COMPLAINT_KEYS), hangup_at=closing_at), "obs.13")
    # the talk happened: the call stays answered, and says the caller left during the closing words
    assert record["outcome"] == "answered" and record["hangup_node"] == "closing"
    assert result.channel_commands_after_hangup <= 1 and result.dialplan_next == "none"


async def test_caller_hangs_up_during_the_talk(rig: ObservedRig) -> None:
    await rig.store.agent_login("bj", "a1", AGENT_ENDPOINT, rig.clock() - 60_000, ready=True)
    result, record = await rig.run(CallerScript(keys=list(COMPLAINT_KEYS), dial_ended_by="caller"), "obs.3")
    assert record["outcome"] == "answered" and record["queue"]["outcome"] == "answered"
    # -1 then HANGUP: nothing more is played; the CHANNEL STATUS probe (511) is the one
    # channel command that learns of it, then at most variables are read
    assert not any(c.startswith(("STREAM FILE", "HANGUP")) for c in after_dial(result))
    assert result.channel_commands_after_hangup <= 1 and result.dialplan_next == "none"
    types = [e["type"] for e in await rig.events_of("obs.3")]
    assert "COMPLETECALLER" in types and "COMPLETEAGENT" not in types


async def test_stock_asterisk_without_core_sounds_records_the_statement(rig: ObservedRig) -> None:
    # nobody at the centre: the caller asks for a callback (*) while waiting
    result, record = await rig.run(CallerScript(keys=[*COMPLAINT_KEYS, "*"], core_sounds=False), "obs.4")
    assert not any("BEEP" in c or "silence/1" in c for c in result.commands)
    record_at = next(n for n, c in enumerate(result.commands) if c.startswith("RECORD FILE"))
    assert result.commands[record_at - 1] == 'STREAM FILE ivr/system/beep ""'
    assert record["slots"]["statement"].endswith("-statement.wav")
    assert record["outcome"] != "caller_hangup" and record["hangup_reason"] is None


async def test_record_file_failing_on_a_live_channel_is_not_a_hangup(rig: ObservedRig) -> None:
    result, record = await rig.run(CallerScript(keys=[*COMPLAINT_KEYS, "*"], record_error="writefile"), "obs.5")
    record_at = next(n for n, c in enumerate(result.commands) if c.startswith("RECORD FILE"))
    assert result.replies[record_at] == "200 result=-1 (writefile) endpos=0"
    assert result.commands[record_at + 1] == "CHANNEL STATUS"
    statement = next(p for p in record["path"] if p["node"] == "statement_record")
    assert statement["result"] == "not_recorded" and statement["detail"]["ended_by"] == "failed:writefile"
    assert "statement" not in record["slots"]
    # the call went on to the queue (nobody there: a callback asked for with *), then hung up
    assert record["outcome"] == "callback_promised" and record["hangup_reason"] is None
    assert result.server_hung_up and not result.caller_hung_up and result.dialplan_next == "none"


async def test_the_peer_answers_like_a_stock_asterisk(rig: ObservedRig) -> None:
    """The stand-in itself, against the observed replies: the server is replaced by a
    handler that sends Asterisk's own sound names."""
    replies: dict[str, str] = {}

    async def handler(channel: AgiChannel) -> None:
        for line in (("GET DATA", "silence/1", 6000, 1), ("RECORD FILE", "/tmp/x", "wav", "#", 1000, "BEEP", "s=6"),
                     ("CHANNEL STATUS",)):
            reply = await channel.session.command(*line, probe=False)  # type: ignore[arg-type]
            replies[str(line[0])] = f"{reply.code} result={reply.result}" + (f" ({reply.data})" if reply.data else "")

    server = FastAgiServer(handler=handler, sounds_dir=rig.settings.sounds_dir, spool_dir=rig.settings.spool_dir,
                           command_timeout=5)
    await server.start("127.0.0.1", 0)
    try:
        result = await call("127.0.0.1", server.port, CallerScript())
    finally:
        await server.close()
    assert replies == {"GET DATA": "200 result=-1", "RECORD FILE": "200 result=-1 (randomerror)",
                       "CHANNEL STATUS": "200 result=6"}
    # the handler let go of a live call without IVR_DONE: the dialplan falls back
    assert result.dialplan_next == "fallback" and not result.server_hung_up


async def test_worker_that_dies_mid_call_leaves_it_to_the_fallback(rig: ObservedRig) -> None:
    async def dies(channel: AgiChannel) -> None:
        await channel.answer()
        raise RuntimeError("worker lost")

    server = FastAgiServer(handler=dies, sounds_dir=rig.settings.sounds_dir, spool_dir=rig.settings.spool_dir)
    await server.start("127.0.0.1", 0)
    try:
        result = await call("127.0.0.1", server.port, CallerScript())
    finally:
        await server.close()
    assert result.closed_by_server and result.dialplan_next == "fallback"
    normal, _ = await rig.run(CallerScript(keys=[*COMPLAINT_KEYS, "*"]), "obs.6")
    assert normal.dialplan_next == "none" and normal.server_hung_up


async def test_abandoned_call_is_one_queue_leg(rig: ObservedRig) -> None:
    probe, _ = await rig.run(CallerScript(keys=[*COMPLAINT_KEYS, "*"]), "obs.7")
    holds = [n for n, c in enumerate(probe.commands, start=1) if c.startswith("WAIT FOR DIGIT")]
    result, record = await rig.run(CallerScript(keys=list(COMPLAINT_KEYS), hangup_at=holds[0]), "obs.8")
    assert record["outcome"] == "abandoned" and record["queue"]["queue_call_id"]
    qcid = record["queue"]["queue_call_id"]
    entered = {e["data"]["centre"] for e in await rig.events_of("obs.8") if e["type"] in ("ENTERQUEUE", "OVERFLOW")}
    await rig.write_records()
    with rig.sessions() as session:
        legs = list(session.scalars(select(QueueLeg).where(QueueLeg.call_id == "obs.8")))
    # one leg per centre the call waited at (bj, and cn after the overflow), none keyed by the call id
    assert sorted((leg.centre, leg.outcome, leg.leg_key) for leg in legs) == sorted(
        (centre, "abandoned", qcid) for centre in entered)
    # the live figures count one abandoned call too
    abandoned = [await rig.redis.hget(f"acd:{{{centre}}}:stat", "abandon") for centre in sorted(entered)]
    assert sum(int(count or 0) for count in abandoned) == 1


async def test_callback_caller_not_reached_goes_back_to_the_head_then_is_given_up(rig: ObservedRig) -> None:
    now = rig.clock()
    await rig.store.enqueue("bj", "cbq1", call_id="obs.9", enq_ms=now, now_ms=now)
    await rig.store.request_callback("bj", "cbq1", "13800138000", now)
    await rig.store.enqueue("bj", "later", call_id="obs.10", enq_ms=now + 1, now_ms=now)
    peer = AmiPeer(answering={AGENT_ENDPOINT})
    await peer.start()
    ami = AmiClient("127.0.0.1", peer.port, "ivr", "s3cret")
    dialer = CallbackDialer(rig.store, EventLog(rig.redis), ami, rig.clock)
    try:
        await rig.store.agent_login("bj", "a1", AGENT_ENDPOINT, now, ready=True)
        assert await dialer.run_once("bj") == 1
        # the agent answered the originate: busy with the callback until the dialplan reports
        assert (await rig.store.call("bj", "cbq1"))["state"] == "connected"
        signal = await rig.signal("callback-result", ["bj", "cbq1", "NOANSWER"])
        assert signal.closed_by_server and signal.commands == []
        view = await rig.store.poll("bj", "cbq1", rig.clock(), renew=False)
        assert view is not None and view.state == "callback" and view.position == 1  # ahead of "later"
        assert (await rig.store.agent("bj", "a1"))["state"] in ("ready", "wrapup")
        # a second report of the same attempt (the h extension) changes nothing
        await rig.signal("callback-result", ["bj", "cbq1", "NOANSWER"])
        assert (await rig.store.call("bj", "cbq1"))["cb_tries"] == "1"
        for status in ("BUSY", "CONGESTION")[: DEFAULT_MAX_ATTEMPTS - 1]:
            if (await rig.store.agent("bj", "a1"))["state"] == "wrapup":
                await rig.store.agent_action("bj", "a1", "wrapup_end", rig.clock())
            assert await dialer.run_once("bj") == 1
            await rig.signal("callback-result", ["bj", "cbq1", status])
    finally:
        await ami.close()
        await peer.stop()
    assert await rig.store.call("bj", "cbq1") == {}
    types = [e["type"] for e in await rig.events_of("obs.9")]
    assert types.count("CALLBACK_DIAL") == DEFAULT_MAX_ATTEMPTS == types.count("CALLBACK_ATTEMPT") == 3
    assert types[-1] == "CALLBACK_FAILED" and "CALLBACK_DONE" not in types
    assert await rig.store.check("bj") == []
    await rig.write_records()
    with rig.sessions() as session:
        legs = list(session.scalars(select(QueueLeg).where(QueueLeg.queue_call_id == "cbq1")))
        attempts = list(session.scalars(select(CallEvent).where(CallEvent.call_id == "obs.9",
                                                                 CallEvent.type == "CALLBACK_ATTEMPT")
                                        .order_by(CallEvent.id)))
    assert [leg.outcome for leg in legs] == ["callback_failed"]
    # a record of each attempt: its number, the limit and how the call to the caller ended
    assert [(e.data["attempt"], e.data["max_attempts"], e.data["dial_status"]) for e in attempts] == [
        (1, 3, "NOANSWER"), (2, 3, "BUSY"), (3, 3, "CONGESTION")]
    # a callback given up is in neither the live figures' offered calls nor the report's
    live = (await centre_figures(rig.store, "bj", rig.clock())).windows[-1]
    with rig.sessions() as session:
        report = centre_daily(session, date(2026, 12, 2), date(2026, 12, 2), centre="bj")
    assert [(row["offered"], row["answered"], row["abandoned"]) for row in report] in (
        [], [(live.offered, live.answered, live.abandoned)])


async def test_callback_caller_reached_is_done(rig: ObservedRig) -> None:
    now = rig.clock()
    await rig.store.enqueue("bj", "cbq2", call_id="obs.11", enq_ms=now, now_ms=now)
    await rig.store.request_callback("bj", "cbq2", "13800138000", now)
    peer = AmiPeer(answering={AGENT_ENDPOINT})
    await peer.start()
    ami = AmiClient("127.0.0.1", peer.port, "ivr", "s3cret")
    try:
        await rig.store.agent_login("bj", "a1", AGENT_ENDPOINT, now, ready=True)
        assert await CallbackDialer(rig.store, EventLog(rig.redis), ami, rig.clock).run_once("bj") == 1
        await rig.signal("callback-result", ["bj", "cbq2", "ANSWER"])
    finally:
        await ami.close()
        await peer.stop()
    assert await rig.store.call("bj", "cbq2") == {}
    types = [e["type"] for e in await rig.events_of("obs.11")]
    assert types[-1] == "CALLBACK_DONE" and "CALLBACK_ATTEMPT" not in types
    assert await rig.store.check("bj") == []


async def test_bad_signals_change_nothing(rig: ObservedRig) -> None:
    await rig.store.agent_login("bj", "a1", AGENT_ENDPOINT, rig.clock(), ready=True)
    for script, args in (("agent-answered", ["bj", "nosuchcall", "a1"]), ("agent-answered", ["zz", "x", "a1"]),
                         ("agent-answered", []), ("callback-result", ["bj", "bad id with spaces", "ANSWER"]),
                         ("callback-result", ["nowhere", "q", "ANSWER"])):
        result = await rig.signal(script, args)
        assert result.closed_by_server and result.commands == [], (script, args)
    assert (await rig.store.agent("bj", "a1"))["state"] == "ready"
    assert await rig.store.check("bj") == []


async def test_reports_agree_with_the_live_figures_on_the_same_calls(rig: ObservedRig) -> None:
    """Answered; abandoned while an agent was at work; abandoned after overflowing to the
    national centre; answered there after overflowing: the SQL report of the day counts each
    call at the centre the ACD's live figures count it (issue 20: 43 offered / 42 abandoned in
    the report where the live figures said 22 / 21)."""
    await rig.store.agent_login("bj", "a1", AGENT_ENDPOINT, rig.clock() - 60_000, ready=True)
    await rig.run(CallerScript(keys=list(COMPLAINT_KEYS)), "agr.1")
    await rig.run(CallerScript(keys=list(COMPLAINT_KEYS), hangup_on="WAIT FOR DIGIT"), "agr.2")
    await rig.store.agent_action("bj", "a1", "logout", rig.clock())
    await rig.run(CallerScript(keys=list(COMPLAINT_KEYS), hangup_on="WAIT FOR DIGIT"), "agr.3")
    await rig.store.agent_login("cn", "n1", "PJSIP/agent-cn-01", rig.clock() - 60_000, ready=True)
    _, answered_elsewhere = await rig.run(CallerScript(keys=list(COMPLAINT_KEYS)), "agr.4")
    assert answered_elsewhere["queue"]["centre"] == "cn" and answered_elsewhere["outcome"] == "answered"
    await rig.write_records()
    with rig.sessions() as session:
        report = {row["centre"]: row for row in centre_daily(session, date(2026, 12, 2), date(2026, 12, 2))}
    live = {centre: (await centre_figures(rig.store, centre, rig.clock())).windows[-1] for centre in ("bj", "cn")}
    counted = {centre: (row["offered"], row["answered"], row["abandoned"]) for centre, row in report.items()}
    assert counted["bj"] == (live["bj"].offered, live["bj"].answered, live["bj"].abandoned) == (3, 1, 2)
    assert counted["cn"] == (live["cn"].offered, live["cn"].answered, live["cn"].abandoned) == (1, 1, 0)
    # the last two calls waited at both centres (overflow), as one leg at each
    with rig.sessions() as session:
        legs = list(session.scalars(select(QueueLeg).where(QueueLeg.call_id.in_(["agr.3", "agr.4"]))))
    assert sorted((leg.call_id, leg.centre) for leg in legs) == [
        ("agr.3", "bj"), ("agr.3", "cn"), ("agr.4", "bj"), ("agr.4", "cn")]
    assert report["bj"]["overflowed"] == 2
    # the supervisor's calls per half hour count them the same way
    with rig.sessions() as session:
        midnight = datetime(2026, 12, 2, tzinfo=ZoneInfo("Asia/Shanghai"))
        halves = {centre: today_history(session, centre, midnight)["half_hours"] for centre in ("bj", "cn")}
    assert {centre: tuple(sum(slot[figure] for slot in slots) for figure in ("offered", "answered", "abandoned"))
            for centre, slots in halves.items()} == {"bj": (3, 1, 2), "cn": (1, 1, 0)}


async def test_timed_out_call_is_one_queue_leg_counted_as_live(rig: ObservedRig) -> None:
    """A caller who waits past the centre's longest wait leaves with the time-out words: one leg,
    ``timeout``, offered once in the report as in the live figures."""
    rig.acd_config.centres["bj"] = rig.acd_config.centres["bj"].model_copy(update={"max_wait": 1, "overflow": []})
    await rig.store.apply_config()
    await rig.store.agent_login("bj", "a1", AGENT_ENDPOINT, rig.clock() - 60_000, ready=False)  # paused
    script = CallerScript(keys=list(COMPLAINT_KEYS), wait_digit_delay=0.5)
    result, record = await rig.run(script, "to.1")
    assert record["queue"]["outcome"] == "timeout" and result.server_hung_up and result.dialplan_next == "none"
    await rig.write_records()
    with rig.sessions() as session:
        legs = list(session.scalars(select(QueueLeg).where(QueueLeg.call_id == "to.1")))
        report = centre_daily(session, date(2026, 12, 2), date(2026, 12, 2), centre="bj")
    assert [(leg.centre, leg.outcome) for leg in legs] == [("bj", "timeout")]
    live = (await centre_figures(rig.store, "bj", rig.clock())).windows[-1]
    assert (live.offered, live.timed_out) == (1, 1)
    assert (report[0]["offered"], report[0]["answered"], report[0]["abandoned"]) == (live.offered, 0, 0)
