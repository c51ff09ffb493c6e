"""How the routers of records/ and recordings/ reach the database inside the web app.

The app (ivr/web) keeps a context on ``app.state.web`` with ``db`` (a sessionmaker) and
``settings``; these helpers read it by duck typing so that tests can mount the routers on
a bare FastAPI app with any object that has those two attributes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from fastapi import HTTPException, Request
from sqlalchemy.orm import Session, sessionmaker

from ivr.refdata import NATIONAL_CENTRE
from ivr.settings import Settings
from records.db import session_scope
from records.models import AuditLog

T = TypeVar("T")


class UserLike(Protocol):
    username: str
    role: str
    centre: str | None


class Context(Protocol):
    db: sessionmaker[Session]
    settings: Settings


def context(request: Request) -> Context:
    ctx = getattr(request.app.state, "web", None)
    if ctx is None:
        raise HTTPException(status_code=503, detail="database not configured")
    return ctx  # type: ignore[no-any-return]


async def in_db(request: Request, work: Callable[[Session], T]) -> T:
    factory = context(request).db

    def run() -> T:
        with session_scope(factory) as session:
            return work(session)

    return await asyncio.to_thread(run)


def is_national(user: UserLike) -> bool:
    """National staff see every centre; an administrator without a centre counts as national."""
    if user.centre == NATIONAL_CENTRE:
        return True
    return user.role == "admin" and user.centre is None


def sees_centre(user: UserLike, centre: str | None) -> bool:
    return is_national(user) or (centre is not None and centre == user.centre)


def require_roles(user: UserLike, *roles: str) -> None:
    if user.role not in roles:
        raise HTTPException(status_code=403, detail=f"needs role {' or '.join(roles)}")


def audit(session: Session, user: UserLike, action: str, obj: str, detail: dict[str, Any] | None = None) -> None:

    session.add(AuditLog(actor=user.username, action=action, object=obj, detail=detail or {}))
