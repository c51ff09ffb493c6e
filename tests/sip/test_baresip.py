"""A real softphone: baresip (Debian baresip-core) calls the endpoint and keys digits over RFC 2833.

baresip is driven through its ctrl_tcp module (netstring JSON). It has no sound card here,
so its source is the ausine module (48 kHz stereo, resampled to 8 kHz by baresip).
"""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
import subprocess
from pathlib import Path
from typing import Any

import pytest

from ivr.channel import CallerHangup, Channel
from tests.sip.harness import Seen, free_udp_port, sip_server, wait_until
from tests.support.services import free_port

pytestmark = [pytest.mark.timeout(90),
              pytest.mark.skipif(shutil.which("baresip") is None, reason="baresip-core not installed")]


def _config(directory: Path, sip_port: int, ctrl_port: int) -> None:
    directory.mkdir(exist_ok=True)
    (directory / "config").write_text(
        f"poll_method epoll\nsip_listen 127.0.0.1:{sip_port}\n"
        "audio_source ausine,440\nausrc_srate 48000\nauplay_srate 48000\n"
        "ausrc_channels 2\nauplay_channels 2\n"
        "module_path /usr/lib/baresip/modules\nmodule g711.so\nmodule ausine.so\n"
        "module_app account.so\nmodule_app menu.so\nmodule_app ctrl_tcp.so\n"
        f"ctrl_tcp_listen 127.0.0.1:{ctrl_port}\n")
    (directory / "accounts").write_text("<sip:13812345678@127.0.0.1>;regint=0\n")


BIND_FAILED = 98  # EADDRINUSE: baresip exits with it when its SIP or control port was taken meanwhile


def _free_tcp_and_udp_port() -> int:
    """A port free for both: baresip's sip_listen binds UDP and TCP on the same number."""
    while True:
        port = free_udp_port()
        try:
            with socket.socket() as tcp:
                tcp.bind(("127.0.0.1", port))
        except OSError:
            continue
        return port


async def _start_baresip(tmp_path: Path) -> tuple[asyncio.subprocess.Process,
                                                  tuple[asyncio.StreamReader, asyncio.StreamWriter]]:
    """baresip and a connection to its control port. Ports are chosen free but another process may take
    one before baresip binds it (the suite opens many): then baresip exits with EADDRINUSE, and it is
    started again on other ports, at most three times."""
    for _ in range(3):
        ctrl_port = free_port()
        _config(tmp_path / "baresip", _free_tcp_and_udp_port(), ctrl_port)
        phone = await asyncio.create_subprocess_exec(
            "baresip", "-f", str(tmp_path / "baresip"), "-n", "127.0.0.1",
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        for _ in range(100):
            if phone.returncode is not None:
                break
            try:
                return phone, await asyncio.open_connection("127.0.0.1", ctrl_port)
            except OSError:
                await asyncio.sleep(0.1)
        output, _ = await phone.communicate() if phone.returncode is not None else (b"", None)
        if phone.returncode != BIND_FAILED:
            phone.kill()
            raise AssertionError(f"baresip's ctrl_tcp did not come up: {output.decode(errors='replace')[-2000:]}")
    raise AssertionError("baresip could not bind its ports three times")


class Control:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.messages: list[dict[str, Any]] = []

    async def send(self, command: str, params: str = "") -> None:
        body = json.dumps({"command": command, "params": params, "token": command}).encode()
        self.writer.write(str(len(body)).encode() + b":" + body + b",")
        await self.writer.drain()

    async def read_all(self) -> None:
        while True:
            length = await self.reader.readuntil(b":")
            body = await self.reader.readexactly(int(length[:-1]))
            await self.reader.readexactly(1)  # ","
            self.messages.append(json.loads(body))

    def event_types(self) -> list[str]:
        return [m.get("type", "") for m in self.messages if m.get("event")]


async def test_baresip_calls_and_keys_digits(tmp_path: Path) -> None:
    seen = Seen()

    async def handler(channel: Channel) -> None:
        try:
            await channel.answer()
            seen.add("digits", (await channel.collect_digits(None, 4, timeout=10)).digits)
            await channel.hangup()
        except CallerHangup as exc:
            seen.add("hangup", exc.reason)
        seen.done.set()

    async with sip_server(tmp_path, handler) as endpoint:
        phone, connection = await _start_baresip(tmp_path)
        try:
            control = Control(*connection)
            reading = asyncio.create_task(control.read_all())
            await control.send("dial", f"sip:12315@127.0.0.1:{endpoint.address[1]}")
            assert await wait_until(lambda: "CALL_ESTABLISHED" in control.event_types(), 10)
            for key in "205#":
                await control.send("sndcode", key)
                await asyncio.sleep(0.4)  # a person's pace; baresip sends one event at a time
            assert await wait_until(seen.done.is_set, 15)
            assert await wait_until(lambda: "CALL_CLOSED" in control.event_types(), 10)
            reading.cancel()
        finally:
            phone.terminate()
            output, _ = await phone.communicate()
    assert seen.value("digits") == "205", output.decode(errors="replace")[-2000:]
    assert endpoint.ports.in_use == set()
