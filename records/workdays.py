"""Working days for the statutory clocks, from the checked-in holiday calendar (holidays_cn.csv)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path


@dataclass(frozen=True)
class Calendar:
    holidays: frozenset[date]
    workdays: frozenset[date]  # weekend dates that are working days (make-up days)
    years: frozenset[int]

    def covers(self, year: int) -> bool:
        return year in self.years

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


def parse_calendar(text: str) -> Calendar:
    holidays: set[date] = set()
    workdays: set[date] = set()
    rows = csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    for lineno, row in enumerate(rows, start=2):
        try:
            day = date.fromisoformat(row["date"])
        except (TypeError, ValueError) as exc:
            raise ValueError(f"holiday calendar row {lineno}: bad date {row.get('date')!r}") from exc
        if row["kind"] == "holiday":
            holidays.add(day)
        elif row["kind"] == "workday":
            if day.weekday() < 5:
                raise ValueError(f"holiday calendar row {lineno}: make-up workday {day} is not a weekend")
            workdays.add(day)
        else:
            raise ValueError(f"holiday calendar row {lineno}: kind must be holiday or workday")
    years = {d.year for d in holidays | workdays}
    return Calendar(frozenset(holidays), frozenset(workdays), frozenset(years))


@cache
def china_calendar() -> Calendar:
    return parse_calendar((Path(__file__).parent / "holidays_cn.csv").read_text(encoding="utf-8"))
