"""Call-path metrics as plain in-process tallies, turned into Prometheus families when scraped.

prometheus_client's Counter/Gauge/Histogram take a lock and go through a value object on every update;
on the call path (three updates per node, one observation per AGI command) that cost more than the
call's own work. These tallies are bare attributes bumped by the event loop's thread; a collector
registered with the registry builds the very samples prometheus_client would (``_total`` and
``_created`` for counters, cumulative ``_bucket``/``_count``/``_sum``/``_created`` for histograms), so
/metrics reads the same names, labels, types and values.
"""

from __future__ import annotations

import bisect
import math
import threading
import time
from collections.abc import Iterator, Sequence

from prometheus_client import REGISTRY, CollectorRegistry
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector
from prometheus_client.utils import floatToGoString


class CounterTally:
    __slots__ = ("value", "created")

    def __init__(self) -> None:
        self.value = 0.0
        self.created = time.time()

    def inc(self, amount: float = 1) -> None:
        if amount < 0:
            raise ValueError("Counters can only be incremented by non-negative amounts.")
        self.value += amount


class GaugeTally:
    __slots__ = ("value",)

    def __init__(self) -> None:
        self.value = 0.0

    def inc(self, amount: float = 1) -> None:
        self.value += amount

    def dec(self, amount: float = 1) -> None:
        self.value -= amount

    def set(self, value: float) -> None:
        self.value = float(value)


class HistogramTally:
    __slots__ = ("bounds", "counts", "total", "created")

    def __init__(self, bounds: tuple[float, ...]) -> None:
        self.bounds = bounds  # finite upper bounds, ascending; the +Inf bucket is the last count
        self.counts = [0] * (len(bounds) + 1)
        self.total = 0.0
        self.created = time.time()

    def observe(self, amount: float) -> None:
        # prometheus buckets are "less than or equal": bisect_left finds the first bound >= amount
        self.counts[bisect.bisect_left(self.bounds, amount)] += 1
        self.total += amount


class _Family(Collector):
    """One metric family: its label sets in first-use order, each with its tally."""

    kind = ""

    def __init__(self, name: str, documentation: str, labelnames: Sequence[str],
                 registry: CollectorRegistry | None = REGISTRY) -> None:
        self.name = name
        self.documentation = documentation
        self.labelnames = tuple(labelnames)
        self._children: dict[tuple[str, ...], object] = {}
        self._adding = threading.Lock()
        if registry is not None:
            registry.register(self)

    def _child(self, labels: tuple[str, ...]) -> object:
        found = self._children.get(labels)
        if found is None:
            if len(labels) != len(self.labelnames):
                raise ValueError(f"{self.name}: expected labels {self.labelnames}, got {labels!r}")
            with self._adding:
                found = self._children.setdefault(labels, self._new())
        return found

    def _new(self) -> object:
        raise NotImplementedError

    def _family_name(self) -> str:
        return self.name

    def _empty(self) -> Metric:
        return Metric(self._family_name(), self.documentation, self.kind)

    def describe(self) -> list[Metric]:
        return [self._empty()]

    def _items(self) -> list[tuple[tuple[str, ...], object]]:
        return list(self._children.items())  # one C-level copy: a scrape thread never sees the dict grow

    def _labels(self, values: tuple[str, ...]) -> dict[str, str]:
        return dict(zip(self.labelnames, values, strict=True))


class CounterFamily(_Family):
    kind = "counter"

    def labels(self, *values: str) -> CounterTally:
        child = self._child(tuple(str(v) for v in values))
        assert isinstance(child, CounterTally)
        return child

    def _new(self) -> CounterTally:
        return CounterTally()

    def _family_name(self) -> str:
        return self.name.removesuffix("_total")

    def collect(self) -> Iterator[Metric]:
        family = self._empty()
        base = family.name
        for values, tally in self._items():
            assert isinstance(tally, CounterTally)
            labels = self._labels(values)
            family.add_sample(base + "_total", labels, tally.value)
            family.add_sample(base + "_created", labels, tally.created)
        yield family


class GaugeFamily(_Family):
    kind = "gauge"

    def labels(self, *values: str) -> GaugeTally:
        child = self._child(tuple(str(v) for v in values))
        assert isinstance(child, GaugeTally)
        return child

    def _new(self) -> GaugeTally:
        return GaugeTally()

    def collect(self) -> Iterator[Metric]:
        family = self._empty()
        for values, tally in self._items():
            assert isinstance(tally, GaugeTally)
            family.add_sample(self.name, self._labels(values), tally.value)
        yield family


class HistogramFamily(_Family):
    kind = "histogram"

    def __init__(self, name: str, documentation: str, labelnames: Sequence[str], buckets: Sequence[float],
                 registry: CollectorRegistry | None = REGISTRY) -> None:
        bounds = sorted(float(b) for b in buckets if not math.isinf(b))
        if not bounds or bounds != sorted(set(bounds)):
            raise ValueError(f"{name}: buckets must be distinct finite bounds")
        self.bounds = tuple(bounds)
        self._le = tuple(floatToGoString(b) for b in self.bounds) + ("+Inf",)
        super().__init__(name, documentation, labelnames, registry)

    def labels(self, *values: str) -> HistogramTally:
        child = self._child(tuple(str(v) for v in values))
        assert isinstance(child, HistogramTally)
        return child

    def _new(self) -> HistogramTally:
        return HistogramTally(self.bounds)

    def collect(self) -> Iterator[Metric]:
        family = self._empty()
        base = self.name
        for values, tally in self._items():
            assert isinstance(tally, HistogramTally)
            labels = self._labels(values)
            counts, total = list(tally.counts), tally.total
            running = 0
            for le, count in zip(self._le, counts, strict=True):
                running += count
                family.add_sample(base + "_bucket", {**labels, "le": le}, float(running))
            family.add_sample(base + "_count", labels, float(running))
            family.add_sample(base + "_sum", labels, total)
            family.add_sample(base + "_created", labels, tally.created)
        yield family
