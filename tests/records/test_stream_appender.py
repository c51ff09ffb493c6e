"""Group commit of events to the stream (ivr/stream_appender.py), against a real redis-server."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError

from ivr.stream_appender import MAX_BATCH, StreamAppender
from tests.support.services import RedisServer, free_port


async def test_a_burst_goes_in_a_few_pipelines_in_order_and_each_emitter_gets_its_own_id(
        redis_client: aioredis.Redis, stream: str) -> None:
    appender = StreamAppender(redis_client, stream, maxlen=100_000)
    count = MAX_BATCH + 250
    ids = await asyncio.gather(*(appender.append({"n": str(i)}) for i in range(count)))
    entries = await redis_client.xrange(stream)
    assert [fields["n"] for _, fields in entries] == [str(i) for i in range(count)], "appended in emit order"
    assert ids == [entry_id for entry_id, _ in entries], "each emitter got the id of its own entry"
    # the first event went alone (nothing else was waiting yet), the rest in full batches
    assert appender.batches <= 1 + -(-(count - 1) // MAX_BATCH)
    assert appender.largest_batch == MAX_BATCH


async def test_a_burst_opens_no_connection_per_event(redis_url: str, stream: str) -> None:
    client = aioredis.from_url(redis_url, decode_responses=True, max_connections=10_000)
    try:
        appender = StreamAppender(client, stream, maxlen=100_000)
        await asyncio.gather(*(appender.append({"n": str(i)}) for i in range(1000)))
        assert await client.xlen(stream) == 1000
        # one XADD per event would have needed a connection per event in flight (hundreds)
        assert len(client.connection_pool._available_connections) <= 3  # noqa: SLF001 - what the pool opened
    finally:
        await client.aclose()


async def test_an_emitter_cancelled_while_waiting_still_has_its_event_written(
        redis_client: aioredis.Redis, stream: str) -> None:
    appender = StreamAppender(redis_client, stream, maxlen=1000)
    first = asyncio.create_task(appender.append({"n": "kept"}))
    second = asyncio.create_task(appender.append({"n": "also kept"}))
    await asyncio.sleep(0)
    second.cancel()
    await first
    await appender.close()
    assert [fields["n"] for _, fields in await redis_client.xrange(stream)] == ["kept", "also kept"]


async def test_redis_away_fails_every_emitter_of_the_batch_and_the_next_event_gets_through(
        tmp_path: Path) -> None:
    server = RedisServer(port=free_port(), workdir=tmp_path)
    server.start()
    client = aioredis.from_url(server.url, decode_responses=True, socket_connect_timeout=0.5)
    appender = StreamAppender(client, "events", maxlen=1000)
    try:
        await appender.append({"n": "before"})
        server.stop()
        results = await asyncio.gather(*(appender.append({"n": str(i)}) for i in range(20)),
                                       return_exceptions=True)
        assert results and all(isinstance(r, RedisConnectionError) for r in results), results[:3]
        server.start()
        assert await appender.append({"n": "after"})
        written = [fields["n"] for _, fields in await client.xrange("events")]
        assert written[-1] == "after" and not set(written) & {str(i) for i in range(20)}
    finally:
        await client.aclose()
        server.stop()


@pytest.mark.parametrize("bad", [{}])
async def test_a_refused_entry_fails_only_its_own_emitter(redis_client: aioredis.Redis, stream: str,
                                                           bad: dict[str, str]) -> None:
    appender = StreamAppender(redis_client, stream, maxlen=1000)
    results = await asyncio.gather(appender.append({"n": "1"}), appender.append(bad), appender.append({"n": "3"}),
                                   return_exceptions=True)
    assert isinstance(results[0], str) and isinstance(results[2], str)
    assert isinstance(results[1], Exception)
    assert [fields["n"] for _, fields in await redis_client.xrange(stream)] == ["1", "3"]
