"""Opening hours per weekday (queueing.centres.Hours.weekly) beside the old days/open/close shorthand:
ranges checked (format, closing after opening, 24:00 ends the day, no overlaps) with errors that name
the weekday and the range; holidays count as Sunday and make-up working days as Monday; a centre's
own form of hours replaces the shared form."""

from __future__ import annotations

from datetime import datetime

import pytest
from pydantic import ValidationError

from queueing.centres import ConfigError, Hours
from queueing.config_store import parse_config

NATIONAL_WEEK = {"mon": ["08:30-18:00"], "tue": ["08:30-18:00"], "wed": ["08:30-18:00"], "thu": ["08:30-18:00"],
                 "fri": ["08:30-18:00"], "sat": ["09:00-17:00"], "sun": ["09:00-17:00"]}
MONDAY, SATURDAY = datetime(2026, 10, 12), datetime(2026, 10, 17)


def at(day: datetime, hhmm: str) -> datetime:
    hours, minutes = hhmm.split(":")
    return day.replace(hour=int(hours), minute=int(minutes))


def test_the_shorthand_reads_as_the_same_week() -> None:
    shorthand = Hours(days=[1, 2, 3, 4, 5], open="08:30", close="18:00", national_calendar=False)
    weekdays = {d: ["08:30-18:00"] for d in ("mon", "tue", "wed", "thu", "fri")}
    assert shorthand.week() == {**weekdays, "sat": [], "sun": []}
    assert shorthand.describe() == "mon-fri 08:30-18:00; sat-sun closed"
    assert shorthand.is_open(at(MONDAY, "17:59")) and not shorthand.is_open(at(SATURDAY, "10:00"))


def test_weekly_decides_when_given_and_a_day_may_have_a_lunch_break() -> None:
    week = {**NATIONAL_WEEK, "mon": ["08:30-12:00", "13:30-18:00"]}
    hours = Hours.model_validate({"days": [1], "open": "00:00", "close": "24:00", "weekly": week,
                                  "national_calendar": False})
    assert hours.describe() == "mon 08:30-12:00, 13:30-18:00; tue-fri 08:30-18:00; sat-sun 09:00-17:00"
    assert [hours.is_open(at(MONDAY, t)) for t in ("08:29", "08:30", "12:00", "13:29", "13:30", "17:59", "18:00")] \
        == [False, True, False, False, True, True, False]
    assert hours.is_open(at(SATURDAY, "16:59")) and not hours.is_open(at(SATURDAY, "17:00"))
    left_out = Hours.model_validate({"weekly": {"mon": ["08:30-18:00"]}})
    assert not left_out.is_open(at(SATURDAY, "10:00"))  # a weekday left out is closed
    one_range = Hours.model_validate({"weekly": {"sat": "09:00-17:00", "sun": None}})
    assert one_range.week()["sat"] == ["09:00-17:00"] and one_range.week()["sun"] == []


def test_24_00_ends_the_day_and_touching_ranges_are_allowed() -> None:
    hours = Hours.model_validate({"weekly": {"sat": ["00:00-12:00", "12:00-24:00"]}, "national_calendar": False})
    assert hours.is_open(at(SATURDAY, "23:59")) and hours.is_open(at(SATURDAY, "12:00"))
    assert hours.describe() == "mon-fri closed; sat 00:00-12:00, 12:00-24:00; sun closed"


@pytest.mark.parametrize("week,field,message", [
    ({"sat": ["17:00-09:00"]}, "weekly.sat",
     "sat range 17:00-09:00: closing time 09:00 must be later than opening time 17:00 (24:00 = end of day)"),
    ({"sat": ["09:00-09:00"]}, "weekly.sat", "sat range 09:00-09:00: closing time 09:00 must be later"),
    ({"tue": ["08:30-12:00", "11:30-18:00"]}, "weekly.tue", "tue ranges 08:30-12:00 and 11:30-18:00 overlap"),
    ({"wed": ["08:30-18:00", "09:00-10:00"]}, "weekly.wed", "wed ranges 08:30-18:00 and 09:00-10:00 overlap"),
    ({"sun": ["08:30-24:30"]}, "weekly.sun", "sun range '08:30-24:30': time out of range: '24:30'"),
    ({"mon": ["0830-1800"]}, "weekly.mon", "mon range '0830-1800': time must be HH:MM, got '0830'"),
    ({"mon": ["08:30"]}, "weekly.mon", "mon range '08:30' must be HH:MM-HH:MM"),
    ({"sab": ["09:00-17:00"]}, "weekly", "unknown weekday sab; weekdays are mon, tue"),
])
def test_a_wrong_range_is_refused_naming_the_weekday_and_range(week: dict[str, list[str]], field: str,
                                                               message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        Hours.model_validate({"weekly": week})
    [error] = refused.value.errors()
    assert ".".join(str(p) for p in error["loc"]) == field
    assert message in error["msg"]


def test_a_holiday_counts_as_sunday_and_a_make_up_day_as_monday() -> None:
    hours = Hours.model_validate({"weekly": {**NATIONAL_WEEK, "sun": []}})
    national_day = datetime(2026, 10, 1, 10, 0)  # a Thursday, a public holiday: Sunday's (no) hours
    assert national_day.isoweekday() == 4 and not hours.is_open(national_day)
    make_up_sunday = datetime(2026, 9, 20, 17, 30)  # a Sunday worked (调休): Monday's 08:30-18:00
    assert make_up_sunday.isoweekday() == 7 and hours.is_open(make_up_sunday)
    ignoring = Hours.model_validate({"weekly": {**NATIONAL_WEEK, "sun": []}, "national_calendar": False})
    assert ignoring.is_open(national_day) and not ignoring.is_open(make_up_sunday)


def test_old_configurations_load_unchanged_and_a_centres_own_form_replaces_the_shared_one() -> None:
    config = parse_config("""
defaults:
  hours: {days: [1, 2, 3, 4, 5], open: "08:30", close: "18:00"}
centres:
  gd:
    hours: {weekly: {sat: ["09:00-17:00"]}}
  sh:
    hours: {close: "20:00"}
""")
    assert config.centres["bj"].hours.describe() == "mon-fri 08:30-18:00; sat-sun closed"
    assert config.centres["sh"].hours.describe() == "mon-fri 08:30-20:00; sat-sun closed"  # shorthand merges
    assert config.centres["gd"].hours.describe() == "mon-fri closed; sat 09:00-17:00; sun closed"  # weekly is whole
    weekly_shared = parse_config("""
defaults:
  hours: {weekly: {mon: ["08:30-18:00"], sat: ["09:00-17:00"]}}
centres:
  sh:
    hours: {days: [1, 2, 3, 4, 5, 6, 7], open: "00:00", close: "24:00"}
""")
    assert weekly_shared.centres["bj"].hours.describe() == \
        "mon 08:30-18:00; tue-fri closed; sat 09:00-17:00; sun closed"
    assert weekly_shared.centres["sh"].hours.describe() == "mon-sun 00:00-24:00"  # its shorthand drops shared weekly
    assert weekly_shared.defaults.hours.week()["sat"] == ["09:00-17:00"]


def test_a_wrong_weekly_range_in_a_file_names_centre_weekday_and_range() -> None:
    expected = r"centre gd hours\.weekly\.sat: sat ranges 09:00-13:00 and 12:00-17:00 overlap"
    with pytest.raises(ConfigError, match=expected):
        parse_config("centres:\n  gd:\n    hours: {weekly: {sat: ['09:00-13:00', '12:00-17:00']}}\n")
