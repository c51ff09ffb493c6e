"""SDP offer/answer for one G.711 audio stream with RFC 2833 telephone-events."""

from __future__ import annotations

import ipaddress
import time
from dataclasses import dataclass

from aiosipua.sdp import parse_sdp

from ivr.sip import g711

ANSWER_DIRECTION = {"sendrecv": "sendrecv", "sendonly": "recvonly", "recvonly": "sendonly",
                    "inactive": "inactive"}


class SdpError(ValueError):
    """The offer has no audio stream we can use (answer 488)."""


@dataclass(frozen=True)
class MediaOffer:
    address: tuple[str, int]
    codec: str  # "PCMU" | "PCMA"
    dtmf_payload_type: int | None
    direction: str  # the offer's direction

    @property
    def we_send(self) -> bool:
        return ANSWER_DIRECTION[self.direction] in ("sendrecv", "sendonly")


MAX_SDP = 8192
HOLD_ADDRESSES = ("0.0.0.0", "::")


def media_address(addr_type: str, address: str, port: int, family: int) -> tuple[str, int]:
    """Check a ``c=``/``m=`` pair: an IP literal of our media family (no names, no multicast), a port."""
    if not 1 <= port <= 65535:
        raise SdpError(f"media port out of range: {port}")
    try:
        ip = ipaddress.ip_address(address)
    except ValueError as exc:
        raise SdpError("connection address is not an IP address") from exc
    if addr_type.upper() != f"IP{ip.version}":
        raise SdpError(f"connection address type {addr_type} does not match {address}")
    if ip.version != family and str(ip) not in HOLD_ADDRESSES:
        raise SdpError(f"IPv{ip.version} media is not reachable from this endpoint")
    if ip.is_multicast or str(ip) == "255.255.255.255":
        raise SdpError("multicast or broadcast media address")
    return str(ip), port


def parse_offer(body: str, preferred: tuple[str, ...] = ("PCMU", "PCMA"), family: int = 4) -> MediaOffer:
    """The usable audio stream of an offer, checked; :class:`SdpError` for anything else (answer 488)."""
    if len(body) > MAX_SDP:
        raise SdpError("SDP body too large")
    try:
        sdp = parse_sdp(body)
    except Exception as exc:  # the parser raises several types on garbage
        raise SdpError(f"unparseable SDP: {exc}") from exc
    audio = sdp.audio
    if audio is None or audio.port == 0:
        raise SdpError("no active audio stream in the offer")
    connection = audio.connection or sdp.connection
    if connection is None or not connection.address:
        raise SdpError("no c= line for the audio stream")
    address = media_address(connection.addr_type, connection.address, audio.port, family)
    offered = [int(f) for f in audio.formats if f.isascii() and f.isdigit() and len(f) <= 3 and int(f) <= 127]
    codecs_by_pt = {c.payload_type: c.encoding_name.upper() for c in audio.codecs}
    codec = None
    for pt in offered:  # the offerer's order wins (RFC 3264)
        name = codecs_by_pt.get(pt) or g711.CODEC_BY_PAYLOAD_TYPE.get(pt)
        if name in preferred:
            codec = name
            break
    if codec is None:
        raise SdpError("neither PCMU nor PCMA offered")
    dtmf_pt = next((pt for pt in offered if codecs_by_pt.get(pt) == "TELEPHONE-EVENT"), None)
    direction = audio.direction
    if direction not in ANSWER_DIRECTION:
        direction = "sendrecv"
    if address[0] in HOLD_ADDRESSES:  # old-style hold (RFC 2543)
        direction = "inactive"
    return MediaOffer(address=address, codec=codec, dtmf_payload_type=dtmf_pt, direction=direction)


def build_sdp(host: str, port: int, codec: str, dtmf_payload_type: int | None, direction: str,
              session_id: int, version: int) -> str:
    """An SDP body with one audio stream: the chosen codec plus telephone-event if offered."""
    pt = g711.PAYLOAD_TYPE[codec]
    formats = [str(pt)] + ([str(dtmf_payload_type)] if dtmf_payload_type is not None else [])
    lines = [
        "v=0",
        f"o=ivr12315 {session_id} {version} IN IP4 {host}",
        "s=12315",
        f"c=IN IP4 {host}",
        "t=0 0",
        f"m=audio {port} RTP/AVP {' '.join(formats)}",
        f"a=rtpmap:{pt} {codec}/8000",
    ]
    if dtmf_payload_type is not None:
        lines += [f"a=rtpmap:{dtmf_payload_type} telephone-event/8000",
                  f"a=fmtp:{dtmf_payload_type} 0-16"]
    lines += ["a=ptime:20", f"a={direction}"]
    return "\r\n".join(lines) + "\r\n"


def new_session_id() -> int:
    return int(time.time() * 1000) & 0x7FFFFFFF
