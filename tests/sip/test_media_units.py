"""G.711, RTP packets, RFC 2833 dedupe, SDP offer/answer and endpoint parsing, without the network."""

from __future__ import annotations

import asyncio
import struct
import time
import warnings

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ivr.sip import g711
from ivr.sip.bridge import BadEndpoint, parse_endpoint
from ivr.sip.messages import tag_of, user_of
from ivr.sip.rtp import MediaClock, RtpStream, build_rtp, parse_rtp
from ivr.sip.sdp import SdpError, build_sdp, parse_offer

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import audioop  # the standard library's (deprecated) codec is the independent reference


@pytest.mark.parametrize(("codec", "encode", "decode"), [("PCMU", audioop.lin2ulaw, audioop.ulaw2lin),
                                                          ("PCMA", audioop.lin2alaw, audioop.alaw2lin)])
def test_g711_matches_the_reference_for_every_sample_and_code(codec: str, encode: object, decode: object) -> None:
    every_sample = np.arange(-32768, 32768, dtype="<i2").tobytes()
    every_code = bytes(range(256))
    assert g711.encode(every_sample, codec) == encode(every_sample, 2)  # type: ignore[operator]
    assert g711.decode(every_code, codec) == decode(every_code, 2)  # type: ignore[operator]


def test_pcmu_and_pcma_differ_and_silence_bytes_decode_to_zero() -> None:
    tone = (np.sin(np.arange(160) / 3) * 8000).astype("<i2").tobytes()
    assert g711.encode(tone, "PCMU") != g711.encode(tone, "PCMA")
    for codec in ("PCMU", "PCMA"):
        assert abs(np.frombuffer(g711.decode(bytes([g711.SILENCE_BYTE[codec]]), codec), "<i2")[0]) <= 8


@given(st.integers(0, 127).filter(lambda pt: pt not in range(72, 77)), st.booleans(), st.integers(0, 65535),
       st.integers(0, 2**32 - 1),
       st.integers(0, 2**32 - 1), st.binary(max_size=200))
def test_rtp_round_trip(pt: int, marker: bool, seq: int, ts: int, ssrc: int, payload: bytes) -> None:
    packet = parse_rtp(build_rtp(pt, marker, seq, ts, ssrc, payload))
    assert packet is not None
    assert (packet.payload_type, packet.marker, packet.sequence, packet.timestamp, packet.ssrc, packet.payload) == (
        pt, marker, seq, ts, ssrc, payload)


def test_rtp_with_csrc_extension_and_padding() -> None:
    header = bytes([0x80 | 0x20 | 0x10 | 1, 0]) + struct.pack("!HII", 7, 160, 99)
    data = header + b"CSRC" + struct.pack("!HH", 0xBEDE, 1) + b"EXT!" + b"audio" + b"\x00\x00\x03"
    packet = parse_rtp(data)
    assert packet is not None and packet.payload == b"audio"
    assert parse_rtp(b"\x00" * 20) is None  # version 0
    assert parse_rtp(b"\x80\x00") is None


def _event(stream: RtpStream, digit: int, ts: int, duration: int, end: bool, seq: int) -> None:
    payload = struct.pack("!BBH", digit, (0x80 if end else 0) | 10, duration)
    stream.datagram_received(build_rtp(101, False, seq, ts, 1, payload), ("127.0.0.1", 9))


async def test_rfc2833_end_bit_dedupe_and_lost_ends() -> None:
    stream = RtpStream(0, MediaClock())
    stream.remote = ("127.0.0.1", 9)
    stream.dtmf_payload_type = 101
    digits: list[str] = []
    stream.on_digit = digits.append
    seq = 0
    for duration in (160, 320, 480):
        seq += 1
        _event(stream, 5, 1000, duration, False, seq)
    for _ in range(3):  # three end packets: one digit
        seq += 1
        _event(stream, 5, 1000, 640, True, seq)
    # the same key again with the same RTP timestamp (replayed captures do that)
    seq += 1
    _event(stream, 5, 1000, 160, False, seq)
    seq += 1
    _event(stream, 5, 1000, 480, True, seq)
    # a key whose end packets are all lost, then the next key: both are reported
    seq += 1
    _event(stream, 11, 5000, 160, False, seq)
    seq += 1
    _event(stream, 1, 9000, 160, False, seq)
    seq += 1
    _event(stream, 1, 9000, 320, True, seq)
    # audio with the DTMF payload type ignored if garbage
    stream.datagram_received(build_rtp(101, False, 99, 1, 1, b"\x01"), ("127.0.0.1", 9))
    assert digits == ["5", "5", "#", "1"]


