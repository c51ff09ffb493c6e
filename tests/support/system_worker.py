"""Run an `ivr` sub-command (serve, queue maintain, records serve) for the whole-system tests.

The same command line as ``ivr ...``, with two test-only knobs read from the environment:

* ``IVR_TEST_CENTRES_FILE``: the answering centres come from this YAML instead of the
  shipped ``queueing/centres.yaml`` (the shipped centres close at 20:30 Beijing time and
  ``ivr serve`` has no setting for another centres file yet).
* ``IVR_LOG_JSON=true``: logging is configured with ivr.observability's JSON formatter
  before the command runs (``ivr serve`` itself calls ``logging.basicConfig``, which then
  leaves our handler in place).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path


def _dump_tasks(_signum: int, _frame: object) -> None:
    """SIGUSR1: print every asyncio task's stack to stderr (to see where calls wait)."""
    import asyncio

    loop = asyncio._get_running_loop()
    if loop is None:
        return
    for task in asyncio.all_tasks(loop):
        print(f"--- task {task.get_name()}", file=sys.stderr)
        task.print_stack(limit=12, file=sys.stderr)
    sys.stderr.flush()


def main(argv: list[str]) -> None:
    import signal

    signal.signal(signal.SIGUSR1, _dump_tasks)
    centres = os.environ.get("IVR_TEST_CENTRES_FILE")
    if centres:
        import queueing.centres

        queueing.centres.SHIPPED_CENTRES = Path(centres)
    from ivr.observability import configure_logging

    configure_logging(os.environ.get("IVR_LOG_JSON", "").lower() in ("1", "true", "yes"), logging.INFO)
    from ivr.cli import app

    app(argv, prog_name="ivr")


if __name__ == "__main__":
    main(sys.argv[1:])
