#!/usr/bin/env python3
"""EAGI entry: ``EAGI(/opt/ivr12315/agi_scripts/ivr_eagi.py)``; the caller's audio arrives on
file descriptor 3 (8 kHz 16-bit signed linear mono) and feeds the streaming recogniser.

EAGI works only for a local process: ``EAGI(agi://...)`` fails at once, since FastAGI
cannot carry audio. Without a Vosk model (IVR_VOSK_MODEL) or without fd 3 this runs as
plain AGI with key-only answers.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from agi_scripts.stdio import ENV_FILE, AudioTap, load_env_file, open_agi, run_process_call
    from ivr.settings import get_settings

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    load_env_file(Path(os.environ.get("IVR_ENV_FILE", str(ENV_FILE))), os.environ)
    settings = get_settings()
    agi = open_agi()
    recognizer = None
    try:
        from ivr.asr.service import get_recognizer

        recognizer = get_recognizer(settings)
    except ImportError:
        logging.getLogger(__name__).warning("speech recognition unavailable: keys only")
    try:
        audio: AudioTap | None = AudioTap()
    except OSError:
        audio = None
    record = asyncio.run(run_process_call(agi, settings, recognizer=recognizer, audio=audio))
    return 0 if record.outcome != "error" else 1


if __name__ == "__main__":
    raise SystemExit(main())
