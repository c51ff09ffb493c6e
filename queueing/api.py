"""The ACD's figures for agents and supervisors: ``GET /centres/{centre}/figures``.

The agent's own API (log-in at a phone, ready, pause, log-out, the offered call over a WebSocket,
wrap-up) is the desk's, ``/api/console`` in ``ivr.web.agent_api``: there is one agent API. The web
app mounts ``centre_figures_router(current_agent, services=...)``; ``current_agent`` is the web
package's authentication dependency returning an object with ``.username``, ``.role`` and ``.centre``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter, Depends, HTTPException

from queueing.gateway import wall_clock_ms
from queueing.runtime import AcdServices
from queueing.stats import CentreFigures, centre_figures

AGENT_ROLES = {"agent", "supervisor", "admin"}
SUPERVISOR_ROLES = {"supervisor", "admin"}


def centre_figures_router(
    current_agent: Callable[..., Any],
    services: Callable[[], Awaitable[AcdServices]],
) -> APIRouter:
    """A centre's live figures: the user's own centre, or any for a supervisor or administrator."""
    router = APIRouter(tags=["acd"])

    async def acd() -> AcdServices:
        return await services()

    @router.get("/centres/{centre}/figures", response_model=CentreFigures)
    async def figures(centre: str, user: Any = Depends(current_agent),
                      s: AcdServices = Depends(acd)) -> CentreFigures:
        if user is None or getattr(user, "role", None) not in AGENT_ROLES:
            raise HTTPException(403, "agent role required")
        own = getattr(user, "centre", None)
        if not own:
            raise HTTPException(403, "no answering centre assigned to this user")
        if centre not in s.config.centres:
            raise HTTPException(404, "unknown centre")
        if centre != own and getattr(user, "role", "") not in SUPERVISOR_ROLES:
            raise HTTPException(403, "figures of another centre need the supervisor role")
        return await centre_figures(s.store, centre, wall_clock_ms())

    return router
