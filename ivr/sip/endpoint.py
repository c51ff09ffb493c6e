"""The embedded SIP endpoint: a small UDP user agent on asyncio.

aiosipua supplies the message parser, the UDP transport (which stamps ``received`` and
``rport`` into the top Via and routes replies by it) and SDP parsing. The dialog and
transaction logic is ours because aiosipua's UAS dispatches a retransmitted INVITE as a
new call before answer and rejects it with 500 after answer (see docs/sip.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiosipua.message import SipRequest, SipResponse

from ivr.asr.service import get_recognizer
from ivr.channel import Channel
from ivr.privacy import mask_number
from ivr.settings import Settings
from ivr.sip import messages as m
from ivr.sip import readiness
from ivr.sip.channel import SipChannel
from ivr.sip.config import SipOptions
from ivr.sip.limits import FailureWindow, IncidentLog, TokenBuckets
from ivr.sip.rtp import MediaClock, PortPool, RtpStream
from ivr.sip.sdp import ANSWER_DIRECTION, MediaOffer, SdpError, build_sdp, new_session_id, parse_offer
from ivr.sip.speech import SpeechRecognizer
from ivr.sip.transport import SipUdpTransport
from ivr.sip.validate import Rejection, check_request

log = logging.getLogger(__name__)

T1 = 0.5
T2 = 4.0
TRANSACTION_LIFETIME = 32.0  # 64 * T1: how long answers are kept for retransmitted requests

Handler = Callable[[Channel], Awaitable[object]]


@dataclass
class InboundCall:
    """The server side of one caller's dialog."""

    call_id: str
    invite: SipRequest
    source: tuple[str, int]
    local_tag: str
    offer: MediaOffer
    stream: RtpStream
    invite_key: str
    caller: str
    dnis: str
    session_id: int = field(default_factory=new_session_id)
    sdp_version: int = 1
    local_cseq: int = 0
    remote_cseq: int = 0
    answered: bool = False
    ended: bool = False
    end_reason: str = ""
    hangup_event: asyncio.Event = field(default_factory=asyncio.Event)
    answered_event: asyncio.Event = field(default_factory=asyncio.Event)
    digits: list[str] = field(default_factory=list)
    digit_event: asyncio.Event = field(default_factory=asyncio.Event)
    retransmit: asyncio.Task[None] | None = None
    task: asyncio.Task[None] | None = None


@dataclass
class _ClientTransaction:
    request: SipRequest
    destination: tuple[str, int]
    final: asyncio.Future[SipResponse]
    on_provisional: Callable[[SipResponse], None] | None = None
    task: asyncio.Task[None] | None = None
    provisional: bool = False


