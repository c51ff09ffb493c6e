"""The machine's own limit for think time: how late a process that does nothing else wakes
from a 10 ms sleep. Run beside a load (bench/system_load.py --realistic starts it), it shows
how much of the server's think time the operating system's scheduling alone would cost on
the same box at the same moment.

Run: .venv/bin/python bench/sched_probe.py SECONDS   (prints JSON: wake-up lateness p50/p95/p99 ms)
"""

from __future__ import annotations

import json
import statistics
import sys
import time

INTERVAL = 0.01


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    late: list[float] = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        asked = time.perf_counter()
        time.sleep(INTERVAL)
        late.append(max(0.0, time.perf_counter() - asked - INTERVAL))
    cuts = statistics.quantiles(late, n=100, method="inclusive")
    print(json.dumps({"samples": len(late), "late_ms_p50": round(cuts[49] * 1000, 2),
                      "late_ms_p95": round(cuts[94] * 1000, 2), "late_ms_p99": round(cuts[98] * 1000, 2),
                      "late_ms_max": round(max(late) * 1000, 2)}))


if __name__ == "__main__":
    main()
