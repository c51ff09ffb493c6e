"""Per-source limits for the SIP endpoint: rate-limited incident logging and token buckets.

Every table here is bounded: a flood from many (possibly spoofed) sources evicts the oldest
entries instead of growing the process.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger("ivr.sip.incidents")

MAX_TRACKED = 4096


class IncidentLog:
    """Counts every incident by kind; logs one line per source and kind per ``interval`` seconds."""

    def __init__(self, interval: float = 60.0, clock: Callable[[], float] = time.monotonic,
                 max_tracked: int = MAX_TRACKED) -> None:
        self.interval = interval
        self.clock = clock
        self.max_tracked = max_tracked
        self.counts: Counter[str] = Counter()
        self.suppressed = 0
        self._last: OrderedDict[tuple[str, str], float] = OrderedDict()

    def report(self, source: str, kind: str, detail: str = "", level: int = logging.WARNING,
               exc_info: bool = False) -> bool:
        """Record one incident; returns True when it was logged (not suppressed)."""
        self.counts[kind] += 1
        key = (source, kind)
        now = self.clock()
        last = self._last.get(key)
        if last is not None and now - last < self.interval:
            self.suppressed += 1
            return False
        self._last[key] = now
        self._last.move_to_end(key)
        while len(self._last) > self.max_tracked:
            self._last.popitem(last=False)
        log.log(level, "SIP %s from %s%s (further ones from this source muted for %.0f s)",
                kind, source, f": {detail}" if detail else "", self.interval, exc_info=exc_info)
        return True


@dataclass
class _Bucket:
    tokens: float
    stamp: float


class TokenBuckets:
    """One token bucket per key: ``rate`` tokens a second, at most ``burst`` saved up."""

    def __init__(self, rate: float, burst: float, clock: Callable[[], float] = time.monotonic,
                 max_tracked: int = MAX_TRACKED) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError(f"bad token bucket rate={rate} burst={burst}")
        self.rate = rate
        self.burst = burst
        self.clock = clock
        self.max_tracked = max_tracked
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()

    def take(self, key: str) -> bool:
        """Spend one token for ``key``; False when its bucket is empty."""
        now = self.clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(self.burst, now)
            while len(self._buckets) > self.max_tracked:
                self._buckets.popitem(last=False)
        else:
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.stamp) * self.rate)
            bucket.stamp = now
            self._buckets.move_to_end(key)
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return True
        return False

    def retry_after(self, key: str) -> int:
        """Whole seconds until ``key`` has a token again (at least 1)."""
        bucket = self._buckets.get(key)
        if bucket is None:
            return 1
        missing = max(0.0, 1 - bucket.tokens)
        return max(1, int(missing / self.rate + 0.999))


class FailureWindow:
    """Failures per key in a sliding window; a key with ``limit`` of them is blocked until they age out."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic,
                 max_tracked: int = MAX_TRACKED) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self.max_tracked = max_tracked
        self._failures: OrderedDict[str, list[float]] = OrderedDict()

    def _recent(self, key: str) -> list[float]:
        now = self.clock()
        stamps = [t for t in self._failures.get(key, []) if now - t < self.window]
        if stamps:
            self._failures[key] = stamps
        else:
            self._failures.pop(key, None)
        return stamps

    def blocked(self, key: str) -> bool:
        return len(self._recent(key)) >= self.limit

    def fail(self, key: str) -> None:
        stamps = self._recent(key)
        stamps.append(self.clock())
        self._failures[key] = stamps[-self.limit:]
        self._failures.move_to_end(key)
        while len(self._failures) > self.max_tracked:
            self._failures.popitem(last=False)

    def retry_after(self, key: str) -> int:
        stamps = self._recent(key)
        if not stamps:
            return 1
        return max(1, int(self.window - (self.clock() - stamps[0]) + 0.999))
