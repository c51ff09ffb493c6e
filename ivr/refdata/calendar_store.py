"""Versions of the one holiday calendar (kind ``calendar``, one file ``holidays_cn.csv``).

Version 1 is the checked-in file (ivr/refdata/holidays_cn.csv). An administrator's State
Council notice (ivr.refdata.notices) becomes a new version; every process that runs
:meth:`CalendarStore.watch` (``ivr serve``) or holds the store (the web app) installs the live
version as the national calendar (ivr.refdata.holidays.install), so the menu schedule, the ACD
hours and the statutory clocks all change with it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from ivr.refdata.holidays import DATA_FILE, Calendar, install, parse_calendar, shipped_text
from ivr.refdata.notices import Notice, NoticeRejected, apply_notice
from ivr.settings import Settings
from ivr.versioned_store import StoreKind, VersionedStore, VersionInfo


def parse_files(files: Mapping[str, str]) -> Calendar:
    """A version's calendar file parsed (the store checks it is the only file); NoticeRejected says why not."""
    try:
        return parse_calendar(files[DATA_FILE])
    except ValueError as exc:
        raise NoticeRejected([str(exc)]) from exc


CALENDAR: StoreKind[Calendar] = StoreKind(name="calendar", what="holiday calendar", parse=parse_files,
                                          single_file=DATA_FILE, rejected=NoticeRejected)


def _install(value: Any) -> None:
    if isinstance(value, Calendar):
        install(value)


class CalendarStore:
    def __init__(self, settings: Settings, redis: Any | None = None) -> None:
        self.versions: VersionedStore[Calendar] = VersionedStore(
            CALENDAR, settings.data_dir / "calendar", lambda: {DATA_FILE: shipped_text()}, redis,
            seed_comment="随软件发布的国务院放假通知 / State Council notices as shipped")
        self.versions.on_change(_install)

    async def start(self) -> Calendar:
        """Seed version 1 if needed and install the live version in this process."""
        await asyncio.to_thread(self.versions.ensure_seeded)
        calendar = await self.versions.load_current()
        install(calendar)
        return calendar

    async def watch(self, stop: asyncio.Event | None = None) -> None:
        await self.start()
        await self.versions.watch(stop)

    def text(self, number: int | None = None) -> str:
        """The calendar file of version ``number`` (the live one by default); blocking."""
        self.versions.ensure_seeded()
        return self.versions.read_version(number or self.versions.current_number())[DATA_FILE]

    def list_versions(self) -> list[VersionInfo]:
        return self.versions.list_versions()

    async def load_notice(self, notice: Notice, author: str, comment: str) -> VersionInfo:
        """A new version with ``notice`` in place of its year; NoticeRejected (nothing changed) when bad."""
        text = await asyncio.to_thread(self.text)
        merged = apply_notice(text, notice)
        return await self.versions.publish({DATA_FILE: merged}, comment, author)  # listeners install it
