"""UDP transport for SIP: one datagram per message, replies routed by the top Via.

aiosipua's UdpSipTransport asserts that the asyncio transport is a DatagramTransport
subclass, which CPython 3.11's selector transport is not, so it fails at bind time on
3.11; this is the same job in a few lines.

Nothing a datagram carries may close the listener: sends go only to IP literals of the
socket's family with ports in range, and any error while sending or handling stays with
that datagram. asyncio still closes a datagram transport on an unexpected error; when
that happens anyway the socket is reopened on the same address at once and ``ready``
says so meanwhile.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
from collections.abc import Callable
from typing import Any

from aiosipua.headers import stringify_via
from aiosipua.message import SipRequest, SipResponse

from ivr.sip.limits import IncidentLog
from ivr.sip.validate import SipParseError, check_response, parse_datagram, sent_by

log = logging.getLogger(__name__)

REOPEN_DELAY_MAX = 5.0


def stamp_via(request: SipRequest, source: tuple[str, int]) -> None:
    """Check the top Via and stamp ``received``/``rport`` from the source (RFC 3261 18.2.1, RFC 3581).

    Raises :class:`SipParseError` when the Via is unusable (the request cannot be answered).
    """
    via = sent_by(request)
    vias = request.headers.get("via")
    if "rport" in via.params:  # RFC 3581: received goes with it, even when the host matches
        via.params["rport"] = str(source[1])
        via.params["received"] = source[0]
    elif via.host != source[0] or "received" in via.params:
        via.params["received"] = source[0]
    rest = vias[1:]
    request.headers.remove("Via")
    request.headers.append("Via", stringify_via(via))
    for value in rest:
        request.headers.append("Via", value)


def reply_destination(response: SipResponse) -> tuple[str, int] | None:
    """Where a response goes: ``received`` (or the Via host) and ``rport`` (or the Via port, or 5060)."""
    try:
        top = sent_by(response)
    except SipParseError:
        return None
    host = top.received or top.host
    port = top.port or 5060
    if top.rport:
        port = int(top.rport)
    return host, port


def sendable(destination: tuple[str, int], family: int) -> tuple[str, int] | None:
    """The destination as the socket can take it, or None: an IP literal of a unicast address."""
    host, port = destination
    if not isinstance(port, int) or not 1 <= port <= 65535:
        return None
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except (ValueError, AttributeError):
        return None  # a host name would make sendto resolve it, blocking the loop
    if address.is_multicast or address.is_unspecified or str(address) == "255.255.255.255":
        return None
    if family == socket.AF_INET:
        return (str(address), port) if address.version == 4 else None
    if address.version == 4:
        return f"::ffff:{address}", port
    return str(address), port


class SipUdpTransport(asyncio.DatagramProtocol):
    def __init__(self, on_message: Callable[[SipRequest | SipResponse, tuple[str, int]], None],
                 incidents: IncidentLog | None = None) -> None:
        self.on_message = on_message
        self.incidents = incidents or IncidentLog()
        self._udp: asyncio.DatagramTransport | None = None
        self.local_addr: tuple[str, int] = ("127.0.0.1", 0)
        self.family = socket.AF_INET
        self.ready = False
        self.reopens = 0
        self.parse_errors = 0
        self.send_errors = 0
        self.handler_errors = 0
        self.datagrams = 0
        self._stopping = False
        self._reopen_task: asyncio.Task[None] | None = None

    async def start(self, host: str, port: int) -> None:
        self._stopping = False
        await self._open(host, port)

    async def _open(self, host: str, port: int) -> None:
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(lambda: self, local_addr=(host, port))
        self._udp = transport  # type: ignore[assignment]
        sockname = transport.get_extra_info("sockname")
        sock = transport.get_extra_info("socket")
        self.family = sock.family if sock is not None else socket.AF_INET
        self.local_addr = (str(sockname[0]), int(sockname[1]))
        self.ready = True

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._udp = transport  # type: ignore[assignment]

    def connection_lost(self, exc: Exception | None) -> None:
        self._udp = None
        self.ready = False
        if self._stopping:
            return
        self.incidents.report("local", "listener closed", repr(exc), level=logging.ERROR)
        self._reopen_task = asyncio.get_running_loop().create_task(self._reopen())

    async def _reopen(self) -> None:
        delay = 0.05
        while not self._stopping and not self.ready:
            try:
                await self._open(*self.local_addr)
            except OSError as exc:
                self.incidents.report("local", "listener reopen failed", repr(exc), level=logging.ERROR)
                await asyncio.sleep(delay)
                delay = min(delay * 2, REOPEN_DELAY_MAX)
                continue
            self.reopens += 1
            log.error("SIP listener on udp %s:%s was closed and has been reopened", *self.local_addr)

    def datagram_received(self, data: bytes, addr: tuple[str | Any, int]) -> None:
        self.datagrams += 1
        source = (str(addr[0]), int(addr[1]))
        try:
            self._receive(data, source)
        except Exception as exc:  # one datagram's trouble stays with that datagram
            self.handler_errors += 1
            self.incidents.report(source[0], "handling error", repr(exc), level=logging.ERROR,
                                  exc_info=True)

    def _receive(self, data: bytes, source: tuple[str, int]) -> None:
        if not data.strip():  # keep-alive CRLFs
            return
        try:
            message = parse_datagram(data)
            if isinstance(message, SipRequest):
                stamp_via(message, source)
            else:
                check_response(message)
        except SipParseError as exc:
            self.parse_errors += 1
            self.incidents.report(source[0], "unusable datagram", str(exc), level=logging.INFO)
            return
        self.on_message(message, source)

    def error_received(self, exc: Exception) -> None:
        self.send_errors += 1
        self.incidents.report("network", "UDP error", repr(exc), level=logging.DEBUG)

    def send_bytes(self, data: bytes, destination: tuple[str, int]) -> bool:
        """Send one datagram; False (counted, logged once per destination) when it cannot go."""
        target = sendable(destination, self.family)
        if target is None:
            self.send_errors += 1
            self.incidents.report(str(destination[0])[:64], "unsendable destination", str(destination[1]),
                                  level=logging.INFO)
            return False
        if self._udp is None or not self.ready:
            self.send_errors += 1
            return False
        try:
            self._udp.sendto(data, target)
        except Exception as exc:
            self.send_errors += 1
            self.incidents.report(target[0], "send error", repr(exc))
            return False
        return True

    def send(self, message: SipRequest | SipResponse, destination: tuple[str, int]) -> bool:
        try:
            data = bytes(message)
        except Exception as exc:
            self.send_errors += 1
            self.incidents.report(str(destination[0])[:64], "unserialisable message", repr(exc))
            return False
        return self.send_bytes(data, destination)

    def send_reply(self, response: SipResponse) -> bool:
        destination = reply_destination(response)
        if destination is None:
            self.send_errors += 1
            return False
        return self.send(response, destination)

    async def stop(self) -> None:
        self._stopping = True
        if self._reopen_task is not None:
            self._reopen_task.cancel()
        if self._udp is not None:
            self._udp.close()
            self._udp = None
        self.ready = False
