"""One holiday calendar: a State Council notice loaded as a new calendar version closes the ACD
centres (whose hours the menu's open test reads) and moves a statutory deadline; another worker
(own data directory, same real Redis) follows the version."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import redis.asyncio as aioredis
from sqlalchemy.orm import Session, sessionmaker

from ivr.refdata.calendar_store import CalendarStore
from ivr.refdata.holidays import install, national_calendar, shipped_calendar
from ivr.refdata.notices import HolidayRange, MakeupDay, Notice, NoticeRejected
from ivr.settings import Settings
from queueing.centres import CentreConfig
from queueing.config_store import parse_config
from queueing.opening_hours import AcdOpeningHours
from records.complaints import ComplaintCreate, create_complaint

MONDAY = date(2030, 3, 4)  # a year the checked-in data does not cover
NOTICE = Notice(2030, "国务院办公厅关于2030年部分节假日安排的通知（测试）",
                (HolidayRange("测试假", MONDAY, date(2030, 3, 5)),),
                (MakeupDay(date(2030, 3, 9), "测试调休上班"),))
CENTRE = CentreConfig.model_validate({"id": "bj", "hours": {"days": [1, 2, 3, 4, 5], "open": "08:30",
                                                            "close": "18:00"}})
# the menu's open test: the ACD's shared hours for a call not yet routed
MENU_HOURS = AcdOpeningHours(parse_config(
    'defaults:\n  hours: {days: [1, 2, 3, 4, 5], open: "08:30", close: "18:00"}\n'))
BEIJING = ZoneInfo("Asia/Shanghai")


def menu_open(local: datetime) -> bool:
    return MENU_HOURS.is_open(local.replace(tzinfo=BEIJING), {}, "12315")


@pytest.fixture(autouse=True)
def shipped_calendar_after() -> Iterator[None]:
    yield
    install(shipped_calendar())  # the calendar is process-wide: later tests get the checked-in one


def accept_due(sessions: sessionmaker[Session], received: date) -> date | None:
    with sessions.begin() as s:
        return create_complaint(s, ComplaintCreate(), "a", centre="bj", today=received).accept_due


async def follow(worker: CalendarStore) -> None:
    stop, followed = asyncio.Event(), asyncio.Event()
    worker.versions.on_change(lambda cal: followed.set() if cal.is_holiday(MONDAY) else None)
    task = asyncio.create_task(worker.watch(stop))
    try:
        await followed.wait()
    finally:
        stop.set()
        await task


@pytest.mark.asyncio(loop_scope="function")
async def test_a_loaded_holiday_closes_menu_and_acd_and_moves_deadlines(
    sessions: sessionmaker[Session], redis_url: str, tmp_path: Path,
) -> None:
    redis = aioredis.from_url(redis_url)
    await redis.delete("ivr:calendar:published", "ivr:calendar:counter")
    admin = CalendarStore(Settings(data_dir=tmp_path / "admin"), redis)
    worker = CalendarStore(Settings(data_dir=tmp_path / "worker"), redis)
    try:
        await admin.start()
        ten = datetime.combine(MONDAY, datetime.min.time()).replace(hour=10)
        saturday = ten.replace(day=9)
        assert menu_open(ten) and CENTRE.hours.is_open(ten)
        assert not menu_open(saturday) and not CENTRE.hours.is_open(saturday)
        before = accept_due(sessions, date(2030, 3, 1))  # Friday + 7 working days
        assert before == date(2030, 3, 12)

        info = await admin.load_notice(NOTICE, "root", "2030 notice")
        assert info.number == 2 and [v.author for v in admin.list_versions()] == ["system", "root"]
        assert national_calendar().source_of(2030) == NOTICE.title
        assert not menu_open(ten) and not CENTRE.hours.is_open(ten)  # the holiday closes both
        assert menu_open(saturday) and CENTRE.hours.is_open(saturday)  # the make-up Saturday opens both
        # Mon 4 and Tue 5 are holidays, Sat 9 works: 6, 7, 8, 9, 11, 12, 13
        assert accept_due(sessions, date(2030, 3, 1)) == date(2030, 3, 13)
        assert "2030-03-04,holiday,测试假,notice" in admin.text()
        assert "2026-10-01,holiday,国庆节,notice" in admin.text()  # other years untouched

        await asyncio.wait_for(follow(worker), timeout=30)
        assert worker.versions.current().is_makeup_workday(date(2030, 3, 9))
    finally:
        await redis.delete("ivr:calendar:published", "ivr:calendar:counter")
        await redis.aclose()


def test_a_bad_notice_changes_nothing(tmp_path: Path) -> None:
    store = CalendarStore(Settings(data_dir=tmp_path))
    before = store.text()
    bad = Notice(2030, "通知", (HolidayRange("春节", date(2030, 2, 2), date(2030, 2, 8)),
                             HolidayRange("其他", date(2030, 2, 8), date(2030, 2, 9))),
                 (MakeupDay(date(2030, 2, 4), "周一"), MakeupDay(date(2031, 1, 4), "明年")))
    with pytest.raises(NoticeRejected) as refused:
        asyncio.run(store.load_notice(bad, "root", "bad"))
    text = " | ".join(refused.value.errors)
    assert "overlaps 春节 on 2030-02-08" in text and "与 春节 重叠" in text
    assert "2030-02-04 is not a Saturday or Sunday" in text and "not within 2030" in text
    assert store.text() == before and len(store.list_versions()) == 1
    assert not national_calendar().covers(2030)
