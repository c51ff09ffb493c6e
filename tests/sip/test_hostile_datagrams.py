"""Single hostile datagrams: each gets its 4xx or is dropped, and the endpoint keeps serving.

The first case is the one that silenced the endpoint: a Via naming a port the socket cannot
send to made ``sendto`` raise something other than ``OSError``, and asyncio closed the
listener for good.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from ivr.channel import Channel
from ivr.sip.limits import FailureWindow, IncidentLog, TokenBuckets
from tests.sip.harness import sip_server, wait_until
from tests.sip.test_raw_sip import RawPeer, header, invite

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def peer() -> Iterator[RawPeer]:
    raw = RawPeer()
    yield raw
    raw.close()


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
async def test_via_the_socket_cannot_send_to_does_not_close_the_listener(peer: RawPeer, tmp_path: Path,
                                                                          via: str) -> None:
    async with sip_server(tmp_path, _no_call) as endpoint:
        for attempt in range(3):
            await peer.send(options(peer, via, f"hostile-{attempt}"), endpoint.address)
            await assert_still_serving(peer, endpoint.address, str(attempt))
        assert endpoint.transport.ready
        assert endpoint.transport.reopens == 0


async def test_a_listener_closed_anyway_is_reopened_at_once(peer: RawPeer, tmp_path: Path) -> None:
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


def _mutated_invite(peer: RawPeer, server_port: int, old: str, new: str, count: int = 1) -> str:
    request = invite(peer, server_port, 40000)
    assert request.count(old) >= count, old
    request = request.replace(old, new, count)
    if "Content-Length" not in old:  # keep the length right so that only the mutation is wrong
        head, body = request.split("\n\n", 1)
        length = len(body.replace("\n", "\r\n"))
        head = "\n".join(f"Content-Length: {length}" if line.startswith("Content-Length:") else line
                          for line in head.split("\n"))
        request = f"{head}\n\n{body}"
    return request


@pytest.mark.parametrize(("old", "new", "status"), [
    ("Content-Length: ", "Content-Length: -", 400),
    ("Content-Length: ", "Content-Length: 9", 400),  # longer than the datagram
    ("CSeq: 1 INVITE", "CSeq: abc INVITE", 400),
    ("CSeq: 1 INVITE", "CSeq: 1 BYE", 400),
    ("CSeq: 1 INVITE", "CSeq: 4294967296 INVITE", 400),
    ("Max-Forwards: 70", "Max-Forwards: 0", 483),
    ("Max-Forwards: 70", "Max-Forwards: 300", 400),
    ("INVITE sip:12315@", "INVITE mailto:12315@", 416),
    ("Contact: <sip:", "Contact: <http:", 400),
    ("Max-Forwards: 70\n", "Max-Forwards: 70\nRecord-Route: sip:proxy.example;lr\n", 400),
    ("Max-Forwards: 70\n", "Max-Forwards: 70\n" + "Record-Route: <sip:p.example;lr>\n" * 20, 513),
    ("Max-Forwards: 70\n", "Max-Forwards: 70\nCall-ID: second@127.0.0.1\n", 400),
    ("From: <sip:01088886666@127.0.0.1", "Fromage: <sip:01088886666@127.0.0.1", 400),
    ("Call-ID: raw-call-1@127.0.0.1", "Call-ID: " + "x" * 300, 400),
    ("c=IN IP4 127.0.0.1", "c=IN IP4 224.0.0.1", 488),
    ("c=IN IP4 127.0.0.1", "c=IN IP4 media.example.com", 488),
    ("c=IN IP4 127.0.0.1", "c=IN IP6 ::1", 488),
    ("c=IN IP4 127.0.0.1", "c=IN IP4 255.255.255.255", 488),
    ("c=IN IP4 127.0.0.1\n", "", 488),
    ("m=audio 40000 ", "m=audio 70000 ", 488),
    ("m=audio 40000 ", "m=audio -4 ", 488),
    ("m=audio 40000 RTP/AVP 8 101", "m=audio 40000 RTP/AVP 999 101", 488),
])
async def test_bad_requests_get_their_status_and_start_nothing(peer: RawPeer, tmp_path: Path, old: str, new: str,
                                                               status: int) -> None:
    async with sip_server(tmp_path, _no_call) as endpoint:
        request = _mutated_invite(peer, endpoint.address[1], old, new)
        await peer.send(request, endpoint.address)
        answer = await peer.recv_status(status)
        assert "tag=" in header(answer, "To")
        await assert_still_serving(peer, endpoint.address, "after")
        assert endpoint.calls_handled == 0
        assert endpoint.ports.opened == 0


@pytest.mark.parametrize("datagram", [
    "INVITE sip:12315@127.0.0.1 SIP/2.0\n" + "X-Filler: y\n" * 200 + "\n",  # too many headers
    "INVITE sip:12315@127.0.0.1 SIP/2.0\nSubject: " + "y" * 5000 + "\n\n",  # header line too long
    "INVITE sip:12315@127.0.0.1 SIP/3.0\nVia: SIP/2.0/UDP 127.0.0.1:5060\n\n",  # wrong version
    "INVITE  SIP/2.0\n\n",
    "SIP/2.0 999 Odd\nVia: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bKx\nCall-ID: a\nCSeq: 1 INVITE\n\n",
    "SIP/2.0 200 OK\nVia: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bKx\nCall-ID: a\nCSeq: x INVITE\n\n",
    "OPTIONS sip:12315@127.0.0.1 SIP/2.0\nVia: SIP/2.0/TCP 127.0.0.1:5060\nCall-ID: a\n\n",
    "OPTIONS sip:12315@127.0.0.1 SIP/2.0\nVia: SIP/2.0/UDP exa_mple!.com:5060\nCall-ID: a\n\n",
    "\xff\xfe\x00garbage",
])
async def test_unanswerable_datagrams_are_dropped(peer: RawPeer, tmp_path: Path, datagram: str) -> None:
    async with sip_server(tmp_path, _no_call) as endpoint:
        await peer.send(datagram, endpoint.address)
        await assert_still_serving(peer, endpoint.address, "after")  # the only answer is to this
        assert endpoint.transport.parse_errors == 1


async def test_ack_that_breaks_the_rules_is_never_answered(peer: RawPeer, tmp_path: Path) -> None:
    async with sip_server(tmp_path, _no_call) as endpoint:
        await peer.send(f"ACK sip:12315@127.0.0.1 SIP/2.0\nVia: SIP/2.0/UDP 127.0.0.1:{peer.port};branch=z9hG4bKa\n"
                        f"From: <sip:a@127.0.0.1>;tag=1\nTo: <sip:b@127.0.0.1>;tag=2\nCall-ID: ack-1\n"
                        f"CSeq: nope ACK\nContent-Length: 0\n\n", endpoint.address)
        await assert_still_serving(peer, endpoint.address, "after")
        assert endpoint.rejected == 1


async def test_trouble_is_logged_once_per_source_and_kind(peer: RawPeer, tmp_path: Path,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    """A source sending garbage over and over costs one log line a minute, not one per datagram;
    every datagram is still counted."""
    caplog.set_level(logging.DEBUG, logger="ivr.sip.incidents")
    async with sip_server(tmp_path, _no_call) as endpoint:
        for n in range(50):
            await peer.send(f"\xff\xfe garbage {n}", endpoint.address)
        await assert_still_serving(peer, endpoint.address, "after")
        assert endpoint.transport.parse_errors == 50
        assert endpoint.incidents.counts["unusable datagram"] == 50
    lines = [r.getMessage() for r in caplog.records if r.name == "ivr.sip.incidents"]
    assert len([line for line in lines if "unusable datagram from 127.0.0.1" in line]) == 1, lines


def test_incident_log_and_limits_stay_bounded() -> None:
    now = [0.0]
    incidents = IncidentLog(interval=60, clock=lambda: now[0], max_tracked=3)
    assert incidents.report("192.0.2.1", "garbage") and not incidents.report("192.0.2.1", "garbage")
    assert incidents.report("192.0.2.1", "other kind") and incidents.report("192.0.2.2", "garbage")
    now[0] = 61.0
    assert incidents.report("192.0.2.1", "garbage")  # a minute later: one more line
    assert incidents.counts["garbage"] == 4 and incidents.suppressed == 1
    for n in range(100):  # spoofed sources: the table keeps the newest few only
        incidents.report(f"198.51.100.{n}", "garbage")
    assert len(incidents._last) == 3
    buckets = TokenBuckets(rate=2, burst=3, clock=lambda: now[0], max_tracked=2)
    assert [buckets.take("a") for _ in range(4)] == [True, True, True, False]
    assert buckets.retry_after("a") == 1
    now[0] += 0.5
    assert buckets.take("a") and not buckets.take("a")  # one token back after half a second at 2/s
    for key in "bcdef":
        buckets.take(key)
    assert len(buckets._buckets) == 2
    failures = FailureWindow(limit=2, window=900, clock=lambda: now[0], max_tracked=2)
    failures.fail("src|agent1")
    assert not failures.blocked("src|agent1")
    failures.fail("src|agent1")
    assert failures.blocked("src|agent1") and not failures.blocked("src|agent2")
    assert failures.retry_after("src|agent1") == 900
    now[0] += 901
    assert not failures.blocked("src|agent1")


async def test_a_failing_call_stays_with_that_call(peer: RawPeer, tmp_path: Path) -> None:
    """The engine failing in one call (before and after answering) ends that call only: 480, or a
    BYE; its port is freed and the endpoint takes the next call."""
    failures = iter(["before", "after", "fine"])
    answered: list[str] = []

    async def handler(channel: Channel) -> None:
        when = next(failures)
        if when == "before":
            raise RuntimeError("engine failed before answering")
        await channel.answer()
        answered.append(when)
        if when == "after":
            raise RuntimeError("engine failed during the call")
        await channel.hangup()

    async with sip_server(tmp_path, handler) as endpoint:
        for n in range(3):
            request = (invite(peer, endpoint.address[1], 40000 + 2 * n, branch=f"z9hG4bK-fail-{n}")
                       .replace("raw-call-1", f"raw-call-fail-{n}"))
            await peer.send(request, endpoint.address)
            if n == 0:
                assert "Call-ID: raw-call-fail-0" in await peer.recv_status(480)
                continue
            await peer.recv_status(200)
            bye = await peer.recv(5)
            while not bye.startswith("BYE "):
                bye = await peer.recv(5)
            assert f"raw-call-fail-{n}" in header(bye, "Call-ID")
        assert answered == ["after", "fine"]
        await assert_still_serving(peer, endpoint.address, "after")
        assert await wait_until(lambda: not endpoint.calls and not endpoint.ports.in_use, 10)
        assert endpoint.transport.handler_errors == 0 and endpoint.transport.ready
