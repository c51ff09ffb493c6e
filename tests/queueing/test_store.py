"""Each Lua script on a real redis-server, with the invariant checker after every step."""

from __future__ import annotations

import pytest

from queueing.store import AcdError, AcdStore

T0 = 1_780_000_000_000  # a fixed virtual clock, epoch ms


async def enqueue(store: AcdStore, centre: str, qcid: str, now: int, **kw: object) -> int:
    status, pos = await store.enqueue(centre, qcid, call_id="c-" + qcid, enq_ms=now, now_ms=now, **kw)  # type: ignore[arg-type]
    assert status == "OK"
    return pos


async def consistent(store: AcdStore, *centres: str) -> None:
    for c in centres or ("bj",):
        assert await store.check(c) == []


async def test_enqueue_orders_by_priority_then_time(store: AcdStore) -> None:
    assert await enqueue(store, "bj", "q1", T0) == 1
    assert await enqueue(store, "bj", "q2", T0 + 1000) == 2
    assert await enqueue(store, "bj", "q3", T0 + 2000, priority=1) == 1
    view = await store.poll("bj", "q1", T0 + 3000)
    assert view is not None and view.position == 2 and view.state == "waiting" and view.waiting == 3
    status, pos = await store.enqueue("bj", "q1", call_id="x", enq_ms=T0, now_ms=T0)
    assert (status, pos) == ("DUP", 2)
    await consistent(store)


async def test_full_queue_refuses(store: AcdStore, redis_client: object) -> None:
    await store.redis.hset("acd:{tj}:cfg", "max_queue", 2)
    await enqueue(store, "tj", "a", T0)
    await enqueue(store, "tj", "b", T0)
    status, limit = await store.enqueue("tj", "c", call_id="c", enq_ms=T0, now_ms=T0)
    assert (status, limit) == ("FULL", 2)
    status, _ = await store.enqueue("tj", "c", call_id="c", enq_ms=T0, now_ms=T0, overflow=True)
    assert status == "OK"
    await consistent(store, "tj")


async def test_dispatch_longest_idle_and_one_call_per_agent(store: AcdStore) -> None:
    await store.agent_login("bj", "a1", "PJSIP/a1", T0, ready=True)
    await store.agent_login("bj", "a2", "PJSIP/a2", T0 - 5000, ready=True)  # idle longer
    for i in range(3):
        await enqueue(store, "bj", f"q{i}", T0 + i)
    pairs = await store.dispatch("bj", T0 + 10)
    assert pairs == [("q0", "a2"), ("q1", "a1")]
    assert await store.dispatch("bj", T0 + 11) == []
    view = await store.poll("bj", "q0", T0 + 12)
    assert view is not None and view.state == "reserved" and view.agent == "a2" and view.endpoint == "PJSIP/a2"
    q2 = await store.poll("bj", "q2", T0 + 12)
    assert q2 is not None and q2.position == 1
    await consistent(store)


async def test_connect_complete_wrapup_auto_end(store: AcdStore) -> None:
    await store.agent_login("bj", "a1", "PJSIP/a1", T0, ready=True)
    await enqueue(store, "bj", "q1", T0)
    assert await store.dispatch("bj", T0 + 4000) == [("q1", "a1")]
    with pytest.raises(AcdError):
        await store.connect("bj", "q1", "a2", T0 + 5000)
    assert await store.connect("bj", "q1", "a1", T0 + 5000) == 5000
    assert (await store.agent("bj", "a1"))["state"] == "busy"
    await consistent(store)
    assert await store.complete("bj", "q1", "a1", T0 + 65000) == (5000, 60000)
    agent = await store.agent("bj", "a1")
    assert agent["state"] == "wrapup" and agent["today"] == "1"
    await enqueue(store, "bj", "q2", T0 + 66000)
    assert await store.dispatch("bj", T0 + 70000) == []  # wrap-up is 15 s
    assert await store.dispatch("bj", T0 + 80000) == [("q2", "a1")]
    await consistent(store)


