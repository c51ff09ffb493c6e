"""Agent state changes with their events (used by the HTTP API and the command line)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from queueing.events import EventLog
from queueing.store import AcdStore


@dataclass
class AgentService:
    store: AcdStore
    events: EventLog
    clock_ms: Callable[[], int]

    async def _emit(self, event_type: str, centre: str, agent: str, **extra: object) -> None:
        await self.events.emit(event_type, call_id="", ts_ms=self.clock_ms(),
                               data={"centre": centre, "agent": agent, **extra})

    async def login(self, centre: str, agent: str, endpoint: str, *, languages: list[str],
                    categories: list[str], ready: bool) -> str:
        state = await self.store.agent_login(centre, agent, endpoint, self.clock_ms(), languages=languages,
                                             categories=categories, ready=ready)
        await self._emit("AGENT_LOGIN", centre, agent, endpoint=endpoint, languages=languages,
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

    async def logout(self, centre: str, agent: str) -> str:
        state = await self.store.agent_action(centre, agent, "logout", self.clock_ms())
        await self._emit("AGENT_LOGOUT", centre, agent)
        return state
