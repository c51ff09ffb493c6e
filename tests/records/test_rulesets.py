"""Table-driven: rule sets chosen by date, statutory clocks under each (with pauses and extensions),
the one holiday calendar with 2027 Art. 6 substitute days, and jurisdiction for every branch.

Expected dates were counted by hand from the calendar (comments show the count), not computed.
"""

from __future__ import annotations

from datetime import date

import pytest

from records.jurisdiction import Business, decide
from records.rules.clocks import Pause, due_date
from records.rules.rulesets import (
    ORDER_20_RULES,
    ORDER_121_RULES,
    RULE_SETS,
    RuleSet,
    rule_set,
    rules_for,
)
from records.seed import department_rows
from records.workdays import art6_substitutes, calendar_path, china_calendar, parse_calendar

KNOWN = {str(r["code"]) for r in department_rows()}
O20, O121 = ORDER_20_RULES, ORDER_121_RULES


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        (date(2020, 1, 1), "samr-20"),
        (date(2026, 4, 14), "samr-20"),  # the last day of Order No. 20
        (date(2026, 4, 15), "samr-121"),  # Order No. 121 in force
        (date(2027, 2, 1), "samr-121"),
    ],
)
def test_rules_chosen_by_date_of_receipt(received: date, expected: str) -> None:
    assert rules_for(received).id == expected
    assert rule_set(None, received).id == expected  # rows stored before the rule set was stored
    assert rule_set(expected, date(2000, 1, 1)).id == expected  # a stored set wins over the date


def test_unknown_stored_rule_set_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown rule set"):
        rule_set("samr-999", date(2026, 5, 1))


@pytest.mark.parametrize("rules", RULE_SETS, ids=lambda r: r.id)
def test_every_rule_cites_its_source(rules: RuleSet) -> None:
    citations = [c.citation for c in rules.clocks.values()] + [g.citation for g in rules.refusal_grounds]
    citations += [rules.jurisdiction_citation, rules.duplicate_citation]
    for citation in citations:
        assert citation.instrument.title_zh and citation.instrument.short
        # an article number is either checked, or left out / explained in the note: never bare
        assert citation.checked or citation.note, citation
    articles = rules.articles()
    assert set(articles) >= {"accept", "mediation", "verify", "jurisdiction", "acceptance"}
    assert all(v.startswith("SAMR Order No.") for v in articles.values())


def test_order_121_changes() -> None:
    assert (O20.clocks["mediation"].length, O20.clocks["mediation"].unit) == (45, "working_days")
    assert (O121.clocks["mediation"].length, O121.clocks["mediation"].unit) == (60, "days")
    assert (O20.jurisdiction, O121.jurisdiction) == ("actual_operation", "published_address")
    assert not O20.identity_required and O121.identity_required
    new_grounds = {g.code for g in O121.refusal_grounds} - {g.code for g in O20.refusal_grounds}
    assert new_grounds == {"false_materials", "impersonation", "identity_refused", "duplicate"}
    assert O20.ground("time_barred").citation.article == "Art. 15(4)"
    assert "report_outcome_notice" in O20.clocks and "report_outcome_notice" not in O121.clocks


