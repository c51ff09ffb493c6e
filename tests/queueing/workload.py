"""Randomized mixed ACD operations from several concurrent workers, with the invariant
checker run after every step, plus bookkeeping that proves no call is lost."""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass, field

from queueing.store import AcdError, AcdStore

CENTRES = ("bj", "sh", "cn")
OVERFLOW = {"bj": "cn", "sh": "cn"}
CLAIM_TTL_MS = 600_000  # real milliseconds; the test owns every claim it takes


@dataclass
class Book:
    now: int
    created: dict[tuple[str, str], int] = field(default_factory=dict)
    ended: dict[tuple[str, str], int] = field(default_factory=dict)
    connected_at: dict[str, str] = field(default_factory=dict)
    ops: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    violations: list[str] = field(default_factory=list)
    seq: int = 0
    connects: int = 0
    completes: int = 0

    def end(self, centre: str, qcid: str) -> None:
        key = (centre, qcid)
        if key in self.ended:
            self.violations.append(f"{key} ended twice")
        if key not in self.created:
            self.violations.append(f"{key} ended but never created")
        self.ended[key] = 1
        if self.connected_at.get(qcid) == centre:
            del self.connected_at[qcid]


async def _random_call(store: AcdStore, centre: str) -> tuple[str, dict[str, str]] | None:
    q = await store.redis.srandmember(store.centre(centre).tag + "calls")
    if not q:
        return None
    call = await store.call(centre, q)
    return (q, call) if call else None


async def _agent_call(store: AcdStore, centre: str, state: str,
                      rng: random.Random) -> tuple[str, dict[str, str]] | None:
    """A call held by an agent in ``state`` (reserved|busy), found through the agents."""
    agents = [a for a in await store.agents(centre) if a.get("state") == state and a.get("call")]
    if not agents:
        return None
    qcid = rng.choice(agents)["call"]
    call = await store.call(centre, qcid)
    return (qcid, call) if call else None


