"""RTP from the network: malformed packets, strangers and bad RFC 2833 events are dropped."""

from __future__ import annotations

import struct

from ivr.sip.rtp import MediaClock, RtpStream, build_rtp, parse_rtp


def _header(first: int, pt: int = 0) -> bytes:
    return bytes([first, pt]) + struct.pack("!HII", 1, 160, 7)


def test_malformed_packets_are_not_rtp() -> None:
    audio = b"\xff" * 160
    assert parse_rtp(_header(0x80) + audio) is not None
    assert parse_rtp(_header(0x40) + audio) is None  # version 1
    assert parse_rtp(_header(0xC0) + audio) is None  # version 3
    assert parse_rtp(_header(0x80)[:11]) is None  # too short
    assert parse_rtp(_header(0x8F) + b"\x00" * 20) is None  # 15 CSRCs announced, 5 present
    assert parse_rtp(_header(0x90) + struct.pack("!HH", 0xBEDE, 50) + b"\x00" * 8) is None  # extension too long
    assert parse_rtp(_header(0x90)) is None  # extension bit, no extension header
    assert parse_rtp(_header(0xA0) + b"abc\x00") is None  # padding length zero
    assert parse_rtp(_header(0xA0) + b"abc\x09") is None  # padding longer than the payload
    assert parse_rtp(_header(0xA0) + b"abc\x02") is not None
    assert parse_rtp(_header(0x80, 0xC8 & 0x7F | 0x80) + b"\x00" * 8) is None  # RTCP sender report
    assert parse_rtp(_header(0x80) + b"\x00" * 2000) is None  # larger than any G.711 frame we take


def _digit_packet(digit: int, end: bool, seq: int, extra: bytes = b"") -> bytes:
    return build_rtp(101, False, seq, 4000, 1, struct.pack("!BBH", digit, (0x80 if end else 0) | 10, 800) + extra)


async def test_packets_from_a_stranger_are_dropped_and_latching_happens_once() -> None:
    stream = RtpStream(0, MediaClock())
    stream.dtmf_payload_type = 101
    digits: list[str] = []
    stream.on_digit = digits.append
    stream.datagram_received(_digit_packet(1, True, 1), ("127.0.0.1", 4000))  # no remote yet: dropped
    stream.remote = ("127.0.0.1", 4000)
    stream.latch_hosts = {"192.0.2.9"}
    stream.symmetric = True  # send where the caller's packets come from
    stream.datagram_received(_digit_packet(2, True, 2), ("198.51.100.1", 4000))  # stranger: dropped
    stream.datagram_received(_digit_packet(3, True, 3), ("192.0.2.9", 5004))  # caller behind NAT: latched
    assert stream.remote == ("192.0.2.9", 5004)
    stream.datagram_received(_digit_packet(4, True, 4), ("127.0.0.1", 4000))  # latched elsewhere now
    stream.datagram_received(_digit_packet(5, True, 5), ("192.0.2.9", 5004))
    assert digits == ["3", "5"]
    assert stream.dropped_packets == 3
    stream.remote = ("127.0.0.1", 4002)  # a re-INVITE moves the media: latching starts over
    stream.datagram_received(_digit_packet(6, True, 6), ("198.51.100.1", 4002))
    assert digits == ["3", "5"]
    stream.datagram_received(_digit_packet(7, True, 7), ("127.0.0.1", 4002))
    assert digits == ["3", "5", "7"]


async def test_without_symmetric_rtp_the_latch_only_widens_what_is_accepted() -> None:
    stream = RtpStream(0, MediaClock())
    stream.dtmf_payload_type = 101
    digits: list[str] = []
    stream.on_digit = digits.append
    stream.remote = ("127.0.0.1", 4000)
    stream.datagram_received(_digit_packet(1, True, 1), ("127.0.0.1", 4010))  # same host, other port
    stream.datagram_received(_digit_packet(2, True, 2), ("127.0.0.1", 4000))
    stream.datagram_received(_digit_packet(3, True, 3), ("127.0.0.1", 4020))  # the latch is taken
    assert stream.remote == ("127.0.0.1", 4000)
    assert digits == ["1", "2"]


async def test_rfc2833_events_with_bad_lengths_are_ignored() -> None:
    stream = RtpStream(0, MediaClock())
    stream.remote = ("127.0.0.1", 4000)
    stream.dtmf_payload_type = 101
    digits: list[str] = []
    stream.on_digit = digits.append
    source = ("127.0.0.1", 4000)
    stream.datagram_received(build_rtp(101, False, 1, 10, 1, b"\x01\x80"), source)
    stream.datagram_received(_digit_packet(2, True, 2, extra=b"\x00"), source)
    stream.datagram_received(_digit_packet(3, True, 3, extra=b"\x03\x80\x03\x20"), source)
    stream.datagram_received(build_rtp(101, False, 4, 10, 1, b""), source)
    stream.datagram_received(_digit_packet(16, True, 5), source)  # not a key
    assert digits == []
    stream.datagram_received(_digit_packet(9, True, 6), source)
    assert digits == ["9"]
