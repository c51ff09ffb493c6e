"""Discrete-event simulation of the ACD: the real Lua scripts on a real Redis, driven by
a virtual clock. Poisson arrivals per centre, handle times from a distribution, a
staffing table; results per centre side by side with Erlang C."""

from __future__ import annotations

import heapq
import math
import random
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from queueing.centres import AcdConfig, load_config
from queueing.erlang import agents_needed, average_speed_of_answer, erlang_c, service_level
from queueing.store import AcdStore

START_MS = 1_780_000_000_000


@dataclass(frozen=True)
class CentreLoad:
    centre: str
    calls_per_hour: float
    agents: int


class CentreResult(BaseModel):
    centre: str
    calls_per_hour: float
    agents: int
    offered: int
    answered: int
    abandoned: int
    service_level: float
    asa_seconds: float
    max_wait_seconds: float
    abandonment_rate: float
    occupancy: float
    erlang_service_level: float
    erlang_asa_seconds: float | None  # None: offered load >= agents (no steady state)
    erlang_wait_probability: float
    erlang_agents_needed: int


class SimulationResult(BaseModel):
    seconds: float
    aht_seconds: float
    distribution: str
    patience_seconds: float | None
    centres: list[CentreResult]
    script_calls: int


@dataclass
class _Centre:
    load: CentreLoad
    waits: list[float] = field(default_factory=list)
    offered: int = 0
    abandoned: int = 0
    busy_ms: int = 0


def _handle_time(rng: random.Random, mean: float, distribution: str) -> float:
    if distribution == "exponential":
        return rng.expovariate(1 / mean)
    if distribution == "lognormal":  # sigma 0.6, scaled to the same mean
        sigma = 0.6
        return rng.lognormvariate(math.log(mean) - sigma * sigma / 2, sigma)
    if distribution == "fixed":
        return mean
    raise ValueError(f"unknown distribution {distribution!r}")


