"""Building SIP responses and requests on top of aiosipua's message classes."""

from __future__ import annotations

import re
import secrets

from aiosipua.message import SipRequest, SipResponse

ALLOW = "INVITE, ACK, BYE, CANCEL, OPTIONS, INFO, UPDATE"
_TAG_RE = re.compile(r";\s*tag\s*=\s*([^;>\s]+)", re.IGNORECASE)


def new_tag() -> str:
    return secrets.token_hex(6)


def new_branch() -> str:
    return "z9hG4bK" + secrets.token_hex(10)


def tag_of(header_value: str | None) -> str | None:
    if not header_value:
        return None
    # Only look after the closing '>' when the address is bracketed (URI params are not tags).
    tail = header_value.rsplit(">", 1)[-1] if ">" in header_value else header_value
    found = _TAG_RE.search(tail)
    return found.group(1) if found else None


def uri_of(header_value: str) -> str:
    """The URI inside a Contact/From/To value, without display name or header params."""
    return _bare_uri(header_value)


def _bare_uri(header_value: str) -> str:
    value = header_value.strip()
    if "<" in value and ">" in value:
        return value[value.index("<") + 1:value.index(">")]
    return value.split(";", 1)[0].strip()


def user_of(header_value: str | None) -> str:
    """The user part of a From/To/Request-URI (``sip:13812345678@host`` -> ``13812345678``)."""
    if not header_value:
        return ""
    uri = _bare_uri(header_value)
    if ":" in uri:
        uri = uri.split(":", 1)[1]
    return uri.split("@", 1)[0] if "@" in uri else ""


def branch_of(message: SipRequest | SipResponse) -> str:
    vias = message.via
    return (vias[0].branch or "") if vias else ""


def cseq_of(message: SipRequest | SipResponse) -> tuple[int, str]:
    cseq = message.cseq
    if cseq is None:
        return 0, ""
    return cseq.seq, cseq.method.upper()


def transaction_key(request: SipRequest, method: str | None = None) -> str:
    """Server-transaction key: the RFC 3261 branch, or Call-ID/CSeq/From-tag for older peers."""
    branch = branch_of(request)
    method = (method or request.method).upper()
    if branch.startswith("z9hG4bK"):
        return f"{branch}|{method}"
    seq, _ = cseq_of(request)
    return f"{request.call_id}|{seq}|{tag_of(request.get_header('from'))}|{method}"


def make_response(request: SipRequest, code: int, reason: str, *, to_tag: str | None = None,
                  contact: str | None = None, body: str = "", content_type: str = "",
                  extra: dict[str, str] | None = None, user_agent: str = "") -> SipResponse:
    response = SipResponse(status_code=code, reason_phrase=reason)
    for via in request.headers.get("via"):
        response.headers.append("Via", via)
    if code < 300 or code == 487:
        for route in request.headers.get("record-route"):
            response.headers.append("Record-Route", route)
    response.headers.set_single("From", request.get_header("from") or "")
    to = request.get_header("to") or ""
    if to_tag and code != 100 and tag_of(to) is None:
        to = f"{to};tag={to_tag}"
    response.headers.set_single("To", to)
    response.headers.set_single("Call-ID", request.call_id or "")
    response.headers.set_single("CSeq", request.get_header("cseq") or "")
    if contact:
        response.headers.set_single("Contact", contact)
    if user_agent:
        response.headers.set_single("Server", user_agent)
    for name, value in (extra or {}).items():
        response.headers.set_single(name, value)
    if body:
        response.headers.set_single("Content-Type", content_type or "application/sdp")
        response.text = body
    return response


def make_request(method: str, uri: str, *, via_host: str, via_port: int, branch: str,
                 from_: str, to: str, call_id: str, cseq: int, contact: str | None = None,
                 body: str = "", extra: dict[str, str] | None = None,
                 user_agent: str = "") -> SipRequest:
    request = SipRequest(method=method, uri=uri)
    request.headers.append("Via", f"SIP/2.0/UDP {via_host}:{via_port};branch={branch};rport")
    request.headers.set_single("Max-Forwards", "70")
    request.headers.set_single("From", from_)
    request.headers.set_single("To", to)
    request.headers.set_single("Call-ID", call_id)
    request.headers.set_single("CSeq", f"{cseq} {method}")
    if contact:
        request.headers.set_single("Contact", contact)
    if user_agent:
        request.headers.set_single("User-Agent", user_agent)
    for name, value in (extra or {}).items():
        request.headers.set_single(name, value)
    if body:
        request.headers.set_single("Content-Type", "application/sdp")
        request.text = body
    return request
