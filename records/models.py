"""SQL schema of the hotline's history: calls, IVR path, queue legs, complaints, users.

One migration chain (records/migrations) creates all of it; the web app uses ``User`` and
``AuditLog`` from here.

Caller numbers are never stored in clear: ``caller_hash`` is HMAC-SHA256 keyed with
``settings.secret_key`` (lookup of a caller's history), ``caller_masked`` is
``ivr.privacy.mask_number`` (display); ``caller_sealed`` is the number encrypted
(``ivr.privacy_vault``), opened only by the audited caller-number endpoint. See docs/records.md
and docs/security.md.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on both SQLite (which drops the zone) and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use timezone-aware UTC datetimes")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON(), list[Any]: JSON()}


# --- organisation -----------------------------------------------------------------


class Centre(Base):
    """An answering centre: one per province plus the national one ('cn')."""

    __tablename__ = "centres"
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(64))
    name_en: Mapped[str] = mapped_column(String(64))
    division_code: Mapped[str] = mapped_column(String(12))


class Agent(Base):
    __tablename__ = "agents"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    centre: Mapped[str | None] = mapped_column(String(16), index=True)
    name: Mapped[str | None] = mapped_column(String(128))
    first_seen: Mapped[datetime] = mapped_column(default=utcnow)
    last_state: Mapped[str | None] = mapped_column(String(32))
    last_seen: Mapped[datetime | None]


DEPARTMENT_LEVELS = ("national", "province", "city", "county", "station")


class Department(Base):
    """Market supervision department, keyed by administrative division code (GB/T 2260).

    Levels: national ('000000'), province (xx0000), city (xxxx00), county (xxxxxx),
    local station (nine digits or more: county code + township/station number).
    """

    __tablename__ = "departments"
    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    level: Mapped[str] = mapped_column(String(16))
    name_zh: Mapped[str] = mapped_column(String(128))
    parent_code: Mapped[str | None] = mapped_column(ForeignKey("departments.code"), index=True)
    centre: Mapped[str | None] = mapped_column(String(16))


# --- calls --------------------------------------------------------------------------


class Call(Base):
    __tablename__ = "calls"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    call_id: Mapped[str] = mapped_column(String(128), unique=True)
    transport: Mapped[str | None] = mapped_column(String(32))
    dnis: Mapped[str | None] = mapped_column(String(32))
    caller_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    caller_masked: Mapped[str | None] = mapped_column(String(32))
    # migration 0004: the number encrypted (ivr.privacy_vault) for the handling department and
    # callbacks; read only through the audited caller-number endpoint
    caller_sealed: Mapped[str | None] = mapped_column(String(512))
    language: Mapped[str | None] = mapped_column(String(8))
    menu_id: Mapped[str | None] = mapped_column(String(64))
    menu_version: Mapped[str | None] = mapped_column(String(64))
    started_at: Mapped[datetime | None] = mapped_column(index=True)
    ended_at: Mapped[datetime | None]
    outcome: Mapped[str] = mapped_column(String(32), default="in_progress")
    hangup_node: Mapped[str | None] = mapped_column(String(128))
    hangup_reason: Mapped[str | None] = mapped_column(String(128))
    centre: Mapped[str | None] = mapped_column(String(16), index=True)
    region: Mapped[str | None] = mapped_column(String(16))
    service_type: Mapped[str | None] = mapped_column(String(32))
    category: Mapped[str | None] = mapped_column(String(64))
    recording: Mapped[str | None] = mapped_column(String(256))
    transcript: Mapped[str | None] = mapped_column(Text)
    transcript_confidence: Mapped[float | None] = mapped_column(Float)
    slots: Mapped[dict[str, Any]] = mapped_column(default=dict)
    routing: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    queue_result: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    steps: Mapped[list[IvrStep]] = relationship(
        back_populates="call", cascade="all, delete-orphan", order_by="IvrStep.seq"
    )
    speech: Mapped[list[SpeechResult]] = relationship(
        back_populates="call", cascade="all, delete-orphan", order_by="SpeechResult.seq"
    )


class IvrStep(Base):
    __tablename__ = "ivr_steps"
    __table_args__ = (UniqueConstraint("call_pk", "seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    call_pk: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    node: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(32))
    entered_at: Mapped[datetime | None]
    elapsed_ms: Mapped[float] = mapped_column(Float, default=0.0)
    input: Mapped[str | None] = mapped_column(String(512))
    result: Mapped[str | None] = mapped_column(String(512))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    call: Mapped[Call] = relationship(back_populates="steps")


class SpeechResult(Base):
    __tablename__ = "speech_results"
    __table_args__ = (UniqueConstraint("call_pk", "seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    call_pk: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    node: Mapped[str] = mapped_column(String(128))
    slot: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(String(1024))
    confidence: Mapped[float] = mapped_column(Float)
    value: Mapped[str | None] = mapped_column(String(256))
    match_score: Mapped[float] = mapped_column(Float, default=0.0)
    decision: Mapped[str] = mapped_column(String(32))
    accepted: Mapped[bool] = mapped_column(Boolean, default=False)
    alternatives: Mapped[list[Any]] = mapped_column(default=list)
    call: Mapped[Call] = relationship(back_populates="speech")


class QueueLeg(Base):
    """One stay of a call in one centre's queue (an overflow starts a new leg)."""

    __tablename__ = "queue_legs"
    __table_args__ = (UniqueConstraint("leg_key", "centre"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    leg_key: Mapped[str] = mapped_column(String(128))  # queue_call_id, else call_id
    call_id: Mapped[str | None] = mapped_column(String(128), index=True)
    queue_call_id: Mapped[str | None] = mapped_column(String(128))
    centre: Mapped[str] = mapped_column(String(16), index=True)
    enqueued_at: Mapped[datetime | None] = mapped_column(index=True)
    position: Mapped[int | None] = mapped_column(Integer)
    answered_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    wait_seconds: Mapped[float | None] = mapped_column(Float)
    handle_seconds: Mapped[float | None] = mapped_column(Float)
    overflow_to: Mapped[str | None] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(32), default="waiting")
    agent: Mapped[str | None] = mapped_column(String(64))
    ring_no_answer: Mapped[int] = mapped_column(Integer, default=0)


class CallEvent(Base):
    """Every stream event, raw (unknown types and fields are kept here, never dropped)."""

    __tablename__ = "call_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(64), unique=True)
    type: Mapped[str] = mapped_column(String(64), index=True)
    call_id: Mapped[str | None] = mapped_column(String(128), index=True)
    ts: Mapped[datetime | None]
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ProcessedEvent(Base):
    """Stream event ids already applied; written in the same transaction as their effects."""

    __tablename__ = "processed_events"
    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    stream: Mapped[str] = mapped_column(String(64))
    processed_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- recordings ---------------------------------------------------------------------


class Recording(Base):
    __tablename__ = "recordings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    call_id: Mapped[str] = mapped_column(String(128), unique=True)
    relpath: Mapped[str] = mapped_column(String(256))  # relative to data_dir/recordings
    sha256: Mapped[str] = mapped_column(String(64))
    format: Mapped[str] = mapped_column(String(64))
    duration_seconds: Mapped[float] = mapped_column(Float)
    size_bytes: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None]


