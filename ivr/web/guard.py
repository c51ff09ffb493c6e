"""The web server's own limits, so that nothing sent to the web port starves the calls.

uvicorn's HTTP/1.1 protocol with two guards: at most ``max_connections`` open connections
(one more is closed as soon as it is accepted, so the file descriptors stay free for FastAGI
and SIP), and ``header_timeout`` seconds to send a request's headers (a slow-header client is
cut off instead of holding its connection for ever). ``serve`` passes this class as
uvicorn's ``http`` protocol, together with ``limit_concurrency``, ``timeout_keep_alive`` and
``h11_max_incomplete_event_size`` from the settings.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from ivr.settings import Settings

log = logging.getLogger(__name__)


class GuardedH11Protocol(H11Protocol):
    max_connections = 500
    header_timeout = 10.0
    refused = 0  # connections closed at accept, in this process (for tests and logs)
    timed_out = 0  # connections closed for sending their headers too slowly

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            GuardedH11Protocol.refused += 1
            if GuardedH11Protocol.refused % 1000 == 1:
                log.warning("web: %d connections open, refusing more (IVR_HTTP_MAX_CONNECTIONS)",
                            len(self.connections) - 1)
            transport.abort()
            return
        self._arm_header_timer()

    def _arm_header_timer(self) -> None:
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_due)

    def _headers_due(self) -> None:
        transport = self.transport
        if transport is None or transport.is_closing() or transport.get_protocol() is not self:
            return  # closed, or upgraded to a WebSocket
        if self.conn.their_state is h11.IDLE:
            GuardedH11Protocol.timed_out += 1
            transport.abort()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        timer = getattr(self, "_header_timer", None)
        if timer is not None:
            timer.cancel()
        super().connection_lost(exc)


def guarded_protocol(settings: Settings) -> type[GuardedH11Protocol]:
    """A protocol class carrying this server's limits."""
    return type("GuardedH11", (GuardedH11Protocol,), {
        "max_connections": settings.http_max_connections, "header_timeout": settings.http_header_timeout,
    })


def uvicorn_limits(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for ``uvicorn.Config``."""
    return {
        "http": guarded_protocol(settings),
        "limit_concurrency": settings.http_max_connections,
        "timeout_keep_alive": settings.http_keep_alive_timeout,
        "h11_max_incomplete_event_size": settings.http_max_header_bytes,
    }