async def simulate(
    redis: Any,
    loads: list[CentreLoad],
    *,
    seconds: float = 3600,
    aht_seconds: float = 180,
    distribution: str = "exponential",
    patience_seconds: float | None = None,
    seed: int = 1,
    config: AcdConfig | None = None,
) -> SimulationResult:
    """Run on ``redis`` (its ACD keys for these centres are deleted first)."""
    cfg = (config or load_config()).model_copy(deep=True)
    rng = random.Random(seed)
    for load in loads:
        c = cfg.centre(load.centre)
        c.wrapup = 0  # Erlang C has no wrap-up
        c.lease = seconds * 10  # no worker dies in the simulation
        c.max_queue = 1_000_000
        keys = [k async for k in redis.scan_iter(match=c.tag + "*")]
        if keys:
            for k in keys:
                await redis.delete(k)
    store = AcdStore(redis, cfg)
    await store.apply_config([ld.centre for ld in loads])
    state = {ld.centre: _Centre(ld) for ld in loads}
    heap: list[tuple[int, int, str, str, str]] = []
    seq = 0
    script_calls = 0

    def push(at_ms: int, kind: str, centre: str, qcid: str = "") -> None:
        nonlocal seq
        seq += 1
        heapq.heappush(heap, (at_ms, seq, kind, centre, qcid))

    end_ms = START_MS + int(seconds * 1000)
    for load in loads:
        for i in range(load.agents):
            await store.agent_login(load.centre, f"ag{i:04d}", f"PJSIP/{load.centre}{i}", START_MS, ready=True)
            script_calls += 1
        if load.calls_per_hour > 0:
            push(START_MS + int(rng.expovariate(load.calls_per_hour / 3600) * 1000), "arrive", load.centre)

    answered_at: dict[str, int] = {}
    while heap:
        now, _, kind, centre, qcid = heapq.heappop(heap)
        st = state[centre]
        if kind == "arrive":
            if now >= end_ms:
                continue
            st.offered += 1
            qcid = f"{centre}-{st.offered}"
            await store.enqueue(centre, qcid, call_id=qcid, enq_ms=now, now_ms=now)
            script_calls += 1
            if patience_seconds:
                push(now + int(rng.expovariate(1 / patience_seconds) * 1000), "abandon", centre, qcid)
            push(now + int(rng.expovariate(st.load.calls_per_hour / 3600) * 1000), "arrive", centre)
        elif kind == "abandon":
            if qcid in answered_at:
                continue
            removed = await store.remove(centre, qcid, "abandon", now)
            script_calls += 1
            if removed is not None:
                st.abandoned += 1
            continue
        elif kind == "end":
            agent = qcid.split("|")[1]
            qcid = qcid.split("|")[0]
            await store.complete(centre, qcid, agent, now)
            script_calls += 1
        pairs = await store.dispatch(centre, now, max_scan=100)
        script_calls += 1
        for q, agent in pairs:
            wait_ms = await store.connect(centre, q, agent, now)
            script_calls += 1
            st.waits.append(wait_ms / 1000)
            answered_at[q] = now
            handle_ms = max(1, int(_handle_time(rng, aht_seconds, distribution) * 1000))
            st.busy_ms += min(handle_ms, max(0, end_ms - now))
            push(now + handle_ms, "end", centre, f"{q}|{agent}")

    results = []
    for load in loads:
        st = state[load.centre]
        target = cfg.centre(load.centre).service_level
        rate = load.calls_per_hour / 3600
        finished = len(st.waits) + st.abandoned
        within = sum(1 for w in st.waits if w <= target.seconds)
        try:
            needed = agents_needed(rate, aht_seconds, target.target, target.seconds).agents if rate > 0 else 0
        except ValueError:
            needed = -1
        results.append(CentreResult(
            centre=load.centre, calls_per_hour=load.calls_per_hour, agents=load.agents, offered=st.offered,
            answered=len(st.waits), abandoned=st.abandoned,
            service_level=within / finished if finished else 1.0,
            asa_seconds=sum(st.waits) / len(st.waits) if st.waits else 0.0,
            max_wait_seconds=max(st.waits, default=0.0),
            abandonment_rate=st.abandoned / finished if finished else 0.0,
            occupancy=st.busy_ms / (load.agents * seconds * 1000) if load.agents else 0.0,
            erlang_service_level=service_level(load.agents, rate, aht_seconds, target.seconds),
            erlang_asa_seconds=_finite(average_speed_of_answer(load.agents, rate, aht_seconds)),
            erlang_wait_probability=erlang_c(load.agents, rate * aht_seconds),
            erlang_agents_needed=needed,
        ))
    return SimulationResult(seconds=seconds, aht_seconds=aht_seconds, distribution=distribution,
                            patience_seconds=patience_seconds, centres=results, script_calls=script_calls)


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def parse_load(text: str) -> CentreLoad:
    """``bj=360:22`` -> centre bj, 360 calls per hour, 22 agents."""
    try:
        centre, rest = text.split("=", 1)
        rate, agents = rest.split(":", 1)
        return CentreLoad(centre.strip(), float(rate), int(agents))
    except ValueError:
        raise ValueError(f"expected CENTRE=CALLS_PER_HOUR:AGENTS, got {text!r}") from None


def _num(value: float | None) -> str:
    return "inf" if value is None else f"{value:.1f}"


def format_result(result: SimulationResult) -> str:
    head = (f"{'centre':<6} {'calls/h':>8} {'agents':>6} {'offered':>7} {'answ':>6} {'aband':>5} "
            f"{'SL':>6} {'SL(EC)':>6} {'ASA s':>7} {'ASA(EC)':>7} {'maxwait':>7} {'occ':>5} {'need':>5}")
    lines = [f"simulated {result.seconds:.0f} s, AHT {result.aht_seconds:.0f} s ({result.distribution}), "
             f"patience {result.patience_seconds or 'infinite'}; {result.script_calls} script calls", head]
    for c in result.centres:
        lines.append(
            f"{c.centre:<6} {c.calls_per_hour:>8.0f} {c.agents:>6} {c.offered:>7} {c.answered:>6} "
            f"{c.abandoned:>5} {c.service_level:>6.1%} {c.erlang_service_level:>6.1%} {c.asa_seconds:>7.1f} "
            f"{_num(c.erlang_asa_seconds):>7} {c.max_wait_seconds:>7.1f} {c.occupancy:>5.0%} "
            f"{c.erlang_agents_needed:>5}")
    return "\n".join(lines)
