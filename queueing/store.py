"""The ACD's live state in Redis: every change is one Lua script on one centre's keys.

All keys of a centre carry the hash tag ``{<centre>}`` (``acd:{bj}:queue`` ...), so each
script touches one cluster slot and runs unchanged on Redis Cluster. The only key
outside a centre is the per-call claim ``acd:{qc:<qcid>}:claim`` (see docs/queueing.md).
Times are passed in as epoch milliseconds, so tests and the simulator drive the clock.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from queueing.centres import AcdConfig, CentreConfig

LUA_DIR = Path(__file__).with_name("lua")
SCRIPTS = (
    "enqueue", "dispatch", "poll", "connect", "ringnoanswer", "complete", "remove",
    "callback", "reclaim", "agent_login", "agent_state", "check",
)


class AcdError(Exception):
    """A state change was refused (wrong state, unknown agent); nothing was changed."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@cache
def script_source(name: str) -> str:
    body = (LUA_DIR / f"{name}.lua").read_text(encoding="utf-8")
    if name == "claim":
        return body
    return (LUA_DIR / "_prelude.lua").read_text(encoding="utf-8") + "\n" + body


def _s(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8")
    return "" if value is None else str(value)


def claim_key(qcid: str) -> str:
    return f"acd:{{qc:{qcid}}}:claim"


@dataclass(frozen=True)
class CallView:
    """What the waiting worker sees of its call at one centre."""

    state: str  # waiting | callback | reserved | connected
    agent: str
    position: int
    endpoint: str
    waiting: int
    ready_agents: int
    logged_in: int


@dataclass(frozen=True)
class Removed:
    state: str
    agent: str
    wait_ms: int


class AcdStore:
    """Thin typed wrapper around the Lua scripts. ``redis`` is a redis.asyncio client
    (``Redis`` or ``RedisCluster``)."""

    def __init__(self, redis: Any, config: AcdConfig) -> None:
        self.redis = redis
        self.config = config
        self._scripts = {name: redis.register_script(script_source(name)) for name in SCRIPTS}
        self._claim = redis.register_script(script_source("claim"))

    # -- helpers -----------------------------------------------------------------
    def centre(self, centre_id: str) -> CentreConfig:
        return self.config.centre(centre_id)

    def day(self, centre_id: str, now_ms: int) -> str:
        tz = ZoneInfo(self.centre(centre_id).timezone)
        return datetime.fromtimestamp(now_ms / 1000, tz).strftime("%Y-%m-%d")

    async def _run(self, name: str, centre_id: str, *args: Any) -> list[Any]:
        key = self.centre(centre_id).tag + "cfg"
        result = await self._scripts[name](keys=[key], args=[str(a) for a in args])
        return [_s(x) if not isinstance(x, int) else x for x in result]

    @staticmethod
    def _ok(result: list[Any]) -> list[Any]:
        if result and isinstance(result[0], str) and result[0].startswith("ERR_"):
            raise AcdError(result[0], _s(result[1]) if len(result) > 1 else "")
        return result

    async def apply_config(self, centres: list[str] | None = None) -> None:
        """Copy the settings the scripts read into each centre's ``cfg`` hash."""
        for cid in centres or list(self.config.centres):
            c = self.centre(cid)
            await self.redis.hset(c.tag + "cfg", mapping={
                "strategy": c.strategy.value,
                "escalate_ms": int(c.escalate_after * 1000),
                "wrapup_ms": int(c.wrapup * 1000),
                "max_queue": c.max_queue,
            })

    # -- calls -------------------------------------------------------------------
    async def enqueue(
        self, centre: str, qcid: str, *, call_id: str, enq_ms: int, now_ms: int, priority: int = 0,
        language: str = "", category: str = "", home: str | None = None,
        data: dict[str, Any] | None = None, overflow: bool = False,
    ) -> tuple[str, int]:
        """Returns ("OK"|"DUP", position) or ("FULL", max_queue)."""
        lease_ms = int(self.centre(centre).lease * 1000)
        r = await self._run(
            "enqueue", centre, now_ms, qcid, call_id, enq_ms, priority, language, category, lease_ms,
            home or centre, json.dumps(data or {}, ensure_ascii=False), 1 if overflow else 0,
        )
        return r[0], int(r[1])

    async def dispatch(self, centre: str, now_ms: int, max_scan: int = 50) -> list[tuple[str, str]]:
        lease_ms = int(self.centre(centre).lease * 1000)
        r = await self._run("dispatch", centre, now_ms, lease_ms, max_scan, self.day(centre, now_ms))
        return [(r[i], r[i + 1]) for i in range(0, len(r), 2)]

    async def poll(self, centre: str, qcid: str, now_ms: int, renew: bool = True) -> CallView | None:
        lease_ms = int(self.centre(centre).lease * 1000) if renew else 0
        r = await self._run("poll", centre, now_ms, qcid, lease_ms)
        if r[0] == "GONE":
            return None
        return CallView(r[0], r[1], int(r[2]), r[3], int(r[4]), int(r[5]), int(r[6]))

    async def connect(self, centre: str, qcid: str, agent: str, now_ms: int) -> int:
        return int(self._ok(await self._run("connect", centre, now_ms, qcid, agent))[1])

    async def ring_no_answer(self, centre: str, qcid: str, agent: str, now_ms: int) -> int:
        r = await self._run("ringnoanswer", centre, now_ms, qcid, agent, "ring-no-answer")
        return int(self._ok(r)[1])

    async def complete(self, centre: str, qcid: str, agent: str, now_ms: int) -> tuple[int, int]:
        r = self._ok(await self._run("complete", centre, now_ms, qcid, agent, self.day(centre, now_ms)))
        return int(r[1]), int(r[2])

    async def remove(self, centre: str, qcid: str, outcome: str, now_ms: int) -> Removed | None:
        r = await self._run("remove", centre, now_ms, qcid, outcome, self.day(centre, now_ms))
        if r[0] == "GONE":
            return None
        return Removed(r[1], r[2], int(r[3]))

    async def request_callback(self, centre: str, qcid: str, number: str, now_ms: int) -> int:
        return int(self._ok(await self._run("callback", centre, now_ms, qcid, number))[1])

    async def reclaim(self, centre: str, now_ms: int) -> list[tuple[str, str]]:
        r = await self._run("reclaim", centre, now_ms, self.day(centre, now_ms))
        return [(r[i], r[i + 1]) for i in range(0, len(r), 2)]

    async def check(self, centre: str) -> list[str]:
        return [_s(x) for x in await self._run("check", centre, 0)]

    async def check_many(self, centres: list[str]) -> dict[str, list[str]]:
        """The invariant checker for several centres in one round trip (one Redis only)."""
        if not hasattr(self.redis, "pipeline") or type(self.redis).__name__ == "RedisCluster":
            return {c: await self.check(c) for c in centres}
        pipe = self.redis.pipeline(transaction=False)
        for c in centres:
            await self._scripts["check"](keys=[self.centre(c).tag + "cfg"], args=["0"], client=pipe)
        results = await pipe.execute()
        return {c: [_s(x) for x in r] for c, r in zip(centres, results, strict=True)}

    async def call(self, centre: str, qcid: str) -> dict[str, str]:
        raw = await self.redis.hgetall(self.centre(centre).tag + "call:" + qcid)
        return {_s(k): _s(v) for k, v in raw.items()}

    # -- claim (one key with its own hash tag) ------------------------------------
    async def claim(self, qcid: str, centre: str, ttl_ms: int, op: str = "take") -> tuple[bool, str]:
        r = await self._claim(keys=[claim_key(qcid)], args=[op, centre, ttl_ms])
        return _s(r[0]) == "OK", _s(r[1])

    # -- agents ------------------------------------------------------------------
    async def agent_login(
        self, centre: str, agent: str, endpoint: str, now_ms: int, *, languages: list[str] | None = None,
        categories: list[str] | None = None, ready: bool = False,
    ) -> str:
        r = await self._run(
            "agent_login", centre, now_ms, agent, endpoint, ",".join(languages or []),
            ",".join(categories or []), "ready" if ready else "paused", self.day(centre, now_ms),
        )
        return str(self._ok(r)[1])

    async def agent_action(self, centre: str, agent: str, action: str, now_ms: int, reason: str = "") -> str:
        """``action``: ready | pause | logout | wrapup_end. Returns the new state."""
        return str(self._ok(await self._run("agent_state", centre, now_ms, agent, action, reason))[1])

    async def agent(self, centre: str, agent: str) -> dict[str, str]:
        raw = await self.redis.hgetall(self.centre(centre).tag + "agent:" + agent)
        return {_s(k): _s(v) for k, v in raw.items()}

    async def agents(self, centre: str) -> list[dict[str, str]]:
        names = sorted(_s(a) for a in await self.redis.smembers(self.centre(centre).tag + "agents"))
        found = [await self.agent(centre, a) for a in names]
        return [a for a in found if a]
