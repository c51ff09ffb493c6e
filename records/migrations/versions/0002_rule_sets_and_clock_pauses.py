"""rule sets stored with complaints, platform address, acceptance, extensions, notices, clock pauses

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SWITCH = date(2026, 4, 15)  # SAMR Order No. 121 in force; a migration keeps its own copy of the date


def upgrade() -> None:
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rule_set", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("rule_articles", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("published_division", sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column("merchant_unreachable", sa.Boolean(), server_default=sa.false(),
                                      nullable=False))
        batch_op.add_column(sa.Column("identity_verified", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("refusal_ground", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("duplicate_of", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("deadline_provisional", sa.Boolean(), server_default=sa.false(),
                                      nullable=False))
        batch_op.add_column(sa.Column("verify_extended_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("verify_extension_approved_by", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("notice_what", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("notice_due", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("notice_sent_on", sa.Date(), nullable=True))
    # complaints already on file run on the rule set in force on the day they were received
    complaints = sa.table("complaints", sa.column("rule_set", sa.String), sa.column("received_on", sa.Date))
    op.execute(complaints.update().where(complaints.c.received_on < SWITCH).values(rule_set="samr-20"))
    op.execute(complaints.update().where(complaints.c.rule_set.is_(None)).values(rule_set="samr-121"))
    op.create_table(
        "clock_pauses",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("clock", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("started_by", sa.String(length=64), nullable=False),
        sa.Column("ended_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaints.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("clock_pauses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clock_pauses_complaint_id"), ["complaint_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("clock_pauses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clock_pauses_complaint_id"))
    op.drop_table("clock_pauses")
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        for name in ("notice_sent_on", "notice_due", "notice_what", "verify_extension_approved_by",
                     "verify_extended_on", "deadline_provisional", "duplicate_of", "refusal_ground",
                     "identity_verified", "merchant_unreachable", "published_division", "rule_articles",
                     "rule_set"):
            batch_op.drop_column(name)
