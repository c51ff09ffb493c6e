"""Group commit to one Redis Stream: the XADDs a process's tasks make while one batch is on its way
go together in the next, over one connection, and each task awaits its own entry id.

Under a burst (a thousand calls starting at once) every call's CALL_START would otherwise need a
connection of its own at the same moment: redis-py opens one per concurrent command, and hundreds of
connects and handshakes stall the loop for seconds while callers hear nothing. Batched, the burst
costs a few pipelines. One event alone is written as soon as the loop gets to it, as before. An
event whose emitter is cancelled while it waits is still written: it was handed over.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Mapping
from typing import Any

#: XADDs in one pipeline at most (a burst beyond it goes in the next one, at once).
MAX_BATCH = 500

Fields = Mapping[str, str | bytes | int | float]


class StreamAppender:
    """XADD with approximate trimming, batched. ``redis`` is a redis.asyncio client (or cluster client);
    one appender per stream and process."""

    def __init__(self, redis: Any, stream: str, maxlen: int) -> None:
        self.redis = redis
        self.stream = stream
        self.maxlen = maxlen
        self._waiting: deque[tuple[Fields, asyncio.Future[str]]] = deque()
        self._writer: asyncio.Task[None] | None = None
        #: pipelines sent, and the largest batch (how much the group commit saved)
        self.batches = 0
        self.largest_batch = 0

    async def append(self, fields: Fields) -> str:
        """Append one entry; its stream id once Redis has it (Redis's error if it failed)."""
        loop = asyncio.get_running_loop()
        if self._writer is not None and self._writer.get_loop() is not loop:
            # a sink kept across event loops (tests): what the old loop left can never be written by this one
            self._waiting.clear()
            self._writer = None
        written: asyncio.Future[str] = loop.create_future()
        written.add_done_callback(_retrieved)  # an emitter cancelled meanwhile never reads its outcome
        self._waiting.append((fields, written))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_all(), name=f"append-{self.stream}")
        return await asyncio.shield(written)

    async def _write_all(self) -> None:
        try:
            await self._write_batches()
        except asyncio.CancelledError:  # the process is stopping: nobody may wait for ever
            while self._waiting:
                _, written = self._waiting.popleft()
                if not written.done():
                    written.set_exception(ConnectionError("the event stream's writer stopped"))
            raise

    async def _write_batches(self) -> None:
        while self._waiting:
            batch = [self._waiting.popleft() for _ in range(min(MAX_BATCH, len(self._waiting)))]
            self.batches += 1
            self.largest_batch = max(self.largest_batch, len(batch))
            try:
                sent = await self._send(batch)
            except Exception as exc:  # Redis away: every emitter of the batch hears it, as with its own XADD
                for _, written in batch:
                    _settle(written, exc)
                continue
            for written, reply in sent:
                _settle(written, reply if isinstance(reply, Exception)
                        else reply.decode() if isinstance(reply, bytes) else str(reply))

    async def _send(self, batch: list[tuple[Fields, asyncio.Future[str]]]) -> list[tuple[asyncio.Future[str], Any]]:
        """(emitter, Redis's reply or error) for each entry sent; an entry redis-py refuses to send
        fails its own emitter only."""
        if len(batch) == 1:  # no pipeline object for the common case of one event
            fields, written = batch[0]
            return [(written, await self.redis.xadd(self.stream, fields, maxlen=self.maxlen, approximate=True))]
        pipe = self.redis.pipeline(transaction=False)
        queued: list[asyncio.Future[str]] = []
        for fields, written in batch:
            try:
                pipe.xadd(self.stream, fields, maxlen=self.maxlen, approximate=True)
            except Exception as exc:
                _settle(written, exc)
                continue
            queued.append(written)
        replies = await pipe.execute(raise_on_error=False) if queued else []
        return list(zip(queued, replies, strict=True))

    async def close(self) -> None:
        """Wait for what was handed over to be written (or fail)."""
        if self._writer is not None:
            with contextlib.suppress(Exception):
                await self._writer


def _retrieved(written: asyncio.Future[str]) -> None:
    if not written.cancelled():
        written.exception()


def _settle(written: asyncio.Future[str], outcome: str | BaseException) -> None:
    if written.done():  # its emitter's wait was cancelled; the entry went in all the same
        return
    if isinstance(outcome, BaseException):
        written.set_exception(outcome)
    else:
        written.set_result(outcome)