# --- complaints ---------------------------------------------------------------------


class TicketSequence(Base):
    __tablename__ = "ticket_sequences"
    day: Mapped[str] = mapped_column(String(6), primary_key=True)  # YYMMDD
    last: Mapped[int] = mapped_column(Integer, default=0)


class Complaint(Base):
    __tablename__ = "complaints"
    __table_args__ = (Index("ix_complaints_cat_region_day", "category", "region", "received_on"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ticket: Mapped[str] = mapped_column(String(16), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # complaint | report | consultation
    category: Mapped[str | None] = mapped_column(String(64))
    region: Mapped[str | None] = mapped_column(String(12))  # caller's region (division code or centre)
    centre: Mapped[str | None] = mapped_column(String(16), index=True)
    call_id: Mapped[str | None] = mapped_column(String(128), index=True)
    caller_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    caller_masked: Mapped[str | None] = mapped_column(String(32))
    business_name: Mapped[str | None] = mapped_column(String(256))
    business_address: Mapped[str | None] = mapped_column(String(512))
    business_division: Mapped[str | None] = mapped_column(String(12))
    online_platform: Mapped[bool] = mapped_column(Boolean, default=False)
    platform_division: Mapped[str | None] = mapped_column(String(12))
    shop_division: Mapped[str | None] = mapped_column(String(12))
    department_code: Mapped[str | None] = mapped_column(ForeignKey("departments.code"))
    jurisdiction_reason: Mapped[str | None] = mapped_column(String(256))
    statement_recording: Mapped[str | None] = mapped_column(String(128))  # call_id of the recording
    transcript: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(32), default="registered", index=True)
    received_on: Mapped[date] = mapped_column(Date)
    accept_due: Mapped[date | None] = mapped_column(Date)
    accepted_on: Mapped[date | None] = mapped_column(Date)
    mediation_due: Mapped[date | None] = mapped_column(Date)
    verify_due: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    created_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # migration 0002: the rules chosen by the date of receipt (records/rules/rulesets.py)
    rule_set: Mapped[str | None] = mapped_column(String(16))  # samr-20 | samr-121
    rule_articles: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # rule -> cited article
    published_division: Mapped[str | None] = mapped_column(String(12))  # merchant's address published on the platform
    merchant_unreachable: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    identity_verified: Mapped[bool | None] = mapped_column(Boolean)  # None = not recorded
    refusal_ground: Mapped[str | None] = mapped_column(String(32))
    duplicate_of: Mapped[str | None] = mapped_column(String(16))  # ticket of the earlier complaint
    deadline_provisional: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    verify_extended_on: Mapped[date | None] = mapped_column(Date)
    verify_extension_approved_by: Mapped[str | None] = mapped_column(String(64))
    notice_what: Mapped[str | None] = mapped_column(String(32))  # which notification is owed
    notice_due: Mapped[date | None] = mapped_column(Date)
    notice_sent_on: Mapped[date | None] = mapped_column(Date)
    # migration 0005: the platform classification (ivr/refdata/classification.py) the agent picked
    subcategory: Mapped[str | None] = mapped_column(String(32))  # goods/services subcategory
    problem: Mapped[str | None] = mapped_column(String(32))  # the problem type (complaints)
    violation: Mapped[str | None] = mapped_column(String(32))  # the kind of violation (reports)


class ClockPause(Base):
    """A period (testing, inspection, appraisal) that stops a complaint's mediation or a report's clock."""

    __tablename__ = "clock_pauses"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    clock: Mapped[str] = mapped_column(String(32))  # mediation | verify
    reason: Mapped[str] = mapped_column(String(16))  # testing | inspection | appraisal
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    started_by: Mapped[str] = mapped_column(String(64))
    ended_by: Mapped[str | None] = mapped_column(String(64))


class ComplaintAudit(Base):
    __tablename__ = "complaint_audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    actor: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    action: Mapped[str] = mapped_column(String(32))
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)  # field -> [old, new]


# --- web users (used by ivr/web) ------------------------------------------------------

USER_ROLES = ("admin", "supervisor", "agent")


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16))  # admin | supervisor | agent
    centre: Mapped[str | None] = mapped_column(String(16))  # 'cn' = national
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)


class AuditLog(Base):
    """Who did what, for every action that changes or reveals data (web, downloads)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    object: Mapped[str | None] = mapped_column(String(256))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
