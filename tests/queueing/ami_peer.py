"""A TCP peer that speaks AMI as Asterisk does, for the Originate path.

Banner ``Asterisk Call Manager/<ver>``, ``Action: Login`` answered with
``Response: Success`` / ``Message: Authentication accepted`` (or ``Response: Error`` /
``Message: Authentication failed``), then ``Event: FullyBooted``. An async Originate is
answered ``Response: Success`` / ``Message: Originate successfully queued`` and later
``Event: OriginateResponse`` carrying the ActionID, ``Response: Success|Failure`` and
``Reason`` (4 = answered, 3 = no answer). Unknown actions get ``Response: Error`` /
``Message: Invalid/unknown command``; actions before login ``Permission denied``.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field


@dataclass
class AmiPeer:
    username: str = "ivr"
    secret: str = "s3cret"
    answering: set[str] = field(default_factory=set)  # endpoints that answer
    actions: list[dict[str, str]] = field(default_factory=list)
    server: asyncio.AbstractServer | None = None
    port: int = 0

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._session, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()

    @staticmethod
    def _msg(*pairs: tuple[str, str]) -> bytes:
        return "".join(f"{k}: {v}\r\n" for k, v in pairs).encode() + b"\r\n"

    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"Asterisk Call Manager/9.0.0\r\n")
        logged_in = False
        message: dict[str, str] = {}
        try:
            while line := await reader.readline():
                text = line.decode().rstrip("\r\n")
                if text:
                    key, _, value = text.partition(":")
                    key, value = key.strip(), value.strip()
                    # Repeated headers (Variable) are all kept, comma-joined.
                    message[key] = f"{message[key]},{value}" if key in message else value
                    continue
                if not message:
                    continue
                self.actions.append(message)
                aid = message.get("ActionID", "")
                action = message.get("Action", "").lower()
                if action == "login":
                    if message.get("Username") == self.username and message.get("Secret") == self.secret:
                        logged_in = True
                        writer.write(self._msg(("Response", "Success"), ("ActionID", aid),
                                               ("Message", "Authentication accepted")))
                        writer.write(self._msg(("Event", "FullyBooted"), ("Privilege", "system,all"),
                                               ("Status", "Fully Booted")))
                    else:
                        writer.write(self._msg(("Response", "Error"), ("ActionID", aid),
                                               ("Message", "Authentication failed")))
                elif not logged_in:
                    writer.write(self._msg(("Response", "Error"), ("ActionID", aid),
                                           ("Message", "Permission denied")))
                elif action == "originate":
                    writer.write(self._msg(("Response", "Success"), ("ActionID", aid),
                                           ("Message", "Originate successfully queued")))
                    await writer.drain()
                    await asyncio.sleep(0.01)
                    answered = message.get("Channel") in self.answering
                    writer.write(self._msg(
                        ("Event", "OriginateResponse"), ("Privilege", "call,all"), ("ActionID", aid),
                        ("Response", "Success" if answered else "Failure"), ("Channel", message.get("Channel", "")),
                        ("Context", message.get("Context", "")), ("Exten", message.get("Exten", "")),
                        ("Reason", "4" if answered else "3"), ("Uniqueid", "1795963818.7"),
                        ("CallerIDNum", "<unknown>"), ("CallerIDName", "<unknown>"),
                    ))
                elif action == "logoff":
                    writer.write(self._msg(("Response", "Goodbye"), ("ActionID", aid),
                                           ("Message", "Thanks for all the fish.")))
                    await writer.drain()
                    break
                else:
                    writer.write(self._msg(("Response", "Error"), ("ActionID", aid),
                                           ("Message", "Invalid/unknown command")))
                await writer.drain()
                message = {}
        finally:
            writer.close()
