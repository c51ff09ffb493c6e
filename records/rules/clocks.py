"""Statutory clocks that can pause: when a period of working days or days ends.

Counting: the day the clock starts (receipt, acceptance, decision) is not counted; counting begins
the next day. A pause (testing, inspection, appraisal) that starts on day S and ends on day E
removes the days after S up to and including E: the clock ran on S, and restarts counting the day
after E, the same convention as at the start. While a pause has no end the due date is unknown.
A period in days ends on its last day even when that is a rest day (no rolling forward).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from records.rules.rulesets import ClockRule
from records.workdays import Calendar

MAX_SPAN_DAYS = 3660  # a clock that would run ten years is a data error, not a deadline


@dataclass(frozen=True)
class Pause:
    start: date
    end: date | None = None  # None: still paused

    def covers(self, day: date) -> bool:
        return self.start < day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Due:
    day: date | None  # None while the clock is paused
    paused: bool
    provisional: bool  # a counted day lies in a year whose holidays are not yet published


def check_pauses(start: date, pauses: Sequence[Pause]) -> None:
    for pause in pauses:
        if pause.start < start:
            raise ValueError(f"a pause cannot start ({pause.start}) before its clock ({start})")
        if pause.end is not None and pause.end < pause.start:
            raise ValueError(f"a pause cannot end ({pause.end}) before it starts ({pause.start})")
    if sum(p.end is None for p in pauses) > 1:
        raise ValueError("only one pause of a clock can be open")


def due_date(
    rule: ClockRule, start: date, calendar: Calendar, pauses: Sequence[Pause] = (), *, extended: bool = False,
) -> Due:
    if extended and not rule.extension:
        raise ValueError(f"the {rule.name} clock has no extension")
    check_pauses(start, pauses)
    if any(p.end is None for p in pauses):
        return Due(None, True, False)
    remaining = rule.length + (rule.extension if extended else 0)
    day, provisional = start, False
    while remaining > 0:
        day += timedelta(days=1)
        if (day - start).days > MAX_SPAN_DAYS:
            raise ValueError(f"the {rule.name} clock from {start} does not end within ten years")
        if any(p.covers(day) for p in pauses):
            continue
        if rule.unit == "days" or calendar.is_working_day(day):
            remaining -= 1
            if rule.unit == "working_days" and (calendar.is_provisional(day.year) or not calendar.covers(day.year)):
                provisional = True
    return Due(day, False, provisional)
