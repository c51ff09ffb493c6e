"""Everything the endpoint takes from the network is checked here before it is used.

``parse_datagram`` frames one UDP datagram into a message or raises :class:`SipParseError`
(the datagram is dropped: nothing in it can be trusted enough to answer). ``sent_by`` checks
the top Via, without which there is nowhere to answer either. ``check_request`` and
``check_response`` look at a framed message; a request that breaks a rule gets the
:class:`Rejection`'s status (400, 416, 483, 513), a bad response is dropped.
"""

from __future__ import annotations

import ipaddress
import logging
import re
from dataclasses import dataclass, field

from aiosipua.headers import Via, parse_via
from aiosipua.message import SipMessage, SipRequest, SipResponse

MAX_DATAGRAM = 65507
MAX_HEADERS = 128
MAX_HEADER_LINE = 2048
MAX_HEADER_BYTES = 16384
MAX_VIAS = 16
MAX_ROUTES = 16
MAX_URI = 1024
MAX_CALL_ID = 256
CSEQ_MAX = 2**31 - 1

_TOKEN = r"[A-Za-z0-9\-.!%*_+`'~]+"
_REQUEST_LINE = re.compile(rf"^({_TOKEN}) (\S{{1,{MAX_URI}}}) SIP/2\.0$")
_STATUS_LINE = re.compile(r"^SIP/2\.0 ([1-6][0-9][0-9])(?: (.*))?$")
_HEADER_NAME = re.compile(rf"^{_TOKEN}$")
_CSEQ = re.compile(rf"^([0-9]{{1,10}})[ \t]+({_TOKEN})$")
_DIGITS = re.compile(r"^[0-9]{1,10}\Z")
_HOSTNAME = re.compile(r"^(?=.{1,253}\Z)[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63})*\.?\Z")
_SIP_URI = re.compile(r"^(sips?|tel):([^\s<>\"]{1,1000})$", re.IGNORECASE)
_CALL_ID = re.compile(rf"^[\x21-\x7e]{{1,{MAX_CALL_ID}}}$")
_SINGLE = ("from", "to", "call-id", "cseq", "max-forwards", "content-length")
_REQUIRED = ("via", "from", "to", "call-id", "cseq")

# aiosipua warns on every body shorter or longer than its Content-Length: one line per datagram
# would let anyone flood the log. check_request answers those (400) and the endpoint logs them
# once per source (limits.IncidentLog).
logging.getLogger("aiosipua.message").setLevel(logging.ERROR)


class SipParseError(ValueError):
    """The datagram is not a SIP message this endpoint will look at (it is dropped)."""


@dataclass
class Rejection(Exception):
    """A request that breaks a rule: answer it with ``code`` (never for ACK)."""

    code: int
    reason: str
    extra: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.code} {self.reason}"


def parse_datagram(data: bytes, max_headers: int = MAX_HEADERS,
                   max_header_bytes: int = MAX_HEADER_BYTES) -> SipRequest | SipResponse:
    """Frame one datagram as a SIP request or response; :class:`SipParseError` for anything else."""
    if len(data) > MAX_DATAGRAM:
        raise SipParseError("datagram too large")
    head, sep, _ = data.partition(b"\r\n\r\n")
    if not sep:
        head, sep, _ = data.partition(b"\n\n")
    if len(head) > max_header_bytes:
        raise SipParseError("header section too large")
    if b"\x00" in head:
        raise SipParseError("NUL byte in the header section")
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SipParseError("header section is not UTF-8") from exc
    lines = text.replace("\r\n", "\n").split("\n")
    start = lines[0].strip()
    if not (_REQUEST_LINE.match(start) or _STATUS_LINE.match(start)):
        raise SipParseError("malformed start line")
    headers = 0
    for line in lines[1:]:
        if len(line) > MAX_HEADER_LINE:
            raise SipParseError("header line too long")
        if "\r" in line:
            raise SipParseError("bare CR in a header")
        if not line or line[0] in " \t":
            continue
        name, colon, _ = line.partition(":")
        if not colon or not _HEADER_NAME.match(name.strip()):
            raise SipParseError("malformed header line")
        headers += 1
        if headers > max_headers:
            raise SipParseError("too many headers")
    try:
        return SipMessage.parse(data)
    except Exception as exc:  # the parser raises several types on garbage
        raise SipParseError(f"unparseable: {type(exc).__name__}") from exc


def is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _port_ok(port: int | None) -> bool:
    return port is None or 1 <= port <= 65535


