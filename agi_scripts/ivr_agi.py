"""Classic AGI entry, the ``ivr-agi`` console script: ``AGI(/opt/ivr12315/.venv/bin/ivr-agi)``
runs one call per process.

Asterisk writes the ``agi_*`` environment and the replies on stdin and reads commands on
stdout. Asterisk starts the process with its own environment: the deployment's ``IVR_*``
settings come from ``/etc/ivr12315/ivr.env`` (or ``IVR_ENV_FILE``). Prefer FastAGI for many
calls: a process per call costs a Python start-up each time.

An entry point (composition): it opens the runtime (``ivr.runtime.PROCESS_CALL``: the published
menus, events to the Redis stream, no ACD) and hands the call its services.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from pathlib import Path
from typing import Any

from agi_scripts.stdio import ENV_FILE, load_env_file, open_agi, run_process_call
from ivr.callrecord import CallRecord
from ivr.runtime import PROCESS_CALL, open_runtime
from ivr.settings import Settings, get_settings


async def one_call(agi: Any, settings: Settings) -> CallRecord:
    async with open_runtime(settings, PROCESS_CALL) as runtime:
        return await run_process_call(agi, settings, services=runtime.engine_services())


def main() -> int:
    # stdout belongs to the AGI protocol: logs go to stderr, which Asterisk shows at verbose 3.
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    load_env_file(Path(os.environ.get("IVR_ENV_FILE", str(ENV_FILE))), os.environ)
    agi = open_agi()
    record = asyncio.run(one_call(agi, get_settings()))
    return 0 if record.outcome != "error" else 1


if __name__ == "__main__":
    raise SystemExit(main())
