"""Reference rows every database needs: centres and the department hierarchy (idempotent)."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ivr.refdata import NATIONAL_CENTRE, province_by_code, provinces
from records.models import Centre, Department

NATIONAL_DIVISION = "000000"


def department_rows() -> list[dict[str, str | None]]:
    rows: list[dict[str, str | None]] = [
        {"code": NATIONAL_DIVISION, "level": "national", "name_zh": "国家市场监督管理总局",
         "parent_code": None, "centre": NATIONAL_CENTRE}
    ]
    for p in provinces():
        rows.append({"code": p.division_code, "level": "province", "name_zh": f"{p.name_zh}市场监督管理局",
                     "parent_code": NATIONAL_DIVISION, "centre": p.centre})
    text = (Path(__file__).parent / "departments_sample.csv").read_text(encoding="utf-8")
    for row in csv.DictReader(line for line in text.splitlines() if not line.startswith("#")):
        province = province_by_code(row["code"])
        rows.append({"code": row["code"], "level": row["level"], "name_zh": row["name_zh"],
                     "parent_code": row["parent_code"], "centre": province.centre if province else None})
    return rows


def seed_reference(session: Session) -> None:
    have_centres = set(session.scalars(select(Centre.id)))
    for p in provinces():
        if p.centre not in have_centres:
            session.add(Centre(id=p.centre, name_zh=p.name_zh, name_en=p.name_en, division_code=p.division_code))
    if NATIONAL_CENTRE not in have_centres:
        session.add(Centre(id=NATIONAL_CENTRE, name_zh="全国", name_en="National", division_code=NATIONAL_DIVISION))
    have_depts = set(session.scalars(select(Department.code)))
    for row in department_rows():  # parents come before children in this order
        if row["code"] not in have_depts:
            session.add(Department(**row))
            session.flush()
