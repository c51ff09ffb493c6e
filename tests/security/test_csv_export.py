"""CSV exports: a cell a spreadsheet would run as a formula is escaped; numbers stay numbers."""

from __future__ import annotations

import csv
import io

from ivr.web.records_api import _csv_or_json


def test_formula_cells_are_escaped() -> None:
    rows = [{"region": "=HYPERLINK(\"http://evil\",\"x\")", "category": "+cmd|' /C calc'!A0", "count": 3},
            {"region": "@SUM(1)", "category": "-2+3", "count": -1},
            {"region": "北京", "category": "food", "count": 0}]
    reply = _csv_or_json(rows, "csv", "r", ["region", "category", "count"])
    parsed = list(csv.DictReader(io.StringIO(reply.body.decode())))
    assert [r["region"] for r in parsed] == ["'=HYPERLINK(\"http://evil\",\"x\")", "'@SUM(1)", "北京"]
    assert [r["category"] for r in parsed] == ["'+cmd|' /C calc'!A0", "'-2+3", "food"]
    assert [r["count"] for r in parsed] == ["3", "-1", "0"]