@pytest.mark.parametrize(
    ("rules", "clock", "start", "due", "provisional"),
    [
        # acceptance, 7 working days from the day after receipt, both sets
        (O20, "accept", date(2026, 4, 14), date(2026, 4, 23), False),  # 15 16 17 20 21 22 23
        (O121, "accept", date(2026, 4, 15), date(2026, 4, 24), False),  # 16 17 20 21 22 23 24
        # Spring Festival 2026: Sat 14 Feb and Sat 28 Feb are make-up working days, 15-23 Feb off
        (O20, "accept", date(2026, 2, 12), date(2026, 2, 28), False),  # 13 14 | 24 25 26 27 28
        # a make-up Saturday after Labour Day 2026 counts (Sat 9 May)
        (O121, "accept", date(2026, 5, 8), date(2026, 5, 18), False),  # 9 11 12 13 14 15 18
        # Spring Festival 2027 (provisional): 5-8 Feb statutory, 9-10 Feb Art. 6 substitutes
        (O121, "accept", date(2027, 2, 4), date(2027, 2, 19), True),  # 11 12 15 16 17 18 19
        # mediation: Order No. 20, 45 working days across Labour Day and Dragon Boat 2026
        (O20, "mediation", date(2026, 4, 14), date(2026, 6, 18), False),
        # ... and across National Day 2025 with its two make-up days (Sun 28 Sep, Sat 11 Oct)
        (O20, "mediation", date(2025, 9, 26), date(2025, 12, 4), False),
        # mediation: Order No. 121, 60 days, rest days included
        (O121, "mediation", date(2026, 4, 15), date(2026, 6, 14), False),
        (O121, "mediation", date(2026, 9, 30), date(2026, 11, 29), False),  # National Day inside
        (O121, "mediation", date(2027, 1, 4), date(2027, 3, 5), False),  # days: no calendar involved
        # reports: 15 working days across Spring Festival 2027 (provisional)
        (O121, "verify", date(2027, 2, 1), date(2027, 2, 26), True),
        (O20, "verify", date(2026, 6, 1), date(2026, 6, 23), False),  # Fri 19 Jun 端午 off
        # notices
        (O20, "mediation_end_notice", date(2026, 4, 30), date(2026, 5, 13), False),  # 6 7 8 9(Sat) 11 12 13
        (O20, "report_outcome_notice", date(2026, 9, 30), date(2026, 10, 13), False),  # 8 9 10(Sat) 12 13
    ],
)
def test_clock_due_dates(rules: RuleSet, clock: str, start: date, due: date, provisional: bool) -> None:
    rule = rules.clock(clock)
    assert rule is not None
    result = due_date(rule, start, china_calendar())
    assert (result.day, result.provisional, result.paused) == (due, provisional, False)


@pytest.mark.parametrize(
    ("rules", "clock", "start", "pauses", "due"),
    [
        # Order No. 121, 60 days from 1 Jun 2026 = 31 Jul; testing 10-20 Jun removes 11..20 Jun (10 days)
        (O121, "mediation", date(2026, 6, 1), [Pause(date(2026, 6, 10), date(2026, 6, 20))], date(2026, 8, 10)),
        # a second pause 1-5 Jul removes 2..5 Jul (4 days)
        (O121, "mediation", date(2026, 6, 1),
         [Pause(date(2026, 6, 10), date(2026, 6, 20)), Pause(date(2026, 7, 1), date(2026, 7, 5))], date(2026, 8, 14)),
        # Order No. 20, 45 working days from 2 Mar 2026 = 8 May; appraisal 10-16 Mar removes 11 12 13 16 Mar
        (O20, "mediation", date(2026, 3, 2), [Pause(date(2026, 3, 10), date(2026, 3, 16))], date(2026, 5, 13)),
        # a report: 15 working days from 1 Jun 2026 = 23 Jun; testing 3-5 Jun removes 4 and 5 Jun
        (O121, "verify", date(2026, 6, 1), [Pause(date(2026, 6, 3), date(2026, 6, 5))], date(2026, 6, 25)),
        # a pause over a weekend only removes no working day
        (O20, "verify", date(2026, 6, 1), [Pause(date(2026, 6, 5), date(2026, 6, 7))], date(2026, 6, 23)),
    ],
)
def test_paused_clocks(rules: RuleSet, clock: str, start: date, pauses: list[Pause], due: date) -> None:
    rule = rules.clock(clock)
    assert rule is not None and rule.pausable
    assert due_date(rule, start, china_calendar(), pauses).day == due


def test_open_pause_has_no_due_date_and_bad_pauses_are_refused() -> None:
    rule = O121.clocks["mediation"]
    cal = china_calendar()
    open_one = due_date(rule, date(2026, 6, 1), cal, [Pause(date(2026, 6, 10))])
    assert open_one.day is None and open_one.paused
    with pytest.raises(ValueError, match="before its clock"):
        due_date(rule, date(2026, 6, 1), cal, [Pause(date(2026, 5, 30), date(2026, 6, 2))])
    with pytest.raises(ValueError, match="before it starts"):
        due_date(rule, date(2026, 6, 1), cal, [Pause(date(2026, 6, 5), date(2026, 6, 2))])
    with pytest.raises(ValueError, match="only one pause"):
        due_date(rule, date(2026, 6, 1), cal, [Pause(date(2026, 6, 5)), Pause(date(2026, 6, 8))])


def test_report_extension_of_fifteen_working_days() -> None:
    rule = O121.clocks["verify"]
    assert rule.extension == 15 and rule.extension_citation is not None
    # 26 Feb 2027 + 15 working days: 1-5 Mar, 8-12 Mar, 15-19 Mar
    assert due_date(rule, date(2027, 2, 1), china_calendar(), extended=True).day == date(2027, 3, 19)
    with pytest.raises(ValueError, match="no extension"):
        due_date(O121.clocks["accept"], date(2027, 2, 1), china_calendar(), extended=True)


