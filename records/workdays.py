"""The one holiday calendar of the statutory clocks (holidays_cn.csv): holidays, make-up working days
(调休上班) and which years are still provisional.

A year is *provisional* while its rows come from the statute rather than the State Council's notice
(source ``statute`` or ``art6`` in the file): deadlines that count days of such a year say so.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path

SOURCES = ("notice", "statute", "art6")


@dataclass(frozen=True)
class Calendar:
    holidays: frozenset[date]
    workdays: frozenset[date]  # weekend dates that are working days (make-up days)
    years: frozenset[int]
    provisional_years: frozenset[int] = field(default_factory=frozenset)

    def covers(self, year: int) -> bool:
        return year in self.years

    def is_provisional(self, year: int) -> bool:
        return year in self.provisional_years

    def is_working_day(self, day: date) -> bool:
        if day in self.holidays:
            return False
        if day in self.workdays:
            return True
        return day.weekday() < 5

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after ``start`` (the day of receipt itself is not counted)."""
        if n < 0:
            raise ValueError("n must not be negative")
        day = start
        while n > 0:
            day += timedelta(days=1)
            if self.is_working_day(day):
                n -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]; negative when end is before start."""
        if end < start:
            return -self.working_days_between(end, start)
        count, day = 0, start
        while day < end:
            day += timedelta(days=1)
            count += self.is_working_day(day)
        return count


def art6_substitutes(statutory: Iterable[date]) -> list[date]:
    """Substitute holidays (补假) for statutory days that fall on a Saturday or Sunday.

    全国年节及纪念日放假办法 Art. 6: a holiday of all citizens that falls on a Saturday or Sunday is
    made up on a working day. Each such day gets the next weekday after it that is neither a
    statutory day nor already a substitute (so 初一/初二 2027, Sat 6 and Sun 7 Feb, with 初三 on
    Mon 8 Feb, give Tue 9 and Wed 10 Feb). The State Council's notice may place them otherwise.
    """
    days = set(statutory)
    taken: list[date] = []
    for day in sorted(d for d in days if d.weekday() >= 5):
        sub = day + timedelta(days=1)
        while sub.weekday() >= 5 or sub in days or sub in taken:
            sub += timedelta(days=1)
        taken.append(sub)
    return taken


def parse_calendar(text: str) -> Calendar:
    holidays: set[date] = set()
    workdays: set[date] = set()
    provisional: set[int] = set()
    rows = csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    for lineno, row in enumerate(rows, start=2):
        try:
            day = date.fromisoformat(row["date"])
        except (TypeError, ValueError) as exc:
            raise ValueError(f"holiday calendar row {lineno}: bad date {row.get('date')!r}") from exc
        source = (row.get("source") or "notice").strip()
        if source not in SOURCES:
            raise ValueError(f"holiday calendar row {lineno}: source must be one of {', '.join(SOURCES)}")
        if source != "notice":
            provisional.add(day.year)
        if day in holidays or day in workdays:
            raise ValueError(f"holiday calendar row {lineno}: {day} is listed twice")
        if row["kind"] == "holiday":
            holidays.add(day)
        elif row["kind"] == "workday":
            if day.weekday() < 5:
                raise ValueError(f"holiday calendar row {lineno}: make-up workday {day} is not a weekend")
            workdays.add(day)
        else:
            raise ValueError(f"holiday calendar row {lineno}: kind must be holiday or workday")
    years = {d.year for d in holidays | workdays}
    return Calendar(frozenset(holidays), frozenset(workdays), frozenset(years), frozenset(provisional))


def calendar_path() -> Path:
    return Path(__file__).parent / "holidays_cn.csv"


@cache
def china_calendar() -> Calendar:
    return parse_calendar(calendar_path().read_text(encoding="utf-8"))
