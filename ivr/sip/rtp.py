"""RTP media for the embedded SIP endpoint: packets, a shared 20 ms clock, port pool, streams.

One :class:`MediaClock` per endpoint drives every stream from a single absolute
schedule (tick *n* fires at ``t0 + n * 20 ms`` via ``loop.call_at``), so sending costs
50 timer wake-ups a second in total instead of 50 per call, and timing does not drift
the way ``sleep(0.02)`` loops do.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import struct
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from ivr.sip import g711

log = logging.getLogger(__name__)

PTIME = 0.02
SAMPLES_PER_FRAME = 160  # 8 kHz * 20 ms
_HEADER = struct.Struct("!BBHII")


@dataclass(frozen=True)
class RtpPacket:
    payload_type: int
    marker: bool
    sequence: int
    timestamp: int
    ssrc: int
    payload: bytes


MAX_RTP = 1500
RTCP_PAYLOAD_TYPES = range(72, 77)  # RTCP packet types 200-204 with the marker bit (RFC 5761)


def parse_rtp(data: bytes) -> RtpPacket | None:
    """Parse an RTP packet; None for anything that is not a well-formed RTP version 2 packet.

    Dropped: fewer than 12 bytes, another version, RTCP, CSRC list or header extension longer
    than the packet, padding of zero or longer than what is left, oversized datagrams.
    """
    if len(data) < 12 or len(data) > MAX_RTP:
        return None
    first, second, seq, ts, ssrc = _HEADER.unpack_from(data)
    if first >> 6 != 2 or (second & 0x7F) in RTCP_PAYLOAD_TYPES:
        return None
    offset = 12 + 4 * (first & 0x0F)
    if first & 0x10:  # header extension
        if len(data) < offset + 4:
            return None
        offset += 4 + 4 * struct.unpack_from("!H", data, offset + 2)[0]
    end = len(data)
    if end < offset:
        return None
    if first & 0x20:  # padding: the last byte counts the padding, itself included
        padding = data[-1]
        if padding == 0 or padding > end - offset:
            return None
        end -= padding
    return RtpPacket(second & 0x7F, bool(second & 0x80), seq, ts, ssrc, data[offset:end])


def build_rtp(payload_type: int, marker: bool, sequence: int, timestamp: int, ssrc: int,
              payload: bytes) -> bytes:
    return _HEADER.pack(0x80, (0x80 if marker else 0) | payload_type, sequence & 0xFFFF,
                        timestamp & 0xFFFFFFFF, ssrc) + payload


class MediaClock:
    """Calls ``tick()`` on every registered stream every 20 ms on an absolute schedule."""

    def __init__(self, ptime: float = PTIME) -> None:
        self.ptime = ptime
        self._streams: set[RtpStream] = set()
        self._handle: asyncio.TimerHandle | None = None
        self._t0 = 0.0
        self._n = 0
        self.late_ticks = 0

    def add(self, stream: RtpStream) -> None:
        self._streams.add(stream)
        if self._handle is None:
            loop = asyncio.get_running_loop()
            self._t0 = loop.time()
            self._n = 0
            self._handle = loop.call_at(self._t0, self._tick)

    def discard(self, stream: RtpStream) -> None:
        self._streams.discard(stream)
        if not self._streams and self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def _tick(self) -> None:
        loop = asyncio.get_running_loop()
        for stream in list(self._streams):
            try:
                stream.tick()
            except Exception:  # one broken stream must not stop the others
                log.exception("RTP tick failed; closing that stream")
                stream.close()
        self._n += 1
        due = self._t0 + self._n * self.ptime
        now = loop.time()
        if due < now - 1.0:
            # Far behind (the process stalled over a second): resynchronise rather than burst
            # a second of audio. Shorter stalls are caught up at once, so every stream still
            # sends exactly 50 packets a second on average.
            skipped = math.floor((now - due) / self.ptime)
            self._n += skipped
            self.late_ticks += skipped
            due = self._t0 + self._n * self.ptime
        if self._streams:
            self._handle = loop.call_at(due, self._tick)
        else:
            self._handle = None


class PortPool:
    """Even RTP ports from ``[low, high]``; a port is free again as soon as its stream closes."""

    def __init__(self, low: int, high: int) -> None:
        if low < 1024 or high > 65534 or low > high:
            raise ValueError(f"bad RTP port range {low}-{high}")
        self._free: deque[int] = deque(p for p in range(low + (low % 2), high + 1, 2))
        self.in_use: set[int] = set()
        self.opened = 0  # streams opened since start (tests, metrics)

    @property
    def capacity(self) -> int:
        return len(self._free) + len(self.in_use)

    async def open(self, host: str, factory: Callable[[int], RtpStream]) -> RtpStream:
        """Bind a stream on the next free port; ports taken by other programs are skipped."""
        loop = asyncio.get_running_loop()
        for _ in range(len(self._free)):
            port = self._free.popleft()
            stream = factory(port)
            try:
                await loop.create_datagram_endpoint(lambda s=stream: s, local_addr=(host, port))  # type: ignore[misc]
            except OSError:
                self._free.append(port)
                continue
            self.in_use.add(port)
            self.opened += 1
            stream.on_closed = self._release
            return stream
        raise OSError("no free RTP port in the configured range")

    def _release(self, port: int) -> None:
        if port in self.in_use:
            self.in_use.remove(port)
            self._free.append(port)


@dataclass
class _Playback:
    payload: bytes
    done: asyncio.Future[bool]  # True when played to the end, False when stopped
    offset: int = 0


class RtpStream(asyncio.DatagramProtocol):
    """One call leg's RTP: paced sending of G.711 audio, reception of audio and RFC 2833 events."""

    def __init__(self, port: int, clock: MediaClock, codec: str = "PCMU") -> None:
        self.port = port
        self.clock = clock
        self.codec = codec
        self.payload_type = g711.PAYLOAD_TYPE[codec]
        self.dtmf_payload_type: int | None = None
        self._remote: tuple[str, int] | None = None
        #: Besides the negotiated address, the one other address packets are accepted from: where
        #: the first packet came from, if that was the negotiated host (another port) or a latch host.
        self._source: tuple[str, int] | None = None
        self._latch_open = True
        #: Hosts besides the negotiated one that may be latched on to (the caller's SIP source).
        self.latch_hosts: set[str] = set()
        #: Symmetric RTP (comedia): also send to the latched address instead of the negotiated one.
        self.symmetric = False
        self.dropped_packets = 0
        self.sending = True  # False while the peer holds us (a=sendonly / inactive)
        self.on_closed: Callable[[int], None] | None = None
        #: Called with each received digit (after end-bit dedupe).
        self.on_digit: Callable[[str], None] | None = None
        #: Called with 16-bit 8 kHz PCM of every received audio frame while set.
        self.on_audio: Callable[[bytes], None] | None = None
        #: Called with raw received audio packets (bridging); bypasses decoding.
        self.on_packet: Callable[[RtpPacket], None] | None = None
        self.relaying = False  # bridged: packets are sent by relay(), not by the clock
        self.closed = False
        self.packets_sent = 0
        self.packets_received = 0
        self.send_errors = 0
        self._transport: asyncio.DatagramTransport | None = None
        self._ssrc = int.from_bytes(os.urandom(4), "big")
        self._seq = int.from_bytes(os.urandom(2), "big")
        self._ts = int.from_bytes(os.urandom(4), "big")
        self._queue: deque[_Playback] = deque()
        self._marker = True
        self._silence = bytes([g711.SILENCE_BYTE[codec]]) * SAMPLES_PER_FRAME
        self._last_event_ts: int | None = None
        self._last_event_reported = True
        self._last_event_digit = ""
        self._last_event_duration = 0

    # --- where media goes and comes from -----------------------------------
    @property
    def remote(self) -> tuple[str, int] | None:
        """Where we send; setting it (answer, re-INVITE) also resets where packets may come from."""
        return self._remote

    @remote.setter
    def remote(self, value: tuple[str, int] | None) -> None:
        self._remote = value
        self._source = None
        self._latch_open = True

    def _accept_from(self, addr: tuple[str, int]) -> bool:
        """Packets come from the negotiated address; the first packet may latch one other address."""
        if self._remote is None:
            return False
        if addr == self._remote or addr == self._source:
            self._latch_open = False
            return True
        if self._latch_open and (addr[0] == self._remote[0] or addr[0] in self.latch_hosts):
            self._latch_open = False
            self._source = addr
            log.info("RTP port %s latched on %s:%s (SDP said %s:%s)", self.port, *addr, *self._remote)
            if self.symmetric:
                self._remote = addr
            return True
        return False

    # --- asyncio protocol -------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # CPython 3.11's selector datagram transport is not a DatagramTransport subclass.
        self._transport = transport  # type: ignore[assignment]
        self.clock.add(self)

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:  # type: ignore[override]
        if self.closed:
            return
        packet = parse_rtp(data)
        if packet is None or not self._accept_from((str(addr[0]), int(addr[1]))):
            self.dropped_packets += 1
            return
        self.packets_received += 1
        if packet.payload_type == self.dtmf_payload_type:
            self._handle_event(packet)
        elif self.on_packet is not None:
            self.on_packet(packet)
        elif self.on_audio is not None and packet.payload_type in g711.CODEC_BY_PAYLOAD_TYPE:
            self.on_audio(g711.decode(packet.payload, g711.CODEC_BY_PAYLOAD_TYPE[packet.payload_type]))

    def error_received(self, exc: Exception) -> None:
        self.send_errors += 1
        log.debug("RTP port %s: %s", self.port, exc)

    # --- configuration ----------------------------------------------------
    def set_codec(self, codec: str) -> None:
        self.codec = codec
        self.payload_type = g711.PAYLOAD_TYPE[codec]
        self._silence = bytes([g711.SILENCE_BYTE[codec]]) * SAMPLES_PER_FRAME

    # --- RFC 2833 ---------------------------------------------------------
    def _handle_event(self, packet: RtpPacket) -> None:
        if len(packet.payload) != 4:  # one event per packet (RFC 4733 2.3); redundancy is not negotiated
            self.dropped_packets += 1
            return
        event, flags = packet.payload[0], packet.payload[1]
        if event > 15:
            return
        digit = "0123456789*#ABCD"[event]
        ended = bool(flags & 0x80)
        duration = int.from_bytes(packet.payload[2:4], "big")
        # A new event has a new timestamp; replayed captures may reuse one, so a different key,
        # or a non-end packet after the end of the last event, also starts a new event.
        new_event = (packet.timestamp != self._last_event_ts or digit != self._last_event_digit
                     or (self._last_event_reported and not ended and duration <= self._last_event_duration))
        if new_event:
            if not self._last_event_reported and self._last_event_digit:
                self._report(self._last_event_digit)  # its end packets were all lost
            self._last_event_ts = packet.timestamp
            self._last_event_digit = digit
            self._last_event_reported = False
        self._last_event_duration = duration
        if ended and not self._last_event_reported:
            self._last_event_reported = True
            self._report(digit)

    def _report(self, digit: str) -> None:
        if self.on_digit is not None:
            self.on_digit(digit)

    # --- sending ----------------------------------------------------------
    def play(self, payload: bytes) -> asyncio.Future[bool]:
        """Queue encoded audio (in this stream's codec); the future resolves when it has played."""
        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        if self.closed:
            done.set_result(False)
        else:
            self._queue.append(_Playback(payload, done))
        return done

    def stop_playing(self) -> None:
        while self._queue:
            item = self._queue.popleft()
            if not item.done.done():
                item.done.set_result(False)

    def tick(self) -> None:
        if self.relaying:
            return
        frame = self._silence
        if self._queue:
            item = self._queue[0]
            frame = item.payload[item.offset:item.offset + SAMPLES_PER_FRAME]
            item.offset += SAMPLES_PER_FRAME
            if len(frame) < SAMPLES_PER_FRAME:
                frame += self._silence[len(frame):]
            if item.offset >= len(item.payload):
                self._queue.popleft()
                if not item.done.done():
                    item.done.set_result(True)
        if self.sending and self.remote is not None and self._transport is not None:
            self._send(self.payload_type, frame, self._marker)
            self._marker = False
        self._ts += SAMPLES_PER_FRAME

    def _send(self, payload_type: int, payload: bytes, marker: bool) -> None:
        assert self._transport is not None and self.remote is not None
        self._transport.sendto(build_rtp(payload_type, marker, self._seq, self._ts, self._ssrc, payload),
                               self.remote)
        self._seq += 1
        self.packets_sent += 1

    def relay(self, packet: RtpPacket) -> None:
        """Send a packet received on the other leg of a bridge, re-stamped as this stream's own."""
        if self.closed or self.remote is None or self._transport is None or not self.sending:
            return
        if packet.payload_type in g711.CODEC_BY_PAYLOAD_TYPE:
            payload = packet.payload
            source = g711.CODEC_BY_PAYLOAD_TYPE[packet.payload_type]
            if source != self.codec:
                payload = g711.encode(g711.decode(payload, source), self.codec)
            self._send(self.payload_type, payload, packet.marker)
            self._ts += len(payload)

    def send_digit(self, digit: str, duration_ms: int = 100) -> None:
        """Send an RFC 2833 event (all packets at once, three end packets) — used when bridging."""
        if self.dtmf_payload_type is None or self.remote is None or self._transport is None:
            return
        event = "0123456789*#ABCD".index(digit)
        samples = duration_ms * 8
        for step in range(SAMPLES_PER_FRAME, samples + 1, SAMPLES_PER_FRAME):
            end = step == samples or step + SAMPLES_PER_FRAME > samples
            body = struct.pack("!BBH", event, (0x80 if end else 0) | 10, step)
            for _ in range(3 if end else 1):
                self._transport.sendto(build_rtp(self.dtmf_payload_type, step == SAMPLES_PER_FRAME,
                                                 self._seq, self._ts, self._ssrc, body), self.remote)
                self._seq += 1
        self._ts += samples

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.stop_playing()
        self.clock.discard(self)
        if self._transport is not None:
            self._transport.close()
        if self.on_closed is not None:
            self.on_closed(self.port)
