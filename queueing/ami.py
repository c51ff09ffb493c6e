"""A small asyncio client for the Asterisk Manager Interface: login and Originate.

Only what the callback dialler needs. Messages are ``Key: Value`` lines ended by an
empty line; the server greets with ``Asterisk Call Manager/<version>``. With
``Async: true`` an Originate is answered at once (``Response: Success``) and its
outcome arrives later as ``Event: OriginateResponse`` with the same ActionID.
"""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass
from typing import Protocol


class AmiError(Exception):
    """Login refused, protocol broken, or a value that would break the message."""


@dataclass(frozen=True)
class OriginateResult:
    success: bool
    reason: str  # AMI reason code: 4 = answered, 0/1/3/5/8 = not
    response: str


class Originator(Protocol):
    async def originate(
        self, channel: str, *, context: str, exten: str, priority: int = 1, caller_id: str = "",
        timeout_s: float = 30.0, variables: dict[str, str] | None = None,
    ) -> OriginateResult: ...


def _clean(value: str) -> str:
    # A CR or LF would let a value start a new header or a new action.
    if "\r" in value or "\n" in value:
        raise AmiError("AMI values must not contain line breaks")
    return value


def encode(fields: list[tuple[str, str]]) -> bytes:
    return "".join(f"{_clean(k)}: {_clean(v)}\r\n" for k, v in fields).encode() + b"\r\n"


class AmiClient:
    """One connection, logged in lazily; safe for concurrent originates."""

    def __init__(self, host: str, port: int, username: str, secret: str, *, timeout_s: float = 10.0) -> None:
        self.host, self.port, self.username, self.secret = host, port, username, secret
        self.timeout_s = timeout_s
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._ids = itertools.count(1)
        self._waiters: dict[tuple[str, str], asyncio.Future[dict[str, str]]] = {}
        self._pump: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self.banner = ""

    async def connect(self) -> None:
        async with self._lock:
            if self._writer is not None:
                return
            reader, writer = await asyncio.wait_for(asyncio.open_connection(self.host, self.port), self.timeout_s)
            banner = (await asyncio.wait_for(reader.readline(), self.timeout_s)).decode(errors="replace").strip()
            if not banner.startswith("Asterisk Call Manager/"):
                writer.close()
                raise AmiError(f"not an AMI server: {banner[:60]!r}")
            self.banner = banner
            self._reader, self._writer = reader, writer
            self._pump = asyncio.create_task(self._read_messages())
        reply = await self._action("Login", [("Username", self.username), ("Secret", self.secret),
                                             ("Events", "call")])
        if reply.get("Response") != "Success":
            await self.close()
            raise AmiError(f"AMI login refused: {reply.get('Message', '')}")

    async def close(self) -> None:
        if self._pump is not None:
            self._pump.cancel()
        if self._writer is not None:
            self._writer.close()
        self._reader = self._writer = self._pump = None
        for fut in self._waiters.values():
            if not fut.done():
                fut.set_exception(AmiError("AMI connection closed"))
        self._waiters.clear()

    async def _read_messages(self) -> None:
        assert self._reader is not None
        message: dict[str, str] = {}
        try:
            while True:
                line = await self._reader.readline()
                if not line:
                    break
                text = line.decode(errors="replace").rstrip("\r\n")
                if text:
                    key, _, value = text.partition(":")
                    message[key.strip()] = value.strip()
                    continue
                if message:
                    self._deliver(message)
                message = {}
        finally:
            for fut in self._waiters.values():
                if not fut.done():
                    fut.set_exception(AmiError("AMI connection lost"))

    def _deliver(self, message: dict[str, str]) -> None:
        action_id = message.get("ActionID", "")
        kind = "event:" + message["Event"] if "Event" in message else "response"
        fut = self._waiters.pop((kind, action_id), None)
        if fut is not None and not fut.done():
            fut.set_result(message)

    def _expect(self, kind: str, action_id: str) -> asyncio.Future[dict[str, str]]:
        fut: asyncio.Future[dict[str, str]] = asyncio.get_running_loop().create_future()
        self._waiters[(kind, action_id)] = fut
        return fut

    async def _action(self, action: str, fields: list[tuple[str, str]]) -> dict[str, str]:
        response, _ = await self._send(action, fields, None)
        return await asyncio.wait_for(response, self.timeout_s)

    async def _send(
        self, action: str, fields: list[tuple[str, str]], event: str | None,
    ) -> tuple[asyncio.Future[dict[str, str]], asyncio.Future[dict[str, str]] | None]:
        if self._writer is None:
            raise AmiError("not connected")
        action_id = f"ivr-{next(self._ids)}"
        data = encode([("Action", action), ("ActionID", action_id), *fields])  # validates first
        response = self._expect("response", action_id)
        later = self._expect("event:" + event, action_id) if event else None
        self._writer.write(data)
        await self._writer.drain()
        return response, later

    async def originate(
        self, channel: str, *, context: str, exten: str, priority: int = 1, caller_id: str = "",
        timeout_s: float = 30.0, variables: dict[str, str] | None = None,
    ) -> OriginateResult:
        await self.connect()
        fields = [("Channel", channel), ("Context", context), ("Exten", exten), ("Priority", str(priority)),
                  ("Timeout", str(int(timeout_s * 1000))), ("Async", "true")]
        if caller_id:
            fields.append(("CallerID", caller_id))
        for name, value in (variables or {}).items():
            fields.append(("Variable", f"{_clean(name)}={_clean(value)}"))
        response, outcome = await self._send("Originate", fields, "OriginateResponse")
        assert outcome is not None
        try:
            reply = await asyncio.wait_for(response, self.timeout_s)
        except BaseException:
            outcome.cancel()
            raise
        if reply.get("Response") != "Success":
            outcome.cancel()
            return OriginateResult(False, "", reply.get("Message", reply.get("Response", "")))
        event = await asyncio.wait_for(outcome, timeout_s + self.timeout_s)
        return OriginateResult(event.get("Response") == "Success", event.get("Reason", ""),
                               event.get("Response", ""))
