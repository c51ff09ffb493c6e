"""The one holiday calendar of the country: public holidays and make-up working days (调休上班).

Read by the menu schedule (ivr.menus.schema.Schedule), the ACD opening hours
(queueing.centres.Hours) and the statutory clocks (records.rules.clocks). The checked-in data
is ``holidays_cn.csv`` (the State Council notices it was typed from are named in its header
lines ``#   <year>: <source>``); administrators publish later years' notices as new versions
(ivr.refdata.calendar_store), and every process installs the live version with :func:`install`.

A year is *provisional* while its rows come from the statute rather than the State Council's
notice (source ``statute`` or ``art6``): deadlines that count days of such a year say so.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib import resources
from pathlib import Path

SOURCES = ("notice", "statute", "art6")
DATA_FILE = "holidays_cn.csv"
SOURCE_LINE = re.compile(r"^#\s+(\d{4}):\s+(.+?)\s*$")


@dataclass(frozen=True)
class Calendar:
    holidays: frozenset[date]
    workdays: frozenset[date]  # weekend dates that are working days (make-up days)
    years: frozenset[int]
    provisional_years: frozenset[int] = field(default_factory=frozenset)
    sources: tuple[tuple[int, str], ...] = ()  # (year, the notice or statute the year's rows follow)

    def covers(self, year: int) -> bool:
        return year in self.years

    def is_provisional(self, year: int) -> bool:
        return year in self.provisional_years

    def is_holiday(self, day: date) -> bool:
        return day in self.holidays

    def is_makeup_workday(self, day: date) -> bool:
        return day in self.workdays

    def is_working_day(self, day: date) -> bool:
        if day in self.holidays:
            return False
        if day in self.workdays:
            return True
        return day.weekday() < 5

    def source_of(self, year: int) -> str | None:
        return dict(self.sources).get(year)

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
    """The calendar in ``text`` (CSV ``date,kind,name[,source]``); ValueError naming the bad row."""
    holidays: set[date] = set()
    workdays: set[date] = set()
    provisional: set[int] = set()
    sources = {int(m[1]): m[2] for m in (SOURCE_LINE.match(line) for line in text.splitlines()) if m}
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
    return Calendar(frozenset(holidays), frozenset(workdays), frozenset(years), frozenset(provisional),
                    tuple(sorted(sources.items())))


def calendar_path() -> Path:
    return Path(str(resources.files("ivr.refdata").joinpath(DATA_FILE)))


def shipped_text() -> str:
    return resources.files("ivr.refdata").joinpath(DATA_FILE).read_text(encoding="utf-8")


@cache
def shipped_calendar() -> Calendar:
    return parse_calendar(shipped_text())


_installed: list[Calendar] = []


def install(calendar: Calendar) -> None:
    """Make ``calendar`` the one every reader gets (the live version of the calendar store)."""
    _installed[:] = [calendar]


def national_calendar() -> Calendar:
    """The calendar in force in this process: the installed version, else the checked-in data."""
    return _installed[0] if _installed else shipped_calendar()
