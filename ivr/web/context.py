"""Everything a request handler needs, built once per app and kept on ``app.state.web``."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from redis.asyncio import Redis
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from starlette.requests import HTTPConnection

from ivr.settings import Settings
from ivr.web.sessions import LoginLimiter, SessionStore
from records.db import session_scope

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class WebContext:
    settings: Settings
    redis: Redis
    engine: Engine
    db: sessionmaker[Session]
    sessions: SessionStore
    limiter: LoginLimiter
    extras: dict[str, Any] = field(default_factory=dict)

    async def in_db(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in one transaction, in a thread (SQLAlchemy here is synchronous)."""

        def run() -> T:
            with session_scope(self.db) as session:
                return work(session)

        return await asyncio.to_thread(run)


def get_context(conn: HTTPConnection) -> WebContext:
    ctx: WebContext = conn.app.state.web
    return ctx
