"""FastAGI under connection floods from an allowed host: calls in progress and new calls go on.

Idle connections that never send their ``agi_`` header are held to a number per host (the
oldest is dropped when a new one arrives), so a flood of them cannot crowd out the next real
call; connections in progress are capped per host and in all. The calls are real TCP sessions
with the Asterisk-faithful peer (tests/support/agi_peer.py).
"""

from __future__ import annotations

import asyncio
import socket
import time
from pathlib import Path

import pytest

from agi_scripts.server import IDLE_GRACE
from tests.agi.test_server import Outcome, make_server
from tests.support.agi_peer import CallerScript, call, encode_headers, header_lines

pytestmark = pytest.mark.timeout(60)


async def _idle_connections(port: int, count: int) -> list[tuple[asyncio.StreamReader, asyncio.StreamWriter]]:
    return [await asyncio.open_connection("127.0.0.1", port) for _ in range(count)]


async def _closed_by_server(reader: asyncio.StreamReader) -> bool:
    try:
        return await asyncio.wait_for(reader.read(1), 2.0) == b""
    except ConnectionResetError:  # closed with our unread input still queued: a reset
        return True
    except TimeoutError:
        return False


async def test_idle_connection_flood_does_not_stop_real_calls(tmp_path: Path) -> None:
    outcomes: list[Outcome] = []
    server = make_server(tmp_path, outcomes, header_timeout=30.0, max_pending_per_host=8)
    await server.start("127.0.0.1", 0)
    idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
    try:
        in_progress = asyncio.create_task(call("127.0.0.1", server.port, CallerScript(keys=["2", "37#", "5", "1"],
                                                                                       dial_status="ANSWER")))
        await asyncio.sleep(0.2)  # the first call is under way
        idle = await _idle_connections(server.port, 200)
        await asyncio.sleep(IDLE_GRACE + 0.2)  # now they are idle: the next connection makes room
        later = await call("127.0.0.1", server.port, CallerScript(keys=["2", "37#", "5", "1"], dial_status="ANSWER"))
        first = await in_progress
        assert server.stats.evicted >= 200 - 8
        for result in (first, later):
            assert result.error == "" and result.closed_by_server and result.server_hung_up
            assert result.verbs()[-1] == "HANGUP"
        assert [out.error for out in outcomes] == [None, None]
        # the oldest idle connections were dropped, the newest are still waiting for their header
        assert await _closed_by_server(idle[0][0])
        assert not await _closed_by_server(idle[-1][0])
    finally:
        for _, writer in idle:
            writer.close()
        await server.close()


async def test_a_burst_whose_headers_a_stalled_loop_has_not_read_loses_no_call(tmp_path: Path) -> None:
    """The compressed busy-hour run: hundreds of calls from one Asterisk host at once, and a worker
    whose loop is late. Connections whose header has arrived are not idle however long the loop
    took to read it; silent ones beside them still make room."""
    outcomes: list[Outcome] = []
    server = make_server(tmp_path, outcomes, header_timeout=30.0, max_pending_per_host=8)
    await server.start("127.0.0.1", 0)
    silent = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(4)]
    calls = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(40)]
    try:
        while len(server._pending.get("127.0.0.1", ())) < 44:  # noqa: ASYNC110 - the server's own state
            await asyncio.sleep(0.05)
        for n, sock in enumerate(calls):
            sock.sendall(encode_headers(header_lines(uniqueid=f"burst-{n}", port=server.port)))
        # the loop is busy elsewhere for longer than the grace: nothing above has been read yet
        time.sleep(IDLE_GRACE + 0.2)  # noqa: ASYNC251 - the stall is the point
        server._drop_idle("127.0.0.1")  # what the next connection from the host does first
        assert server.stats.evicted == 4  # the silent ones, not one call
        loop = asyncio.get_running_loop()
        for sock in [*silent, *calls]:
            sock.setblocking(False)
        firsts = [await asyncio.wait_for(loop.sock_recv(sock, 4096), 10) for sock in calls]
        assert all(first.startswith(b"ANSWER") for first in firsts)  # every call is under way
        assert [await asyncio.wait_for(loop.sock_recv(sock, 1), 10) for sock in silent] == [b""] * 4
    finally:
        for sock in [*silent, *calls]:
            sock.close()
        await server.close()


async def test_connections_per_host_are_capped(tmp_path: Path) -> None:
    outcomes: list[Outcome] = []
    server = make_server(tmp_path, outcomes, header_timeout=30.0, max_per_host=3)
    await server.start("127.0.0.1", 0)
    idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
    try:
        idle = await _idle_connections(server.port, 3)
        await asyncio.sleep(0.1)
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        idle.append((reader, writer))
        assert await _closed_by_server(reader)  # the fourth is refused before reading: none is idle yet
        assert server.stats.refused == 1
        await asyncio.sleep(IDLE_GRACE)
        # the three have waited long enough for a header to count as idle: a real call takes the oldest's place
        result = await call("127.0.0.1", server.port, CallerScript(keys=["2", "37#", "5", "1"], dial_status="ANSWER"))
        assert result.error == "" and result.server_hung_up
        assert server.stats.evicted == 1
        assert await _closed_by_server(idle[0][0])
        assert not await _closed_by_server(idle[2][0])
    finally:
        for _, held in idle:
            held.close()
        await server.close()


async def test_oversized_header_input_is_cut_off(tmp_path: Path) -> None:
    server = make_server(tmp_path, [], header_timeout=5.0)
    await server.start("127.0.0.1", 0)
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(b"agi_network: yes\n" + b"agi_x: " + b"y" * 200_000)
        try:
            await writer.drain()
        except ConnectionResetError:
            pass
        assert await _closed_by_server(reader)
        assert server.stats.bad_header == 1
        writer.close()
        result = await call("127.0.0.1", server.port, CallerScript(keys=["2", "37#", "5", "1"], dial_status="ANSWER"))
        assert result.error == "" and result.server_hung_up
    finally:
        await server.close()