async def test_ring_no_answer_pauses_agent_and_puts_call_at_head(store: AcdStore) -> None:
    await store.agent_login("bj", "a1", "PJSIP/a1", T0, ready=True)
    await enqueue(store, "bj", "q1", T0)
    await enqueue(store, "bj", "q2", T0 - 50_000, priority=0)  # older call arrives at head...
    await store.redis.hset("acd:{bj}:cfg", "strategy", "longest_idle")
    pairs = await store.dispatch("bj", T0 + 1000)
    assert pairs == [("q2", "a1")]
    await enqueue(store, "bj", "q0", T0 - 90_000)  # ... an even older one came meanwhile
    assert await store.ring_no_answer("bj", "q2", "a1", T0 + 21000) == 1
    agent = await store.agent("bj", "a1")
    assert agent["state"] == "paused" and agent["reason"] == "ring-no-answer"
    await consistent(store)


async def test_remove_reserved_frees_agent_at_old_idle_place(store: AcdStore) -> None:
    await store.agent_login("bj", "a1", "PJSIP/a1", T0 - 9000, ready=True)
    await enqueue(store, "bj", "q1", T0)
    await store.dispatch("bj", T0 + 1)
    removed = await store.remove("bj", "q1", "abandon", T0 + 3000)
    assert removed is not None and removed.state == "reserved" and removed.wait_ms == 3000
    assert await store.redis.zscore("acd:{bj}:ready", "a1") == T0 - 9000
    assert await store.remove("bj", "q1", "abandon", T0 + 3000) is None
    await consistent(store)


async def test_agent_states(store: AcdStore) -> None:
    with pytest.raises(AcdError) as err:
        await store.agent_action("bj", "ghost", "ready", T0)
    assert err.value.code == "ERR_NOAGENT"
    assert await store.agent_login("bj", "a1", "PJSIP/a1", T0) == "paused"
    assert await store.agent_action("bj", "a1", "ready", T0) == "ready"
    assert await store.agent_action("bj", "a1", "pause", T0, reason="lunch") == "paused"
    assert (await store.agent("bj", "a1"))["reason"] == "lunch"
    await store.agent_action("bj", "a1", "ready", T0)
    await enqueue(store, "bj", "q1", T0)
    await store.dispatch("bj", T0)
    for action in ("pause", "logout", "ready"):
        with pytest.raises(AcdError):
            await store.agent_action("bj", "a1", action, T0)
    await store.remove("bj", "q1", "abandon", T0)
    assert await store.agent_action("bj", "a1", "logout", T0) == "out"
    assert await store.agent("bj", "a1") == {}
    await consistent(store)


async def test_skill_escalation(store: AcdStore) -> None:
    await store.redis.hset("acd:{cn}:cfg", mapping={"strategy": "skill_escalation", "escalate_ms": 30000})
    await store.agent_login("cn", "zh1", "PJSIP/zh1", T0 - 100_000, languages=["zh"], ready=True)
    await enqueue(store, "cn", "en1", T0, language="en")
    assert await store.dispatch("cn", T0 + 10_000) == []
    assert await store.dispatch("cn", T0 + 30_000) == [("en1", "zh1")]
    await store.agent_login("cn", "en9", "PJSIP/en9", T0, languages=["en", "zh"], ready=True)
    await enqueue(store, "cn", "en2", T0 + 31_000, language="en")
    assert await store.dispatch("cn", T0 + 31_000) == [("en2", "en9")]
    await consistent(store, "cn")


async def test_round_robin_and_fewest_calls(store: AcdStore) -> None:
    await store.redis.hset("acd:{sh}:cfg", mapping={"strategy": "round_robin", "wrapup_ms": 0})
    for name in ("a", "b", "c"):
        await store.agent_login("sh", name, "PJSIP/" + name, T0, ready=True)
    picked = []
    for i in range(4):
        await enqueue(store, "sh", f"q{i}", T0 + i)
        [(q, agent)] = await store.dispatch("sh", T0 + i)
        picked.append(agent)
        await store.connect("sh", q, agent, T0 + i)
        await store.complete("sh", q, agent, T0 + i)
    assert picked == ["a", "b", "c", "a"]
    await store.redis.hset("acd:{sh}:cfg", "strategy", "fewest_calls")
    await enqueue(store, "sh", "q9", T0 + 100)
    [(_, agent)] = await store.dispatch("sh", T0 + 100)
    assert agent in ("b", "c")
    await consistent(store, "sh")


