"""dial(): the caller is bridged to an agent's SIP phone (SIPp playing the phone)."""

from __future__ import annotations

import asyncio
import warnings
from pathlib import Path

import numpy as np
import pytest
from pydantic import SecretStr

from ivr.channel import Channel
from tests.sip.harness import Seen, free_udp_port, pcap, run_sipp, sip_server, wait_until
from tests.sip.media_tools import RtpEar, dominant_frequency, g711_wav, tone_wav
from tests.sip.test_sipp_scenarios import options

pytestmark = pytest.mark.timeout(120)


async def _call_agent(tmp_path: Path, agent_scenario: str, **option_overrides: object) -> tuple[Seen, RtpEar, list]:
    agent_port = free_udp_port()
    agent_dir = tmp_path / "agent"
    agent_dir.mkdir()
    voice = g711_wav(tone_wav(tmp_path / "agent.wav", 660, 1.0), tmp_path / "agent_pcmu.wav", "PCMU")
    seen = Seen()
    ear = await RtpEar().open()

    async def handler(channel: Channel) -> None:
        await channel.answer()
        keys = await channel.collect_digits(None, 2, timeout=8)
        seen.add("keys", keys.digits)
        dialled = await channel.dial(f"sip:agent1@127.0.0.1:{agent_port}", timeout=8)
        seen.add("dial", dialled)
        if dialled.status != "ANSWER":  # the caller's last key ends the call, as the scenario expects
            seen.add("after", (await channel.collect_digits(None, 1, timeout=5)).digits)
        seen.add("ports_after_dial", set(channel.endpoint.ports.in_use))  # type: ignore[attr-defined]
        await channel.hangup()

    try:
        async with sip_server(tmp_path, handler, options(**option_overrides)) as endpoint:
            agent = asyncio.create_task(run_sipp(
                agent_scenario, 0, agent_dir, {"stream": f"{voice},1,0"},
                extra=["-p", str(agent_port), "-d", "1500"], server_first=False))
            await asyncio.sleep(0.3)  # the phone is listening before the caller dials
            caller = await run_sipp("uac_call.xml", endpoint.address[1], tmp_path,
                                    {"rtp_port": str(ear.port), "digit_a": pcap("4"), "digit_b": pcap("pound"),
                                     "digit_c": pcap("0")})
            results = [caller, await agent]
            assert await wait_until(lambda: not endpoint.calls)
            seen.add("ports_at_end", set(endpoint.ports.in_use))
    finally:
        ear.close()
    return seen, ear, results


def _decoded(ear: RtpEar) -> np.ndarray:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import audioop

        return np.frombuffer(b"".join(audioop.ulaw2lin(p.payload, 2) for _, p in ear.packets),
                             dtype="<i2").astype(np.float64)


async def test_dial_bridges_the_caller_to_the_agent_phone(tmp_path: Path) -> None:
    seen, ear, results = await _call_agent(tmp_path, "agent_uas.xml")
    for result in results:
        assert result.returncode == 0, result.explain()
    assert seen.value("keys") == "4"
    dial = seen.value("dial")
    assert dial.status == "ANSWER"
    assert dial.talk_seconds >= 1.0
    assert seen.value("ports_after_dial") == {next(iter(seen.value("ports_after_dial")))}  # agent leg freed
    assert seen.value("ports_at_end") == set()
    # The agent's 660 Hz "voice" reached the caller through the relay.
    pcm = _decoded(ear)
    loud = np.nonzero(np.abs(pcm) > 1000)[0]
    assert loud.size > 4000
    assert dominant_frequency(pcm[loud[0]:loud[0] + 4000]) == pytest.approx(660, abs=5)


async def test_dial_answers_a_digest_challenge_from_the_agent_phone(tmp_path: Path) -> None:
    seen, _, results = await _call_agent(tmp_path, "agent_uas_auth.xml", agent_username="agent1",
                                         agent_password=SecretStr("s3cret-agent"))
    for result in results:
        assert result.returncode == 0, result.explain()
    assert seen.value("dial").status == "ANSWER"


async def test_dial_with_wrong_password_is_refused(tmp_path: Path) -> None:
    seen, _, results = await _call_agent(tmp_path, "agent_uas_auth.xml", agent_username="agent1",
                                         agent_password=SecretStr("wrong"))
    assert results[0].returncode == 0, results[0].explain()
    assert seen.value("dial").status == "CHANUNAVAIL"  # 403 from the phone


async def test_dial_busy_agent(tmp_path: Path) -> None:
    seen, _, results = await _call_agent(tmp_path, "agent_busy.xml")
    for result in results:
        assert result.returncode == 0, result.explain()
    assert seen.value("dial").status == "BUSY"
    assert seen.value("ports_at_end") == set()


async def test_dial_nobody_there_and_bad_endpoints(tmp_path: Path) -> None:
    seen = Seen()
    silent_port = free_udp_port()

    async def handler(channel: Channel) -> None:
        await channel.answer()
        seen.add("nobody", await channel.dial(f"sip:agent9@127.0.0.1:{silent_port}", timeout=1.0))
        seen.add("bad", await channel.dial("sip:agent1@127.0.0.1:5060;transport=tcp\r\nVia: x", timeout=1.0))
        seen.add("not_sip", await channel.dial("../../etc/passwd", timeout=1.0))
        seen.add("keys", (await channel.collect_digits(None, 4, timeout=5)).digits)
        await channel.hangup()

    async with sip_server(tmp_path, handler) as endpoint:
        result = await run_sipp("uac_call.xml", endpoint.address[1], tmp_path,
                                {"digit_a": pcap("1"), "digit_b": pcap("2"), "digit_c": pcap("pound")})
        assert result.returncode == 0, result.explain()
        assert await wait_until(lambda: not endpoint.calls)
        assert endpoint.ports.in_use == set()
    assert seen.value("nobody").status == "CHANUNAVAIL"
    assert seen.value("bad").status == "CHANUNAVAIL"
    assert seen.value("not_sip").status == "CHANUNAVAIL"
    assert seen.value("keys") == "12"  # keyed during the dial attempts, kept for the next question
