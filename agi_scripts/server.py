"""The asyncio FastAGI server: one task per call, only from configured Asterisk hosts.

Each connection: check the peer address, read the ``agi_*`` header block (bounded in
time, size and line count), build an :class:`AgiChannel`, run the per-call handler,
then close the socket at once: Asterisk never closes it itself, and the caller's BYE
after a server-side hangup goes out only when we do.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import ipaddress
import logging
import struct
import termios
from collections import Counter, OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agi_scripts.channel import AgiChannel, Recognizer
from agi_scripts.codec import MAX_LINE_BYTES, AgiProtocolError, read_header_block
from agi_scripts.session import AgiSession, Watchdog
from ivr.channel import CallerHangup, ChannelError
from ivr.engine import run_call
from ivr.settings import Settings

log = logging.getLogger(__name__)

CallHandler = Callable[[AgiChannel], Awaitable[object]]
#: A dialplan signal that is not a call: ``AGI(agi://<ivr>/<script>,<args>)`` from a
#: subroutine (the agent answered, a callback's outcome). Gets the ``agi_arg_N`` values.
SignalHandler = Callable[[list[str]], Awaitable[object]]
IpNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
#: A connection is idle, and may be dropped for a newer one, once it has waited this long for
#: its header and sent nothing at all (Asterisk sends the header at once; a loaded loop may be
#: late reading it, but a connection whose header has arrived is never dropped as idle).
IDLE_GRACE = 1.0


def parse_allowed_hosts(hosts: Iterable[str]) -> list[IpNetwork]:
    """``127.0.0.1``, ``::1``, ``10.1.2.0/24`` -> networks. Names are not accepted (no DNS)."""
    networks: list[IpNetwork] = []
    for host in hosts:
        try:
            networks.append(ipaddress.ip_network(host.strip(), strict=False))
        except ValueError as exc:
            raise ValueError(f"agi_allowed_hosts: {host!r} is not an IP address or network") from exc
    return networks


def host_allowed(address: str, networks: list[IpNetwork]) -> bool:
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return any(ip in net for net in networks)


@dataclass(frozen=True)
class _Pending:
    """A connection waiting for its header block: since when (loop time), and its streams."""

    since: float
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter

    def has_input(self) -> bool:
        """The peer has sent something: bytes the loop has read but the call's task not yet
        parsed (the reader's buffer), or bytes still in the socket's receive queue."""
        if getattr(self.reader, "_buffer", b""):  # asyncio keeps what it read there; no public view
            return True
        sock = self.writer.get_extra_info("socket")
        if sock is None:
            return False
        try:
            queued = fcntl.ioctl(sock.fileno(), termios.FIONREAD, b"\0\0\0\0")
        except OSError:
            return False
        return bool(struct.unpack("i", queued)[0])


@dataclass
class ServerStats:
    accepted: int = 0
    refused: int = 0
    bad_header: int = 0
    #: idle connections dropped because their host had too many without a header yet
    evicted: int = 0
    completed: int = 0
    hangups: int = 0
    errors: int = 0
    active: int = 0


@dataclass
class FastAgiServer:
    """Holds the listening socket and the per-call tasks."""

    handler: CallHandler
    sounds_dir: Path
    spool_dir: Path
    allowed_hosts: list[str] = field(default_factory=lambda: ["127.0.0.1", "::1"])
    header_timeout: float = 5.0
    command_timeout: float = 120.0
    recognizer: Recognizer | None = None
    scripts: frozenset[str] = frozenset({"ivr"})
    signals: dict[str, SignalHandler] = field(default_factory=dict)
    max_calls: int = 20000
    max_per_host: int = 10000
    max_pending_per_host: int = 64
    stats: ServerStats = field(default_factory=ServerStats)

    def __post_init__(self) -> None:
        self._networks = parse_allowed_hosts(self.allowed_hosts)
        self._per_host: Counter[str] = Counter()
        #: per host, the connections still waiting for their header block, oldest first
        self._pending: dict[str, OrderedDict[int, _Pending]] = {}
        self._evicted: set[int] = set()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._server: asyncio.Server | None = None
        self._watchdog: Watchdog | None = None

    async def start(self, host: str, port: int) -> asyncio.Server:
        self._watchdog = Watchdog(interval=min(0.25, self.command_timeout / 4))
        self._server = await asyncio.start_server(
            self._on_connection, host, port, limit=MAX_LINE_BYTES, backlog=4096
        )
        return self._server

    @property
    def port(self) -> int:
        assert self._server is not None and self._server.sockets
        return int(self._server.sockets[0].getsockname()[1])

    async def close(self, grace: float = 5.0) -> None:
        """Stop accepting; give calls in progress ``grace`` seconds, then cancel them."""
        if self._server is not None:
            self._server.close()
        if self._tasks:
            _, pending = await asyncio.wait(set(self._tasks), timeout=grace)
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.wait(pending, timeout=grace)
        if self._server is not None:
            await self._server.wait_closed()
        if self._watchdog is not None:
            self._watchdog.stop()

    async def _on_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        try:
            await self._serve(reader, writer)
        finally:
            if task is not None:
                self._tasks.discard(task)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        assert self._watchdog is not None, "start() the server first"
        transport = self._watchdog.watch(reader, writer)
        peer = writer.get_extra_info("peername")
        address = str(peer[0]) if peer else ""
        if self._per_host[address] >= self.max_per_host or len(self._pending.get(address, ())) \
                >= self.max_pending_per_host:
            self._drop_idle(address)
        if (not host_allowed(address, self._networks) or self.stats.active >= self.max_calls
                or self._per_host[address] >= self.max_per_host):
            self.stats.refused += 1
            log.warning("FastAGI connection from %s refused", address or "unknown")
            await transport.close()
            return
        self.stats.accepted += 1
        self.stats.active += 1
        self._per_host[address] += 1
        try:
            try:
                with self._pending_header(address, reader, writer):
                    headers = await read_header_block(reader, self.header_timeout)
            except AgiProtocolError as exc:
                self.stats.bad_header += 1
                log.warning("FastAGI header from %s rejected: %s", address, exc)
                return
            signal = self.signals.get(headers.script)
            if signal is not None:
                await self._run_signal(headers.script, signal, headers.args)
                return
            if headers.script not in self.scripts:
                self.stats.bad_header += 1
                log.warning("FastAGI request for unknown script %r", headers.script[:60])
                return
            session = AgiSession(transport, headers, self.command_timeout)
            channel = AgiChannel(session, self.sounds_dir, self.spool_dir, self.recognizer)
            await self._run_call(channel)
        finally:
            self.stats.active -= 1
            if id(writer) in self._evicted:
                self._evicted.discard(id(writer))
            else:
                self._per_host[address] -= 1
            if self._per_host[address] <= 0:
                del self._per_host[address]
            await transport.close()

    def _drop_idle(self, address: str) -> None:
        """Make room: drop the host's oldest connections that have waited IDLE_GRACE for a header
        and sent nothing. One whose header has arrived is only waiting for a loaded loop to read
        it: a burst of real calls from one Asterisk host (the busy hour's compressed run) must
        not lose calls for the loop's lateness. Such a connection leaves the count of waiting
        ones (each is looked at once); the header timeout still bounds it."""
        pending = self._pending.get(address)
        if not pending:
            return
        now = asyncio.get_running_loop().time()
        for key, waiting in list(pending.items()):
            if len(pending) < self.max_pending_per_host and self._per_host[address] < self.max_per_host:
                return
            if now - waiting.since < IDLE_GRACE:
                return  # the rest are younger
            del pending[key]
            if waiting.has_input():
                continue  # not idle, and never again: it no longer counts against the host's limit
            self.stats.evicted += 1
            self._per_host[address] -= 1  # free from now on; its own task closes it
            self._evicted.add(key)
            waiting.writer.transport.abort()  # its header read ends (AgiClosed) and the connection closes

    @contextlib.contextmanager
    def _pending_header(self, address: str, reader: asyncio.StreamReader,
                        writer: asyncio.StreamWriter) -> Iterator[None]:
        """Count a connection as waiting for its header block."""
        pending = self._pending.setdefault(address, OrderedDict())
        pending[id(writer)] = _Pending(asyncio.get_running_loop().time(), reader, writer)
        try:
            yield
        finally:
            pending.pop(id(writer), None)
            if not pending:
                self._pending.pop(address, None)

    async def _run_signal(self, script: str, signal: SignalHandler, args: list[str]) -> None:
        """Act on the signal, then close: the subroutine goes on (``Return()``) whatever we did,
        so a failure here never touches the call it is about."""
        try:
            await signal(args)
        except Exception:
            self.stats.errors += 1
            log.exception("FastAGI signal %s failed", script)

    async def _run_call(self, channel: AgiChannel) -> None:
        try:
            await self.handler(channel)
            self.stats.completed += 1
        except CallerHangup:
            self.stats.hangups += 1
        except ChannelError as exc:
            self.stats.errors += 1
            log.warning("call %s ended on a protocol error: %s", channel.describe(), exc)
        except Exception:
            self.stats.errors += 1
            log.exception("call %s failed", channel.describe())


def engine_handler(services_factory: Callable[[], Any]) -> CallHandler:
    """The per-call handler that runs the call-flow engine: ``ivr.engine.run_call``."""

    async def handle(channel: AgiChannel) -> object:

        return await run_call(channel, services_factory(), transport="fastagi")

    return handle


async def start_fastagi(
    settings: Settings,
    services_factory: Callable[[], Any],
    *,
    recognizer: Recognizer | None = None,
    handler: CallHandler | None = None,
    signals: dict[str, SignalHandler] | None = None,
) -> FastAgiServer:
    """Start listening on ``settings.agi_host:agi_port``; each call runs the engine.

    ``services_factory`` returns the engine's ``EngineServices`` for one call (so a call
    starts on the menu version published at that moment). ``handler`` replaces the
    engine (tests, benchmarks).
    """
    server = FastAgiServer(
        handler=handler or engine_handler(services_factory),
        sounds_dir=settings.sounds_dir,
        spool_dir=settings.spool_dir,
        allowed_hosts=list(settings.agi_allowed_hosts),
        header_timeout=settings.agi_header_timeout,
        command_timeout=settings.agi_command_timeout,
        max_calls=settings.agi_max_connections,
        max_per_host=settings.agi_max_connections_per_host,
        max_pending_per_host=settings.agi_max_pending_headers_per_host,
        recognizer=recognizer,
        signals=dict(signals or {}),
    )
    await server.start(settings.agi_host, settings.agi_port)
    log.info("FastAGI listening on %s:%s", settings.agi_host, server.port)
    return server