async def test_callback_keeps_place_and_reclaim(store: AcdStore) -> None:
    await enqueue(store, "bj", "q1", T0)
    await enqueue(store, "bj", "q2", T0 + 1)
    assert await store.request_callback("bj", "q1", "13800000000", T0 + 2) == 1
    await consistent(store)
    # q2's worker stops renewing: its lease (30 s) runs out; the callback has no lease.
    reclaimed = await store.reclaim("bj", T0 + 31_000)
    assert reclaimed == [("q2", "waiting")]
    await store.agent_login("bj", "a1", "PJSIP/a1", T0, ready=True)
    assert await store.dispatch("bj", T0 + 32_000) == [("q1", "a1")]
    # the callback dialer dies too: the agent is released, the callback goes back.
    assert await store.reclaim("bj", T0 + 70_000) == [("q1", "requeued")]
    view = await store.poll("bj", "q1", T0 + 70_001)
    assert view is not None and view.state == "callback" and view.position == 1
    assert (await store.agent("bj", "a1"))["state"] == "ready"
    await consistent(store)


async def test_reclaim_connected_call_releases_agent(store: AcdStore) -> None:
    await store.agent_login("bj", "a1", "PJSIP/a1", T0, ready=True)
    await enqueue(store, "bj", "q1", T0)
    await store.dispatch("bj", T0)
    await store.connect("bj", "q1", "a1", T0 + 1000)
    assert await store.reclaim("bj", T0 + 20_000) == []
    assert await store.reclaim("bj", T0 + 40_000) == [("q1", "connected")]
    assert (await store.agent("bj", "a1"))["state"] == "wrapup"
    await consistent(store)


async def test_claim_is_exclusive(store: AcdStore) -> None:
    assert await store.claim("q1", "bj", 10_000) == (True, "bj")
    assert await store.claim("q1", "cn", 10_000) == (False, "bj")
    assert await store.claim("q1", "bj", 10_000, op="renew") == (True, "bj")
    await store.claim("q1", "cn", 0, op="release")
    assert await store.claim("q1", "cn", 10_000) == (False, "bj")
    await store.claim("q1", "bj", 0, op="release")
    assert await store.claim("q1", "cn", 10_000) == (True, "cn")


async def test_checker_detects_corruption(store: AcdStore) -> None:
    await store.agent_login("bj", "a1", "PJSIP/a1", T0, ready=True)
    await enqueue(store, "bj", "q1", T0)
    await store.dispatch("bj", T0)
    await store.redis.hset("acd:{bj}:agent:a1", "call", "other")
    await store.redis.zadd("acd:{bj}:queue", {"q1": 1})
    problems = await store.check("bj")
    assert any("still queued" in p for p in problems)
    assert any("a1" in p for p in problems)


async def test_unsafe_ids_are_refused_before_redis(store: AcdStore) -> None:
    for agent, endpoint, langs in [("a b", "PJSIP/1", ["zh"]), ("a1", "PJSIP/1\nHANGUP", ["zh"]),
                                   ("a1", "PJSIP/1", ["zh,en"]), ("a|1", "PJSIP/1", [])]:
        with pytest.raises(ValueError):
            await store.agent_login("bj", agent, endpoint, T0, languages=langs)
    with pytest.raises(ValueError):
        await store.enqueue("bj", "q|1", call_id="c", enq_ms=T0, now_ms=T0)
    with pytest.raises(KeyError):
        await store.enqueue("zz", "q1", call_id="c", enq_ms=T0, now_ms=T0)
    assert await store.agents("bj") == [] and await store.check("bj") == []
