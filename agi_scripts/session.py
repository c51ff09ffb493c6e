"""One AGI session: send a command, read its reply, keep track of the caller hanging up.

Transport-neutral: FastAGI uses a TCP stream, classic AGI uses stdin/stdout. The
session turns the protocol's ways of saying "the caller is gone" (``511``, the
unsolicited ``HANGUP`` line, ``result=-1`` from a channel command) into
:class:`ivr.channel.CallerHangup`, and protocol errors into :class:`ChannelError`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable
from typing import Protocol

from agi_scripts.codec import (
    AgiHeaders,
    AgiProtocolError,
    AgiReply,
    AgiTimeout,
    format_command,
    line_error,
    plain_result,
    read_line,
    read_reply,
)
from ivr.channel import CallerHangup, ChannelError
from ivr.observability import AGI_COMMAND_SECONDS, bound

log = logging.getLogger(__name__)

WRITE_BACKLOG = 16384
#: Commands Asterisk still answers with 200 after the caller hung up.
DEAD_CHANNEL_OK = frozenset({"SET VARIABLE", "GET VARIABLE", "GET FULL VARIABLE", "VERBOSE", "NOOP"})


class AgiTransport(Protocol):
    def send(self, line: bytes) -> Awaitable[None] | None:
        """Send one line; what to await before the next, or None when it went out at once."""

    async def readline(self, timeout: float | None) -> bytes: ...

    async def close(self) -> None: ...


class StreamTransport:
    """FastAGI: an asyncio TCP stream from Asterisk.

    Reply time-outs: without a watchdog each read has its own ``asyncio.timeout``; with a
    :class:`Watchdog` (the server's) a read only records its deadline and one timer for the
    whole server aborts connections past theirs, which is far cheaper at thousands of calls.
    """

    def __init__(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, watchdog: Watchdog | None = None
    ) -> None:
        self.reader = reader
        self.writer = writer
        self.watchdog = watchdog
        self.deadline: float | None = None
        self.expired = False

    def send(self, line: bytes) -> Awaitable[None] | None:
        self.writer.write(line)
        # A command line is tiny: wait for the socket only when output is really backing up
        # (no coroutine made per command otherwise).
        if self.writer.transport.get_write_buffer_size() > WRITE_BACKLOG:
            return self.writer.drain()
        return None

    async def readline(self, timeout: float | None) -> bytes:
        if self.watchdog is None or timeout is None:
            return await read_line(self.reader, timeout)
        self.deadline = self.watchdog.loop.time() + timeout
        try:  # read_line(reader, None) without its frame: this runs once per command
            return await self.reader.readuntil(b"\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
            if self.expired:
                raise AgiTimeout(f"no line from the peer within {timeout} s") from exc
            raise line_error(exc) from exc
        finally:
            self.deadline = None

    def expire(self) -> None:
        self.expired = True
        self.writer.transport.abort()

    async def close(self) -> None:
        if self.watchdog is not None:
            self.watchdog.forget(self)
        if self.writer.is_closing():
            return
        self.writer.close()
        try:
            async with asyncio.timeout(2.0):
                await self.writer.wait_closed()
        except (OSError, TimeoutError):
            pass


class Watchdog:
    """One timer for every connection of a server: aborts reads past their deadline."""

    def __init__(self, interval: float = 0.25) -> None:
        self.loop = asyncio.get_running_loop()
        self.interval = interval
        self._transports: set[StreamTransport] = set()
        self._task = self.loop.create_task(self._run(), name="agi-watchdog")

    def watch(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> StreamTransport:
        transport = StreamTransport(reader, writer, self)
        self._transports.add(transport)
        return transport

    def forget(self, transport: StreamTransport) -> None:
        self._transports.discard(transport)

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            now = self.loop.time()
            for transport in [t for t in self._transports if t.deadline is not None and t.deadline < now]:
                transport.expire()

    def stop(self) -> None:
        self._task.cancel()


class AgiSession:
    """Commands and replies of one call, with hangup tracking."""

    def __init__(self, transport: AgiTransport, headers: AgiHeaders, command_timeout: float) -> None:
        self.transport = transport
        self.headers = headers
        self.command_timeout = command_timeout
        self.hung_up = False
        self.hangup_reason = ""
        self.commands_sent = 0

    def mark_hangup(self, reason: str = "caller hangup") -> None:
        if not self.hung_up:
            self.hung_up = True
            self.hangup_reason = reason

    async def command(
        self, verb: str, *args: str | int | float, expected_seconds: float = 0.0, probe: bool = True
    ) -> AgiReply:
        """Send one command and return its reply.

        Raises CallerHangup when the caller is gone (for channel commands), ChannelError
        when Asterisk rejects the command or the peer breaks the protocol. With
        ``probe=False`` a ``result=-1`` is returned to the caller to interpret.
        """
        return await self.command_line(verb, format_command(verb, *args), expected_seconds, probe)

    async def command_line(self, verb: str, line: bytes, expected_seconds: float = 0.0,
                           probe: bool = True) -> AgiReply:
        """:meth:`command` for a line already made by :func:`format_command` from ``verb`` and its
        arguments (the channel keeps the lines it sends again and again)."""
        channel_command = verb not in DEAD_CHANNEL_OK
        if self.hung_up and channel_command:
            raise CallerHangup(self.hangup_reason or "caller hangup")
        timeout = self.command_timeout + expected_seconds
        started = time.perf_counter()
        try:
            if (sending := self.transport.send(line)) is not None:
                await sending
            self.commands_sent += 1
            first = await self.transport.readline(timeout)
            reply = plain_result(first) or await read_reply(lambda: self.transport.readline(timeout), first=first)
        except AgiProtocolError as exc:
            raise ChannelError(f"{verb}: {exc}") from exc
        except (ConnectionError, OSError) as exc:
            # The peer vanished: for the call that is the same as a hangup.
            self.mark_hangup("connection lost")
            raise CallerHangup("connection lost") from exc
        bound(AGI_COMMAND_SECONDS, verb).observe(time.perf_counter() - started)
        if reply.hangup_seen:
            self.mark_hangup()
        if reply.code == 511:
            self.mark_hangup()
            raise CallerHangup(self.hangup_reason)
        if reply.code == 510:
            raise ChannelError(f"{verb}: Asterisk does not know this command ({reply.message})")
        if reply.code == 520:
            raise ChannelError(f"{verb}: invalid command syntax ({' '.join(reply.usage)[:200]})")
        if channel_command and probe and reply.result == "-1" and verb != "HANGUP":
            await self._after_minus_one(verb)
        return reply

    async def _after_minus_one(self, verb: str) -> None:
        """``result=-1`` means "failed or hung up". Asterisk follows a hangup with a HANGUP
        line (already seen if it came first); otherwise ask CHANNEL STATUS, which gets 511
        on a dead channel. A -1 on a live channel (a missing sound file) is returned."""
        if verb == "CHANNEL STATUS":
            self.mark_hangup()
        if not await self.probe_channel():
            raise CallerHangup(self.hangup_reason)
        log.warning("%s failed on a live channel (result=-1)", verb)

    async def probe_channel(self) -> bool:
        """Is the caller still there? Asked after a ``-1`` that came without a ``HANGUP``
        line: only ``511`` (or that line) means the caller left (AGI-FACTS.md)."""
        if self.hung_up:
            return False
        try:
            await self.command("CHANNEL STATUS")
        except CallerHangup:
            return False
        return not self.hung_up

    async def close(self) -> None:
        await self.transport.close()
