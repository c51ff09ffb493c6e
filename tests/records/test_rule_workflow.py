"""Complaints and reports on the database (SQLite and PostgreSQL): the rule set stored with each row,
acceptance refusals, duplicates, paused clocks, the report extension, 立案/不予立案 and notices,
and the migration that gives rows already on file their rule set."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from records.apply import apply_event
from records.complaints import (
    ComplaintCreate,
    ComplaintEdit,
    PermissionDenied,
    WorkflowError,
    create_complaint,
    edit_complaint,
    extend_verification,
    next_deadline,
    pause_clock,
    record_notice_sent,
    resume_clock,
    transition,
)
from records.db import alembic_config, make_engine
from records.events import parse_entry
from records.models import ClockPause, Complaint
from records.progress import status_sentence
from tests.records.streamdata import call_events

BEFORE, AFTER = date(2026, 4, 14), date(2026, 4, 15)


def load_call(s: Session, call_id: str) -> None:
    for n, fields in enumerate(call_events(call_id)):
        apply_event(s, parse_entry(f"{call_id}-{n}", fields), "k")


def test_rule_set_and_articles_stored_by_date_of_receipt(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        old = create_complaint(s, ComplaintCreate(business_division="110108"), "a", centre="bj", today=BEFORE)
        new = create_complaint(s, ComplaintCreate(business_division="110108"), "a", centre="bj", today=AFTER)
        ids = old.id, new.id
    with sessions() as s:
        first, second = s.get(Complaint, ids[0]), s.get(Complaint, ids[1])
        assert first is not None and second is not None
        assert (first.rule_set, second.rule_set) == ("samr-20", "samr-121")
        assert first.rule_articles is not None and first.rule_articles["accept"] == "SAMR Order No. 20 Art. 14"
        assert second.rule_articles is not None and second.rule_articles["mediation"].startswith("SAMR Order No. 121")
        assert "SAMR Order No. 20" in (first.jurisdiction_reason or "")


def test_platform_merchant_jurisdiction_follows_the_rule_set(sessions: sessionmaker[Session]) -> None:
    form = ComplaintCreate(online_platform=True, shop_division="440305", published_division="330106",
                           platform_division="330108")
    with sessions.begin() as s:
        old = create_complaint(s, form, "a", centre="zj", today=BEFORE)
        new = create_complaint(s, form, "a", centre="zj", today=AFTER)
        assert (old.department_code, new.department_code) == ("440305", "330106")
        changes = edit_complaint(s, new, ComplaintEdit(merchant_unreachable=True), "a")
        assert changes["department_code"] == ["330106", "330108"]
        assert "unreachable" in (new.jurisdiction_reason or "")


def test_acceptance_needs_identity_under_order_121(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        old = create_complaint(s, ComplaintCreate(), "a", centre="bj", today=BEFORE)
        transition(s, old, "accept", actor="b", role="supervisor", today=BEFORE)  # Order No. 20: not required
        assert old.mediation_due == date(2026, 6, 18)  # 45 working days
        new = create_complaint(s, ComplaintCreate(), "a", centre="bj", today=AFTER)
        with pytest.raises(WorkflowError, match="identity must be verified"):
            transition(s, new, "accept", actor="b", role="supervisor", today=AFTER)
        assert new.status == "registered"
        edit_complaint(s, new, ComplaintEdit(identity_verified=True), "a")
        transition(s, new, "accept", actor="b", role="supervisor", today=AFTER)
        assert new.mediation_due == date(2026, 6, 14)  # 60 days


@pytest.mark.parametrize(
    ("received", "ground", "ok"),
    [
        (AFTER, "impersonation", True),
        (AFTER, "identity_refused", True),
        (AFTER, "false_materials", True),
        (AFTER, "time_barred", True),
        (BEFORE, "time_barred", True),
        (BEFORE, "impersonation", False),  # not a ground under Order No. 20
        (AFTER, "bored", False),
    ],
)
def test_refusal_grounds(sessions: sessionmaker[Session], received: date, ground: str, ok: bool) -> None:
    with sessions.begin() as s:
        c = create_complaint(s, ComplaintCreate(), "a", centre="bj", today=received)
        if ok:
            transition(s, c, "reject", actor="b", role="supervisor", today=received, ground=ground)
            assert (c.status, c.refusal_ground) == ("rejected", ground)
        else:
            with pytest.raises(WorkflowError, match="unknown refusal ground"):
                transition(s, c, "reject", actor="b", role="supervisor", today=received, ground=ground)
            assert (c.status, c.refusal_ground) == ("registered", None)


def test_ground_only_with_reject(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        c = create_complaint(s, ComplaintCreate(identity_verified=True), "a", centre="bj", today=AFTER)
        with pytest.raises(WorkflowError, match="only with reject"):
            transition(s, c, "accept", actor="b", role="supervisor", today=AFTER, ground="duplicate")


def test_same_person_same_matter_is_flagged_duplicate(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        load_call(s, "c-1")
        load_call(s, "c-2")  # the same caller number
        first = create_complaint(s, ComplaintCreate(call_id="c-1", business_name="某 超市"), "a", centre="bj",
                                 today=AFTER)
        again = create_complaint(s, ComplaintCreate(call_id="c-2", business_name="某超市"), "a", centre="bj",
                                 today=AFTER)
        other = create_complaint(s, ComplaintCreate(call_id="c-2", business_name="另一家店"), "a", centre="bj",
                                 today=AFTER)
        anonymous = create_complaint(s, ComplaintCreate(business_name="某超市"), "a", centre="bj", today=AFTER)
        assert first.duplicate_of is None and again.duplicate_of == first.ticket
        assert other.duplicate_of is None and anonymous.duplicate_of is None
        transition(s, again, "reject", actor="b", role="supervisor", today=AFTER, ground="duplicate")
        assert again.refusal_ground == "duplicate"


def test_mediation_clock_pauses_and_restarts(sessions: sessionmaker[Session]) -> None:
    accepted = date(2026, 6, 1)
    with sessions.begin() as s:
        c = create_complaint(s, ComplaintCreate(identity_verified=True), "a", centre="bj", today=accepted)
        with pytest.raises(WorkflowError, match="no clock that can pause"):
            pause_clock(s, c, reason="testing", actor="b", role="supervisor", today=accepted)
        transition(s, c, "accept", actor="b", role="supervisor", today=accepted)
        assert c.mediation_due == date(2026, 7, 31)
        with pytest.raises(PermissionDenied):
            pause_clock(s, c, reason="testing", actor="x", role="agent", today=date(2026, 6, 10))
        with pytest.raises(WorkflowError, match="reason must be one of"):
            pause_clock(s, c, reason="lunch", actor="b", role="supervisor", today=date(2026, 6, 10))
        paused = pause_clock(s, c, reason="testing", actor="b", role="supervisor", today=date(2026, 6, 10))
        assert paused.paused and c.mediation_due is None and next_deadline(c) is None
        assert "暂停" in status_sentence(c, "zh") and "paused" in status_sentence(c, "en")
        with pytest.raises(WorkflowError, match="already paused"):
            pause_clock(s, c, reason="appraisal", actor="b", role="supervisor", today=date(2026, 6, 11))
        with pytest.raises(WorkflowError, match="cannot resume before"):
            resume_clock(s, c, actor="b", role="supervisor", today=date(2026, 6, 9))
        resumed = resume_clock(s, c, actor="b", role="supervisor", today=date(2026, 6, 20))
        assert resumed.day == c.mediation_due == date(2026, 8, 10)
        with pytest.raises(WorkflowError, match="not paused"):
            resume_clock(s, c, actor="b", role="supervisor", today=date(2026, 6, 21))
        rows = s.scalars(select(ClockPause).where(ClockPause.complaint_id == c.id)).all()
        assert [(r.clock, r.reason, r.started_on, r.ended_on) for r in rows] == [
            ("mediation", "testing", date(2026, 6, 10), date(2026, 6, 20))]
        transition(s, c, "mediate_fail", actor="b", role="supervisor", today=date(2026, 8, 11))
        # ending mediation owes both parties a notice (Order No. 121: assumed 7 working days)
        assert (c.notice_what, c.notice_due) == ("mediation_end_notice", date(2026, 8, 20))
        assert next_deadline(c) == ("notify", date(2026, 8, 20))
        record_notice_sent(s, c, actor="b", role="supervisor", today=date(2026, 8, 12))
        assert next_deadline(c) is None
        with pytest.raises(WorkflowError, match="no notification"):
            record_notice_sent(s, c, actor="b", role="supervisor", today=date(2026, 8, 12))


def test_report_verification_pause_extension_and_case_decision(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        load_call(s, "r-1")
        report = create_complaint(s, ComplaintCreate(kind="report", call_id="r-1"), "a", centre="bj",
                                  today=date(2027, 2, 1))
        assert report.verify_due == date(2027, 2, 26) and report.deadline_provisional  # 2027 not yet published
        with pytest.raises(WorkflowError, match="approving head"):
            extend_verification(s, report, approved_by=" ", actor="b", role="supervisor", today=date(2027, 2, 20))
        due = extend_verification(s, report, approved_by="局长 王", actor="b", role="supervisor",
                                  today=date(2027, 2, 20))
        assert due.day == report.verify_due == date(2027, 3, 19)
        with pytest.raises(WorkflowError, match="already extended"):
            extend_verification(s, report, approved_by="x", actor="b", role="supervisor", today=date(2027, 2, 21))
        pause_clock(s, report, reason="inspection", actor="b", role="supervisor", today=date(2027, 3, 1))
        resume_clock(s, report, actor="b", role="supervisor", today=date(2027, 3, 3))  # removes 2 and 3 Mar
        assert report.verify_due == date(2027, 3, 23)
        transition(s, report, "no_case", actor="b", role="supervisor", today=date(2027, 3, 10))
        assert report.status == "no_case" and report.closed_on == date(2027, 3, 10)
        # Order No. 121 gives no reporter-notice period this code knows of: none is invented
        assert report.notice_due is None

        old = create_complaint(s, ComplaintCreate(kind="report", call_id="r-1"), "a", centre="bj", today=BEFORE)
        transition(s, old, "open_case", actor="b", role="supervisor", today=date(2026, 4, 20))
        assert old.status == "case_opened"
        assert (old.notice_what, old.notice_due) == ("report_outcome_notice", date(2026, 4, 27))  # 5 working days
        with pytest.raises(WorkflowError, match="only a report under verification"):
            extend_verification(s, old, approved_by="x", actor="b", role="supervisor", today=date(2026, 4, 21))
        transition(s, old, "close", actor="b", role="supervisor", today=date(2026, 5, 6))


def test_migration_0002_gives_rows_on_file_their_rule_set(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    try:
        cfg = alembic_config(empty_db_url)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
        with engine.begin() as conn:
            for ticket, day in (("260414000010", BEFORE), ("260415000013", AFTER)):
                conn.execute(text(
                    "INSERT INTO complaints (ticket, kind, status, received_on, online_platform, created_at, "
                    "updated_at, version) VALUES (:t, 'complaint', 'registered', :d, false, CURRENT_TIMESTAMP, "
                    "CURRENT_TIMESTAMP, 1)"), {"t": ticket, "d": day})
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with engine.connect() as conn:
            rows: dict[str, str] = {r[0]: r[1] for r in conn.execute(text("SELECT ticket, rule_set FROM complaints"))}
            flags = set(conn.execute(text("SELECT merchant_unreachable FROM complaints")).scalars())
        assert rows == {"260414000010": "samr-20", "260415000013": "samr-121"}
        assert flags == {False}
    finally:
        engine.dispose()
