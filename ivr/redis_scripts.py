"""Running a registered Lua script (redis-py's ``register_script``) so that a restarted Redis does not
fail the caller.

A restarted Redis has forgotten every script; redis-py then loads the script and runs it once more. A
whole-system fault test saw that second run refused too while the server was coming back
(tests/system/test_faults.py::test_redis_restart_mid_load: 8 of 80 calls failed at the queue). The whole
load-and-run is tried again a little later, a few times, before the error reaches the caller.
"""

from __future__ import annotations

import asyncio
from typing import Any

from redis.exceptions import NoScriptError

SCRIPT_ATTEMPTS = 3  # runs of a script that the server says it does not know


async def run_script(script: Any, keys: list[str], args: list[Any]) -> Any:
    """``script`` (a redis.asyncio registered script) run with ``keys`` and ``args`` (module doc)."""
    for attempt in range(1, SCRIPT_ATTEMPTS + 1):
        try:
            return await script(keys=keys, args=args)
        except NoScriptError:
            if attempt == SCRIPT_ATTEMPTS:
                raise
            await asyncio.sleep(0.05 * attempt)
    raise AssertionError("unreachable")
