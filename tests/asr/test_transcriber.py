"""Statement transcription in the background, reported on the real Redis event stream."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import redis.asyncio as aioredis

from ivr.asr.service import SpeechRecognizer
from ivr.asr.transcriber import EVENT_FAILED, EVENT_TYPE, VoskStatementTranscriber
from ivr.callrecord import CallRecord
from ivr.events import RedisEventSink
from tests.asr.conftest import Say


def _record(call_id: str) -> CallRecord:
    return CallRecord(call_id=call_id, transport="test", dnis="12315", caller="01088886666", language="ko",
                      menu_id="m", menu_version="1")


async def test_submit_returns_at_once_and_emits_event(speech: SpeechRecognizer, say: Say, redis_url: str,
                                                      tmp_path: Path) -> None:
    client = aioredis.from_url(redis_url, decode_responses=True)
    stream = "ivr:events:asr-test"
    await client.delete(stream)
    transcriber = VoskStatementTranscriber(speech, RedisEventSink(client, stream))
    transcriber.submit(_record("call-1"), str(say("서울 수원")))
    transcriber.submit(_record("call-2"), str(tmp_path / "gone.wav"))
    # submit only scheduled the work: nothing is on the stream yet.
    assert transcriber.pending == 2
    assert await client.xlen(stream) == 0
    await asyncio.wait_for(transcriber.drain(), 60)
    entries = await client.xrange(stream)
    await client.aclose()  # type: ignore[attr-defined]  # stubs predate redis 5
    by_call = {fields["call_id"]: fields for _, fields in entries}
    done = by_call["call-1"]
    assert done["type"] == EVENT_TYPE
    data = json.loads(done["data"])
    assert data["call_id"] == "call-1" and isinstance(data["text"], str) and data["text"].strip()
    assert 0.0 < data["confidence"] <= 1.0
    failed = by_call["call-2"]
    assert failed["type"] == EVENT_FAILED and "not found" in json.loads(failed["data"])["error"]
