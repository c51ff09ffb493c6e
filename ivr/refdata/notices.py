"""A year's State Council holiday notice (国务院办公厅关于部分节假日安排的通知) as data: checked, then
merged into the calendar file (ivr/refdata/holidays_cn.csv format) in place of that year's rows.

Checks (each refusal in Mandarin and English): a title naming the notice; every date in the
notice's year; ranges that run forwards, last at most 15 days and do not overlap; make-up working
days on a Saturday or Sunday, outside the holidays, each listed once.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from ivr.refdata.holidays import SOURCE_LINE, parse_calendar

MAX_RANGE_DAYS = 15
HEADER = "date,kind,name,source"


@dataclass(frozen=True)
class HolidayRange:
    name: str  # 春节
    start: date
    end: date  # inclusive

    def days(self) -> list[date]:
        return [date.fromordinal(n) for n in range(self.start.toordinal(), self.end.toordinal() + 1)]


@dataclass(frozen=True)
class MakeupDay:
    day: date
    name: str  # 春节调休上班


@dataclass(frozen=True)
class Notice:
    year: int
    title: str  # 国务院办公厅关于2027年部分节假日安排的通知 (国办发明电〔…〕…号, date)
    holidays: tuple[HolidayRange, ...]
    workdays: tuple[MakeupDay, ...] = ()


def _name_error(name: str, what: str) -> str | None:
    if not name.strip() or len(name) > 32 or any(ch in name for ch in ",\n\r\"#"):
        return (f"{what}名称须为1至32个字符且不含逗号、引号、换行或# / {what_en(what)} name must be 1-32 characters "
                "without commas, quotes, line breaks or #")
    return None


def what_en(what: str) -> str:
    return {"节假日": "holiday", "调休上班日": "make-up working day"}.get(what, what)


def check_notice(notice: Notice) -> list[str]:
    """What is wrong with ``notice``; empty when it can be loaded."""
    errors: list[str] = []
    if not 2000 <= notice.year <= 2100:
        errors.append(f"年份 {notice.year} 超出范围 / year {notice.year} is out of range (2000-2100)")
    title = notice.title.strip()
    if not title or len(title) > 200 or "\n" in title or "\r" in title:
        errors.append("须写明通知的名称与文号（1至200个字符，一行） / name the notice and its number "
                      "(1-200 characters, one line)")
    if not notice.holidays:
        errors.append("通知至少要有一个节假日 / a notice has at least one holiday")
    taken: dict[date, str] = {}
    for rng in notice.holidays:
        if (problem := _name_error(rng.name, "节假日")):
            errors.append(problem)
        if rng.end < rng.start:
            errors.append(f"{rng.name}：结束日 {rng.end} 早于开始日 {rng.start} / {rng.name}: ends ({rng.end}) "
                          f"before it starts ({rng.start})")
            continue
        if rng.start.year != notice.year or rng.end.year != notice.year:
            errors.append(f"{rng.name}：{rng.start}至{rng.end} 不在 {notice.year} 年内 / {rng.name}: "
                          f"{rng.start}..{rng.end} is not within {notice.year}")
            continue
        if (rng.end - rng.start).days >= MAX_RANGE_DAYS:
            errors.append(f"{rng.name}：超过{MAX_RANGE_DAYS}天 / {rng.name}: longer than {MAX_RANGE_DAYS} days")
            continue
        for day in rng.days():
            if day in taken:
                errors.append(f"{rng.name} 与 {taken[day]} 重叠（{day}） / {rng.name} overlaps {taken[day]} "
                              f"on {day}")
                break
            taken[day] = rng.name
    seen: set[date] = set()
    for makeup in notice.workdays:
        if (problem := _name_error(makeup.name, "调休上班日")):
            errors.append(problem)
        day = makeup.day
        if day.year != notice.year:
            errors.append(f"调休上班日 {day} 不在 {notice.year} 年内 / make-up working day {day} is not within "
                          f"{notice.year}")
        elif day.weekday() < 5:
            errors.append(f"调休上班日 {day} 不是周六或周日 / make-up working day {day} is not a Saturday or Sunday")
        elif day in taken:
            errors.append(f"调休上班日 {day} 在 {taken[day]} 假期内 / make-up working day {day} falls in the "
                          f"{taken[day]} holiday")
        elif day in seen:
            errors.append(f"调休上班日 {day} 重复 / make-up working day {day} is listed twice")
        seen.add(day)
    return errors


class NoticeRejected(ValueError):
    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


def _row(day: date, kind: str, name: str) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow([day.isoformat(), kind, name, "notice"])
    return out.getvalue()


def apply_notice(text: str, notice: Notice) -> str:
    """The calendar file ``text`` with ``notice`` in place of every row and source line of its year."""
    errors = check_notice(notice)
    if errors:
        raise NoticeRejected(errors)
    header: list[str] = []
    rows: list[tuple[date, str]] = []
    dropping = False
    source_at = -1
    for line in text.splitlines():
        if line.startswith("#"):
            match = SOURCE_LINE.match(line)
            if match:
                dropping = int(match[1]) == notice.year
                if not dropping:
                    header.append(line)
                source_at = len(header)
                continue
            if dropping and line.startswith("#     "):
                continue  # the dropped source line's continuation
            dropping = False
            header.append(line)
        elif line.strip() and line.strip() != HEADER:
            day = date.fromisoformat(line.split(",", 1)[0])
            if day.year != notice.year:
                rows.append((day, line))
    source = f"#   {notice.year}: {notice.title.strip()}"
    years = [(int(m[1]), i) for i, line in enumerate(header) if (m := SOURCE_LINE.match(line))]
    later = [i for year, i in years if year > notice.year]
    header.insert(later[0] if later else (source_at if source_at >= 0 else len(header)), source)
    for rng in notice.holidays:
        rows += [(day, _row(day, "holiday", rng.name.strip())) for day in rng.days()]
    rows += [(m.day, _row(m.day, "workday", m.name.strip())) for m in notice.workdays]
    rows.sort(key=lambda r: r[0])
    merged = "\n".join([*header, HEADER, *(line for _, line in rows)]) + "\n"
    try:
        parse_calendar(merged)
    except ValueError as exc:
        raise NoticeRejected([f"日历无效 / the calendar would be invalid: {exc}"]) from exc
    return merged
