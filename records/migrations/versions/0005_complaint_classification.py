"""the platform classification of complaints: subcategory, problem type, kind of violation

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.add_column(sa.Column("subcategory", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("problem", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("violation", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_column("violation")
        batch_op.drop_column("problem")
        batch_op.drop_column("subcategory")
