"""The statutory clocks' calendar is the one national calendar (ivr/refdata/holidays.py); these names
stay for the records package's callers."""

from __future__ import annotations

from ivr.refdata.holidays import Calendar, art6_substitutes, calendar_path, parse_calendar
from ivr.refdata.holidays import national_calendar as china_calendar

__all__ = ["Calendar", "art6_substitutes", "calendar_path", "china_calendar", "parse_calendar"]
