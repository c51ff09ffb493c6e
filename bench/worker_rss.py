"""Resident memory of one FastAGI worker at rest (`ivr serve --no-web --no-sip --no-writer`, no
Vosk model, the shipped menus and knowledge base loaded), beside its peers measured in the same
run, each in a fresh interpreter:

- imports: a bare Python with asyncio and redis-py (the floor any worker needs), then the call
  path (agi_scripts.server: the FastAGI server and the engine), then everything the worker
  imports (ivr.serve), then what it no longer imports (the knowledge index, now in the box's
  retrieval service; Vosk; the web app; the records writer);
- libraries: the floor, then each library the worker holds, in the order it meets them, then
  those of the knowledge index that only the retrieval service holds now, with jieba's prefix
  dictionary as the service loads it (compact) and as jieba loads it.

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

from ivr.settings import SHIPPED_MENUS_DIR  # noqa: E402
from tests.support.services import RedisServer, free_port  # noqa: E402
from tests.system.harness import PYTHON, REPO, SystemHarness, sample_process  # noqa: E402

FLOOR = [("python", "pass"), ("asyncio", "import asyncio"), ("redis.asyncio", "import redis.asyncio")]
#: What each step runs; RSS is read after each (MB), in one fresh interpreter per list.
IMPORTS = [*FLOOR,
           ("agi_scripts.server (the call path)", "import agi_scripts.server"),
           ("ivr.serve (all a worker imports)", "import ivr.serve"),
           ("+ ivr.knowledge.retrieval (the index: jieba, pypinyin, bm25s, numpy)", "import ivr.knowledge.retrieval"),
           ("+ ivr.asr.service (Vosk, SciPy)", "import ivr.asr.service"),
           ("+ ivr.serve_web (the web app)", "import ivr.serve_web"),
           ("+ ivr.records_serve (the records writer)", "import ivr.records_serve")]
_DICTIONARY = "import jieba, logging; jieba.setLogLevel(logging.WARNING)"
LIBRARIES = [*FLOOR,
             ("pydantic, yaml, cryptography (settings, menus)", "import ivr.settings, ivr.published, yaml"),
             ("records.db (SQLAlchemy, Alembic)", "import records.db, records.progress"),
             ("the worker's own modules (ivr.serve)", "import ivr.serve"),
             ("service only: pypinyin (its phrase dictionary)", "import pypinyin"),
             ("service only: numpy, bm25s", "import bm25s"),
             ("service only: jieba", _DICTIONARY),
             ("service only: jieba's prefix dictionary, compact (ivr.knowledge.compact_dictionary)",
              "from ivr.knowledge.compact_dictionary import compact_tokenizer; kept = compact_tokenizer()")]
JIEBA_OWN = [*LIBRARIES[:-1],
             ("jieba's prefix dictionary, jieba's own dict", "kept = jieba.Tokenizer(); kept.initialize()")]
# after each step, as the worker after start-up (ivr.serve.release_freed_memory): what a step
# made and dropped is not counted
_MEASURE = """
import ctypes, gc, json
trim = ctypes.CDLL("libc.so.6").malloc_trim
def rss():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS'):
            return round(int(line.split()[1]) / 1024, 1)
out = []
for name, statement in {steps!r}:
    exec(statement)
    gc.collect()
    trim(0)
    out.append((name, rss()))
print(json.dumps(out))
"""


def steps(listed: list[tuple[str, str]]) -> list[tuple[str, float]]:
    done = subprocess.run([str(PYTHON), "-c", _MEASURE.format(steps=listed)], cwd=REPO, capture_output=True,
                          text=True, check=True, timeout=300)
    return [(str(n), float(r)) for n, r in json.loads(done.stdout)]


async def worker_at_rest() -> float:
    root = Path(tempfile.mkdtemp(prefix="ivr-bench-rss-"))
    redis = RedisServer(port=free_port(), workdir=root / "redis")
    redis.start()
    system = SystemHarness(root=root / "system", redis=redis, agents_per_centre=1)
    try:
        await asyncio.to_thread(system.migrate)
        # the shipped menus (the harness's always-open copy matters only to calls)
        worker = await system.start_worker(IVR_MENUS_DIR=str(SHIPPED_MENUS_DIR))
        await system.settle()
        return round(sample_process(worker.pid).rss_kb / 1024, 1)
    finally:
        system.close()
        redis.stop()


def main() -> None:
    rest = asyncio.run(worker_at_rest())
    print(json.dumps({"worker_rss_mb_at_rest": rest, "imports_rss_mb": steps(IMPORTS),
                      "libraries_rss_mb": steps(LIBRARIES), "jieba_own_dictionary_rss_mb": steps(JIEBA_OWN)[-2:]},
                     indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
