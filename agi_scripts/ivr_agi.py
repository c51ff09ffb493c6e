#!/usr/bin/env python3
"""Classic AGI entry: ``AGI(/opt/ivr12315/agi_scripts/ivr_agi.py)`` runs one call per process.

Asterisk writes the ``agi_*`` environment and the replies on stdin and reads commands on
stdout. The python that runs this file must have the project installed (point the shebang
at the project's virtualenv, e.g. ``#!/opt/ivr12315/.venv/bin/python``). Prefer FastAGI for
many calls: a process per call costs a Python start-up each time.
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
    from agi_scripts.stdio import ENV_FILE, load_env_file, open_agi, run_process_call
    from ivr.settings import get_settings

    # stdout belongs to the AGI protocol: logs go to stderr, which Asterisk shows at verbose 3.
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    load_env_file(Path(os.environ.get("IVR_ENV_FILE", str(ENV_FILE))), os.environ)
    agi = open_agi()
    record = asyncio.run(run_process_call(agi, get_settings()))
    return 0 if record.outcome != "error" else 1


if __name__ == "__main__":
    raise SystemExit(main())