async def test_stream_plays_queued_audio_in_frames_then_silence() -> None:
    sent: list[bytes] = []

    class Capture:
        def sendto(self, data: bytes, addr: object) -> None:
            sent.append(data)

        def close(self) -> None: ...

    stream = RtpStream(0, MediaClock(), "PCMA")
    stream._transport = Capture()  # type: ignore[assignment]
    stream.remote = ("127.0.0.1", 9)
    done = stream.play(b"\x11" * 400)
    for _ in range(4):
        stream.tick()
    assert done.done() and done.result() is True
    packets = [parse_rtp(p) for p in sent]
    assert [len(p.payload) for p in packets if p] == [160, 160, 160, 160]
    assert packets[2] is not None and packets[2].payload == b"\x11" * 80 + b"\xd5" * 80
    assert packets[3] is not None and packets[3].payload == b"\xd5" * 160
    assert {p.payload_type for p in packets if p} == {8}
    stream.sending = False  # held: timestamps move on, nothing is sent
    stream.tick()
    assert len(sent) == 4
    stream.close()
    assert stream.play(b"x").result() is False


OFFER = ("v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
         "m=audio 4000 RTP/AVP 8 0 96\r\na=rtpmap:96 telephone-event/8000\r\na={direction}\r\n")


@pytest.mark.parametrize(("direction", "we_send"), [("sendrecv", True), ("sendonly", False),
                                                     ("recvonly", True), ("inactive", False)])
def test_offer_parsing(direction: str, we_send: bool) -> None:
    offer = parse_offer(OFFER.format(direction=direction))
    assert offer.codec == "PCMA"  # the offerer's first choice
    assert offer.dtmf_payload_type == 96
    assert offer.address == ("127.0.0.1", 4000)
    assert offer.we_send is we_send
    answer = build_sdp("127.0.0.1", 30000, offer.codec, offer.dtmf_payload_type, "recvonly", 1, 2)
    assert "m=audio 30000 RTP/AVP 8 96" in answer and "a=recvonly" in answer


def test_offers_we_cannot_take() -> None:
    with pytest.raises(SdpError):
        parse_offer(OFFER.format(direction="sendrecv").replace("RTP/AVP 8 0 96", "RTP/AVP 9 96"))
    with pytest.raises(SdpError):
        parse_offer("garbage")
    with pytest.raises(SdpError):
        parse_offer(OFFER.format(direction="sendrecv").replace("m=audio 4000", "m=audio 0"))


def test_endpoint_parsing_rejects_injection() -> None:
    assert parse_endpoint("sip:agent1@127.0.0.1:5070") == ("agent1", "127.0.0.1", 5070)
    assert parse_endpoint("SIP/agent2@localhost") == ("agent2", "localhost", 5060)
    for bad in ("sip:a@127.0.0.1:5070\r\nVia: evil", "sip:a b@h", "PJSIP/agent1", "file:///etc/passwd",
                "sip:a@127.0.0.1:99999"):
        with pytest.raises(BadEndpoint):
            parse_endpoint(bad)


def test_header_helpers() -> None:
    assert tag_of('"x" <sip:a@b;tag=uri>;tag=abc') == "abc"
    assert tag_of("<sip:a@b;tag=uri>") is None
    assert user_of('"13812345678" <sip:13812345678@127.0.0.1:5060>;tag=1') == "13812345678"
    assert user_of("sip:12315@127.0.0.1") == "12315"
    assert user_of("<sip:127.0.0.1>") == ""


def test_clock_schedules_every_tick_on_the_absolute_grid() -> None:
    async def run() -> list[tuple[float, float]]:
        loop = asyncio.get_running_loop()
        clock = MediaClock()
        slots: list[tuple[float, float]] = []  # (scheduled time of the next tick, its grid slot)
        finished = asyncio.Event()

        class Probe(RtpStream):
            def tick(self) -> None:
                if len(slots) == 3:
                    time.sleep(0.045)  # a stalled loop must not shift the grid
                if len(slots) == 10:
                    clock.discard(self)
                    finished.set()

        clock.add(Probe(0, clock))
        t0 = clock._t0

        async def observe() -> None:
            while not finished.is_set():
                handle = clock._handle
                if handle is not None and (not slots or handle.when() != slots[-1][0]):
                    slots.append((handle.when(), t0 + clock._n * clock.ptime))
                await asyncio.sleep(0)

        watcher = loop.create_task(observe())
        await finished.wait()
        watcher.cancel()
        return slots

    slots = asyncio.run(run())
    assert len(slots) >= 10
    # Every tick is scheduled for t0 + n * 20 ms exactly, whenever the previous one ran.
    assert all(when == pytest.approx(slot, abs=1e-9) for when, slot in slots)
    assert all(round((when - slots[0][0]) / 0.02, 6) == int(round((when - slots[0][0]) / 0.02))
               for when, _ in slots)
