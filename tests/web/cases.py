"""Complaints put straight into the test database (the records' own create_complaint), for the case page tests."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from ivr.settings import Settings
from records.complaints import ComplaintCreate, create_complaint
from records.db import make_engine, session_factory, session_scope
from records.models import Complaint, ComplaintAudit


def beijing_today() -> date:
    return datetime.now(ZoneInfo("Asia/Shanghai")).date()


def file_complaint(settings: Settings, kind: str = "complaint", centre: str = "bj", actor: str = "ann",
                   business: str = "某某超市") -> str:
    engine = make_engine(settings.effective_database_url)
    try:
        with session_scope(session_factory(engine)) as session:
            data = ComplaintCreate(kind=kind, category="food", region="11", business_name=business,
                                   summary="购买的牛奶已过期")
            return create_complaint(session, data, actor, centre=centre, today=beijing_today()).ticket
    finally:
        engine.dispose()


def complaint_row(settings: Settings, ticket: str) -> tuple[Complaint, list[ComplaintAudit]]:
    engine = make_engine(settings.effective_database_url)
    try:
        with session_scope(session_factory(engine)) as session:
            row = session.scalar(select(Complaint).where(Complaint.ticket == ticket))
            assert row is not None
            audit = list(session.scalars(select(ComplaintAudit).where(ComplaintAudit.complaint_id == row.id)
                                         .order_by(ComplaintAudit.id)))
            session.expunge_all()
            return row, audit
    finally:
        engine.dispose()