async def step(store: AcdStore, book: Book, rng: random.Random, worker: int) -> None:
    book.now += rng.randint(0, 400)
    now = book.now
    centre = rng.choice(CENTRES)
    op = rng.choices(
        ["enqueue", "dispatch", "offer", "complete", "abandon", "callback", "poll", "agent", "reclaim"],
        weights=[18, 16, 16, 12, 6, 3, 10, 14, 5],
    )[0]
    book.counts[op] = book.counts.get(op, 0) + 1
    if op == "enqueue":
        book.seq += 1
        qcid = f"w{worker}-{book.seq}"
        # Booked before the script runs: another worker may remove the call before this
        # await returns; a refused enqueue is taken back out of the books.
        book.created[(centre, qcid)] = 1
        status, _ = await store.enqueue(centre, qcid, call_id=qcid, enq_ms=now, now_ms=now,
                                        priority=rng.choice([0, 0, 1]), language=rng.choice(["zh", "en"]))
        if status != "OK":
            del book.created[(centre, qcid)]
            return
        nxt = OVERFLOW.get(centre)
        if nxt and rng.random() < 0.4:  # also eligible at the next centre, original enqueue time
            book.created[(nxt, qcid)] = 1
            status2, _ = await store.enqueue(nxt, qcid, call_id=qcid, enq_ms=now, now_ms=now, overflow=True)
            if status2 != "OK":
                del book.created[(nxt, qcid)]
    elif op == "dispatch":
        await store.dispatch(centre, now)
    elif op == "offer":
        found = await _agent_call(store, centre, "reserved", rng)
        if found and found[1].get("state") == "reserved":
            qcid, call = found
            won, _ = await store.claim(qcid, centre, CLAIM_TTL_MS)
            if not won:
                removed = await store.remove(centre, qcid, "withdrawn", now)
                if removed is not None:
                    book.end(centre, qcid)
                return
            if rng.random() < 0.2:
                try:
                    await store.ring_no_answer(centre, qcid, call["agent"], now)
                except AcdError:
                    pass
                await store.claim(qcid, centre, 0, op="release")
                return
            try:
                await store.connect(centre, qcid, call["agent"], now)
            except AcdError:
                await store.claim(qcid, centre, 0, op="release")
                return
            other = book.connected_at.get(qcid)
            if other is not None and other != centre:
                book.violations.append(f"{qcid} connected at {centre} and {other}")
            book.connected_at[qcid] = centre
            book.connects += 1
            for c in CENTRES:
                if c != centre and (c, qcid) in book.created and (c, qcid) not in book.ended:
                    if await store.remove(c, qcid, "withdrawn", now) is not None:
                        book.end(c, qcid)
    elif op == "complete":
        found = await _agent_call(store, centre, "busy", rng)
        if found and found[1].get("state") == "connected":
            qcid, call = found
            try:
                await store.complete(centre, qcid, call["agent"], now)
            except AcdError:
                return
            book.end(centre, qcid)
            book.completes += 1
            await store.claim(qcid, centre, 0, op="release")
    elif op == "abandon":
        found = await _random_call(store, centre)
        if found:
            qcid, _ = found
            for c in CENTRES:
                if await store.remove(c, qcid, "abandon" if c == centre else "withdrawn", now) is not None:
                    book.end(c, qcid)
            await store.claim(qcid, centre, 0, op="release")
    elif op == "callback":
        found = await _random_call(store, centre)
        if found and found[1].get("state") == "waiting":
            try:
                await store.request_callback(centre, found[0], "13800000000", now)
            except AcdError:
                pass
    elif op == "poll":
        found = await _random_call(store, centre)
        if found:
            await store.poll(centre, found[0], now)
    elif op == "agent":
        agent = f"a{rng.randint(1, 6)}"
        action = rng.choice(["login", "ready", "ready", "pause", "logout", "wrapup_end"])
        try:
            if action == "login":
                await store.agent_login(centre, agent, f"PJSIP/{centre}-{agent}", now,
                                        languages=rng.choice([["zh"], ["zh", "en"], []]), ready=True)
            else:
                await store.agent_action(centre, agent, action, now, reason="test")
        except AcdError:
            pass
    elif op == "reclaim":
        for qcid, what in await store.reclaim(centre, now):
            if what != "requeued":
                book.end(centre, qcid)
                await store.claim(qcid, centre, 0, op="release")


async def check_all(store: AcdStore) -> list[str]:
    found = await store.check_many(list(CENTRES))
    return [f"{c}: {p}" for c, ps in found.items() for p in ps]


async def worker(store: AcdStore, book: Book, seed: int, ops: int, wid: int) -> None:
    rng = random.Random(seed)
    for _ in range(ops):
        await step(store, book, rng, wid)
        book.ops += 1
        problems = await check_all(store)
        if problems:
            book.violations.extend(problems)
            raise AssertionError(f"after op {book.ops}: {problems[:5]}")


async def run(store: AcdStore, total_ops: int, workers: int, seed: int, start_ms: int,
              book: Book | None = None) -> Book:
    book = book or Book(now=start_ms)
    for c in CENTRES:
        await store.redis.hset(store.centre(c).tag + "cfg", "strategy",
                               {"bj": "longest_idle", "sh": "round_robin", "cn": "skill_escalation"}[c])
    per = total_ops // workers
    await asyncio.gather(*(worker(store, book, seed * 1000 + w, per, w) for w in range(workers)))
    return book


async def nothing_lost(store: AcdStore, book: Book) -> list[str]:
    """Every call created is either still in Redis or was ended exactly once."""
    problems = list(book.violations)
    for c in CENTRES:
        live = {str(q) for q in await store.redis.smembers(store.centre(c).tag + "calls")}
        expected = {q for (cc, q) in book.created if cc == c and (cc, q) not in book.ended}
        if live != expected:
            problems.append(f"{c}: live {len(live)} vs expected {len(expected)}; "
                            f"missing {sorted(expected - live)[:3]} extra {sorted(live - expected)[:3]}")
    return problems
