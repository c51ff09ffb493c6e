"""The ASR WebSocket service, spoken to as a vosk-server client would, on loopback."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest
from websockets.asyncio.client import connect
from websockets.asyncio.server import Server
from websockets.exceptions import ConnectionClosed

from ivr.asr.server import start_asr_server
from ivr.asr.service import SpeechRecognizer
from tests.asr.conftest import Say, pcm_of

# The server fixture and the tests share the session loop (async fixtures run there).
pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest.fixture
async def asr_url(speech: SpeechRecognizer) -> AsyncIterator[str]:
    server: Server = await start_asr_server(speech, "127.0.0.1", 0)
    port = next(iter(server.sockets)).getsockname()[1]
    yield f"ws://127.0.0.1:{port}"
    server.close()
    await server.wait_closed()


async def test_round_trip(asr_url: str, say: Say) -> None:
    pcm = pcm_of(say("수원", tail=1.5))
    finals: list[dict[str, object]] = []
    partials = 0
    async with connect(asr_url) as ws:
        await ws.send(json.dumps({"config": {"sample_rate": 8000, "words": 1,
                                             "phrase_list": ["서울", "수원", "부산", "대구"]}}))
        for offset in range(0, len(pcm), 1600):
            await ws.send(pcm[offset:offset + 1600])
            reply = json.loads(await ws.recv())
            if "partial" in reply:
                partials += 1
            else:
                finals.append(reply)
        await ws.send(json.dumps({"eof": 1}))
        last = json.loads(await ws.recv())
        with pytest.raises(ConnectionClosed):
            await ws.recv()
    texts = [f["text"] for f in [*finals, last] if f.get("text")]
    assert texts == ["수원"]
    assert partials > 0
    words = next(f for f in [*finals, last] if f.get("text"))["result"]
    assert isinstance(words, list) and words[0]["word"] == "수원" and 0 < words[0]["conf"] <= 1


async def test_alternatives(asr_url: str, say: Say) -> None:
    pcm = pcm_of(say("서울"))
    async with connect(asr_url) as ws:
        await ws.send(json.dumps({"config": {"sample_rate": 8000, "max_alternatives": 3,
                                             "phrase_list": ["서울", "수원"]}}))
        await ws.send(pcm)
        await ws.recv()
        await ws.send('{"eof" : 1}')
        last = json.loads(await ws.recv())
    assert last["alternatives"][0]["text"] == "서울"


@pytest.mark.parametrize(
    ("message", "error"),
    [
        (json.dumps({"config": {"sample_rate": 100}}), "sample_rate"),
        (json.dumps({"config": {"phrase_list": "서울"}}), "phrase_list"),
        (json.dumps({"config": {"phrase_list": [""]}}), "phrase_list"),
        (json.dumps({"config": {"max_alternatives": 99}}), "max_alternatives"),
        (json.dumps({"config": {"phrase_list": ["qxzqxz"]}}), None),  # error comes with the audio
        ("not json", "JSON"),
        (json.dumps({"hello": 1}), "expected"),
        (b"\x00\x01\x02", "16-bit"),
    ],
)
async def test_bad_input_gets_an_error(asr_url: str, message: str | bytes, error: str | None) -> None:
    async with connect(asr_url) as ws:
        await ws.send(message)
        if error is None:
            await ws.send(b"\0" * 3200)
            error = "vocabulary"
        reply = json.loads(await ws.recv())
        assert error in reply["error"]
        with pytest.raises(ConnectionClosed):
            await ws.recv()
    # The service is still up for the next client.
    async with connect(asr_url) as ws:
        await ws.send(json.dumps({"eof": 1}))
        assert json.loads(await ws.recv())["text"] == ""