class SipEndpoint:
    """Answers calls on UDP and hands each one, as a :class:`SipChannel`, to ``handler``."""

    def __init__(self, settings: Settings, handler: Handler, options: SipOptions | None = None,
                 recognizer: SpeechRecognizer | None = None) -> None:
        self.settings = settings
        self.recognizer = recognizer
        self.options = options or SipOptions()
        self.handler = handler
        listen_host = settings.sip_host
        self.media_host = self.options.media_host or ("127.0.0.1" if listen_host in ("0.0.0.0", "") else listen_host)
        self.media_family = 6 if ":" in self.media_host else 4
        self.incidents = IncidentLog(self.options.incident_log_interval)
        self.transport = SipUdpTransport(self._on_message, self.incidents)
        self.clock = MediaClock()
        self.ports = PortPool(self.options.rtp_port_min, self.options.rtp_port_max)
        self.calls: dict[str, InboundCall] = {}
        self.calls_handled = 0
        self.retransmissions_answered = 0
        #: Requests answered with an error because they broke a rule (validate.py), and new
        #: dialogs refused by the flood limits.
        self.rejected = 0
        self.refused_by_limits = 0
        self.new_dialogs = TokenBuckets(self.options.new_dialogs_per_second, self.options.new_dialogs_burst)
        self.register_failures = FailureWindow(self.options.register_failures,
                                               self.options.register_window_seconds)
        self._starting = 0
        self._readiness_name = ""
        self._answers: OrderedDict[str, tuple[float, SipResponse]] = OrderedDict()
        self._clients: dict[str, _ClientTransaction] = {}
        #: In-dialog request handlers of the calls we placed (agent legs), by Call-ID.
        self.dialog_hooks: dict[str, Callable[[SipRequest, tuple[str, int]], None]] = {}
        #: The ACK sent for each answered outgoing call, re-sent if the 2xx is retransmitted.
        self.acks: dict[str, tuple[SipRequest, tuple[str, int]]] = {}
        self._janitor: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    # --- life cycle --------------------------------------------------------
    async def start(self) -> None:
        await self.transport.start(self.settings.sip_host, self.settings.sip_port)
        self._janitor = asyncio.get_running_loop().create_task(self._expire_answers())
        self._readiness_name = "sip udp {}:{}".format(*self.address)
        readiness.register(self._readiness_name, lambda: self.ready)
        log.info("SIP endpoint listening on udp %s:%s", *self.address)

    @property
    def address(self) -> tuple[str, int]:
        return self.transport.local_addr

    @property
    def ready(self) -> bool:
        """True while the SIP socket is open (it is reopened at once if asyncio closes it)."""
        return self.transport.ready

    @property
    def signalling_host(self) -> str:
        return self.media_host

    async def close(self) -> None:
        readiness.unregister(self._readiness_name)
        for call in list(self.calls.values()):
            self._end_call(call, "server shutdown", send_bye=call.answered)
        tasks = [c.task for c in self.calls.values() if c.task] + list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=5)
        if self._janitor is not None:
            self._janitor.cancel()
        for txn in self._clients.values():
            if txn.task:
                txn.task.cancel()
        await self.transport.stop()

    async def _expire_answers(self) -> None:
        while True:
            await asyncio.sleep(5)
            now = time.monotonic()
            for key in [k for k, (expiry, _) in self._answers.items() if expiry < now]:
                del self._answers[key]

    # --- sending -------------------------------------------------------------
    def reply(self, request: SipRequest, response: SipResponse, key: str | None = None) -> None:
        """Send a response along the request's Via and keep it for retransmitted requests."""
        self.transport.send_reply(response)
        if response.status_code >= 100:
            self._remember(key or m.transaction_key(request), response)

    def _remember(self, key: str, response: SipResponse) -> None:
        self._answers[key] = (time.monotonic() + TRANSACTION_LIFETIME, response)
        self._answers.move_to_end(key)
        while len(self._answers) > self.options.max_cached_answers:
            self._answers.popitem(last=False)

    def respond(self, request: SipRequest, code: int, reason: str, **kwargs: Any) -> SipResponse:
        response = m.make_response(request, code, reason, user_agent=self.options.user_agent, **kwargs)
        self.reply(request, response)
        return response

    def contact(self) -> str:
        host, port = self.signalling_host, self.address[1]
        return f"<sip:ivr@{host}:{port}>"

    def send_request(self, request: SipRequest, destination: tuple[str, int],
                     on_provisional: Callable[[SipResponse], None] | None = None) -> asyncio.Future[SipResponse]:
        """Start a client transaction (UDP retransmits per RFC 3261 timers A/E); resolves on a final answer.

        The future fails with TimeoutError after 64*T1 without a final response.
        """
        loop = asyncio.get_running_loop()
        txn = _ClientTransaction(request, destination, loop.create_future(), on_provisional)
        key = f"{m.branch_of(request)}|{request.method.upper()}"
        self._clients[key] = txn
        txn.task = loop.create_task(self._retransmit_request(key, txn))
        return txn.final

    async def _retransmit_request(self, key: str, txn: _ClientTransaction) -> None:
        data = bytes(txn.request)
        is_invite = txn.request.method == "INVITE"
        interval = T1
        deadline = time.monotonic() + TRANSACTION_LIFETIME
        try:
            while not txn.final.done():
                if txn.provisional and is_invite:
                    # Ringing: the caller of send_request decides how long to wait (then CANCELs).
                    await asyncio.sleep(T1)
                    continue
                if time.monotonic() >= deadline:
                    txn.final.set_exception(TimeoutError(f"no answer to {txn.request.method}"))
                    break
                self._send_bytes(data, txn.destination)
                await asyncio.sleep(interval)
                interval = interval * 2 if is_invite else min(interval * 2, T2)
        finally:
            self._clients.pop(key, None)

    def abandon_request(self, request: SipRequest) -> None:
        """Stop retransmitting a request nobody answers (its future is cancelled)."""
        txn = self._clients.pop(f"{m.branch_of(request)}|{request.method.upper()}", None)
        if txn is not None:
            if txn.task is not None:
                txn.task.cancel()
            if not txn.final.done():
                txn.final.cancel()

    def _send_bytes(self, data: bytes, destination: tuple[str, int]) -> None:
        self.transport.send_bytes(data, destination)

    def send_once(self, request: SipRequest, destination: tuple[str, int]) -> None:
        """Send a request with no transaction (ACK)."""
        self._send_bytes(bytes(request), destination)

    # --- receiving -----------------------------------------------------------
    def _on_message(self, message: SipRequest | SipResponse, addr: tuple[str, int]) -> None:
        """One framed message whose top Via has been checked (transport.py); errors stay here."""
        if isinstance(message, SipResponse):
            try:
                self._on_response(message)
            except Exception as exc:
                self.incidents.report(addr[0], "response handling error", repr(exc), level=logging.ERROR,
                                      exc_info=True)
            return
        try:
            check_request(message)
        except Rejection as rejection:
            self.rejected += 1
            self.incidents.report(addr[0], "bad request", str(rejection), level=logging.INFO)
            if message.method != "ACK":
                with contextlib.suppress(Exception):
                    self._answer_error(message, rejection.code, rejection.reason, rejection.extra)
            return
        try:
            self._on_request(message, addr)
        except Exception as exc:
            self.incidents.report(addr[0], "request handling error", f"{message.method}: {exc!r}",
                                  level=logging.ERROR, exc_info=True)
            with contextlib.suppress(Exception):
                if message.method != "ACK":
                    self._answer_error(message, 500, "Server Internal Error", {})

    def _answer_error(self, request: SipRequest, code: int, reason: str, extra: dict[str, str]) -> None:
        """A final error sent once and kept for retransmissions, with no retransmission timer of its own."""
        response = m.make_response(request, code, reason, to_tag=m.new_tag(), user_agent=self.options.user_agent,
                                   extra=extra)
        self.reply(request, response)

    def _admit_new_dialog(self, request: SipRequest, addr: tuple[str, int]) -> bool:
        """Flood limits for a new INVITE: calls in progress, then new dialogs per source."""
        if len(self.calls) + self._starting >= self.options.max_calls:
            self.refused_by_limits += 1
            self.incidents.report(addr[0], "call refused: maximum concurrent calls", level=logging.WARNING)
            self._answer_error(request, 503, "Service Unavailable", {"Retry-After": "5"})
            return False
        if not self.new_dialogs.take(addr[0]):
            self.refused_by_limits += 1
            self.incidents.report(addr[0], "call refused: new dialogs per source", level=logging.WARNING)
            self._answer_error(request, 503, "Service Unavailable",
                               {"Retry-After": str(self.new_dialogs.retry_after(addr[0]))})
            return False
        return True

    def _register(self, request: SipRequest, addr: tuple[str, int]) -> None:
        """No registrar here: every REGISTER fails, and a source that keeps trying is ignored."""
        key = f"{addr[0]}|{m.user_of(request.get_header('to'))}"
        if self.register_failures.blocked(key):
            self.refused_by_limits += 1
            self.incidents.report(addr[0], "REGISTER attempts over the limit, dropped", level=logging.WARNING)
            return
        self.register_failures.fail(key)
        self.respond(request, 405, "Method Not Allowed", to_tag=m.new_tag(), extra={"Allow": m.ALLOW})

    def _on_response(self, response: SipResponse) -> None:
        txn = self._clients.get(f"{m.branch_of(response)}|{m.cseq_of(response)[1]}")
        if txn is None:
            ack = self.acks.get(response.call_id or "")
            if ack is not None and 200 <= response.status_code < 300:
                self.send_once(*ack)  # our ACK was lost; the 2xx is retransmitted
            return
        if response.status_code < 200:
            txn.provisional = True
            if txn.on_provisional is not None:
                txn.on_provisional(response)
        elif not txn.final.done():
            txn.final.set_result(response)

    def _on_request(self, request: SipRequest, addr: tuple[str, int]) -> None:
        method = request.method.upper()
        if method == "ACK":
            self._on_ack(request)
            return
        cached = self._answers.get(m.transaction_key(request))
        if cached is not None:  # a retransmission: answer again, act never twice
            self.retransmissions_answered += 1
            self.transport.send_reply(cached[1])
            return
        call_id = request.call_id or ""
        to_tag = m.tag_of(request.get_header("to"))
        hook = self.dialog_hooks.get(call_id)
        if to_tag and hook is not None:  # a request inside a dialog we started (agent leg)
            hook(request, addr)
            return
        if method == "INVITE":
            if to_tag:
                self._on_reinvite(request)
            elif call_id in self.calls or self._admit_new_dialog(request, addr):
                self._on_invite(request, addr)
        elif method == "REGISTER":
            self._register(request, addr)
        elif method == "CANCEL":
            self._on_cancel(request)
        elif method == "BYE":
            self._on_bye(request)
        elif method == "OPTIONS":
            self.respond(request, 200, "OK", to_tag=m.new_tag(),
                         extra={"Allow": m.ALLOW, "Accept": "application/sdp"})
        elif method in ("INFO", "UPDATE"):
            self._on_info_or_update(request)
        else:
            self.respond(request, 405, "Method Not Allowed", to_tag=m.new_tag(), extra={"Allow": m.ALLOW})

    # --- inbound calls ---------------------------------------------------------
    def _on_invite(self, request: SipRequest, addr: tuple[str, int]) -> None:
        call_id = request.call_id or ""
        if call_id in self.calls:
            # Same Call-ID, new transaction, no To tag: a forked/looped request (RFC 3261 8.2.2.2).
            self.respond(request, 482, "Loop Detected", to_tag=m.new_tag())
            return
        local_tag = m.new_tag()
        self.respond(request, 100, "Trying")
        try:
            offer = parse_offer(request.text, family=self.media_family)
        except SdpError as exc:
            self.incidents.report(addr[0], "unusable SDP offer", str(exc), level=logging.INFO)
            self._reject_invite(request, 488, "Not Acceptable Here", local_tag)
            return
        self._starting += 1
        self._track(asyncio.get_running_loop().create_task(self._start_call(request, addr, offer, local_tag)),
                    addr[0])

    def _track(self, task: asyncio.Task[Any], source: str) -> None:
        self._tasks.add(task)

        def done(finished: asyncio.Task[Any]) -> None:
            self._tasks.discard(finished)
            if not finished.cancelled() and finished.exception() is not None:
                exc = finished.exception()
                self.incidents.report(source, "call task error", repr(exc), level=logging.ERROR)

        task.add_done_callback(done)

    def _reject_invite(self, request: SipRequest, code: int, reason: str, local_tag: str) -> None:
        response = self.respond(request, code, reason, to_tag=local_tag)
        self._retransmit_final(request, response, lambda: False)

    async def _start_call(self, request: SipRequest, addr: tuple[str, int], offer: MediaOffer,
                          local_tag: str) -> None:
        call_id = request.call_id or ""
        try:
            stream = await self.ports.open(self.media_host,
                                           lambda port: RtpStream(port, self.clock, offer.codec))
        except OSError:
            self.incidents.report(addr[0], "call refused: no RTP port free")
            self._reject_invite(request, 503, "Service Unavailable", local_tag)
            return
        finally:
            self._starting -= 1
        stream.remote = offer.address
        stream.latch_hosts = {addr[0]}  # symmetric RTP: the caller's signalling address behind NAT
        stream.symmetric = self.options.rtp_symmetric
        stream.dtmf_payload_type = offer.dtmf_payload_type
        stream.sending = False  # no media before the 200 OK carries our SDP
        seq, _ = m.cseq_of(request)
        call = InboundCall(call_id=call_id, invite=request, source=addr, local_tag=local_tag, offer=offer,
                           stream=stream, invite_key=m.transaction_key(request),
                           caller=m.user_of(request.get_header("from")),
                           dnis=m.user_of(request.uri) or m.user_of(request.get_header("to")),
                           remote_cseq=seq)
        stream.on_digit = lambda digit: self._on_digit(call, digit)
        self.calls[call_id] = call
        self.calls_handled += 1
        self.respond(request, 180, "Ringing", to_tag=local_tag, contact=self.contact())
        log.info("call %s from %s to %s", call_id, mask_number(call.caller), call.dnis)

        channel = SipChannel(self, call)
        call.task = asyncio.current_task()
        try:
            await self.handler(channel)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("call handler failed for %s", call_id)
        finally:
            # decided before _end_call marks the call ended: a call the engine left (or failed)
            # before answering still gets its final response instead of ringing on
            unanswered = not call.answered and not call.ended
            self._end_call(call, "handler finished", send_bye=call.answered and not call.ended)
            if unanswered:
                self._reject_invite(request, 480, "Temporarily Unavailable", local_tag)
            self.calls.pop(call_id, None)

    def answer(self, call: InboundCall) -> None:
        """Send the 200 OK with our SDP; retransmitted until the ACK arrives."""
        if call.answered:
            return
        call.answered = True
        call.stream.sending = call.offer.we_send
        body = self.sdp_for(call)
        response = self.respond(call.invite, 200, "OK", to_tag=call.local_tag, contact=self.contact(),
                                body=body, extra={"Allow": m.ALLOW})
        self._retransmit_final(call.invite, response, lambda: call.answered_event.is_set() or call.ended,
                               on_timeout=lambda: self._end_call(call, "no ACK", send_bye=True))

    def sdp_for(self, call: InboundCall) -> str:
        return build_sdp(self.media_host, call.stream.port, call.offer.codec, call.offer.dtmf_payload_type,
                         ANSWER_DIRECTION[call.offer.direction], call.session_id, call.sdp_version)

    def _retransmit_final(self, request: SipRequest, response: SipResponse, acked: Callable[[], bool],
                          on_timeout: Callable[[], None] | None = None) -> None:
        key = m.transaction_key(request)

        async def resend() -> None:
            interval = T1
            deadline = time.monotonic() + TRANSACTION_LIFETIME
            while time.monotonic() < deadline:
                await asyncio.sleep(interval)
                if acked() or self._answers.get(f"acked|{key}") is not None:
                    return
                self.transport.send_reply(response)
                interval = min(interval * 2, T2)
            if on_timeout is not None:
                on_timeout()

        self._track(asyncio.get_running_loop().create_task(resend()), "local")

    def _on_ack(self, request: SipRequest) -> None:
        call = self.calls.get(request.call_id or "")
        if call is not None and m.tag_of(request.get_header("to")) == call.local_tag:
            call.answered_event.set()
        # ACK for a non-2xx final shares the INVITE's branch; mark it so retransmission stops.
        key = m.transaction_key(request, "INVITE")
        self._remember(f"acked|{key}", SipResponse())

    def _on_cancel(self, request: SipRequest) -> None:
        key = m.transaction_key(request, "INVITE")
        call = next((c for c in self.calls.values() if c.invite_key == key), None)
        if call is None:
            self.respond(request, 481, "Call/Transaction Does Not Exist", to_tag=m.new_tag())
            return
        self.respond(request, 200, "OK", to_tag=call.local_tag)
        if not call.answered and not call.ended:
            response = self.respond(call.invite, 487, "Request Terminated", to_tag=call.local_tag)
            self._retransmit_final(call.invite, response, lambda: False)
            self._end_call(call, "cancelled", send_bye=False)

    def _on_bye(self, request: SipRequest) -> None:
        call = self.calls.get(request.call_id or "")
        if call is None or m.tag_of(request.get_header("to")) != call.local_tag:
            self.respond(request, 481, "Call/Transaction Does Not Exist", to_tag=m.new_tag())
            return
        self.respond(request, 200, "OK", to_tag=call.local_tag)
        self._end_call(call, "caller hangup", send_bye=False)

    def _on_reinvite(self, request: SipRequest) -> None:
        call = self.calls.get(request.call_id or "")
        if call is None or m.tag_of(request.get_header("to")) != call.local_tag or call.ended:
            self.respond(request, 481, "Call/Transaction Does Not Exist", to_tag=m.new_tag())
            return
        seq, _ = m.cseq_of(request)
        if seq <= call.remote_cseq:
            self.respond(request, 500, "Server Internal Error", extra={"Retry-After": "1"})
            return
        call.remote_cseq = seq
        if request.body:
            try:
                offer = parse_offer(request.text, preferred=(call.offer.codec,), family=self.media_family)
            except SdpError:
                self.respond(request, 488, "Not Acceptable Here")
                return
            if (offer.address, offer.direction, offer.dtmf_payload_type) != (
                    call.offer.address, call.offer.direction, call.offer.dtmf_payload_type):
                call.sdp_version += 1
            call.offer = offer
            # Only where and whether to send changes; the stream, its clock and its queue stay.
            if offer.address[0] not in ("0.0.0.0", "::"):
                call.stream.remote = offer.address
            call.stream.dtmf_payload_type = offer.dtmf_payload_type
            call.stream.sending = offer.we_send
        response = self.respond(request, 200, "OK", contact=self.contact(), body=self.sdp_for(call),
                                extra={"Allow": m.ALLOW})
        self._retransmit_final(request, response, lambda: call.ended)

    def _on_info_or_update(self, request: SipRequest) -> None:
        call = self.calls.get(request.call_id or "")
        if call is None or m.tag_of(request.get_header("to")) != call.local_tag:
            self.respond(request, 481, "Call/Transaction Does Not Exist", to_tag=m.new_tag())
            return
        if request.method.upper() == "INFO":
            # SIP INFO DTMF (application/dtmf-relay "Signal=5"), used by some phones instead of RFC 2833.
            for line in request.text.splitlines():
                name, _, value = line.partition("=")
                if name.strip().lower() == "signal" and value.strip() and value.strip()[0] in "0123456789*#":
                    self._on_digit(call, value.strip()[0])
            self.respond(request, 200, "OK")
            return
        if request.body:
            self.respond(request, 488, "Not Acceptable Here")
        else:
            self.respond(request, 200, "OK")

    def _on_digit(self, call: InboundCall, digit: str) -> None:
        call.digits.append(digit)
        call.digit_event.set()

    # --- ending ------------------------------------------------------------------
    def _end_call(self, call: InboundCall, reason: str, send_bye: bool) -> None:
        if call.ended:
            return
        call.ended = True
        call.end_reason = reason
        call.hangup_event.set()
        call.stream.close()
        if send_bye:
            self._send_bye(call)

    def hangup(self, call: InboundCall) -> None:
        if call.answered:
            self._end_call(call, "server hangup", send_bye=True)
        else:
            self._end_call(call, "server hangup", send_bye=False)
            response = self.respond(call.invite, 480, "Temporarily Unavailable", to_tag=call.local_tag)
            self._retransmit_final(call.invite, response, lambda: False)

    def _send_bye(self, call: InboundCall) -> None:
        call.local_cseq += 1
        remote_target = m.uri_of(call.invite.headers.get_first("contact") or call.invite.get_header("from") or "")
        to_value = call.invite.get_header("from") or ""
        from_value = f"{call.invite.get_header('to')};tag={call.local_tag}"
        bye = m.make_request("BYE", remote_target, via_host=self.signalling_host, via_port=self.address[1],
                             branch=m.new_branch(), from_=from_value, to=to_value, call_id=call.call_id,
                             cseq=call.local_cseq, user_agent=self.options.user_agent)
        future = self.send_request(bye, call.source)
        future.add_done_callback(lambda f: f.exception() if not f.cancelled() else None)


async def start_sip_endpoint(settings: Settings, handler: Handler, options: SipOptions | None = None,
                             recognizer: SpeechRecognizer | None = None) -> SipEndpoint:
    """Listen for SIP on ``settings.sip_host:sip_port`` (UDP) and run ``handler`` per call.

    Speech: ``recognizer`` if given, else the process's Vosk recogniser when ``IVR_VOSK_MODEL``
    is set, else none (menus take keys). Returns the endpoint; ``await endpoint.close()``
    hangs up every call and frees the ports.
    """
    if recognizer is None and settings.vosk_model is not None:

        recognizer = get_recognizer(settings)
    endpoint = SipEndpoint(settings, handler, options, recognizer)
    await endpoint.start()
    return endpoint
