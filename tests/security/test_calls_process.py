"""FastAGI in its own process: `ivr serve` runs the calls in a supervised child (ivr/calls_supervisor.py,
ivr/calls_process.py). A killed child is started again and calls complete; /readyz reports it;
shutdown stops it; a child whose parent is gone (standard input closed) stops by itself; and a
slow-header attack on the web port leaves the calls process's calls alone."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import httpx
import pytest

from ivr.calls_supervisor import CHILD_MODULE, READY_LINE, CallsProcess, child_settings, supervised
from ivr.serve import shutdown, start
from ivr.settings import Settings
from tests.support.agi_peer import CallerScript, call
from tests.support.migrated import MigratedSqlite
from tests.support.server_settings import server_settings
from tests.support.services import free_port

CALLS_REDIS_DB = 12


@pytest.fixture
def settings(tmp_path: Path, redis_url: str, built_sounds: Path, migrated_sqlite: MigratedSqlite) -> Settings:
    return server_settings(tmp_path, redis_url, CALLS_REDIS_DB, secret="calls-process-secret",
                           built_sounds=built_sounds, database=migrated_sqlite, agi_port=free_port(),
                           http_port=free_port(), sip_enabled=False, http_max_connections=30, http_header_timeout=1.0)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


async def a_call_completes(settings: Settings, uniqueid: str) -> None:
    result = await call("127.0.0.1", settings.agi_port, CallerScript(hangup_at=4), uniqueid=uniqueid,
                        callerid="13912345678", idle_timeout=30)
    assert result.error == "" and len(result.commands) >= 4 and result.caller_hung_up, result


async def readiness(settings: Settings) -> dict[str, object]:
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{settings.http_port}") as web:
        for _ in range(100):
            try:
                reply = await web.get("/readyz")
                return dict(reply.json())
            except httpx.TransportError:
                await asyncio.sleep(0.1)
    raise AssertionError("the web app never answered")


async def restarted(child: CallsProcess, old_pid: int) -> int:
    """The new child's pid once it serves again (the test's own patience, not a speed claim)."""
    for _ in range(1200):
        if child.ready.is_set() and child.pid not in (None, old_pid):
            return int(child.pid or 0)
        await asyncio.sleep(0.1)
    raise AssertionError(f"the calls process was not started again: {child.check()}")


async def test_killed_calls_process_is_restarted_and_calls_complete(settings: Settings) -> None:
    running = await start(settings, web=True, sip=False, writer=False, calls_process=True)
    try:
        [child] = supervised()
        first = child.pid
        assert first is not None and first != os.getpid()
        await a_call_completes(settings, "child.1")
        ready = await readiness(settings)
        assert ready["checks"] == {**ready["checks"], "calls process": "ok"}  # type: ignore[dict-item]
        os.kill(first, signal.SIGKILL)
        second = await restarted(child, first)
        assert child.restarts == 1 and child.last_exit == -signal.SIGKILL and not alive(first)
        await a_call_completes(settings, "child.2")
        assert (await readiness(settings))["ready"] is True
    finally:
        await shutdown(running)
    assert not alive(second) and supervised() == []


async def test_calls_process_stops_when_its_parent_is_gone(settings: Settings) -> None:
    """Standard input closing is how the child learns its parent died (even by SIGKILL)."""
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", CHILD_MODULE, stdin=asyncio.subprocess.PIPE,
                                                stdout=asyncio.subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(child_settings(settings, str(settings.redis_url)).encode() + b"\n")
        await proc.stdin.drain()
        assert (await asyncio.wait_for(proc.stdout.readline(), 120)).decode().strip() == READY_LINE
        await a_call_completes(settings, "orphan.1")
        proc.stdin.close()
        assert await asyncio.wait_for(proc.wait(), 60) == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


def test_child_settings_carry_the_secrets_and_the_parents_redis(settings: Settings) -> None:
    data = Settings.model_validate_json(child_settings(settings, "redis://127.0.0.1:1/3"))
    assert data.secret_key.get_secret_value() == "calls-process-secret"
    assert data.redis_url == "redis://127.0.0.1:1/3" and data.agi_port == settings.agi_port
    assert data.data_dir == settings.data_dir and data.sip_enabled is False


async def slow_header(port: int) -> asyncio.StreamWriter | None:
    try:
        _reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        return None
    writer.write(b"GET /api/auth/me HTTP/1.1\r\nHost: x\r\nX-Slow: ")  # and never the rest
    return writer


async def test_slow_header_attack_on_the_web_port_leaves_the_calls_process_alone(settings: Settings) -> None:
    running = await start(settings, web=True, sip=False, writer=False, calls_process=True)
    try:
        await readiness(settings)
        attackers = [w for w in await asyncio.gather(*(slow_header(settings.http_port) for _ in range(200))) if w]
        await asyncio.gather(*(a_call_completes(settings, f"attack.{n}") for n in range(5)))
        for writer in attackers:
            writer.close()
        [child] = supervised()
        assert child.restarts == 0 and child.check() == "ok"
    finally:
        await shutdown(running)
