"""Real SIPp calls against the embedded SIP endpoint: digits, codecs, OPTIONS."""

from __future__ import annotations

from pathlib import Path

import pytest

from ivr.channel import CallerHangup, Channel
from tests.sip.harness import Seen, pcap, run_sipp, sip_server, wait_until

pytestmark = pytest.mark.timeout(120)


@pytest.mark.parametrize(("codec", "pt"), [("PCMU", "0"), ("PCMA", "8")])
async def test_rfc2833_digits_reach_the_handler(tmp_path: Path, codec: str, pt: str) -> None:
    seen = Seen()

    async def handler(channel: Channel) -> None:
        seen.channels.append(channel)
        try:
            await channel.answer()
            result = await channel.collect_digits(None, max_digits=4, timeout=8)
            seen.add("digits", result)
            await channel.hangup()
        except CallerHangup as exc:
            seen.add("hangup", exc.reason)
        finally:
            seen.done.set()

    async with sip_server(tmp_path, handler) as endpoint:
        result = await run_sipp("uac_call.xml", endpoint.address[1], tmp_path,
                                {"codec": codec, "pt": pt, "digit_a": pcap("3"), "digit_b": pcap("7"),
                                 "digit_c": pcap("pound")})
        assert result.returncode == 0, result.explain()
        assert await wait_until(seen.done.is_set)
        digits = seen.value("digits")
        assert digits.digits == "37"
        assert not digits.timed_out
        channel = seen.channels[0]
        assert channel.caller == "13812345678"
        assert channel.dnis == "12315"
        stream = channel.call.stream  # type: ignore[attr-defined]
        assert stream.codec == codec
        assert stream.packets_sent > 0
        assert await wait_until(lambda: not endpoint.ports.in_use)


async def test_options_answered(tmp_path: Path) -> None:
    async def handler(channel: Channel) -> None:
        raise AssertionError("OPTIONS must not start a call")

    async with sip_server(tmp_path, handler) as endpoint:
        result = await run_sipp("options.xml", endpoint.address[1], tmp_path)
        assert result.returncode == 0, result.explain()
        assert endpoint.calls_handled == 0
