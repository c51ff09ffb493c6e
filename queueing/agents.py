"""Agent state changes with their events (used by the HTTP API and the command line)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from queueing.events import EventLog
from queueing.phones import dial_string, free_phone, taken_by_other
from queueing.store import AcdError, AcdStore


class PhoneTaken(ValueError):
    """Another agent is logged in at that phone."""


@dataclass
class AgentService:
    store: AcdStore
    events: EventLog
    clock_ms: Callable[[], int]

    async def _emit(self, event_type: str, centre: str, agent: str, **extra: object) -> None:
        await self.events.emit(event_type, call_id="", ts_ms=self.clock_ms(),
                               data={"centre": centre, "agent": agent, **extra})

    async def login(self, centre: str, agent: str, phone: str | None, *, languages: list[str],
                    categories: list[str], ready: bool) -> str:
        """Log in at one of the centre's phones (None: the agent's current or the first free one).

        The dial string is the configured one for that phone: PhoneError for any other name,
        PhoneTaken when another agent is logged in there.
        """
        cfg = self.store.centre(centre)
        others = await self.store.agents(centre)
        if phone is None:
            phone = free_phone(cfg, others, agent)
            if phone is None:
                raise PhoneTaken(f"every phone of centre {centre} is taken (本中心坐席电话均已占用)")
        endpoint = dial_string(cfg, phone)
        holder = taken_by_other(others, agent, endpoint)
        if holder is not None:
            raise PhoneTaken(f"phone {phone} is in use by agent {holder} (该电话已被其他坐席使用)")
        state = await self.store.agent_login(centre, agent, endpoint, self.clock_ms(), languages=languages,
                                             categories=categories, ready=ready)
        await self._emit("AGENT_LOGIN", centre, agent, phone=phone, endpoint=endpoint, languages=languages,
                         categories=categories, state=state)
        return state

    async def ready(self, centre: str, agent: str) -> str:
        state = await self.store.agent_action(centre, agent, "ready", self.clock_ms())
        await self._emit("AGENT_READY", centre, agent)
        return state

    async def pause(self, centre: str, agent: str, reason: str) -> str:
        state = await self.store.agent_action(centre, agent, "pause", self.clock_ms(), reason=reason)
        await self._emit("AGENT_PAUSE", centre, agent, reason=reason)
        return state

    async def wrapup_end(self, centre: str, agent: str) -> str:
        state = await self.store.agent_action(centre, agent, "wrapup_end", self.clock_ms())
        await self._emit("AGENT_WRAPUP", centre, agent, ended=True)
        return state

    async def force_logout(self, centre: str, agent: str, reason: str) -> str:
        """Log the agent out (user disabled or changed): "out", "not_logged_in", or "in_call" when
        the agent is ringing or talking (the ACD refuses then; call again when the call is over)."""
        try:
            await self.store.agent_action(centre, agent, "logout", self.clock_ms())
        except AcdError as exc:
            if exc.code == "ERR_NOAGENT":
                return "not_logged_in"
            if exc.code == "ERR_STATE":
                return "in_call"
            raise
        await self._emit("AGENT_LOGOUT", centre, agent, forced=reason)
        return "out"

    async def logout_when_free(self, centre: str, agent: str, reason: str, *, every: float = 1.0,
                               give_up_after: float = 4 * 3600) -> str:
        """``force_logout`` repeated until the agent's call is over (or ``give_up_after`` seconds)."""
        waited = 0.0
        while True:
            outcome = await self.force_logout(centre, agent, reason)
            if outcome != "in_call" or waited >= give_up_after:
                return outcome
            await asyncio.sleep(every)
            waited += every

    async def logout(self, centre: str, agent: str) -> str:
        state = await self.store.agent_action(centre, agent, "logout", self.clock_ms())
        await self._emit("AGENT_LOGOUT", centre, agent)
        return state
