"""``ivr.services.TicketLookup``: the ticket an agent filed for a call, so the caller hears it
before the call ends (the agent files the complaint while the call is still up)."""

from __future__ import annotations

import asyncio

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from records.models import Complaint


class CallTicketService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def lookup(self, call_id: str) -> str | None:
        with self.sessions() as session:
            return session.scalar(select(Complaint.ticket).where(Complaint.call_id == call_id)
                                  .order_by(Complaint.id.desc()).limit(1))

    async def ticket_for_call(self, call_id: str) -> str | None:
        return await asyncio.to_thread(self.lookup, call_id)
