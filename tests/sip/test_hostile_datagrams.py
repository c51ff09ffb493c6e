"""Single hostile datagrams: each gets its 4xx or is dropped, and the endpoint keeps serving.

The first case is the one that silenced the endpoint: a Via naming a port the socket cannot
send to made ``sendto`` raise something other than ``OSError``, and asyncio closed the
listener for good.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from ivr.channel import Channel
from tests.sip.harness import sip_server, wait_until
from tests.sip.test_raw_sip import RawPeer

pytestmark = pytest.mark.timeout(60)


async def _no_call(channel: Channel) -> None:
    raise AssertionError("no call may start")


def options(peer: RawPeer, via: str, call_id: str, extra: str = "") -> str:
    return (f"OPTIONS sip:12315@127.0.0.1 SIP/2.0\n"
            f"Via: SIP/2.0/UDP {via};branch=z9hG4bK-{call_id}\n"
            f"From: <sip:a@127.0.0.1:{peer.port}>;tag=f1\nTo: <sip:12315@127.0.0.1>\n"
            f"Call-ID: {call_id}\nCSeq: 1 OPTIONS\nMax-Forwards: 70\n{extra}Content-Length: 0\n\n")


async def assert_still_serving(peer: RawPeer, server: tuple[str, int], tag: str) -> None:
    await peer.send(options(peer, f"127.0.0.1:{peer.port}", f"alive-{tag}"), server)
    answer = await peer.recv_status(200)
    assert f"Call-ID: alive-{tag}" in answer


@pytest.mark.parametrize("via", [
    "127.0.0.1:99999",                # port out of range: OverflowError in sendto
    "127.0.0.1:0",                    # port zero
    "127.0.0.1:5060;rport=70000",     # rport out of range
    "127.0.0.1:5060;rport=abc",       # rport not a number
    "127.0.0.1:5060;received=255.255.255.255",
    "127.0.0.1:5060;received=::1",    # wrong address family for this socket
    "127.0.0.1:5060;received=bad\x00host",
    "127.0.0.1:-5",
    "[::1]:5060",
    "",
])
async def test_via_the_socket_cannot_send_to_does_not_close_the_listener(tmp_path: Path, via: str) -> None:
    peer = RawPeer()
    try:
        async with sip_server(tmp_path, _no_call) as endpoint:
            for attempt in range(3):
                await peer.send(options(peer, via, f"hostile-{attempt}"), endpoint.address)
                await assert_still_serving(peer, endpoint.address, str(attempt))
            assert endpoint.transport.ready
            assert endpoint.transport.reopens == 0
    finally:
        peer.close()


async def test_a_listener_closed_anyway_is_reopened_at_once(tmp_path: Path) -> None:
    peer = RawPeer()
    try:
        async with sip_server(tmp_path, _no_call) as endpoint:
            address = endpoint.address
            udp = endpoint.transport._udp
            assert udp is not None
            udp.abort()  # what asyncio does on a "fatal" send error
            assert await wait_until(lambda: endpoint.transport.reopens == 1, 2.0)
            await assert_still_serving(peer, address, "reopened")
            assert endpoint.address == address
            assert endpoint.transport.ready
            assert endpoint.transport.reopens == 1
    finally:
        peer.close()


async def test_send_errors_are_counted_not_fatal(tmp_path: Path) -> None:
    async with sip_server(tmp_path, _no_call) as endpoint:
        endpoint.transport.send_bytes(b"x", ("127.0.0.1", 99999))
        endpoint.transport.send_bytes(b"x", ("no such host.invalid", 5060))
        assert endpoint.transport.send_errors == 2
        assert endpoint.transport.ready
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.settimeout(5)
            sock.bind(("127.0.0.1", 0))
            endpoint.transport.send_bytes(b"still sending", sock.getsockname())
            assert sock.recv(100) == b"still sending"
