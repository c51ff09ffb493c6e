"""Helpers for the SIP tests: a real endpoint on loopback and real SIPp runs against it."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import socket
import subprocess
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ivr.channel import Channel
from ivr.settings import Settings
from ivr.sip.config import SipOptions
from ivr.sip.endpoint import SipEndpoint, start_sip_endpoint

SCENARIOS = Path(__file__).parent / "scenarios"
PCAPS = Path("/usr/share/sip-tester")
SIPP = shutil.which("sipp")


def free_udp_port(even: bool = False) -> int:
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        if not even or port % 2 == 0:
            return port


def pcap(key: str) -> str:
    return str(PCAPS / f"dtmf_2833_{key}.pcap")


@dataclass
class SippResult:
    returncode: int
    stdout: str
    errors: str

    def explain(self) -> str:
        return f"sipp exit {self.returncode}\n--- errors ---\n{self.errors}\n--- stdout tail ---\n{self.stdout[-3000:]}"


async def run_sipp(scenario: str, server_port: int, workdir: Path, keys: dict[str, str] | None = None,
                   calls: int = 1, timeout: float = 30, extra: list[str] | None = None,
                   server_first: bool = True) -> SippResult:
    """Run SIPp once; ``server_first=False`` makes it a UAS (an agent phone) listening on ``-p`` in extra."""
    assert SIPP, "sipp (Debian sip-tester) is required"
    media_port = free_udp_port(even=True)
    target = [f"127.0.0.1:{server_port}"] if server_first else []
    local = ["-p", str(free_udp_port())] if server_first else []
    args = [SIPP, *target, "-sf", str(SCENARIOS / scenario), "-m", str(calls),
            "-i", "127.0.0.1", *local, "-mi", "127.0.0.1", "-mp", str(media_port),
            "-nostdin", "-timeout", f"{int(timeout)}s", "-timeout_error", "-trace_err",
            "-error_file", str(workdir / "sipp_errors.log"), "-max_recv_loops", "100"]
    merged = {"codec": "PCMU", "pt": "0", "rtp_ip": "127.0.0.1", "rtp_port": str(media_port),
              "lead_ms": "500", **(keys or {})}
    for name, value in merged.items():
        args += ["-key", name, value]
    proc = await asyncio.create_subprocess_exec(*args, *(extra or []), cwd=workdir,
                                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                                stdin=subprocess.DEVNULL)
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), timeout + 15)
    except TimeoutError:
        proc.kill()
        out, _ = await proc.communicate()
    errors_file = workdir / "sipp_errors.log"
    errors = errors_file.read_text(errors="replace") if errors_file.exists() else ""
    return SippResult(proc.returncode if proc.returncode is not None else -1,
                      out.decode(errors="replace"), errors)


@dataclass
class Seen:
    """What the server-side handler observed, for assertions."""

    events: list[tuple[str, Any]] = field(default_factory=list)
    channels: list[Channel] = field(default_factory=list)
    done: asyncio.Event = field(default_factory=asyncio.Event)

    def add(self, kind: str, value: Any = None) -> None:
        self.events.append((kind, value))

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.events]

    def value(self, kind: str) -> Any:
        return next(v for k, v in self.events if k == kind)


def make_settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", sip_host="127.0.0.1", sip_port=free_udp_port())


@contextlib.asynccontextmanager
async def sip_server(tmp_path: Path, handler: Callable[[Channel], Awaitable[object]],
                     options: SipOptions | None = None, recognizer: Any = None) -> AsyncIterator[SipEndpoint]:
    settings = make_settings(tmp_path)
    low = free_udp_port(even=True)
    opts = options or SipOptions(rtp_port_min=40000, rtp_port_max=40099)
    if options is None:
        opts = SipOptions(rtp_port_min=low, rtp_port_max=min(low + 40, 65534))
    endpoint = await start_sip_endpoint(settings, handler, opts, recognizer)
    try:
        yield endpoint
    finally:
        await endpoint.close()


async def wait_until(predicate: Callable[[], bool], limit: float = 10.0) -> bool:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while loop.time() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.05)
    return predicate()
