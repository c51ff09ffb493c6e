"""Whether the SIP listeners of this process are open, for ``/readyz``; an OPTIONS probe for other processes.

A :class:`~ivr.sip.endpoint.SipEndpoint` registers itself when it starts and leaves when it
closes. Its socket is reopened at once if asyncio ever closes it; until then this reports it
down. ``probe`` asks a listener from outside (``ivr doctor``, scripts): one OPTIONS, the
status line back; ``probe_checks`` does so for ``/readyz`` when the listener lives in another
process (``ivr serve``'s calls process).
"""

from __future__ import annotations

import asyncio
import socket
import uuid
from collections.abc import Callable

_listeners: dict[str, Callable[[], bool]] = {}


def register(name: str, ready: Callable[[], bool]) -> None:
    _listeners[name] = ready


def unregister(name: str) -> None:
    _listeners.pop(name, None)


def sip_checks() -> dict[str, str]:
    """``{"sip udp host:port": "ok" | "down: ..."}`` for every endpoint running in this process."""
    return {name: "ok" if ready() else "down: listener closed, reopening"
            for name, ready in list(_listeners.items())}


def probe(host: str, port: int, timeout: float = 2.0) -> str:
    """Send one OPTIONS to ``host:port`` and return the answer's status line (TimeoutError if none)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1" if host.startswith("127.") else "0.0.0.0", 0))
        sock.settimeout(timeout)
        local_port = sock.getsockname()[1]
        request = (f"OPTIONS sip:{host}:{port} SIP/2.0\r\n"
                   f"Via: SIP/2.0/UDP 127.0.0.1:{local_port};branch=z9hG4bK{uuid.uuid4().hex[:16]};rport\r\n"
                   f"Max-Forwards: 70\r\nFrom: <sip:probe@127.0.0.1>;tag={uuid.uuid4().hex[:8]}\r\n"
                   f"To: <sip:{host}>\r\nCall-ID: {uuid.uuid4().hex}\r\nCSeq: 1 OPTIONS\r\n"
                   "Content-Length: 0\r\n\r\n")
        sock.sendto(request.encode(), (host, port))
        return sock.recv(65535).decode(errors="replace").split("\r\n", 1)[0]


def probe_target(host: str) -> str:
    """Where to ask a listener bound to ``host`` (a wildcard address answers on loopback)."""
    return "127.0.0.1" if host in ("0.0.0.0", "") else host


async def probe_checks(host: str, port: int, timeout: float = 1.0) -> dict[str, str]:
    """``{"sip udp host:port": "ok" | "down: ..."}`` for a listener in another process, by OPTIONS."""
    name = f"sip udp {host}:{port}"
    try:
        status = await asyncio.to_thread(probe, probe_target(host), port, timeout)
    except (OSError, TimeoutError) as exc:
        return {name: f"down: no answer to OPTIONS ({type(exc).__name__})"}
    return {name: "ok" if status.startswith("SIP/2.0 200") else f"down: {status}"}
