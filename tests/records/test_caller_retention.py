"""The encrypted caller number is erased after its retention period by the maintenance run,
except for calls whose complaint is still open; the count is audited. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ivr.privacy_vault import CallerNumberVault, new_key
from ivr.settings import Settings
from records.caller_retention import AUDIT_ACTION, erase_old_caller_numbers
from records.db import session_scope
from records.maintenance import run_once
from records.models import AuditLog, Call, Complaint

RETENTION_DAYS = 30
VAULT = CallerNumberVault([new_key().encode()])


def add_call(sessions: sessionmaker[Session], call_id: str, age_days: float, *,
             complaint_status: str | None = None, number: str = "13812345678") -> None:
    started = datetime.now(UTC) - timedelta(days=age_days)
    with session_scope(sessions) as s:
        s.add(Call(call_id=call_id, caller_masked="138******78", caller_hash=f"h-{call_id}",
                   caller_sealed=VAULT.seal(number), started_at=started, outcome="answered", slots={}))
        if complaint_status is not None:
            s.add(Complaint(ticket=f"T-{call_id}"[:16], kind="complaint", centre="bj", call_id=call_id,
                            caller_masked="138******78", status=complaint_status,
                            received_on=started.date()))


def sealed_by_call(sessions: sessionmaker[Session]) -> dict[str, str | None]:
    with session_scope(sessions) as s:
        return {row.call_id: row.caller_sealed for row in s.execute(select(Call.call_id, Call.caller_sealed))}


def erasure_audits(sessions: sessionmaker[Session]) -> list[tuple[str, dict[str, object]]]:
    with session_scope(sessions) as s:
        return [(r.actor, dict(r.detail)) for r in
                s.scalars(select(AuditLog).where(AuditLog.action == AUDIT_ACTION).order_by(AuditLog.id))]


def test_maintenance_erases_numbers_past_the_period_and_audits_the_count(
        db_url: str, sessions: sessionmaker[Session], tmp_path: Path) -> None:
    add_call(sessions, "old-1", RETENTION_DAYS + 5)
    add_call(sessions, "old-2", RETENTION_DAYS + 400)
    add_call(sessions, "old-closed", RETENTION_DAYS + 2, complaint_status="closed")
    add_call(sessions, "old-open", RETENTION_DAYS + 2, complaint_status="accepted")
    add_call(sessions, "recent", RETENTION_DAYS - 1)
    add_call(sessions, "recent-open", 1, complaint_status="registered")
    before = sealed_by_call(sessions)
    settings = Settings(data_dir=tmp_path, database_url=db_url, caller_number_retention_days=RETENTION_DAYS)

    done = run_once(settings, sessions)

    assert done.caller_numbers_erased == 3
    after = sealed_by_call(sessions)
    assert {c for c, v in after.items() if v is None} == {"old-1", "old-2", "old-closed"}
    for kept in ("old-open", "recent", "recent-open"):  # untouched, and still opens to the number
        assert after[kept] == before[kept]
        assert VAULT.open(after[kept] or "") == "13812345678"
    with session_scope(sessions) as s:  # the rest of the call stays: masked form and hash
        old = s.scalars(select(Call).where(Call.call_id == "old-1")).one()
        assert (old.caller_masked, old.caller_hash, old.outcome) == ("138******78", "h-old-1", "answered")
    audits = erasure_audits(sessions)
    assert len(audits) == 1
    actor, detail = audits[0]
    assert actor == "system"
    assert detail["count"] == 3 and detail["kept_for_open_complaints"] == 1
    assert detail["retention_days"] == RETENTION_DAYS
    assert "13812345678" not in str(detail)

    again = run_once(settings, sessions)  # nothing more to erase: no second audit row
    assert again.caller_numbers_erased == 0
    assert len(erasure_audits(sessions)) == 1


def test_closing_the_complaint_lets_its_number_go(sessions: sessionmaker[Session]) -> None:
    add_call(sessions, "held", RETENTION_DAYS + 10, complaint_status="accepted")
    now = datetime.now(UTC)
    with session_scope(sessions) as s:
        first = erase_old_caller_numbers(s, now, RETENTION_DAYS)
    assert (first.erased, first.kept_for_open_complaints) == (0, 1)
    assert sealed_by_call(sessions)["held"] is not None
    with session_scope(sessions) as s:
        complaint = s.scalars(select(Complaint).where(Complaint.call_id == "held")).one()
        complaint.status, complaint.closed_on = "mediated", date.today()
    with session_scope(sessions) as s:
        second = erase_old_caller_numbers(s, now, RETENTION_DAYS)
    assert (second.erased, second.kept_for_open_complaints) == (1, 0)
    assert sealed_by_call(sessions)["held"] is None


def test_a_retention_below_one_day_is_refused(sessions: sessionmaker[Session]) -> None:
    add_call(sessions, "any", 10)
    with session_scope(sessions) as s, pytest.raises(ValueError, match="at least one day") as refused:
        erase_old_caller_numbers(s, datetime.now(UTC), 0)
    assert "至少" in str(refused.value)
    assert sealed_by_call(sessions)["any"] is not None
    with pytest.raises(ValueError, match="caller_number_retention_days"):
        Settings(caller_number_retention_days=0)
