"""The ASR WebSocket service's limits: bearer token, loopback-only without one, sizes, time-outs, sessions."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from ivr.asr.server import AsrLimits, start_asr_server
from ivr.asr.service import SpeechRecognizer

pytestmark = pytest.mark.asyncio(loop_scope="session")

Serve = Callable[[AsrLimits], AbstractAsyncContextManager[str]]


@pytest.fixture
def serve(speech: SpeechRecognizer) -> Serve:
    @asynccontextmanager
    async def running(limits: AsrLimits) -> AsyncIterator[str]:
        server = await start_asr_server(speech, "127.0.0.1", 0, limits)
        port = next(iter(server.sockets)).getsockname()[1]
        try:
            yield f"ws://127.0.0.1:{port}"
        finally:
            server.close()
            await server.wait_closed()

    return running


async def _round_trip(url: str, headers: dict[str, str] | None = None) -> str:
    async with connect(url, additional_headers=headers) as ws:
        await ws.send(json.dumps({"eof": 1}))
        return str(json.loads(await ws.recv())["text"])


async def test_token_is_required_when_set(serve: Serve) -> None:
    async with serve(AsrLimits(token="s3cret")) as url:
        with pytest.raises(InvalidStatus) as refused:
            await _round_trip(url)
        assert refused.value.response.status_code == 401
        with pytest.raises(InvalidStatus):
            await _round_trip(url, {"Authorization": "Bearer wrong"})
        assert await _round_trip(url, {"Authorization": "Bearer s3cret"}) == ""


async def test_no_token_means_loopback_only(speech: SpeechRecognizer) -> None:
    with pytest.raises(ValueError, match="IVR_ASR_TOKEN"):
        await start_asr_server(speech, "0.0.0.0", 0, AsrLimits())


async def _error_then_closed(ws: object) -> str:
    reply = json.loads(await ws.recv())  # type: ignore[attr-defined]
    with pytest.raises(ConnectionClosed):
        await ws.recv()  # type: ignore[attr-defined]
    return str(reply["error"])


async def test_idle_connection_is_closed(serve: Serve) -> None:
    async with serve(AsrLimits(idle_seconds=0.5)) as url:
        async with connect(url) as ws:
            assert "nothing received" in await _error_then_closed(ws)
        assert await _round_trip(url) == ""


async def test_long_session_is_closed(serve: Serve) -> None:
    async with serve(AsrLimits(idle_seconds=5, max_session_seconds=1.0)) as url:
        async with connect(url) as ws:
            async def trickle() -> None:
                for _ in range(40):
                    await ws.send(b"\0" * 320)
                    await asyncio.sleep(0.1)

            sender = asyncio.create_task(trickle())
            errors = []
            try:
                async for message in ws:
                    reply = json.loads(message)
                    if "error" in reply:
                        errors.append(reply["error"])
            except ConnectionClosed:
                pass
            sender.cancel()
            assert errors and "session longer" in errors[0]


async def test_audio_and_message_sizes_are_bounded(serve: Serve) -> None:
    async with serve(AsrLimits(max_audio_bytes=3200, max_message_bytes=8192)) as url:
        async with connect(url) as ws:
            await ws.send(b"\0" * 6400)
            assert "at most 3200 bytes" in await _error_then_closed(ws)
        async with connect(url, max_size=None) as ws:
            await ws.send(b"\0" * 20000)
            with pytest.raises(ConnectionClosed) as closed:
                await ws.recv()
            assert closed.value.rcvd is not None and closed.value.rcvd.code == 1009
        assert await _round_trip(url) == ""


async def test_sessions_are_capped(serve: Serve) -> None:
    async with serve(AsrLimits(max_connections=1)) as url:
        async with connect(url) as first:
            with pytest.raises(InvalidStatus) as refused:
                await _round_trip(url)
            assert refused.value.response.status_code == 503
            await first.send(json.dumps({"eof": 1}))
            await first.recv()
        await asyncio.sleep(0.1)
        assert await _round_trip(url) == ""


async def test_a_client_that_never_finishes_the_handshake_is_dropped(serve: Serve) -> None:
    """A half-open peer (TCP connected, no HTTP upgrade, or half of one) holds no session."""
    async with serve(AsrLimits(handshake_seconds=0.5, max_connections=1)) as url:
        host, port = url.removeprefix("ws://").split(":")
        reader, writer = await asyncio.open_connection(host, int(port))
        writer.write(b"GET / HTTP/1.1\r\nHost: x\r\n")  # and never the rest
        await writer.drain()
        assert await asyncio.wait_for(reader.read(), 5) == b""  # closed by the server
        writer.close()
        assert await _round_trip(url) == ""  # the one session allowed is free
