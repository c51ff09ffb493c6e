"""FastAGI server over real TCP against the Asterisk-faithful peer, with a scripted handler."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from agi_scripts.channel import AgiChannel
from agi_scripts.server import FastAgiServer
from ivr.channel import CallerHangup, ChannelError, Prompt
from tests.support.agi_peer import CallerScript, call

WELCOME = Prompt(prompt_id="welcome", language="zh", text="欢迎", menu_id="main")
ASK = Prompt(prompt_id="ask_region", language="zh", text="请输入", menu_id="main")


@dataclass
class Outcome:
    steps: list[Any] = field(default_factory=list)
    error: BaseException | None = None


async def flow(channel: AgiChannel, out: Outcome) -> None:
    """Every Channel operation once, in the order a complaint call uses them."""
    try:
        await channel.answer()
        await channel.set_variable("CALLER_NAME", channel.caller_name)
        out.steps.append(await channel.play(WELCOME, "12"))
        out.steps.append(await channel.collect_digits(ASK, 2, 3.0))
        out.steps.append(await channel.listen(None, [], 2.0))
        out.steps.append(await channel.record(None, "call1-statement", 60, 3))
        out.steps.append(await channel.hold(5, "1"))
        out.steps.append(await channel.dial("agent-bj-01", 20))
        out.steps.append(await channel.get_variable("CALLER_NAME"))
        await channel.hangup()
    except BaseException as exc:
        out.error = exc
        raise


class Harness:
    def __init__(self, server: FastAgiServer, outcomes: list[Outcome]) -> None:
        self.server = server
        self.outcomes = outcomes

    @property
    def port(self) -> int:
        return self.server.port


def make_server(tmp_path: Path, outcomes: list[Outcome], **kwargs: Any) -> FastAgiServer:
    async def handler(channel: AgiChannel) -> None:
        out = Outcome()
        outcomes.append(out)
        await flow(channel, out)

    options: dict[str, Any] = {"header_timeout": 2.0, "command_timeout": 2.0}
    options.update(kwargs)
    return FastAgiServer(handler=handler, sounds_dir=tmp_path / "sounds", spool_dir=tmp_path / "spool", **options)


@pytest_asyncio.fixture(loop_scope="function")
async def harness(tmp_path: Path) -> AsyncIterator[Harness]:
    outcomes: list[Outcome] = []
    server = make_server(tmp_path, outcomes)
    await server.start("127.0.0.1", 0)
    yield Harness(server, outcomes)
    await server.close()


async def test_full_flow_every_command_and_server_closes(harness: Harness, tmp_path: Path) -> None:
    script = CallerScript(keys=["2", "37#", "5", "1"], dial_status="ANSWER")
    result = await call("127.0.0.1", harness.port, script, calleridname="Zhang San")
    assert result.error == "" and result.closed_by_server and result.server_hung_up
    verbs = result.verbs()
    assert verbs[0] == "ANSWER"
    assert verbs[-1] == "HANGUP"
    assert {"STREAM FILE", "GET DATA", "WAIT FOR DIGIT", "RECORD FILE", "EXEC", "GET VARIABLE"} <= set(verbs)
    out = harness.outcomes[0]
    assert out.error is None
    barge, digits, heard, recording, held, dial, name = out.steps
    assert barge == "2"
    assert digits.digits == "37" and not digits.timed_out
    assert heard.kind == "keys" and heard.digits == "5"
    assert Path(recording.path) == tmp_path / "spool" / "call1-statement.wav"
    assert await asyncio.to_thread(os.path.exists, recording.path) and recording.ended_by == "silence"
    assert held == "1"
    # ANSWEREDTIME (42 here) is the caller channel's age in Asterisk 20: never taken for talk time
    assert dial.status == "ANSWER" and dial.caller_still_up and dial.talk_seconds == 0
    assert name == "Zhang San"
    assert "EXEC StartMusicOnHold default" in result.commands
    assert "EXEC StopMusicOnHold" in result.commands  # music stopped before dialling
    # the tone is the server's own sound: a stock Asterisk has no `beep` (RECORD FILE ... BEEP fails)
    statement = tmp_path / "spool" / "call1-statement"
    record_at = result.commands.index(f'RECORD FILE {statement} wav "#" 60000 s=3')
    assert result.commands[record_at - 1] == 'STREAM FILE ivr/system/beep ""'
    assert not any("BEEP" in cmd for cmd in result.commands)


async def test_caller_id_name_with_newline_in_header_runs_nothing(harness: Harness) -> None:
    """Asterisk writes the name raw, so the newline splits the header: the call is refused."""
    evil = 'x"\nEXEC System rm -rf /'
    result = await call("127.0.0.1", harness.port, CallerScript(keys=["", ""]), calleridname=evil)
    assert result.commands == [] and result.closed_by_server
    assert harness.outcomes == [] and harness.server.stats.bad_header == 1


async def test_caller_controlled_text_with_newline_goes_out_inert(tmp_path: Path) -> None:
    """The name (or recognised text) reaching a command carries no newline and no closing quote."""
    evil = 'x"\nEXEC System rm'

    async def handler(channel: AgiChannel) -> None:
        await channel.answer()
        await channel.set_variable("CALLER_NAME", evil)
        await channel.verbose(f"caller {evil}")
        await channel.hangup()

    server = FastAgiServer(handler=handler, sounds_dir=tmp_path, spool_dir=tmp_path, command_timeout=2)
    await server.start("127.0.0.1", 0)
    try:
        result = await call("127.0.0.1", server.port, CallerScript())
    finally:
        await server.close()
    assert result.verbs() == ["ANSWER", "SET VARIABLE", "VERBOSE", "SET VARIABLE", "HANGUP"]
    assert not any(cmd.startswith("EXEC") for cmd in result.commands)
    assert not any(reply.startswith(("510", "520")) for reply in result.replies)
    assert result.variables["CALLER_NAME"] == 'x" EXEC System rm'
    assert result.commands[1] == 'SET VARIABLE CALLER_NAME "x\\" EXEC System rm"'


async def test_injection_through_header_value_is_one_argument(tmp_path: Path) -> None:
    """A caller ID name with a quote and a backslash reaches SET VARIABLE as one inert argument."""
    outcomes: list[Outcome] = []
    server = make_server(tmp_path, outcomes)
    await server.start("127.0.0.1", 0)
    try:
        evil = 'x" EXEC System rm \\'
        result = await call("127.0.0.1", server.port, CallerScript(), calleridname=evil)
        set_lines = [cmd for cmd in result.commands if cmd.startswith("SET VARIABLE CALLER_NAME")]
        assert len(set_lines) == 1
        assert result.variables["CALLER_NAME"] == evil
        assert not any(cmd.startswith("EXEC System") for cmd in result.commands)
        assert result.verbs().count("EXEC") == result.commands.count("EXEC StartMusicOnHold default") + \
            result.commands.count("EXEC StopMusicOnHold") + sum(c.startswith("EXEC Dial") for c in result.commands)
    finally:
        await server.close()


async def count_commands(port: int) -> int:
    result = await call("127.0.0.1", port, CallerScript(keys=["", "", "", "", ""]))
    assert result.server_hung_up and result.closed_by_server
    return len(result.commands)


async def test_hangup_during_every_command(harness: Harness) -> None:
    total = await count_commands(harness.port)
    assert total >= 10
    for step in range(1, total):
        result = await call("127.0.0.1", harness.port, CallerScript(hangup_at=step))
        assert result.caller_hung_up, step
        assert result.closed_by_server, step
        # after the hangup the server may still read variables, but sends at most the one
        # channel command that learns of it (511)
        assert result.channel_commands_after_hangup <= 1, (step, result.commands)
        out = harness.outcomes[-1]
        later = result.verbs()[step:]
        if any(verb not in ("SET VARIABLE", "GET VARIABLE", "HANGUP") for verb in later):
            assert isinstance(out.error, CallerHangup), (step, out.error)


async def test_hangup_between_commands(harness: Harness) -> None:
    total = await count_commands(harness.port)
    for step in range(1, total - 1):
        result = await call("127.0.0.1", harness.port, CallerScript(hangup_after_reply=step))
        assert result.caller_hung_up and result.closed_by_server, step
        assert result.channel_commands_after_hangup <= 1, (step, result.commands)
        # a Dial that ended with -1 learns of the hangup from its CHANNEL STATUS probe
        assert isinstance(harness.outcomes[-1].error, CallerHangup) or result.verbs()[step] in (
            "SET VARIABLE", "GET VARIABLE", "CHANNEL STATUS"), step


async def test_hangup_without_agisighup_is_found_by_probe(harness: Harness) -> None:
    result = await call("127.0.0.1", harness.port, CallerScript(hangup_at=3, agisighup=False))
    assert isinstance(harness.outcomes[-1].error, CallerHangup)
    assert result.verbs()[3] == "CHANNEL STATUS"  # -1 on STREAM FILE, then the probe got 511
    assert result.closed_by_server


async def test_agi_exit_on_hangup(harness: Harness) -> None:
    result = await call("127.0.0.1", harness.port, CallerScript(hangup_at=4, exit_on_hangup=True))
    assert result.caller_hung_up
    await asyncio.sleep(0.05)
    assert isinstance(harness.outcomes[-1].error, (CallerHangup, ChannelError))
    assert harness.server.stats.active == 0


async def test_record_ended_by_hangup_keeps_statement(harness: Harness) -> None:
    total_before = await count_commands(harness.port)
    probe = await call("127.0.0.1", harness.port, CallerScript(keys=["", "", ""]))
    record_step = probe.verbs().index("RECORD FILE") + 1
    assert total_before == len(probe.commands)
    result = await call("127.0.0.1", harness.port, CallerScript(hangup_at=record_step))
    out = harness.outcomes[-1]
    recording = out.steps[3]
    assert recording.ended_by == "hangup" and await asyncio.to_thread(os.path.exists, recording.path)
    assert isinstance(out.error, CallerHangup)  # the next channel command ended the flow
    assert result.closed_by_server


async def test_missing_sound_does_not_drop_the_call(harness: Harness) -> None:
    result = await call("127.0.0.1", harness.port,
                        CallerScript(missing_sounds={"ivr/zh/main/welcome"}, keys=["", "", ""]))
    assert "CHANNEL STATUS" in result.verbs()
    assert harness.outcomes[-1].error is None
    assert result.server_hung_up


@pytest.mark.parametrize("kind", ["garbage", "truncated", "overlong", "bad_code", "usage", "eof"])
async def test_malformed_reply_ends_call_and_server_survives(harness: Harness, kind: str) -> None:
    result = await call("127.0.0.1", harness.port, CallerScript(misbehave_at=4, misbehaviour=kind))
    await asyncio.sleep(0.05)
    out = harness.outcomes[-1]
    assert isinstance(out.error, (ChannelError, CallerHangup)), kind
    assert len(result.commands) == 4
    assert harness.server.stats.active == 0
    healthy = await call("127.0.0.1", harness.port, CallerScript(keys=["", ""]))
    assert healthy.server_hung_up and harness.outcomes[-1].error is None


async def test_non_utf8_variable_value_is_decoded_with_replacement(harness: Harness) -> None:
    total = await count_commands(harness.port)
    # the last three commands: GET VARIABLE (the name), SET VARIABLE IVR_DONE 1, HANGUP
    result = await call("127.0.0.1", harness.port,
                        CallerScript(misbehave_at=total - 2, misbehaviour="nonutf8", keys=["", ""]))
    out = harness.outcomes[-1]
    assert out.error is None and result.server_hung_up
    assert "\ufffd" in out.steps[-1] and out.steps[-1].endswith("caf\ufffd")


async def test_silent_peer_times_out(tmp_path: Path) -> None:
    outcomes: list[Outcome] = []
    server = make_server(tmp_path, outcomes, command_timeout=0.3, header_timeout=0.3)
    await server.start("127.0.0.1", 0)
    try:
        result = await call("127.0.0.1", server.port, CallerScript(misbehave_at=2, misbehaviour="silent"))
        assert result.closed_by_server and len(result.commands) == 2
        assert isinstance(outcomes[-1].error, ChannelError)
        silent = await call("127.0.0.1", server.port, CallerScript(header_mode="silent"))
        assert silent.closed_by_server and silent.commands == []
        assert server.stats.bad_header == 1
    finally:
        await server.close()


async def test_slow_peer_within_time_limit_completes(tmp_path: Path) -> None:
    outcomes: list[Outcome] = []
    server = make_server(tmp_path, outcomes, command_timeout=1.0)
    await server.start("127.0.0.1", 0)
    try:
        result = await call("127.0.0.1", server.port, CallerScript(reply_delay=0.02, keys=["", ""]))
        assert result.server_hung_up and outcomes[-1].error is None
    finally:
        await server.close()


@pytest.mark.parametrize("mode", ["partial", "overlong", "garbage", "many"])
async def test_bad_header_block_is_refused(tmp_path: Path, mode: str) -> None:
    outcomes: list[Outcome] = []
    server = make_server(tmp_path, outcomes, header_timeout=0.3)
    await server.start("127.0.0.1", 0)
    try:
        result = await call("127.0.0.1", server.port, CallerScript(header_mode=mode))
        assert result.closed_by_server and result.commands == []
        assert outcomes == [] and server.stats.bad_header == 1
    finally:
        await server.close()


async def test_unknown_script_is_refused(harness: Harness) -> None:
    result = await call("127.0.0.1", harness.port, CallerScript(), script="other")
    assert result.closed_by_server and result.commands == []


async def test_disallowed_host_refused_before_reading(tmp_path: Path) -> None:
    outcomes: list[Outcome] = []
    server = make_server(tmp_path, outcomes, allowed_hosts=["10.9.9.9", "192.0.2.0/24"])
    await server.start("127.0.0.1", 0)
    try:
        result = await call("127.0.0.1", server.port, CallerScript())
        assert result.closed_by_server and result.commands == []
        assert server.stats.refused == 1 and outcomes == []
    finally:
        await server.close()


async def test_200_concurrent_calls(harness: Harness) -> None:
    scripts: list[Callable[[], CallerScript]] = [
        lambda: CallerScript(keys=["1", "12#", "3", "", "1"]),
        lambda: CallerScript(hangup_at=5),
        lambda: CallerScript(keys=["", "", ""], dial_status="BUSY"),
    ]
    results = await asyncio.gather(*(
        call("127.0.0.1", harness.port, scripts[n % 3](), uniqueid=f"1795963818.{n}") for n in range(200)
    ))
    assert all(r.closed_by_server and r.error == "" for r in results)
    assert sum(r.server_hung_up for r in results) == 133
    assert sum(r.caller_hung_up for r in results) == 67
    assert len(harness.outcomes) == 200
    busy = [o for o in harness.outcomes if o.error is None and o.steps[5].status == "BUSY"]
    assert len(busy) == 66
    assert harness.server.stats.active == 0
