"""mask caller numbers stored in clear (call slots, raw call events) before the privacy fix

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30

Calls keep ``caller_hash`` and ``caller_masked`` (written from the start); the clear number
was also left in ``calls.slots["caller"]`` and in the raw JSON of ``call_events``. This
rewrites both: every number a call's events or slots carry is masked wherever it appears in
that call's rows. There is no downgrade of the data (the numbers are gone).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from ivr.privacy import caller_numbers, hide_numbers

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

calls = sa.table("calls", sa.column("id", sa.Integer), sa.column("call_id", sa.String), sa.column("slots", sa.JSON))
events = sa.table("call_events", sa.column("id", sa.Integer), sa.column("call_id", sa.String),
                  sa.column("data", sa.JSON))


def upgrade() -> None:
    bind = op.get_bind()
    numbers: dict[str | None, set[str]] = {}
    for row in bind.execute(sa.select(events.c.call_id, events.c.data)):
        if isinstance(row.data, dict):
            numbers.setdefault(row.call_id, set()).update(caller_numbers(row.data))
            record_slots = row.data.get("slots")
            if isinstance(record_slots, dict):
                numbers[row.call_id].update(caller_numbers(record_slots))
    for call_id, slots in bind.execute(sa.select(calls.c.call_id, calls.c.slots)):
        if isinstance(slots, dict):
            numbers.setdefault(call_id, set()).update(caller_numbers({"slots": slots}))
    for pk, call_id, data in bind.execute(sa.select(events.c.id, events.c.call_id, events.c.data)).all():
        new = hide_numbers(data, _numbers_of(numbers, call_id, data))
        if new != data:
            bind.execute(events.update().where(events.c.id == pk).values(data=new))
    for pk, call_id, slots in bind.execute(sa.select(calls.c.id, calls.c.call_id, calls.c.slots)).all():
        new = hide_numbers(slots, numbers.get(call_id, set()))
        if new != slots:
            bind.execute(calls.update().where(calls.c.id == pk).values(slots=new))


def _numbers_of(numbers: dict[str | None, set[str]], call_id: str | None, data: Any) -> set[str]:
    found = set(numbers.get(call_id, set()))
    if isinstance(data, dict):
        found.update(caller_numbers(data))
    return found


def downgrade() -> None:
    """Nothing to undo in the schema; masked numbers stay masked."""
