"""Dial: place an INVITE to an agent's SIP phone and relay RTP between the two legs.

We bridge rather than REFER: the caller's leg stays on this endpoint, so the call record
sees the talk time and the end of the call, and no phone has to support REFER.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import re
import time
from typing import TYPE_CHECKING

from aiosipua.auth import SipDigestAuth, answer_challenge
from aiosipua.message import SipRequest, SipResponse

from ivr.channel import AnswerHook, CallerHangup, DialResult
from ivr.privacy import mask_number
from ivr.sip import g711
from ivr.sip import messages as m
from ivr.sip.rtp import RtpStream
from ivr.sip.sdp import SdpError, build_sdp, new_session_id, parse_offer

if TYPE_CHECKING:
    from ivr.sip.channel import SipChannel

log = logging.getLogger(__name__)

DTMF_PT = 101
_ENDPOINT = re.compile(r"^(?:sip:|(?:SIP|PJSIP)/)(?P<user>[A-Za-z0-9_.+*#-]+)@"
                       r"(?P<host>[A-Za-z0-9.\-]+|\[[0-9a-fA-F:]+\])(?::(?P<port>\d{1,5}))?$")
_FAILURES = {486: "BUSY", 600: "BUSY", 408: "NOANSWER", 480: "NOANSWER", 487: "NOANSWER", 503: "CONGESTION"}


class BadEndpoint(ValueError):
    pass


def parse_endpoint(endpoint: str) -> tuple[str, str, int]:
    """``sip:agent1@127.0.0.1:5070`` (or ``SIP/agent1@host:port``) -> (user, host, port)."""
    found = _ENDPOINT.match(endpoint.strip())
    if found is None:
        raise BadEndpoint(f"not a SIP endpoint: {endpoint!r} (expected sip:user@host[:port])")
    port = int(found.group("port") or 5060)
    if not 0 < port < 65536:
        raise BadEndpoint(f"bad port in {endpoint!r}")
    return found.group("user"), found.group("host").strip("[]"), port


async def _resolve(host: str, port: int) -> tuple[str, int]:
    try:
        ipaddress.ip_address(host)
        return host, port
    except ValueError:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=2)  # SOCK_DGRAM
        return str(infos[0][4][0]), port


async def dial_and_bridge(channel: SipChannel, endpoint: str, timeout: float,
                          on_answer: AnswerHook | None = None) -> DialResult:
    try:
        user, host, port = parse_endpoint(endpoint)
        destination = await _resolve(host, port)
    except (BadEndpoint, OSError) as exc:
        log.warning("dial: %s", exc)
        return DialResult("CHANUNAVAIL")
    sip = channel.endpoint
    caller_leg = channel.call.stream
    codec = caller_leg.codec
    try:
        agent_leg = await sip.ports.open(sip.media_host, lambda p: RtpStream(p, sip.clock, codec))
    except OSError:
        return DialResult("CONGESTION")
    agent_leg.dtmf_payload_type = DTMF_PT
    leg = _AgentLeg(channel, agent_leg, user, host, port, destination, on_answer)
    try:
        return await leg.run(timeout)
    finally:
        agent_leg.close()
        caller_leg.relaying = False
        caller_leg.on_packet = None
        caller_leg.on_digit = lambda digit: sip._on_digit(channel.call, digit)  # noqa: SLF001
        sip.dialog_hooks.pop(leg.call_id, None)
        sip.acks.pop(leg.call_id, None)


class _AgentLeg:
    def __init__(self, channel: SipChannel, stream: RtpStream, user: str, host: str, port: int,
                 destination: tuple[str, int], on_answer: AnswerHook | None = None) -> None:
        self.channel = channel
        self.on_answer = on_answer
        self.sip = channel.endpoint
        self.stream = stream
        self.destination = destination
        self.uri = f"sip:{user}@{host}:{port}"
        self.call_id = m.new_tag() + m.new_tag() + "@ivr12315"
        self.local_tag = m.new_tag()
        self.remote_tag: str | None = None
        self.remote_target = self.uri
        self.cseq = 0
        self.ended = asyncio.Event()
        self.ringing = False
        self.session_id = new_session_id()
        caller = channel.caller if re.fullmatch(r"[0-9+*#]{1,32}", channel.caller or "") else "ivr"
        self.from_value = f"<sip:{caller}@{self.sip.signalling_host}>;tag={self.local_tag}"

    def _invite(self, extra: dict[str, str] | None = None) -> SipRequest:
        self.cseq += 1
        body = build_sdp(self.sip.media_host, self.stream.port, self.stream.codec, DTMF_PT, "sendrecv",
                         self.session_id, 1)
        return m.make_request("INVITE", self.uri, via_host=self.sip.signalling_host, via_port=self.sip.address[1],
                              branch=m.new_branch(), from_=self.from_value, to=f"<{self.uri}>",
                              call_id=self.call_id, cseq=self.cseq, contact=self.sip.contact(), body=body,
                              extra=extra, user_agent=self.sip.options.user_agent)

    def _ack_for(self, invite: SipRequest, response: SipResponse) -> SipRequest:
        """ACK: same branch for a failure (RFC 3261 17.1.1.3), a new one and the Contact for a 2xx."""
        success = 200 <= response.status_code < 300
        contact = response.headers.get_first("contact")
        uri = m.uri_of(contact) if success and contact else self.uri
        ack = m.make_request("ACK", uri, via_host=self.sip.signalling_host, via_port=self.sip.address[1],
                             branch=m.new_branch() if success else m.branch_of(invite), from_=self.from_value,
                             to=response.get_header("to") or f"<{self.uri}>", call_id=self.call_id,
                             cseq=m.cseq_of(invite)[0])
        return ack

    async def run(self, timeout: float) -> DialResult:
        options = self.sip.options
        credentials = SipDigestAuth(options.agent_username, options.agent_password.get_secret_value())
        invite = self._invite()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        authenticated = False
        log.info("dialling agent %s for caller %s", self.uri, mask_number(self.channel.caller))
        while True:
            self.ringing = False
            final = self.sip.send_request(invite, self.destination, on_provisional=self._provisional)
            try:
                index, response = await self.channel._first(  # noqa: SLF001
                    asyncio.shield(final), timeout=max(deadline - loop.time(), 0.01))
            except CallerHangup:
                if self.ringing:
                    await self._cancel(invite, final)
                else:
                    self.sip.abandon_request(invite)
                return DialResult("CANCEL")
            except TimeoutError:
                return DialResult("CHANUNAVAIL")
            if index < 0:
                if not self.ringing:  # nothing answered at all: no CANCEL (RFC 3261 9.1)
                    self.sip.abandon_request(invite)
                    return DialResult("CHANUNAVAIL")
                await self._cancel(invite, final)
                return DialResult("NOANSWER")
            assert isinstance(response, SipResponse)
            status = response.status_code
            if status >= 300:
                self.sip.send_once(self._ack_for(invite, response), self.destination)
            if status in (401, 407) and not authenticated and options.agent_username:
                header = answer_challenge(credentials, response, status, "INVITE", self.uri)
                if header is not None:
                    authenticated = True
                    invite = self._invite({header[0]: header[1]})
                    continue
            if status >= 300:
                return DialResult(_FAILURES.get(status, "CHANUNAVAIL"))
            return await self._talk(invite, response)

    def _provisional(self, response: SipResponse) -> None:
        self.ringing = True

    async def _cancel(self, invite: SipRequest, final: asyncio.Future[SipResponse]) -> None:
        cancel = SipRequest(method="CANCEL", uri=invite.uri)
        for name in ("via", "from", "to", "call-id"):
            cancel.headers.set_single(name, invite.get_header(name) or "")
        cancel.headers.set_single("Max-Forwards", "70")
        cancel.headers.set_single("CSeq", f"{m.cseq_of(invite)[0]} CANCEL")
        cancel_done = self.sip.send_request(cancel, self.destination)
        try:
            response = await asyncio.wait_for(asyncio.shield(final), 5.0)
        except (TimeoutError, asyncio.CancelledError):
            return
        finally:
            cancel_done.cancel()
        if response.status_code >= 300:
            self.sip.send_once(self._ack_for(invite, response), self.destination)
        elif response.status_code >= 200:  # answered while we cancelled: ACK then BYE
            self.remote_tag = m.tag_of(response.get_header("to"))
            self.sip.send_once(self._ack_for(invite, response), self.destination)
            self._send_bye(response)

    async def _talk(self, invite: SipRequest, response: SipResponse) -> DialResult:
        ack = self._ack_for(invite, response)
        self.sip.send_once(ack, self.destination)
        self.sip.acks[self.call_id] = (ack, self.destination)
        self.remote_tag = m.tag_of(response.get_header("to"))
        try:
            answer = parse_offer(response.text, preferred=tuple(g711.PAYLOAD_TYPE))
        except SdpError:
            self._send_bye(response)
            return DialResult("CHANUNAVAIL")
        self.stream.set_codec(answer.codec)
        self.stream.remote = answer.address
        self.stream.dtmf_payload_type = answer.dtmf_payload_type
        self.sip.dialog_hooks[self.call_id] = self._on_request
        caller_leg = self.channel.call.stream
        caller_leg.on_packet = self.stream.relay
        self.stream.on_packet = caller_leg.relay
        caller_leg.on_digit = self.stream.send_digit
        caller_leg.relaying = self.stream.relaying = True
        started = time.monotonic()
        if self.on_answer is not None:  # the agent's 200 OK: connected from now
            try:
                await self.on_answer.notify()
            except Exception:  # noqa: BLE001 - the talk goes on even if the ACD cannot be told
                log.warning("dial %s: answer not recorded", self.call_id, exc_info=True)
        caller_still_up = True
        try:
            await self.channel._first(self.ended.wait())  # noqa: SLF001
        except CallerHangup:
            caller_still_up = False
            self._send_bye(response)
        return DialResult("ANSWER", talk_seconds=round(time.monotonic() - started, 3),
                          caller_still_up=caller_still_up)

    def _on_request(self, request: SipRequest, addr: tuple[str, int]) -> None:
        method = request.method.upper()
        if method == "BYE":
            self.sip.respond(request, 200, "OK")
            self.ended.set()
        elif method == "INVITE":  # agent phone re-INVITE (hold): keep media, answer with our SDP
            self.sip.respond(request, 200, "OK", contact=self.sip.contact(),
                             body=build_sdp(self.sip.media_host, self.stream.port, self.stream.codec,
                                            self.stream.dtmf_payload_type, "sendrecv", self.session_id, 2))
        elif method in ("OPTIONS", "INFO", "UPDATE"):
            self.sip.respond(request, 200, "OK")
        else:
            self.sip.respond(request, 405, "Method Not Allowed", extra={"Allow": m.ALLOW})

    def _send_bye(self, response: SipResponse) -> None:
        self.cseq += 1
        contact = response.headers.get_first("contact")
        bye = m.make_request("BYE", m.uri_of(contact) if contact else self.uri,
                             via_host=self.sip.signalling_host, via_port=self.sip.address[1],
                             branch=m.new_branch(), from_=self.from_value,
                             to=response.get_header("to") or f"<{self.uri}>", call_id=self.call_id,
                             cseq=self.cseq, user_agent=self.sip.options.user_agent)
        done = self.sip.send_request(bye, self.destination)
        done.add_done_callback(lambda f: f.exception() if not f.cancelled() else None)
