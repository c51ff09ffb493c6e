"""The knowledge retrieval service (ivr.knowledge.service): a spoken question's round trip as a
FastAGI worker asks it (ivr.knowledge.served: the Lua ask, the service's search in its own process,
BLPOP for the answer) against ``KnowledgeIndex.search`` called directly in this process on the same
questions, in the same run; questions one at a time and ``--at-once`` together; the answers
compared; the service's resident memory.

The service is the child ``ivr serve`` supervises (``python -m ivr.knowledge_serve``), on a
redis-server started here. The questions are the second held-out set (tests/knowledge/held_out.py:
120 caller phrasings and 30 off-topic).

Run: .venv/bin/python bench/knowledge_service_bench.py [--rounds 3] [--at-once 20] [--write]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import redis.asyncio as aioredis  # noqa: E402

from ivr.calls_supervisor import CallsProcess, child_settings  # noqa: E402
from ivr.knowledge.served import RetrievalClient  # noqa: E402
from ivr.knowledge.store import KnowledgeStore  # noqa: E402
from ivr.knowledge_serve import CHILD_MODULE  # noqa: E402
from ivr.settings import Settings  # noqa: E402
from tests.knowledge.held_out import HELD_OUT_2, OFF_TOPIC_2  # noqa: E402
from tests.support.services import RedisServer, free_port  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "knowledge_service_RESULTS.md"
DAY = date(2026, 12, 1)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def summary(ms: list[float]) -> dict[str, float]:
    return {"n": len(ms), "p50_ms": round(statistics.median(ms), 2), "p99_ms": round(percentile(ms, 0.99), 2),
            "max_ms": round(max(ms), 2)}


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


async def run(rounds: int, at_once: int) -> dict[str, Any]:
    texts = [t for t, _ in HELD_OUT_2] + list(OFF_TOPIC_2)
    root = Path(tempfile.mkdtemp(prefix="ivr-bench-kb-service-"))
    server = RedisServer(port=free_port(), workdir=root / "redis")
    server.start()
    redis = aioredis.Redis.from_url(server.url)
    settings = Settings(data_dir=root / "data", redis_url=server.url)
    child = CallsProcess(child_settings(settings, server.url), sip=False, name="knowledge service (bench)",
                         module=CHILD_MODULE)
    try:
        await child.start()
        assert child.pid is not None
        index = await KnowledgeStore(settings).load_current()
        client = RetrievalClient(redis, 5.0)
        for text in texts:  # both sides warm (jieba's caches, Redis connections, the script loaded)
            index.search(text, DAY, limit=3)
            await client.ask(text, DAY, 3, index.version)
        direct: list[float] = []
        asked: list[float] = []
        differ = 0
        for _ in range(rounds):
            for text in texts:
                start = time.perf_counter()
                found = index.search(text, DAY, limit=3)
                direct.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                answer = await client.ask(text, DAY, 3, index.version)
                asked.append((time.perf_counter() - start) * 1000)
                if answer is None or answer.found != [(m.entry.id, m.score, m.confidence) for m in found]:
                    differ += 1

        async def timed(text: str) -> float:
            start = time.perf_counter()
            answer = await client.ask(text, DAY, 3, index.version)
            assert answer is not None, "the service did not answer in 5 s"
            return (time.perf_counter() - start) * 1000

        together: list[float] = []
        for _ in range(rounds):
            for first in range(0, len(texts), at_once):
                together += await asyncio.gather(*(timed(t) for t in texts[first:first + at_once]))
        service_rss = rss_mb(child.pid)
    finally:
        await child.close()
        await redis.aclose()
        server.stop()
    return {"questions": len(texts), "rounds": rounds, "direct_search": summary(direct),
            "service_one_at_a_time": summary(asked), f"service_{at_once}_at_once": summary(together),
            "answers_differing": differ, "service_rss_mb": service_rss,
            "load_average": [round(x, 2) for x in os.getloadavg()]}


def write(result: dict[str, Any], at_once: int, command: str) -> None:
    direct, one = result["direct_search"], result["service_one_at_a_time"]
    many = result[f"service_{at_once}_at_once"]
    when = datetime.now(UTC).strftime("%-d %B %H:%M UTC")
    lines = [
        "# Knowledge retrieval service", "",
        f"Command: `{command}` ({when}, load average at the end {result['load_average'][0]} on 2 cores shared "
        "with other engineers' work).", "",
        "A spoken question's round trip from a FastAGI worker to the box's retrieval service "
        "(`ivr/knowledge/served.py`: the Lua ask, the service's search in its own process, `BLPOP` for the "
        "answer) against `KnowledgeIndex.search` called directly in the same run, on the second held-out "
        f"set's {result['questions']} questions, {result['rounds']} rounds; then {at_once} questions at once.", "",
        "| how | questions | p50 ms | p99 ms | max ms |", "| --- | ---: | ---: | ---: | ---: |",
        f"| search in process (the peer) | {direct['n']} | {direct['p50_ms']} | {direct['p99_ms']} | "
        f"{direct['max_ms']} |",
        f"| asked of the service, one at a time | {one['n']} | {one['p50_ms']} | {one['p99_ms']} | {one['max_ms']} |",
        f"| asked of the service, {at_once} at once | {many['n']} | {many['p50_ms']} | {many['p99_ms']} | "
        f"{many['max_ms']} |", "",
        f"Round trip over direct search, one at a time: p50 {one['p50_ms'] / direct['p50_ms']:.2f}x, "
        f"p99 {one['p99_ms'] / direct['p99_ms']:.2f}x. Answers differing from the direct search: "
        f"{result['answers_differing']}. The service's resident memory after the run: "
        f"{result['service_rss_mb']} MB (one per box, against the ~97 MB of the index's libraries each worker "
        "no longer holds; BENCHMARKS.md, \"FastAGI worker at rest\").", "",
        f"The worker's timeout (`IVR_KNOWLEDGE_TIMEOUT`, 1.5 s) is {1500 / one['p99_ms']:.0f} times this p99. "
        "A round trip is two Redis commands from the worker and wakes three processes (worker, redis-server, "
        "service); on a shared 2-core box each wake-up may wait for a core, which is likely most of the "
        "difference from the search in process (not measured apart here).",
    ]
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--at-once", type=int, default=20)
    parser.add_argument("--write", action="store_true", help=f"write {RESULTS.name}")
    args = parser.parse_args()
    result = asyncio.run(run(args.rounds, args.at_once))
    print(json.dumps(result, indent=1))
    if args.write:
        command = f".venv/bin/python bench/knowledge_service_bench.py --rounds {args.rounds} --at-once {args.at_once}"
        write(result, args.at_once, command + " --write")


if __name__ == "__main__":
    main()
