"""Exact-byte SIP exchanges over a plain UDP socket, for cases SIPp cannot script.

SIPp answers a repeated response by re-sending its own last message, so a scenario that
retransmits an INVITE ping-pongs with a correct server; here the test holds the bytes.
"""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

from ivr.channel import CallerHangup, Channel
from tests.sip.harness import Seen, free_udp_port, sip_server, wait_until
from tests.sip.test_sipp_scenarios import options

SDP = ("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
       "m=audio {port} RTP/AVP 8 101\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:101 telephone-event/8000\r\n")


class RawPeer:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((host, 0))
        self.sock.setblocking(False)
        self.port = self.sock.getsockname()[1]

    async def send(self, text: str, server: tuple[str, int]) -> None:
        await asyncio.get_running_loop().sock_sendto(self.sock, text.replace("\n", "\r\n").encode(), server)

    async def recv(self, timeout: float = 5.0) -> str:
        data = await asyncio.wait_for(asyncio.get_running_loop().sock_recv(self.sock, 65535), timeout)
        return data.decode()

    async def recv_status(self, code: int, timeout: float = 5.0) -> str:
        while True:
            message = await self.recv(timeout)
            if message.startswith(f"SIP/2.0 {code} "):
                return message

    def close(self) -> None:
        self.sock.close()


def invite(peer: RawPeer, server_port: int, media_port: int, branch: str = "z9hG4bK-raw-1") -> str:
    body = SDP.format(port=media_port).replace("\r\n", "\n")
    return (f"INVITE sip:12315@127.0.0.1:{server_port} SIP/2.0\n"
            f"Via: SIP/2.0/UDP 127.0.0.1:{peer.port};branch={branch};rport\n"
            f"From: <sip:01088886666@127.0.0.1:{peer.port}>;tag=raw1\n"
            f"To: <sip:12315@127.0.0.1:{server_port}>\n"
            f"Call-ID: raw-call-1@127.0.0.1\nCSeq: 1 INVITE\n"
            f"Contact: <sip:01088886666@127.0.0.1:{peer.port}>\nMax-Forwards: 70\n"
            f"Content-Type: application/sdp\nContent-Length: {len(body.replace(chr(10), chr(13) + chr(10)))}\n\n"
            f"{body}")


def header(message: str, name: str) -> str:
    for line in message.split("\r\n"):
        if line.lower().startswith(name.lower() + ":"):
            return line.split(":", 1)[1].strip()
    raise AssertionError(f"no {name} in {message!r}")


async def test_retransmitted_invite_repeats_the_answer_and_starts_nothing(tmp_path: Path) -> None:
    seen = Seen()

    async def handler(channel: Channel) -> None:
        seen.add("call", channel.caller)
        try:
            await channel.answer()
            await channel.hold(30)
        except CallerHangup:
            seen.add("hangup")

    peer = RawPeer()
    try:
        async with sip_server(tmp_path, handler, options(ring_seconds=0.5)) as endpoint:
            server = endpoint.address
            request = invite(peer, server[1], free_udp_port(even=True))
            await peer.send(request, server)
            ringing = await peer.recv_status(180)
            await peer.send(request, server)  # retransmission while ringing
            assert await peer.recv_status(180) == ringing
            ok = await peer.recv_status(200)
            await peer.send(request, server)  # retransmission after the 200 (our ACK "was lost")
            assert await peer.recv_status(200) == ok
            to = header(ok, "To")
            await peer.send(f"ACK sip:ivr@127.0.0.1:{server[1]} SIP/2.0\n"
                            f"Via: SIP/2.0/UDP 127.0.0.1:{peer.port};branch=z9hG4bK-raw-ack;rport\n"
                            f"From: <sip:01088886666@127.0.0.1:{peer.port}>;tag=raw1\nTo: {to}\n"
                            f"Call-ID: raw-call-1@127.0.0.1\nCSeq: 1 ACK\nMax-Forwards: 70\nContent-Length: 0\n\n",
                            server)
            bye = (f"BYE sip:ivr@127.0.0.1:{server[1]} SIP/2.0\n"
                   f"Via: SIP/2.0/UDP 127.0.0.1:{peer.port};branch=z9hG4bK-raw-bye;rport\n"
                   f"From: <sip:01088886666@127.0.0.1:{peer.port}>;tag=raw1\nTo: {to}\n"
                   f"Call-ID: raw-call-1@127.0.0.1\nCSeq: 2 BYE\nMax-Forwards: 70\nContent-Length: 0\n\n")
            await peer.send(bye, server)
            first = await peer.recv_status(200)
            await peer.send(bye, server)  # a retransmitted BYE is answered again, not 481
            assert await peer.recv_status(200) == first
            assert await wait_until(lambda: "hangup" in seen.kinds())
            assert seen.kinds() == ["call", "hangup"]
            assert seen.value("call") == "01088886666"
            assert endpoint.calls_handled == 1
            assert endpoint.ports.opened == 1
            assert endpoint.retransmissions_answered == 3
            assert await wait_until(lambda: not endpoint.ports.in_use)
    finally:
        peer.close()


async def test_invite_without_usable_codec_gets_488_and_no_call(tmp_path: Path) -> None:
    async def handler(channel: Channel) -> None:
        raise AssertionError("no call may start")

    peer = RawPeer()
    try:
        async with sip_server(tmp_path, handler) as endpoint:
            request = invite(peer, endpoint.address[1], free_udp_port(even=True))
            request = request.replace("RTP/AVP 8 101", "RTP/AVP 9 101").replace("a=rtpmap:8 PCMA/8000",
                                                                                  "a=rtpmap:9 G722/8000")
            await peer.send(request, endpoint.address)
            rejected = await peer.recv_status(488)
            assert "tag=" in header(rejected, "To")
            assert endpoint.calls_handled == 0
            assert endpoint.ports.opened == 0
    finally:
        peer.close()


async def test_garbage_and_unknown_methods_are_answered_or_dropped(tmp_path: Path) -> None:
    async def handler(channel: Channel) -> None:
        raise AssertionError("no call may start")

    peer = RawPeer()
    try:
        async with sip_server(tmp_path, handler) as endpoint:
            await peer.send("\x00\x01garbage that is not SIP", endpoint.address)
            await peer.send(f"SUBSCRIBE sip:12315@127.0.0.1 SIP/2.0\n"
                            f"Via: SIP/2.0/UDP 127.0.0.1:{peer.port};branch=z9hG4bK-sub;rport\n"
                            f"From: <sip:x@127.0.0.1>;tag=a\nTo: <sip:12315@127.0.0.1>\nCall-ID: sub-1\n"
                            f"CSeq: 1 SUBSCRIBE\nContent-Length: 0\n\n", endpoint.address)
            answer = await peer.recv_status(405)
            assert "INVITE" in header(answer, "Allow")
            assert header(answer, "Via").endswith(f"rport={peer.port};received=127.0.0.1")
            bye = (f"BYE sip:ivr@127.0.0.1 SIP/2.0\nVia: SIP/2.0/UDP 127.0.0.1:{peer.port};branch=z9hG4bK-x\n"
                   f"From: <sip:x@127.0.0.1>;tag=a\nTo: <sip:12315@127.0.0.1>;tag=nope\nCall-ID: none\n"
                   f"CSeq: 1 BYE\nContent-Length: 0\n\n")
            await peer.send(bye, endpoint.address)
            await peer.recv_status(481)
            assert endpoint.calls_handled == 0
    finally:
        peer.close()
