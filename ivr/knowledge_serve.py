"""The box's knowledge retrieval service (ivr.knowledge.service): the one process per box that holds
the knowledge index and answers the FastAGI workers' questions over Redis.

- ``ivr knowledge serve``: beside ``ivr agi serve`` workers (docs/knowledge.md, "Deployment"),
  until SIGINT or SIGTERM.
- ``python -m ivr.knowledge_serve``: the child ``ivr serve`` supervises (ivr.calls_supervisor, the
  calls process's contract): its settings as one JSON line on standard input, ``ready`` on
  standard output once it answers, stopping on SIGTERM or when standard input closes.
"""

from __future__ import annotations

import asyncio
import json
import signal
import sys
from collections.abc import Callable

import typer

from ivr.calls_supervisor import READY_LINE
from ivr.knowledge.service import serve_questions
from ivr.knowledge.store import KnowledgeStore
from ivr.observability import configure_logging
from ivr.runtime import KNOWLEDGE_SERVICE, MissingPart, open_runtime
from ivr.settings import Settings, get_settings

CHILD_MODULE = "ivr.knowledge_serve"

knowledge_app = typer.Typer(help="Knowledge base: the retrieval service the FastAGI workers ask (one per box).",
                            no_args_is_help=True)


async def run_service(settings: Settings, stop: asyncio.Event, ready: Callable[[], None]) -> None:
    """Load the published index, follow publishes and answer questions until ``stop`` is set."""
    async with open_runtime(settings, KNOWLEDGE_SERVICE) as runtime:
        store = runtime.knowledge
        if not isinstance(store, KnowledgeStore):
            raise MissingPart("the retrieval service needs the knowledge index (Needs.knowledge_service is set)")
        await runtime.redis.ping()  # no Redis: fail at start, not at the first question
        watch = asyncio.create_task(store.watch(stop), name="knowledge-watch")
        serving = asyncio.create_task(serve_questions(runtime.redis, store, stop, ready=ready),
                                      name="knowledge-service")
        try:
            await serving
        finally:
            stop.set()
            await watch


async def _until_eof(reader: asyncio.StreamReader, stop: asyncio.Event) -> None:
    """Set ``stop`` when standard input closes (the supervising parent is gone)."""
    while await reader.read(4096):
        pass
    stop.set()


def _say_ready() -> None:
    sys.stdout.write(READY_LINE + "\n")
    sys.stdout.flush()


async def _child() -> None:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    line = await reader.readline()
    if not line.strip():
        raise SystemExit("the knowledge service reads its settings (one JSON line) on standard input")
    settings = Settings(**json.loads(line))
    configure_logging(settings.log_json)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    parent_gone = asyncio.create_task(_until_eof(reader, stop), name="parent-watch")
    try:
        await run_service(settings, stop, _say_ready)
    finally:
        parent_gone.cancel()


async def _until_signal(settings: Settings) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await run_service(settings, stop, lambda: typer.echo("ivr knowledge service: answering questions; Ctrl-C stops"))


@knowledge_app.command("serve")
def knowledge_serve_command() -> None:
    """Run the retrieval service on IVR_REDIS_URL: one per box, for the `ivr agi serve` workers there
    (`ivr serve` starts its own)."""
    settings = get_settings()
    configure_logging(settings.log_json)
    asyncio.run(_until_signal(settings))


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in a terminal is the parent's to handle
    asyncio.run(_child())
