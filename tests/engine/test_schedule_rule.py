"""The engine's `open` test follows the menu's calendar: holidays closed, make-up working
days (调休) open with Monday's hours, plain weekends closed, 24:00 as a closing time."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ivr.engine import _is_open
from ivr.menus.schema import Schedule

SCHEDULE = Schedule.model_validate({
    "hours": {"mon": ["08:30-18:00"], "tue": ["08:30-24:00"]},
    "holidays": [date(2026, 10, 5)],  # a Monday of the National Day week
    "workdays": [date(2026, 10, 10)],  # the make-up Saturday
})


@pytest.mark.parametrize("at,open_", [
    (datetime(2026, 10, 12, 10, 0), True),    # an ordinary Monday
    (datetime(2026, 10, 12, 18, 0), False),   # closing time itself
    (datetime(2026, 10, 5, 10, 0), False),    # Monday, but a holiday
    (datetime(2026, 10, 10, 10, 0), True),    # Saturday, a make-up working day: Monday's hours
    (datetime(2026, 10, 10, 19, 0), False),   # ... and only those
    (datetime(2026, 10, 17, 10, 0), False),   # an ordinary Saturday
    (datetime(2026, 10, 13, 23, 59), True),   # Tuesday open until 24:00
])
def test_open_follows_the_calendar(at: datetime, open_: bool) -> None:
    assert _is_open(SCHEDULE, at) is open_
