"""Live per-centre figures from Redis (read only), and the caller's expected wait."""

from __future__ import annotations

import math
from typing import Any

from pydantic import BaseModel, Field

from queueing.store import AcdStore, _s

DEFAULT_AHT_S = 180.0
WINDOWS_S = (900, 3600, 86400)


class WindowFigures(BaseModel):
    window_seconds: int
    offered: int  # answered + abandoned (+ timed out) in the window
    answered: int
    abandoned: int
    timed_out: int
    service_level: float | None  # answered within target / offered
    asa_seconds: float | None  # average speed of answer
    abandonment_rate: float | None
    aht_seconds: float | None  # average handle (talk) time


class CentreFigures(BaseModel):
    centre: str
    at_ms: int
    calls_waiting: int
    callbacks_waiting: int
    longest_wait_seconds: float
    agents: dict[str, int] = Field(default_factory=dict)  # state -> count
    service_level_target: float
    service_level_seconds: float
    windows: list[WindowFigures]


def _parse_done(member: str) -> tuple[str, float, float]:
    _, outcome, wait_ms, handle_ms = member.rsplit("|", 3)
    return outcome, int(wait_ms) / 1000, int(handle_ms) / 1000


def window_figures(rows: list[tuple[str, float, float]], window_s: int, sl_seconds: float) -> WindowFigures:
    answered = [(w, h) for o, w, h in rows if o == "answered"]
    abandoned = sum(1 for o, _, _ in rows if o in ("abandon", "lost"))
    timed_out = sum(1 for o, _, _ in rows if o == "timeout")
    offered = len(answered) + abandoned + timed_out
    within = sum(1 for w, _ in answered if w <= sl_seconds)
    return WindowFigures(
        window_seconds=window_s,
        offered=offered,
        answered=len(answered),
        abandoned=abandoned,
        timed_out=timed_out,
        service_level=within / offered if offered else None,
        asa_seconds=sum(w for w, _ in answered) / len(answered) if answered else None,
        abandonment_rate=abandoned / offered if offered else None,
        aht_seconds=sum(h for _, h in answered) / len(answered) if answered else None,
    )


async def centre_figures(store: AcdStore, centre: str, now_ms: int) -> CentreFigures:
    c = store.centre(centre)
    tag = c.tag
    r = store.redis
    queue: list[Any] = await r.zrange(tag + "queue", 0, -1)
    callbacks = 0
    oldest = now_ms
    for call in await store.hashes([tag + "call:" + _s(q) for q in queue]):
        if call.get("enq"):
            oldest = min(oldest, int(call["enq"]))
        callbacks += call.get("state") == "callback"
    agents: dict[str, int] = {}
    for a in await store.agents(centre):
        agents[a.get("state", "?")] = agents.get(a.get("state", "?"), 0) + 1
    longest = max(WINDOWS_S)
    done = await r.zrangebyscore(tag + "done", now_ms - longest * 1000, now_ms, withscores=True)
    windows = []
    for w in WINDOWS_S:
        rows = [_parse_done(_s(m)) for m, score in done if score >= now_ms - w * 1000]
        windows.append(window_figures(rows, w, c.service_level.seconds))
    return CentreFigures(
        centre=centre, at_ms=now_ms, calls_waiting=len(queue) - callbacks, callbacks_waiting=callbacks,
        longest_wait_seconds=(now_ms - oldest) / 1000, agents=agents,
        service_level_target=c.service_level.target, service_level_seconds=c.service_level.seconds,
        windows=windows,
    )


async def recent_aht(store: AcdStore, centre: str, now_ms: int, window_s: int = 3600, last: int = 200) -> float:
    """Average handle time of the last answered calls (default when none yet)."""
    tag = store.centre(centre).tag
    members = await store.redis.zrevrangebyscore(tag + "done", now_ms, now_ms - window_s * 1000, start=0,
                                                 num=last)
    handles = [h for o, _, h in (_parse_done(_s(m)) for m in members) if o == "answered"]
    return sum(handles) / len(handles) if handles else DEFAULT_AHT_S


def expected_wait_seconds(position: int, agents_at_work: int, aht_s: float) -> float:
    """Callers ahead are served by the agents at work, one handle time per round."""
    if position <= 0:
        return 0.0
    return math.ceil(position / max(1, agents_at_work)) * aht_s
