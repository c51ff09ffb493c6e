"""Table-driven: jurisdiction, working-day deadlines across holidays, ticket numbers."""

from __future__ import annotations

from datetime import date

import pytest

from records.jurisdiction import Business, decide
from records.seed import department_rows
from records.tickets import luhn_digit, make_ticket, valid_ticket
from records.workdays import china_calendar, parse_calendar

KNOWN = {str(r["code"]) for r in department_rows()}


@pytest.mark.parametrize(
    ("business", "department", "reason_part"),
    [
        (Business(division="110108"), "110108", "business operator is located"),
        (Business(division="110108001"), "110108", "business operator is located"),
        (Business(division="110112"), "110100", "nearest above"),
        (Business(division="510104"), "510000", "nearest above"),
        (Business(online_platform=True, shop_division="330106", platform_division="330108"), "330106",
         "where the shop operates"),
        (Business(online_platform=True, platform_division="330108", division="440305"), "330108",
         "platform operator is registered"),
        (Business(online_platform=True, division="440305"), "440305", "without registration"),
        (Business(division="440305", shop_division="330106"), "440305", "business operator is located"),
        (Business(), None, "unknown"),
        (Business(division="abc"), None, "unknown"),
        (Business(division="000000"), None, "unknown"),
    ],
)
def test_jurisdiction(business: Business, department: str | None, reason_part: str) -> None:
    result = decide(business, KNOWN)
    assert result.department == department
    assert reason_part in result.reason


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        (date(2025, 3, 3), 7, date(2025, 3, 12)),  # plain weeks
        (date(2025, 1, 24), 7, date(2025, 2, 10)),  # Spring Festival 2025 with two make-up Saturdays/Sundays
        (date(2026, 9, 30), 7, date(2026, 10, 15)),  # National Day 2026, Sat 10 Oct is a working day
        (date(2026, 2, 13), 1, date(2026, 2, 14)),  # make-up Saturday counts
        (date(2025, 4, 30), 15, date(2025, 5, 26)),  # report across Labour Day 2025
        (date(2026, 12, 31), 1, date(2027, 1, 4)),  # New Year 2027 and a weekend
        (date(2025, 5, 1), 0, date(2025, 5, 1)),
    ],
)
def test_add_working_days(start: date, days: int, due: date) -> None:
    cal = china_calendar()
    assert cal.add_working_days(start, days) == due
    assert cal.working_days_between(start, due) == days


def test_calendar_rejects_bad_rows() -> None:
    with pytest.raises(ValueError, match="not a weekend"):
        parse_calendar("date,kind,name\n2025-01-27,workday,x\n")
    with pytest.raises(ValueError, match="bad date"):
        parse_calendar("date,kind,name\n2025-13-01,holiday,x\n")
    assert china_calendar().covers(2026) and not china_calendar().covers(2030)


def test_ticket_numbers() -> None:
    ticket = make_ticket(date(2026, 11, 29), 42)
    assert ticket.startswith("26112900042") and len(ticket) == 12 and valid_ticket(ticket)
    for i in range(11):  # any single wrong digit is caught
        wrong = ticket[:i] + str((int(ticket[i]) + 3) % 10) + ticket[i + 1:]
        assert not valid_ticket(wrong)
    assert luhn_digit("7992739871") == "3"  # the textbook Luhn example
    assert not valid_ticket("２６１１２９０００４２" + ticket[-1])
    with pytest.raises(ValueError):
        make_ticket(date(2026, 1, 1), 100_000)
