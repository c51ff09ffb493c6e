"""calls.caller_sealed: the caller number encrypted, for the handling department and callbacks

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

The engine seals the number in the live call (ivr/privacy_vault.py, Fernet under
IVR_CALLER_NUMBER_KEYS or a key derived from IVR_SECRET_KEY); the records writer stores the
sealed text from CALL_START. Calls written before this revision have no clear number left to
seal (migration 0003 masked them), so the column starts empty for them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.add_column(sa.Column("caller_sealed", sa.String(length=512), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.drop_column("caller_sealed")
