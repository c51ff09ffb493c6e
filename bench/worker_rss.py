"""Resident memory of one FastAGI worker at rest (`ivr serve --no-web --no-sip --no-writer`, no
Vosk model), beside two floors measured in the same run: a bare Python with asyncio and
redis-py (what any worker needs), and the same Python after importing the call path only
(agi_scripts.server: the FastAGI server and the engine). Also the modules the worker process
would not need for calls, by what they add when imported after the call path.

Run: .venv/bin/python bench/worker_rss.py
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.services import RedisServer, free_port  # noqa: E402
from tests.system.harness import PYTHON, REPO, SystemHarness, sample_process  # noqa: E402

#: What each step imports; RSS is read after each (MB), in one fresh interpreter.
STEPS = ["asyncio", "redis.asyncio", "agi_scripts.server", "records.progress", "ivr.asr.service", "ivr.web.app",
         "records.writer", "ivr.serve"]
_MEASURE = """
import importlib, json
def rss():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS'):
            return round(int(line.split()[1]) / 1024, 1)
out = [('python', rss())]
for name in {steps!r}:
    importlib.import_module(name)
    out.append((name, rss()))
print(json.dumps(out))
"""


def import_steps() -> list[tuple[str, float]]:
    done = subprocess.run([str(PYTHON), "-c", _MEASURE.format(steps=STEPS)], cwd=REPO, capture_output=True,
                          text=True, check=True, timeout=300)
    return [(str(n), float(r)) for n, r in json.loads(done.stdout)]


async def worker_at_rest() -> float:
    root = Path(tempfile.mkdtemp(prefix="ivr-bench-rss-"))
    redis = RedisServer(port=free_port(), workdir=root / "redis")
    redis.start()
    system = SystemHarness(root=root / "system", redis=redis, agents_per_centre=1)
    try:
        await asyncio.to_thread(system.migrate)
        worker = await system.start_worker()
        await system.settle()
        return round(sample_process(worker.pid).rss_kb / 1024, 1)
    finally:
        system.close()
        redis.stop()


def main() -> None:
    rest = asyncio.run(worker_at_rest())
    steps = import_steps()
    print(json.dumps({"worker_rss_mb_at_rest": rest, "imports_rss_mb": steps}, indent=1))


if __name__ == "__main__":
    main()
