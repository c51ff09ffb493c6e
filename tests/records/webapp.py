"""A bare FastAPI app for router tests; users come from an ``X-Test-User: name:role:centre`` header."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from fastapi import FastAPI, Header, HTTPException
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from ivr.settings import Settings


@dataclass
class HeaderUser:
    username: str
    role: str
    centre: str | None


async def header_user(x_test_user: str | None = Header(default=None)) -> HeaderUser:
    if not x_test_user:
        raise HTTPException(status_code=401, detail="not signed in")
    name, role, centre = (x_test_user.split(":") + ["", "", ""])[:3]
    return HeaderUser(name, role, centre or None)


def client_for(routers: list[object], sessions: sessionmaker[Session], data_dir: Path) -> TestClient:
    app = FastAPI()
    for router in routers:
        app.include_router(router)  # type: ignore[arg-type]
    app.state.web = SimpleNamespace(db=sessions, settings=Settings(data_dir=data_dir))
    return TestClient(app)


def as_user(spec: str) -> dict[str, str]:
    return {"X-Test-User": spec}


def beijing_today() -> date:
    """Today in the centre's time zone, read when asked: a module constant went stale when a run crossed midnight."""
    return datetime.now(ZoneInfo(Settings().timezone)).date()
