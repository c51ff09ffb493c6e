from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select

from records.models import Base


def dump(engine: Engine, exclude: frozenset[str] = frozenset()) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order, for comparing two database states."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            cols = [c for c in table.columns if c.name not in exclude]
            rows = conn.execute(select(*cols)).all()
            out[table.name] = sorted(tuple(repr(v) for v in row) for row in rows)
    return out
