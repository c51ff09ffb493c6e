"""The call path's tallies expose exactly what prometheus_client's own metrics would after the same updates."""

from __future__ import annotations

import re

import pytest
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from ivr.observability import AGI_COMMAND_BUCKETS
from ivr.observability_tallies import CounterFamily, GaugeFamily, HistogramFamily

_CREATED = re.compile(r"^(\w+_created\{[^}]*\}) \S+$", re.MULTILINE)


def _exposition(registry: CollectorRegistry) -> tuple[str, list[str]]:
    """The text with each ``_created`` value blanked (a clock reading), and the series that carry one."""
    text = generate_latest(registry).decode()
    return _CREATED.sub(r"\1 <created>", text), _CREATED.findall(text)


def _apply(in_node: object, active: object, ended: object, visits: object, seconds: object) -> None:
    for node in ("root", "ask_phone", "root", "confirm"):
        visits.labels("complaint", node).inc()  # type: ignore[attr-defined]
        in_node.labels("complaint", node).inc()  # type: ignore[attr-defined]
        in_node.labels("complaint", node).dec()  # type: ignore[attr-defined]
    in_node.labels("complaint", "hold").inc(3)  # type: ignore[attr-defined]
    active.labels("agi").inc()  # type: ignore[attr-defined]
    active.labels("sip").set(2.5)  # type: ignore[attr-defined]
    ended.labels("agi", "completed").inc()  # type: ignore[attr-defined]
    ended.labels("agi", "caller_hangup").inc(2)  # type: ignore[attr-defined]
    # on a bound, between bounds, below the first, above the last: each bucket edge case
    for value in (0.0005, 0.0007, 0.0001, 7.0, 0.01, 1, 0.3):
        seconds.labels("STREAM FILE").observe(value)  # type: ignore[attr-defined]
    seconds.labels("ANSWER").observe(0.002)  # type: ignore[attr-defined]


def test_tallies_expose_the_same_families_as_prometheus_client() -> None:
    ours, theirs = CollectorRegistry(), CollectorRegistry()
    _apply(GaugeFamily("t_calls_in_node", "in node", ["menu", "node"], registry=ours),
           GaugeFamily("t_calls_active", "active", ["transport"], registry=ours),
           CounterFamily("t_calls_ended_total", "ended", ["transport", "outcome"], registry=ours),
           CounterFamily("t_node_visits_total", "visits", ["menu", "node"], registry=ours),
           HistogramFamily("t_agi_command_seconds", "rtt", ["command"], buckets=AGI_COMMAND_BUCKETS, registry=ours))
    _apply(Gauge("t_calls_in_node", "in node", ["menu", "node"], registry=theirs),
           Gauge("t_calls_active", "active", ["transport"], registry=theirs),
           Counter("t_calls_ended_total", "ended", ["transport", "outcome"], registry=theirs),
           Counter("t_node_visits_total", "visits", ["menu", "node"], registry=theirs),
           Histogram("t_agi_command_seconds", "rtt", ["command"], buckets=AGI_COMMAND_BUCKETS, registry=theirs))
    our_text, our_created = _exposition(ours)
    their_text, their_created = _exposition(theirs)
    assert 'le="0.0005"} 2.0' in our_text  # 0.0001 and 0.0005 (a bound counts in its own bucket)
    assert our_text == their_text
    assert our_created == their_created and len(our_created) == 7


def test_families_without_updates_show_only_their_help_and_type() -> None:
    ours, theirs = CollectorRegistry(), CollectorRegistry()
    CounterFamily("t_dropout_total", "dropout", ["menu", "node"], registry=ours)
    Counter("t_dropout_total", "dropout", ["menu", "node"], registry=theirs)
    assert generate_latest(ours) == generate_latest(theirs)


def test_bad_updates_are_refused_like_prometheus_client() -> None:
    visits = CounterFamily("t_visits_total", "visits", ["menu", "node"], registry=None)
    with pytest.raises(ValueError):
        visits.labels("complaint", "root").inc(-1)
    with pytest.raises(ValueError):
        visits.labels("complaint")
    registry = CollectorRegistry()
    CounterFamily("t_twice_total", "twice", ["a"], registry=registry)
    with pytest.raises(ValueError):
        CounterFamily("t_twice_total", "twice", ["a"], registry=registry)
