"""Hypothesis over the SIP, SDP and RTP parsers: nothing but the parser's own error type escapes."""

from __future__ import annotations

import socket

from aiosipua.message import SipRequest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ivr.sip.rtp import parse_rtp
from ivr.sip.sdp import SdpError, parse_offer
from ivr.sip.transport import reply_destination, sendable, stamp_via
from ivr.sip.validate import Rejection, SipParseError, check_request, check_response, parse_datagram

HEADER_NAMES = st.sampled_from(["Via", "v", "From", "f", "To", "t", "Call-ID", "i", "CSeq", "Contact", "m",
                                "Record-Route", "Max-Forwards", "Content-Length", "l", "Content-Type",
                                "X-Anything", "Route", "Expires"])
VALUE_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n")
HEADER_VALUES = st.one_of(
    st.text(VALUE_CHARS, max_size=80),
    st.sampled_from(["SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bKx;rport", "SIP/2.0/UDP [::1]:99999",
                     "SIP/2.0/UDP host:-1;rport=x", "<sip:a@127.0.0.1>;tag=1", "1 INVITE", "-1", "70",
                     "99999999999 INVITE", "<sip:p;lr>", "sip:x@y", "0", "*", "a@b"]),
)
START_LINES = st.one_of(
    st.builds(lambda m, u: f"{m} {u} SIP/2.0", st.sampled_from(["INVITE", "ACK", "BYE", "CANCEL", "OPTIONS",
                                                                 "REGISTER", "INFO", "FOO", "invite"]),
              st.sampled_from(["sip:12315@127.0.0.1", "sips:a@b", "tel:12315", "mailto:x", "sip:"])),
    st.builds(lambda c: f"SIP/2.0 {c} Reason", st.integers(0, 1000)),
    st.text(VALUE_CHARS, max_size=40),
)


@st.composite
def sip_datagrams(draw: st.DrawFn) -> bytes:
    lines = [draw(START_LINES)]
    for name, value in draw(st.lists(st.tuples(HEADER_NAMES, HEADER_VALUES), max_size=14)):
        lines.append(f"{name}: {value}")
    body = draw(st.binary(max_size=200))
    separator = draw(st.sampled_from(["\r\n", "\n"]))
    return (separator.join(lines) + separator * 2).encode("utf-8", "surrogatepass") + body


GOOD = ["INVITE sip:12315@127.0.0.1:5060 SIP/2.0", "Via: SIP/2.0/UDP 127.0.0.1:5062;branch=z9hG4bKa;rport",
        "From: <sip:1@127.0.0.1>;tag=f", "To: <sip:12315@127.0.0.1>", "Call-ID: c1", "CSeq: 1 INVITE",
        "Contact: <sip:1@127.0.0.1:5062>", "Max-Forwards: 70", "Content-Length: 0"]


@st.composite
def one_bad_header(draw: st.DrawFn) -> bytes:
    """A good request with one line replaced: most reach check_request, many pass it."""
    lines = list(GOOD)
    index = draw(st.integers(1, len(lines)))
    if index < len(lines):
        lines[index] = f"{lines[index].split(':', 1)[0]}: {draw(HEADER_VALUES)}"
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8", "surrogatepass")


def test_the_good_request_passes() -> None:
    request = parse_datagram(("\r\n".join(GOOD) + "\r\n\r\n").encode())
    assert isinstance(request, SipRequest)
    stamp_via(request, ("127.0.0.1", 5062))
    check_request(request)
    assert reply_destination(request) == ("127.0.0.1", 5062)  # type: ignore[arg-type]


@settings(max_examples=600, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(sip_datagrams(), one_bad_header(), st.binary(max_size=600)))
def test_sip_parsing_raises_only_its_own_errors(data: bytes) -> None:
    try:
        message = parse_datagram(data)
    except SipParseError:
        return
    if isinstance(message, SipRequest):
        try:
            stamp_via(message, ("127.0.0.1", 5062))
        except SipParseError:
            return
        try:
            check_request(message)
        except Rejection as rejection:
            assert 400 <= rejection.code < 600
            return
        # A request that passed can be read the way the endpoint reads it.
        assert message.cseq is not None and message.call_id
        destination = reply_destination(message)  # type: ignore[arg-type]
        assert destination is not None
        assert sendable(destination, socket.AF_INET) is not None
    else:
        try:
            check_response(message)
        except SipParseError:
            return
        assert message.cseq is not None


SDP_LINES = st.one_of(
    st.sampled_from(["v=0", "o=- 1 1 IN IP4 127.0.0.1", "s=-", "t=0 0", "c=IN IP4 127.0.0.1", "c=IN IP6 ::1",
                     "c=IN IP4 224.1.1.1/127", "c=IN IP4 example.com", "c=IN", "m=audio 4000 RTP/AVP 0 101",
                     "m=audio 99999 RTP/AVP 0", "m=audio x RTP/AVP 8", "m=audio 4000/2 RTP/AVP 0",
                     "a=rtpmap:101 telephone-event/8000", "a=rtpmap:0 PCMU/8000", "a=rtpmap:x", "a=sendonly",
                     "b=AS:x", "t=a b", "v=x", "m=audio -3 RTP/AVP 0", "m=audio 4000 RTP/AVP 300"]),
    st.text(VALUE_CHARS, max_size=40),
)


@settings(max_examples=600)
@given(st.lists(SDP_LINES, max_size=12), st.sampled_from([4, 6]))
def test_sdp_parsing_raises_only_sdp_error(lines: list[str], family: int) -> None:
    try:
        offer = parse_offer("\r\n".join(lines), family=family)
    except SdpError:
        return
    host, port = offer.address
    assert 1 <= port <= 65535
    assert offer.codec in ("PCMU", "PCMA")
    assert sendable((host, port), socket.AF_INET if family == 4 else socket.AF_INET6) is not None or \
        host in ("0.0.0.0", "::")


@settings(max_examples=1000)
@given(st.binary(max_size=300))
def test_rtp_parsing_never_raises(data: bytes) -> None:
    packet = parse_rtp(data)
    if packet is not None:
        assert len(packet.payload) <= len(data) - 12
        assert 0 <= packet.payload_type <= 127