def test_2027_substitute_days_follow_art6() -> None:
    cal = china_calendar()
    assert cal.is_provisional(2027) and not cal.is_provisional(2026) and not cal.is_provisional(2025)
    # 初一 Sat 6 Feb and 初二 Sun 7 Feb 2027 are made up on Tue 9 and Wed 10 Feb (初三 is Mon 8 Feb)
    assert not cal.is_working_day(date(2027, 2, 9)) and not cal.is_working_day(date(2027, 2, 10))
    assert cal.is_working_day(date(2027, 2, 11))
    # Labour Day Sat 1 / Sun 2 May and National Day Sat 2 / Sun 3 Oct 2027
    for day in (date(2027, 5, 3), date(2027, 5, 4), date(2027, 10, 4), date(2027, 10, 5)):
        assert not cal.is_working_day(day)
    assert cal.is_working_day(date(2027, 5, 5)) and cal.is_working_day(date(2027, 10, 6))
    # the file's art6 rows are exactly what Art. 6 gives for its statutory rows
    rows = [line.split(",") for line in calendar_path().read_text(encoding="utf-8").splitlines()
            if line.startswith("2027-")]
    statutory = [date.fromisoformat(r[0]) for r in rows if r[3] == "statute"]
    substitutes = [date.fromisoformat(r[0]) for r in rows if r[3] == "art6"]
    assert art6_substitutes(statutory) == substitutes


@pytest.mark.parametrize(
    ("statutory", "substitutes"),
    [
        ([date(2027, 1, 1)], []),  # a Friday
        ([date(2028, 1, 1)], [date(2028, 1, 3)]),  # Saturday -> Monday
        ([date(2027, 5, 1), date(2027, 5, 2)], [date(2027, 5, 3), date(2027, 5, 4)]),
        ([date(2027, 2, d) for d in (5, 6, 7, 8)], [date(2027, 2, 9), date(2027, 2, 10)]),
    ],
)
def test_art6_substitutes(statutory: list[date], substitutes: list[date]) -> None:
    assert art6_substitutes(statutory) == substitutes


def test_calendar_file_errors_are_clear() -> None:
    with pytest.raises(ValueError, match="source must be one of"):
        parse_calendar("date,kind,name,source\n2027-01-01,holiday,x,guess\n")
    with pytest.raises(ValueError, match="listed twice"):
        parse_calendar("date,kind,name\n2026-01-01,holiday,x\n2026-01-01,holiday,y\n")
    old_style = parse_calendar("date,kind,name\n2026-01-01,holiday,x\n")  # no source column = a notice
    assert not old_style.is_provisional(2026)


@pytest.mark.parametrize(
    ("rules", "business", "department", "reason_part"),
    [
        # Order No. 121: the address the merchant publishes on the platform
        (O121, Business(online_platform=True, published_division="330106", platform_division="330108",
                        shop_division="440305"), "330106", "publishes on the platform"),
        (O121, Business(online_platform=True, published_division="330106", merchant_unreachable=True,
                        platform_division="330108"), "330108", "unreachable at its published address"),
        (O121, Business(online_platform=True, shop_division="330106", platform_division="330108"), "330108",
         "no address published"),
        (O121, Business(online_platform=True, published_division="330106", merchant_unreachable=True,
                        division="440305"), "440305", "platform unknown"),
        (O121, Business(online_platform=True), None, "location unknown"),
        (O121, Business(division="110108", published_division="330106"), "110108", "business operator is located"),
        (O121, Business(online_platform=True, published_division="110112"), "110100", "nearest above"),
        # Order No. 20: where the merchant actually operates, else the platform
        (O20, Business(online_platform=True, shop_division="330106", published_division="440305",
                       platform_division="330108"), "330106", "where the shop operates"),
        (O20, Business(online_platform=True, published_division="440305", platform_division="330108"), "330108",
         "platform operator is registered"),
        (O20, Business(division="110108"), "110108", "business operator is located"),
    ],
)
def test_jurisdiction_by_rule_set(rules: RuleSet, business: Business, department: str | None,
                                  reason_part: str) -> None:
    result = decide(business, KNOWN, rules.jurisdiction)
    assert result.department == department
    assert reason_part in result.reason
