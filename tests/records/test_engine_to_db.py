"""A call through the real engine (console transport) lands in the database via the stream;
the progress option reads a ticket back from the complaints table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import redis.asyncio as aioredis
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ivr.console import run_script
from ivr.engine import default_services
from ivr.events import RedisEventSink
from ivr.settings import Settings
from records.complaints import ComplaintCreate, create_complaint
from records.models import Call, CallEvent
from records.progress import CaseStatusService
from records.writer import RecordsWriter


async def test_console_call_reaches_database_and_hears_case_status(
    redis_client: aioredis.Redis, sessions: sessionmaker[Session], stream: str, tmp_path: Path
) -> None:
    with sessions.begin() as s:
        ticket = create_complaint(s, ComplaintCreate(business_division="110108"), "a", centre="bj",
                                  today=date(2025, 1, 24)).ticket
    settings = Settings(data_dir=tmp_path)
    services = default_services(settings, events=RedisEventSink(redis_client, stream=stream),
                                cases=CaseStatusService(sessions))
    result = await run_script(services.menus, "12315", "13912345678", ["1", "4", ticket], services=services)
    assert any(ticket in line and "2025年2月10日" in line for line in result["heard"]), result["heard"]

    stats = await RecordsWriter(redis_client, sessions, "k", consumer="w", stream=stream).drain()
    assert stats.written >= 2 and stats.dead_lettered == 0
    with sessions() as s:
        call = s.scalar(select(Call).where(Call.call_id == result["call_id"]))
        assert call is not None
        assert call.outcome == result["outcome"] and call.ended_at is not None
        assert [st.node for st in call.steps] == result["path"]
        assert call.slots.get("service_type") == "progress" and call.caller_masked == "139******78"
        types = set(s.scalars(select(CallEvent.type).where(CallEvent.call_id == result["call_id"])))
        assert {"CALL_START", "CALL_END"} <= types
