"""The menu's `open` test reads the ACD configuration, the one source of opening hours: the centre a
call is routed to (region slots or a rule naming a centre), else the shared hours; public holidays
count as Sundays and make-up working days (调休) as Mondays (the one national calendar)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ivr.menus.menuset import MenuSet
from queueing.config_store import parse_config
from queueing.opening_hours import AcdOpeningHours
from tests.engine.calls import acd_hours, place_call

BEIJING = ZoneInfo("Asia/Shanghai")
CONFIG = parse_config("""
defaults:
  hours: {days: [1, 2, 3, 4, 5], open: "08:30", close: "18:00"}
centres:
  gd:
    hours: {days: [1, 2, 3, 4, 5, 6, 7], open: "08:00", close: "24:00"}
  cn:
    hours: {days: [1, 2, 3, 4, 5, 6, 7], open: "00:00", close: "24:00"}
rules:
  - name: English speakers to the national centre
    match: {language: en}
    centre: cn
""")
HOURS = AcdOpeningHours(CONFIG)


@pytest.mark.parametrize("at,slots,open_", [
    (datetime(2026, 10, 12, 10, 0), {}, True),      # an ordinary Monday, shared hours
    (datetime(2026, 10, 12, 18, 0), {}, False),     # closing time itself
    (datetime(2026, 10, 1, 10, 0), {}, False),      # National Day: a Sunday for the centres
    (datetime(2026, 9, 20, 10, 0), {}, True),       # Sunday, a make-up working day: a Monday
    (datetime(2026, 10, 17, 10, 0), {}, False),     # an ordinary Saturday
    (datetime(2026, 10, 17, 23, 59), {"region": "44"}, True),               # routed to Guangdong, open to 24:00
    (datetime(2026, 10, 17, 10, 0), {"region": "11"}, False),               # Beijing has the shared hours
    (datetime(2026, 10, 17, 10, 0), {"region": "11", "business_region": "44"}, True),  # the business's centre
    (datetime(2026, 10, 17, 3, 0), {"language": "en"}, True),               # a rule routes to the national centre
], ids=lambda v: v.isoformat() if isinstance(v, datetime) else str(v))
def test_open_follows_the_routed_centre_or_the_shared_hours(at: datetime, slots: dict[str, str], open_: bool) -> None:
    assert HOURS.is_open(at.replace(tzinfo=BEIJING), slots, "12315") is open_


def test_a_dialled_number_rule_chooses_the_centre() -> None:
    config = parse_config(CONFIG_WITH_DNIS_RULE)
    saturday_night = datetime(2026, 10, 17, 22, 0, tzinfo=BEIJING)
    assert AcdOpeningHours(config).is_open(saturday_night, {}, "12331")
    assert not AcdOpeningHours(config).is_open(saturday_night, {}, "12315")


CONFIG_WITH_DNIS_RULE = """
defaults:
  hours: {days: [1, 2, 3, 4, 5], open: "08:30", close: "18:00"}
centres:
  cn:
    hours: {days: [1, 2, 3, 4, 5, 6, 7], open: "00:00", close: "24:00"}
rules:
  - name: food line to the national centre
    match: {dnis: "12331"}
    centre: cn
"""


async def test_a_publish_of_other_hours_changes_the_next_calls_path(shipped: MenuSet, data_dir: Path) -> None:
    """The engine asks the hours object each call; replacing its configuration (what a publish
    does through the config store's listener) changes the next call without a restart."""
    hours = acd_hours()
    evening = datetime(2026, 12, 1, 19, 0, tzinfo=BEIJING)
    first = await place_call(shipped, data_dir, ["1", "hangup"], at=evening, hours=hours)
    assert "closed_notice" not in first.path  # shipped: 08:30-20:30
    hours.replace_config(parse_config('defaults:\n  hours: {open: "08:30", close: "18:00"}\n'))
    second = await place_call(shipped, data_dir, ["1", "hangup"], at=evening, hours=hours)
    assert second.steps("hours_check")[0].result == "closed_notice"


WEEKLY = parse_config("""
defaults:
  hours:
    weekly:
      mon: ["08:30-18:00"]
      tue: ["08:30-18:00"]
      wed: ["08:30-18:00"]
      thu: ["08:30-18:00"]
      fri: ["08:30-18:00"]
      sat: ["09:00-17:00"]
      sun: ["09:00-17:00"]
""")


@pytest.mark.parametrize("at,closed", [
    (datetime(2026, 10, 17, 17, 30, tzinfo=BEIJING), True),   # Saturday after 17:00
    (datetime(2026, 10, 17, 16, 30, tzinfo=BEIJING), False),  # Saturday afternoon before 17:00
    (datetime(2026, 10, 14, 17, 30, tzinfo=BEIJING), False),  # Wednesday 17:30
], ids=lambda v: v.isoformat() if isinstance(v, datetime) else str(v))
async def test_a_weekly_configuration_decides_the_calls_path(shipped: MenuSet, data_dir: Path, at: datetime,
                                                             closed: bool) -> None:
    call = await place_call(shipped, data_dir, ["1", "hangup"], at=at, hours=AcdOpeningHours(WEEKLY))
    assert (call.steps("hours_check")[0].result == "closed_notice") is closed
    assert ("closed_notice" in call.path) is closed