def sent_by(message: SipMessage) -> Via:
    """The top Via, checked: SIP/2.0/UDP, a host name or IP literal, ports in range."""
    vias = message.headers.get("via")
    if not vias:
        raise SipParseError("no Via")
    if len(vias) > MAX_VIAS:
        raise SipParseError("too many Via headers")
    try:
        via = parse_via(vias[0])
    except Exception as exc:
        raise SipParseError("unparseable Via") from exc
    if via.protocol.upper() != "SIP/2.0" or via.transport.upper() != "UDP":
        raise SipParseError("Via is not SIP/2.0/UDP")
    host = via.host[1:-1] if via.host.startswith("[") and via.host.endswith("]") else via.host
    if not (is_ip(host) or _HOSTNAME.match(host)):
        raise SipParseError("bad Via host")
    if not _port_ok(via.port):
        raise SipParseError("bad Via port")
    rport = via.params.get("rport")
    if rport is not None and rport != "" and not (_DIGITS.match(rport) and _port_ok(int(rport))):
        raise SipParseError("bad rport")
    return via


def _single_values_ok(message: SipMessage) -> None:
    for name in _SINGLE:
        if len(message.headers.get(name)) > 1:
            raise Rejection(400, f"Duplicate {name} header")


def _check_content_length(message: SipMessage) -> None:
    raw = message.headers.get_first("content-length")
    if raw is None:
        return
    value = raw.strip()
    if not _DIGITS.match(value):
        raise Rejection(400, "Bad Content-Length")
    if int(value) > len(message.body):
        raise Rejection(400, "Content-Length larger than the datagram")


def _check_cseq(message: SipMessage) -> tuple[int, str]:
    raw = message.headers.get_first("cseq") or ""
    found = _CSEQ.match(raw.strip())
    if not found or int(found.group(1)) > CSEQ_MAX:
        raise Rejection(400, "Bad CSeq")
    return int(found.group(1)), found.group(2)


def _check_uri(value: str, what: str) -> None:
    if len(value) > MAX_URI or not _SIP_URI.match(value):
        raise Rejection(400, f"Bad {what}")


def _bracketed_uri(value: str, what: str, need_brackets: bool = False) -> None:
    value = value.strip()
    if "<" in value or ">" in value:
        if value.count("<") != 1 or value.count(">") != 1 or value.index("<") > value.index(">"):
            raise Rejection(400, f"Bad {what}")
        _check_uri(value[value.index("<") + 1:value.index(">")], what)
    elif need_brackets:
        raise Rejection(400, f"Bad {what}")
    else:
        _check_uri(value.split(";", 1)[0].strip(), what)


def check_request(request: SipRequest) -> None:
    """Raise :class:`Rejection` if the request breaks a rule the endpoint depends on."""
    for name in _REQUIRED:
        if not request.headers.get(name):
            raise Rejection(400, f"Missing {name} header")
    _single_values_ok(request)
    _check_content_length(request)
    _, method = _check_cseq(request)
    if method != request.method:
        raise Rejection(400, "CSeq method does not match the request")
    call_id = (request.call_id or "").strip()
    if not _CALL_ID.match(call_id):
        raise Rejection(400, "Bad Call-ID")
    scheme = request.uri.split(":", 1)[0].lower() if ":" in request.uri else ""
    if scheme not in ("sip", "sips"):
        raise Rejection(416, "Unsupported URI Scheme")
    _check_uri(request.uri, "Request-URI")
    for name in ("from", "to"):
        _bracketed_uri(request.headers.get_first(name) or "", name.capitalize())
    contacts = request.headers.get("contact")
    if len(contacts) > 1 and request.method != "REGISTER":
        raise Rejection(400, "More than one Contact")
    for contact in contacts:
        if contact.strip() != "*":
            _bracketed_uri(contact, "Contact")
    routes = request.headers.get("record-route")
    if len(routes) > MAX_ROUTES:
        raise Rejection(513, "Message Too Large")
    for route in routes:
        _bracketed_uri(route, "Record-Route", need_brackets=True)
    max_forwards = request.headers.get_first("max-forwards")
    if max_forwards is not None:
        if not _DIGITS.match(max_forwards.strip()) or int(max_forwards) > 255:
            raise Rejection(400, "Bad Max-Forwards")
        if int(max_forwards) == 0 and request.method not in ("OPTIONS", "ACK"):
            raise Rejection(483, "Too Many Hops")


def check_response(response: SipResponse) -> None:
    """Raise :class:`SipParseError` for a response the client transactions must not see."""
    if not 100 <= response.status_code <= 699:
        raise SipParseError("bad status code")
    for name in ("via", "call-id", "cseq"):
        if not response.headers.get(name):
            raise SipParseError(f"response without {name}")
    try:
        _single_values_ok(response)
        _check_cseq(response)
        _check_content_length(response)
    except Rejection as exc:
        raise SipParseError(exc.reason) from exc
