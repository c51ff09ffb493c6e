"""A seeded mutation fuzzer for SIP datagrams (used by tests/sip/test_fuzz_endpoint.py and bench/).

Each datagram starts from a well-formed request (INVITE with SDP, ACK, BYE, CANCEL, OPTIONS,
REGISTER, INFO) or response, addressed back to the fuzzing socket, then gets one to three
mutations: truncation, byte flips and insertions, lines dropped or repeated, header values
swapped for hostile ones, Via/SDP addresses and ports bent, or it is replaced by random bytes.
The same seed gives the same datagrams.

Addresses the mutations put in Via and SDP are either invalid or ``sink`` ports the caller
owns, so that whatever the endpoint sends in reply stays with the test.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

METHODS = ("INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "REGISTER", "INFO")

NASTY = ("", "0", "-1", "99999", "4294967296", "18446744073709551616", "abc", "\x00", "\xff", " ",
         "<", ">", "<>", ";", ";;;", ",", "sip:", "sip:@", "<sip:a@[::1]:5060>", "::", "0.0.0.0",
         "255.255.255.255", "224.0.0.1", "[::1]", "bad host", "a" * 3000, "%00", "\u202e\u4e2d\u6587",
         "sip:a@127.0.0.1:0", "sip:a@127.0.0.1:65536", "tel:+8612315", "*", "1 INVITE", "70 INVITE",
         "SIP/2.0/UDP", "SIP/2.0/TCP 127.0.0.1", "z9hG4bK", "\t\t", "=", "rport=0", "received=::1")

SDP_BENDS = (("c=IN IP4 127.0.0.1", ("c=IN IP4 224.0.0.1", "c=IN IP4 255.255.255.255", "c=IN IP6 ::1",
                                     "c=IN IP4 media.example", "c=IN IP4", "c=", "c=IN IP4 0.0.0.0",
                                     "c=IN IP4 127.0.0.1/127")),
             ("m=audio ", ("m=audio 0 ", "m=audio 70000 ", "m=audio -1 ", "m=audio x ", "m=audio 1/2 ",
                           "m=video ", "m=audio 65535 ")),
             ("RTP/AVP 0 8 101", ("RTP/AVP", "RTP/AVP 999", "RTP/AVP 101", "RTP/SAVP 0", "RTP/AVP 0 " * 300)),
             ("a=rtpmap:101 telephone-event/8000", ("a=rtpmap:101", "a=rtpmap:x y/z", "a=rtpmap:0 PCMA/8000")))


class SipFuzzer:
    """Datagrams for one endpoint at ``server`` from a peer at ``peer``; ``sinks`` are spare ports."""

    def __init__(self, seed: int, server: tuple[str, int], peer_port: int, sinks: list[int]) -> None:
        self.rng = random.Random(seed)
        self.server = server
        self.peer_port = peer_port
        self.sinks = sinks
        self.count = 0

    def _port(self) -> str:
        choice = self.rng.random()
        if choice < 0.6:
            return str(self.peer_port)
        if choice < 0.8:
            return str(self.rng.choice(self.sinks))
        return self.rng.choice(("0", "65536", "99999", "-5", "", "abc", "5060:5060"))

    def template(self, method: str) -> str:
        n = self.count
        port = self.peer_port
        media = self.rng.choice(self.sinks)
        body = ""
        if method == "INVITE":
            body = ("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                    f"m=audio {media} RTP/AVP 0 8 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
                    "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\na=sendrecv\r\n")
        to_tag = ";tag=fz" + str(n % 7) if method in ("ACK", "BYE", "INFO") else ""
        seq = 1 + n % 5
        lines = [
            f"{method} sip:12315@{self.server[0]}:{self.server[1]} SIP/2.0",
            f"Via: SIP/2.0/UDP 127.0.0.1:{self._port()};branch=z9hG4bK-fz{n};rport",
            "Max-Forwards: 70",
            f"From: \"fuzz\" <sip:0108888{n % 10000:04d}@127.0.0.1:{port}>;tag=from{n % 11}",
            f"To: <sip:12315@{self.server[0]}:{self.server[1]}>{to_tag}",
            f"Call-ID: fuzz-{n % 97}@127.0.0.1",
            f"CSeq: {seq} {method}",
            f"Contact: <sip:0108888@127.0.0.1:{port}>",
        ]
        if method == "INFO":
            lines.append("Content-Type: application/dtmf-relay")
            body = "Signal=5\r\nDuration=160\r\n"
        if method == "REGISTER":
            lines.append("Expires: 3600")
        if body and method == "INVITE":
            lines.append("Content-Type: application/sdp")
        lines.append(f"Content-Length: {len(body.encode())}")
        return "\r\n".join(lines) + "\r\n\r\n" + body

    def response(self) -> str:
        code = self.rng.choice((100, 180, 200, 401, 407, 486, 487, 500, 603))
        return (f"SIP/2.0 {code} Whatever\r\nVia: SIP/2.0/UDP {self.server[0]}:{self.server[1]};"
                f"branch=z9hG4bK{self.rng.getrandbits(40):x}\r\nFrom: <sip:ivr@127.0.0.1>;tag=a\r\n"
                f"To: <sip:agent@127.0.0.1>;tag=b\r\nCall-ID: fuzz-resp-{self.count}\r\n"
                f"CSeq: 1 {self.rng.choice(METHODS)}\r\nContent-Length: 0\r\n\r\n")

    def _mutate(self, text: str) -> bytes:
        rng = self.rng
        kind = rng.randrange(10) if len(text) > 1 else 9
        if kind == 0:  # header value swapped for a hostile one
            lines = text.split("\r\n")
            i = rng.randrange(1, max(2, len(lines)))
            if i < len(lines) and ":" in lines[i]:
                lines[i] = lines[i].split(":", 1)[0] + ": " + rng.choice(NASTY)
            return "\r\n".join(lines).encode("utf-8", "surrogatepass")
        if kind == 1:  # SDP bent
            old, news = rng.choice(SDP_BENDS)
            return text.replace(old, rng.choice(news)).encode()
        if kind == 2:  # a line dropped
            lines = text.split("\r\n")
            del lines[rng.randrange(len(lines))]
            return "\r\n".join(lines).encode()
        if kind == 3:  # a line repeated
            lines = text.split("\r\n")
            i = rng.randrange(len(lines))
            lines[i:i] = [lines[i]] * rng.choice((1, 2, 20, 300))
            return "\r\n".join(lines).encode()
        data = bytearray(text.encode())
        if kind == 4:  # truncated
            return bytes(data[:rng.randrange(len(data))])
        if kind == 5:  # bytes flipped
            for _ in range(rng.randint(1, 8)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            return bytes(data)
        if kind == 6:  # bytes inserted
            at = rng.randrange(len(data))
            data[at:at] = rng.randbytes(rng.randint(1, 64))
            return bytes(data)
        if kind == 7:  # a number made huge or negative
            digits = [i for i, c in enumerate(data) if 48 <= c <= 57]
            if digits:
                at = rng.choice(digits)
                data[at:at + 1] = rng.choice((b"-", b"99999999999", b"0", b"\xd9\xa3"))
            return bytes(data)
        if kind == 8:  # Content-Length lies
            return text.replace("Content-Length: ", "Content-Length: " + rng.choice(("-", "9", "1", "x"))).encode()
        return rng.randbytes(rng.randint(0, 1400))  # random bytes

    def datagrams(self, count: int) -> Iterator[bytes]:
        for _ in range(count):
            self.count += 1
            if self.rng.random() < 0.1:
                text = self.response()
            else:
                text = self.template(self.rng.choice(METHODS))
            data = text.encode()
            for _ in range(self.rng.choice((0, 1, 1, 1, 2, 3))):
                data = self._mutate(data.decode("utf-8", "replace"))
            yield data[:65507]  # the largest UDP payload
