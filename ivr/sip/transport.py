"""UDP transport for SIP: one datagram per message, replies routed by the top Via.

aiosipua's UdpSipTransport asserts that the asyncio transport is a DatagramTransport
subclass, which CPython 3.11's selector transport is not, so it fails at bind time on
3.11; this is the same job in a few lines.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from aiosipua.headers import parse_via, stringify_via
from aiosipua.message import SipMessage, SipRequest, SipResponse

log = logging.getLogger(__name__)

MAX_DATAGRAM = 65507


def stamp_via(request: SipRequest, source: tuple[str, int]) -> None:
    """Add ``received`` (and fill ``rport``) to the top Via (RFC 3261 18.2.1, RFC 3581)."""
    vias = request.headers.get("via")
    if not vias:
        return
    via = parse_via(vias[0])
    wants_rport = "rport" in via.params and not via.params["rport"]
    if via.host == source[0] and not wants_rport:
        return
    via.params["received"] = source[0]
    if wants_rport:
        via.params["rport"] = str(source[1])
    rest = vias[1:]
    request.headers.remove("Via")
    request.headers.append("Via", stringify_via(via))
    for value in rest:
        request.headers.append("Via", value)


def reply_destination(response: SipResponse) -> tuple[str, int] | None:
    vias = response.via
    if not vias:
        return None
    top = vias[0]
    host = top.received or top.host
    port = top.port or 5060
    if top.rport:
        try:
            port = int(top.rport)
        except ValueError:
            pass
    return host, port


class SipUdpTransport(asyncio.DatagramProtocol):
    def __init__(self, on_message: Callable[[SipRequest | SipResponse, tuple[str, int]], None]) -> None:
        self.on_message = on_message
        self._udp: asyncio.DatagramTransport | None = None
        self.local_addr: tuple[str, int] = ("127.0.0.1", 0)
        self.parse_errors = 0

    async def start(self, host: str, port: int) -> None:
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(lambda: self, local_addr=(host, port))
        self._udp = transport  # type: ignore[assignment]
        sockname = transport.get_extra_info("sockname")
        self.local_addr = (str(sockname[0]), int(sockname[1]))

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._udp = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple[str | Any, int]) -> None:
        source = (str(addr[0]), int(addr[1]))
        if not data.strip():  # keep-alive CRLFs
            return
        try:
            message = SipMessage.parse(data)
            if isinstance(message, SipRequest):
                stamp_via(message, source)
        except Exception:
            self.parse_errors += 1
            log.debug("unparseable SIP datagram from %s", source[0])
            return
        self.on_message(message, source)

    def error_received(self, exc: Exception) -> None:
        log.debug("SIP UDP error: %s", exc)

    def send_bytes(self, data: bytes, destination: tuple[str, int]) -> None:
        if self._udp is not None:
            self._udp.sendto(data, destination)

    def send(self, message: SipRequest | SipResponse, destination: tuple[str, int]) -> None:
        self.send_bytes(bytes(message), destination)

    def send_reply(self, response: SipResponse) -> None:
        destination = reply_destination(response)
        if destination is not None:
            self.send(response, destination)

    async def stop(self) -> None:
        if self._udp is not None:
            self._udp.close()
            self._udp = None
