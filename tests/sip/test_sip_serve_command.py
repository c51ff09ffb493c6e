"""`ivr sip serve`: the SIP endpoint alone on the same runtime as `ivr serve` (ivr.serve.start with
``agi=False``): no FastAGI port, the endpoint answers, and the engine has the ACD's opening hours
and queue (before, the command built its own services: no queue, and the menu's ``open`` test was
always true)."""

from __future__ import annotations

import asyncio
import socket
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ivr.cli import app
from ivr.serve import listening, shutdown, start
from ivr.settings import Settings
from queueing.gateway import RedisQueueGateway
from tests.sip.harness import free_udp_port
from tests.support.migrated import MigratedSqlite
from tests.support.server_settings import server_settings
from tests.support.services import free_port

SIP_SERVE_REDIS_DB = 13


@pytest.fixture
def settings(tmp_path: Path, redis_url: str, built_sounds: Path, migrated_sqlite: MigratedSqlite) -> Settings:
    return server_settings(tmp_path, redis_url, SIP_SERVE_REDIS_DB, secret="sip-serve-secret",
                           built_sounds=built_sounds, database=migrated_sqlite, agi_port=free_port(),
                           sip_port=free_udp_port(), sip_enabled=True)


def options_status(port: int) -> str:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.settimeout(5)
        local = sock.getsockname()[1]
        request = (f"OPTIONS sip:127.0.0.1:{port} SIP/2.0\r\n"
                   f"Via: SIP/2.0/UDP 127.0.0.1:{local};branch=z9hG4bK{uuid.uuid4().hex[:16]};rport\r\n"
                   f"Max-Forwards: 70\r\nFrom: <sip:t@127.0.0.1>;tag={uuid.uuid4().hex[:8]}\r\n"
                   f"To: <sip:127.0.0.1>\r\nCall-ID: {uuid.uuid4().hex}\r\nCSeq: 1 OPTIONS\r\n"
                   "Content-Length: 0\r\n\r\n")
        sock.sendto(request.encode(), ("127.0.0.1", port))
        return sock.recv(65535).decode(errors="replace").split("\r\n", 1)[0]


def agi_port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


async def test_sip_alone_runs_on_the_runtime_with_the_acd(settings: Settings) -> None:
    running = await start(settings, web=False, sip=True, writer=False, agi=False)
    try:
        assert (await asyncio.to_thread(options_status, settings.sip_port)).startswith("SIP/2.0 200"), "SIP answers"
        assert not agi_port_open(settings.agi_port), "no FastAGI listener"
        services = running.services
        assert isinstance(services.queue, RedisQueueGateway), "calls queue in the Redis ACD"
        assert services.hours is not None, "the menu's open test reads the ACD's hours"
    finally:
        await shutdown(running)
    assert listening(settings, web=False, sip=True, writer=False, agi=False) == [
        f"SIP udp {settings.sip_host}:{settings.sip_port}"]


def test_the_command_is_sip_serve_beside_ping() -> None:
    result = CliRunner().invoke(app, ["sip", "--help"])
    assert result.exit_code == 0, result.output
    assert "serve" in result.output and "ping" in result.output
    serve_help = CliRunner().invoke(app, ["sip", "serve", "--help"])
    assert "runtime" in serve_help.output and "--port" in serve_help.output
