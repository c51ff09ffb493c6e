"""EAGI entry, the ``ivr-eagi`` console script: ``EAGI(/opt/ivr12315/.venv/bin/ivr-eagi)``;
the caller's audio arrives on file descriptor 3 (8 kHz 16-bit signed linear mono) and feeds the streaming recogniser.

EAGI works only for a local process: ``EAGI(agi://...)`` fails at once, since FastAGI
cannot carry audio. Without a Vosk model (IVR_VOSK_MODEL) or without fd 3 this runs as
plain AGI with key-only answers.

An entry point (composition): it opens the runtime (``ivr.runtime.PROCESS_EAGI_CALL``: the
published menus, events to the Redis stream, the recogniser, no ACD) and hands the call its services.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from pathlib import Path
from typing import Any

from agi_scripts.stdio import ENV_FILE, AudioTap, load_env_file, open_agi, run_process_call
from ivr.callrecord import CallRecord
from ivr.runtime import PROCESS_EAGI_CALL, open_runtime
from ivr.settings import Settings, get_settings


async def one_call(agi: Any, settings: Settings, audio: AudioTap | None) -> CallRecord:
    async with open_runtime(settings, PROCESS_EAGI_CALL) as runtime:
        # no recogniser (logged) without a usable model: keys only
        return await run_process_call(agi, settings, recognizer=runtime.recognizer, audio=audio,
                                      services=runtime.engine_services(transcriber=None))


def main() -> int:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    load_env_file(Path(os.environ.get("IVR_ENV_FILE", str(ENV_FILE))), os.environ)
    settings = get_settings()
    agi = open_agi()
    try:
        audio: AudioTap | None = AudioTap()
    except OSError:
        audio = None
    record = asyncio.run(one_call(agi, settings, audio))
    return 0 if record.outcome != "error" else 1


if __name__ == "__main__":
    raise SystemExit(main())
