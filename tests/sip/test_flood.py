"""A flood of new calls from one address is held to its limit while another address's calls complete.

SIPp on 127.0.0.2 places calls far above the per-source new-dialog rate; SIPp on 127.0.0.1
places normal calls with RFC 2833 keys at the same time. Every normal call must complete
with its keys; the flood gets 503 with Retry-After beyond its limit.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from ivr.channel import CallerHangup, Channel
from ivr.sip.config import SipOptions
from tests.sip.harness import Seen, free_udp_port, pcap, run_sipp, sip_server, wait_until
from tests.sip.test_raw_sip import RawPeer, header, invite

pytestmark = pytest.mark.timeout(180)

NORMAL_CALLS = 6
FLOOD_CALLS = 400


def flood_options(**overrides: object) -> SipOptions:
    low = free_udp_port(even=True)
    settings: dict[str, object] = {"rtp_port_min": low, "rtp_port_max": min(low + 200, 65534),
                                   "new_dialogs_per_second": 3.0, "new_dialogs_burst": 5, "max_calls": 40,
                                   **overrides}
    return SipOptions(**settings)  # type: ignore[arg-type]


async def test_flood_from_one_address_does_not_stop_calls_from_another(tmp_path: Path) -> None:
    seen = Seen()
    sources: list[str] = []

    async def handler(channel: Channel) -> None:
        sources.append(channel.call.source[0])  # type: ignore[attr-defined]
        try:
            await channel.answer()
            if channel.caller == "13812345678":
                seen.add("digits", (await channel.collect_digits(None, max_digits=4, timeout=8)).digits)
                await channel.hangup()
            else:
                await channel.collect_digits(None, 1, timeout=5)  # the flooder hangs up first
        except CallerHangup:
            pass

    flood_dir = tmp_path / "flood"
    flood_dir.mkdir()
    async with sip_server(tmp_path, handler, flood_options()) as endpoint:
        flood = asyncio.create_task(run_sipp("flood_call.xml", endpoint.address[1], flood_dir,
                                             calls=FLOOD_CALLS, timeout=60,
                                             extra=["-i", "127.0.0.2", "-mi", "127.0.0.2", "-r", "100",
                                                    "-l", "200"]))
        normal = await run_sipp("uac_call.xml", endpoint.address[1], tmp_path, calls=NORMAL_CALLS, timeout=60,
                                keys={"digit_a": pcap("4"), "digit_b": pcap("2"), "digit_c": pcap("pound")},
                                extra=["-r", "1", "-l", "3"])
        flooded = await flood
        assert normal.returncode == 0, normal.explain()
        assert seen.events.count(("digits", "42")) == NORMAL_CALLS
        assert flooded.returncode == 0, flooded.explain()  # every flood call ended (503 or BYE) cleanly
        admitted = sources.count("127.0.0.2")
        assert endpoint.refused_by_limits >= FLOOD_CALLS - admitted
        assert 1 <= admitted < FLOOD_CALLS / 4
        assert sources.count("127.0.0.1") == NORMAL_CALLS
        assert await wait_until(lambda: not endpoint.calls and not endpoint.ports.in_use, 20)


async def test_refused_invite_gets_503_with_retry_after_and_max_calls_holds(tmp_path: Path) -> None:
    async def handler(channel: Channel) -> None:
        await channel.answer()
        await channel.hold(30)

    def call(peer: RawPeer, n: int) -> str:
        return (invite(peer, endpoint.address[1], free_udp_port(even=True), branch=f"z9hG4bK-flood-{n}")
                .replace("raw-call-1", f"raw-call-{n}"))

    peers = [RawPeer(f"127.0.0.{n}") for n in range(1, 5)]  # four source addresses
    try:
        async with sip_server(tmp_path, handler, flood_options(max_calls=2, new_dialogs_burst=1,
                                                                new_dialogs_per_second=0.01)) as endpoint:
            first, second, third, fourth = peers
            await first.send(call(first, 1), endpoint.address)
            await first.recv_status(200)
            # the same source again: its one token is spent
            again = call(first, 2)
            await first.send(again, endpoint.address)
            refused = await first.recv_status(503)
            assert int(header(refused, "Retry-After")) >= 1
            # another source address is still served
            await second.send(call(second, 3), endpoint.address)
            await second.recv_status(200)
            # a third source, but the two allowed calls are in progress
            await third.send(call(third, 4), endpoint.address)
            busy = await third.recv_status(503)
            assert header(busy, "Retry-After") == "5"
            assert endpoint.calls_handled == 2
            # a retransmitted refused INVITE is answered from the cache, not counted again
            await first.send(again, endpoint.address)
            assert await first.recv_status(503) == refused
            assert endpoint.refused_by_limits == 2
            # OPTIONS is still answered
            await fourth.send(f"OPTIONS sip:12315@127.0.0.1 SIP/2.0\nVia: SIP/2.0/UDP 127.0.0.1:{fourth.port};"
                              f"branch=z9hG4bK-o1\nFrom: <sip:a@127.0.0.1>;tag=1\nTo: <sip:12315@127.0.0.1>\n"
                              f"Call-ID: o1\nCSeq: 1 OPTIONS\nContent-Length: 0\n\n", endpoint.address)
            await fourth.recv_status(200)
    finally:
        for peer in peers:
            peer.close()


async def test_register_attempts_are_limited_per_source_and_user(tmp_path: Path) -> None:
    async def handler(channel: Channel) -> None:
        raise AssertionError("no call")

    peer = RawPeer()

    def register(user: str, n: int) -> str:
        return (f"REGISTER sip:127.0.0.1 SIP/2.0\nVia: SIP/2.0/UDP 127.0.0.1:{peer.port};branch=z9hG4bK-r{user}{n}\n"
                f"From: <sip:{user}@127.0.0.1>;tag=r\nTo: <sip:{user}@127.0.0.1>\nCall-ID: reg-{user}-{n}\n"
                f"CSeq: {n} REGISTER\nContact: <sip:{user}@127.0.0.1:{peer.port}>\nExpires: 60\n"
                f"Content-Length: 0\n\n")

    try:
        async with sip_server(tmp_path, handler, flood_options(register_failures=3)) as endpoint:
            for n in range(1, 4):
                await peer.send(register("agent1", n), endpoint.address)
                await peer.recv_status(405)
            await peer.send(register("agent1", 4), endpoint.address)  # over the limit: no answer at all
            await peer.send(register("agent2", 1), endpoint.address)  # another endpoint name: answered
            answer = await peer.recv_status(405)
            assert "reg-agent2-1" in answer
            assert endpoint.refused_by_limits == 1
    finally:
        peer.close()
