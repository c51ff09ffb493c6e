"""Typed stream events: the cost of building, encoding and parsing each event through its model
(ivr/event_types.py) against a peer measured in the same run.

Writer side: ``to_fields(make_event(type, data))`` (what the one sink does before XADD).
Reader side: ``from_fields(entry)`` (what the records writer and the pages do per entry).
Peer: the untyped path the models replaced, ``json.dumps(data)`` to write and ``json.loads``
to read the same data. Best of 7 rounds of 2,000 events per type; CPU only, no Redis.

    .venv/bin/python -m bench.events_bench
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from ivr.event_types import from_fields, make_event, to_fields
from tests.records.test_event_types import SAMPLES

ROUNDS = 7
EVENTS = 2000


def best_us(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for _ in range(EVENTS):
            work()
        best = min(best, time.perf_counter() - start)
    return best / EVENTS * 1e6


def typed_write(kind: str, data: dict[str, Any], call_id: str, ts_ms: int) -> dict[str, str]:
    return to_fields(make_event(kind, data, call_id=call_id, ts_ms=ts_ms))


def main() -> None:
    print("| event | typed write (µs) | typed read (µs) | peer write (µs) | peer read (µs) | typed / peer |")
    print("|---|---|---|---|---|---|")
    for event in SAMPLES:
        kind, data, fields = str(event.TYPE), event.data(), to_fields(event)
        write = best_us(partial(typed_write, kind, data, event.call_id, event.ts_ms))
        read = best_us(partial(from_fields, fields))
        peer_write = best_us(partial(json.dumps, data, ensure_ascii=False, separators=(",", ":")))
        peer_read = best_us(partial(json.loads, fields["data"]))
        ratio = (write + read) / (peer_write + peer_read)
        print(f"| {kind} | {write:.1f} | {read:.1f} | {peer_write:.1f} | {peer_read:.1f} | {ratio:.1f} |")


if __name__ == "__main__":
    main()
