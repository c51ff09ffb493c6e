"""Erlang C, computed through the Erlang B recursion so large centres do not overflow.

B(0) = 1, B(n) = A·B(n-1) / (n + A·B(n-1)); C(n) = n·B / (n - A·(1 - B)) for n > A.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


def erlang_b(agents: int, traffic: float) -> float:
    if agents < 0 or traffic < 0:
        raise ValueError("agents and traffic must not be negative")
    b = 1.0
    for n in range(1, agents + 1):
        b = traffic * b / (n + traffic * b)
    return b


def erlang_c(agents: int, traffic: float) -> float:
    """Probability that a call has to wait (1.0 when the centre is overloaded)."""
    if agents <= traffic:
        return 1.0
    b = erlang_b(agents, traffic)
    return agents * b / (agents - traffic * (1 - b))


def service_level(agents: int, rate_per_s: float, aht_s: float, answer_within_s: float) -> float:
    """Share of calls answered within ``answer_within_s`` (M/M/c, no abandonment)."""
    traffic = rate_per_s * aht_s
    if agents <= traffic:
        return 0.0
    return 1.0 - erlang_c(agents, traffic) * math.exp(-(agents - traffic) * answer_within_s / aht_s)


def average_speed_of_answer(agents: int, rate_per_s: float, aht_s: float) -> float:
    traffic = rate_per_s * aht_s
    if agents <= traffic:
        return math.inf
    return erlang_c(agents, traffic) * aht_s / (agents - traffic)


@dataclass(frozen=True)
class Staffing:
    agents: int
    traffic_erlangs: float
    service_level: float
    wait_probability: float
    asa_seconds: float
    occupancy: float


def agents_needed(rate_per_s: float, aht_s: float, target: float = 0.8, within_s: float = 20.0,
                  max_agents: int = 100_000) -> Staffing:
    """Fewest agents reaching ``target`` of calls answered within ``within_s`` seconds."""
    if rate_per_s <= 0 or aht_s <= 0:
        raise ValueError("call rate and handle time must be positive")
    if not 0 < target < 1:
        raise ValueError("target must be between 0 and 1")
    traffic = rate_per_s * aht_s
    n = max(1, math.floor(traffic) + 1)
    while n <= max_agents:
        sl = service_level(n, rate_per_s, aht_s, within_s)
        if sl >= target:
            return Staffing(n, traffic, sl, erlang_c(n, traffic), average_speed_of_answer(n, rate_per_s, aht_s),
                            traffic / n)
        n += 1
    raise ValueError(f"more than {max_agents} agents needed")
