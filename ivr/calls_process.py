"""``python -m ivr.calls_process [--sip]``: the calls process that ``ivr serve`` supervises
(ivr/calls_supervisor.py). It reads its settings as one JSON line on standard input, serves
FastAGI (and the embedded SIP endpoint with ``--sip``) with the same parts as ``ivr agi serve``,
writes ``ready`` on standard output once it listens, and stops on SIGTERM or when standard input
closes (the parent is gone). Ctrl-C in a terminal is the parent's to handle: SIGINT is ignored.
"""

from __future__ import annotations

import asyncio
import json
import signal
import sys

from ivr.calls_supervisor import READY_LINE
from ivr.observability import configure_logging
from ivr.serve import shutdown, start
from ivr.settings import Settings


async def _stdin() -> asyncio.StreamReader:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    return reader


async def _until_eof(reader: asyncio.StreamReader, stop: asyncio.Event) -> None:
    while await reader.read(4096):
        pass
    stop.set()


async def main(sip: bool) -> None:
    reader = await _stdin()
    line = await reader.readline()
    if not line.strip():
        raise SystemExit("the calls process reads its settings (one JSON line) on standard input")
    settings = Settings(**json.loads(line))
    configure_logging(settings.log_json)
    running = await start(settings, web=False, sip=sip, writer=False)
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, running.stop.set)
    parent_gone = asyncio.create_task(_until_eof(reader, running.stop), name="parent-watch")
    sys.stdout.write(READY_LINE + "\n")
    sys.stdout.flush()
    await running.stop.wait()
    parent_gone.cancel()
    await shutdown(running)


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    asyncio.run(main("--sip" in sys.argv[1:]))
