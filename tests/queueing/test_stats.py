"""Live figures computed from the real Redis state after a known sequence of calls."""

from __future__ import annotations

import pytest

from queueing.stats import DEFAULT_AHT_S, centre_figures, expected_wait_seconds, recent_aht
from queueing.store import AcdStore

T0 = 1_780_000_000_000


async def test_figures_after_known_calls(store: AcdStore) -> None:
    await store.redis.hset("acd:{js}:cfg", "wrapup_ms", 0)
    await store.agent_login("js", "a1", "PJSIP/a1", T0, ready=True)
    await store.agent_login("js", "a2", "PJSIP/a2", T0, ready=False)
    assert await recent_aht(store, "js", T0) == DEFAULT_AHT_S
    for q, enq, answer_at, talk in (("q1", T0, T0 + 5_000, 100_000), ("q2", T0 + 1_000, T0 + 31_000, 200_000)):
        await store.enqueue("js", q, call_id=q, enq_ms=enq, now_ms=enq)
        [(got, agent)] = await store.dispatch("js", answer_at)
        assert got == q
        await store.connect("js", q, agent, answer_at)
        await store.complete("js", q, agent, answer_at + talk)
    await store.enqueue("js", "q3", call_id="q3", enq_ms=T0 + 2_000, now_ms=T0 + 2_000)
    await store.agent_action("js", "a1", "pause", T0 + 231_000, reason="lunch")
    await store.remove("js", "q3", "abandon", T0 + 62_000)
    await store.enqueue("js", "q4", call_id="q4", enq_ms=T0 + 240_000, now_ms=T0 + 240_000)
    await store.enqueue("js", "q5", call_id="q5", enq_ms=T0 + 250_000, now_ms=T0 + 250_000)
    await store.request_callback("js", "q5", "13800000000", T0 + 251_000)
    now = T0 + 300_000
    f = await centre_figures(store, "js", now)
    assert f.calls_waiting == 1 and f.callbacks_waiting == 1
    assert f.longest_wait_seconds == pytest.approx(60)
    assert f.agents == {"paused": 2}
    w = f.windows[0]  # 15 minutes
    assert (w.offered, w.answered, w.abandoned) == (3, 2, 1)
    assert w.service_level == pytest.approx(1 / 3)  # only q1 within 20 s
    assert w.asa_seconds == pytest.approx(17.5) and w.aht_seconds == pytest.approx(150)
    assert w.abandonment_rate == pytest.approx(1 / 3)
    assert await recent_aht(store, "js", now) == pytest.approx(150)


def test_expected_wait() -> None:
    assert expected_wait_seconds(0, 3, 180) == 0
    assert expected_wait_seconds(1, 3, 180) == 180
    assert expected_wait_seconds(7, 3, 120) == 360
    assert expected_wait_seconds(2, 0, 100) == 200
