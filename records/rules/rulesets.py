"""The two rule sets for 12315 complaints and reports, chosen by the date a complaint was received.

Order No. 20 (2019) governs complaints received before 2026-04-15; Order No. 121 (published
2025-12-30) from that day. Each rule cites its article. ``checked=False`` marks a citation whose
article number or wording could not be read in a public copy of the text when this was written
(docs/records.md lists them): the rule then follows the sources named in its note and must be
re-checked against the published text; no article number is given where none was found.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from records.rules.citation import ORDER_20, ORDER_121, PENALTY_PROCEDURE, Citation

ClockUnit = Literal["working_days", "days"]
JurisdictionKind = Literal["actual_operation", "published_address"]

ORDER_121_RELEASE = ("SAMR release on Order No. 121, reported by 中新网 2026-01-10 and others: the published-"
                     "address rule for platform merchants, duplicate reports, revised mediation period")
ISSUE_16 = "as stated in issue 16 from public reports and published document templates"


@dataclass(frozen=True)
class ClockRule:
    """A statutory period: ``length`` units counted from the day after ``starts_at``."""

    name: str
    length: int
    unit: ClockUnit
    starts_at: str  # the event the clock runs from: receipt, acceptance, decision
    pausable: bool  # testing, inspection and appraisal time is not counted
    citation: Citation
    extension: int = 0  # further units on approval (same unit), 0 = none
    extension_citation: Citation | None = None
    pause_citation: Citation | None = None


@dataclass(frozen=True)
class RefusalGround:
    code: str
    zh: str
    en: str
    citation: Citation


@dataclass(frozen=True)
class RuleSet:
    id: str
    title_zh: str
    title_en: str
    in_force_from: date
    clocks: dict[str, ClockRule]
    jurisdiction: JurisdictionKind
    jurisdiction_citation: Citation
    refusal_grounds: tuple[RefusalGround, ...]
    duplicate_citation: Citation
    identity_required: bool
    identity_citation: Citation | None

    def clock(self, name: str) -> ClockRule | None:
        return self.clocks.get(name)

    def ground(self, code: str) -> RefusalGround:
        for ground in self.refusal_grounds:
            if ground.code == code:
                return ground
        raise KeyError(code)

    def articles(self) -> dict[str, str]:
        """What is stored with a complaint: rule name -> cited article."""
        out = {name: rule.citation.text() for name, rule in self.clocks.items()}
        out["jurisdiction"] = self.jurisdiction_citation.text()
        out["acceptance"] = self.refusal_grounds[0].citation.text()
        return out


def _o20(article: str | None, checked: bool, note: str = "") -> Citation:
    return Citation(ORDER_20, article, checked, note)


def _o121(article: str | None, note: str) -> Citation:
    return Citation(ORDER_121, article, False, note)


# 市场监督管理行政处罚程序规定 Art. 18: a lead is verified within 15 working days of receipt and the head of
# the department decides whether to open a case; 15 further working days with the head's approval;
# testing, inspection, quarantine, appraisal and identification by the right holder are not counted.
VERIFY = ClockRule(
    "verify", 15, "working_days", "receipt", True,
    Citation(PENALTY_PROCEDURE, "Art. 18", False,
             "number and content as checked in issue 16; the text itself was not reached in the sources searched"),
    extension=15,
    extension_citation=Citation(PENALTY_PROCEDURE, "Art. 18", False, "extension on the department head's approval"),
    pause_citation=Citation(PENALTY_PROCEDURE, "Art. 18", False, "testing/inspection/appraisal time not counted"),
)

ORDER_20_GROUNDS = tuple(
    RefusalGround(code, zh, en, _o20(f"Art. 15({n})", True, "wording read in a public copy (12315 notice)"))
    for n, (code, zh, en) in enumerate([
        ("outside_duty", "不属于市场监管部门职责或本机关无处理权限",
         "not a market-regulation matter, or this department has no power to handle it"),
        ("already_handled", "同一争议已由法院、仲裁、行政机关或调解组织受理或处理",
         "the same dispute has been accepted or handled by a court, arbitration, an authority or a mediation body"),
        ("not_consumer", "非生活消费需要，或不能证明与被投诉人存在消费争议",
         "not bought for personal consumption, or no consumer dispute with the respondent shown"),
        ("time_barred", "自知道或应当知道权益受损之日起已超过三年",
         "more than three years since the complainant knew or should have known of the harm"),
        ("materials_missing", "未提供规定材料（双方信息、请求与事实、委托材料）",
         "the required materials were not given (parties, request and facts; authorisation for an agent)"),
        ("other_law", "法律法规规章规定的其他不予受理情形", "other grounds under laws, regulations or rules"),
    ], start=1)
)

ORDER_121_GROUNDS = tuple(
    RefusalGround(g.code, g.zh, g.en, _o121(None, "Order No. 20 Art. 15 ground assumed carried over; " + ISSUE_16))
    for g in ORDER_20_GROUNDS
) + tuple(
    RefusalGround(code, zh, en, _o121(None, "new in Order No. 121; " + ISSUE_16))
    for code, zh, en in [
        ("false_materials", "提供虚假投诉材料", "false materials were given"),
        ("impersonation", "冒用他人名义投诉", "the complaint was made in another person's name"),
        ("identity_refused", "拒绝配合身份核验", "the complainant refused identity verification"),
        ("duplicate", "同一投诉人就同一事项重复投诉", "the same complainant complained again about the same matter"),
    ]
)

ORDER_20_RULES = RuleSet(
    id="samr-20",
    title_zh="市场监督管理投诉举报处理暂行办法（总局令第20号）",
    title_en="SAMR Order No. 20 (2019)",
    in_force_from=date(2020, 1, 1),
    clocks={
        "accept": ClockRule("accept", 7, "working_days", "receipt", False,
                            _o20("Art. 14", True, "decide within 7 working days of receipt; tell the complainant")),
        "mediation": ClockRule(
            "mediation", 45, "working_days", "acceptance", True,
            _o20("Art. 21", True, "mediation ends when no agreement within 45 working days of acceptance"),
            pause_citation=_o20(None, False, "testing/appraisal time not counted in the mediation period: "
                                "recalled from the published text, the article was not found in the sources searched"),
        ),
        "mediation_end_notice": ClockRule(
            "mediation_end_notice", 7, "working_days", "decision", False,
            _o20("Art. 21", True, "tell both parties within 7 working days of the decision to end mediation")),
        "verify": VERIFY,
        "report_outcome_notice": ClockRule(
            "report_outcome_notice", 5, "working_days", "decision", False,
            _o20(None, False, "a named reporter is told within 5 working days of the decision to open a case or "
                 "not; recalled from the published text, article not found in the sources searched")),
    },
    jurisdiction="actual_operation",
    jurisdiction_citation=_o20(None, False, "merchant on a platform: where it actually operates, or the platform"
                               " operator's domicile; wording quoted by the 12315 platform notice, which gives no"
                               " article number"),
    refusal_grounds=ORDER_20_GROUNDS,
    duplicate_citation=_o20("Art. 15(2)", True, "the same dispute already accepted or handled"),
    identity_required=False,
    identity_citation=None,
)

ORDER_121_RULES = RuleSet(
    id="samr-121",
    title_zh="市场监督管理投诉举报处理办法（总局令第121号）",
    title_en="SAMR Order No. 121 (2025)",
    in_force_from=date(2026, 4, 15),
    clocks={
        "accept": ClockRule("accept", 7, "working_days", "receipt", False,
                            _o121(None, "7 working days from receipt, unchanged; " + ISSUE_16)),
        "mediation": ClockRule(
            "mediation", 60, "days", "acceptance", True,
            _o121(None, "no agreement within 60 days of acceptance ends mediation; "
                  + ISSUE_16 + "; " + ORDER_121_RELEASE),
            pause_citation=_o121(None, "testing, inspection and appraisal time not counted; " + ISSUE_16),
        ),
        "mediation_end_notice": ClockRule(
            "mediation_end_notice", 7, "working_days", "decision", False,
            _o121(None, "assumed carried over from Order No. 20 Art. 21; not confirmed")),
        "verify": VERIFY,
        # How named reporters are told the outcome changed (issue 16); the new period was not found,
        # so no clock is kept for it under this rule set.
    },
    jurisdiction="published_address",
    jurisdiction_citation=_o121(None, ORDER_121_RELEASE),
    refusal_grounds=ORDER_121_GROUNDS,
    duplicate_citation=_o121(None, "duplicate complaints are not handled again; " + ISSUE_16),
    identity_required=True,
    identity_citation=_o121(None, "the complainant's true identity is required; " + ISSUE_16),
)

RULE_SETS: tuple[RuleSet, ...] = (ORDER_20_RULES, ORDER_121_RULES)  # in order of start date
SWITCH_DATE = ORDER_121_RULES.in_force_from


def rules_for(received_on: date) -> RuleSet:
    """The rule set in force on the day a complaint or report was received."""
    chosen = RULE_SETS[0]
    for rules in RULE_SETS:
        if rules.in_force_from <= received_on:
            chosen = rules
    return chosen


def rule_set(rule_id: str | None, received_on: date) -> RuleSet:
    """The rule set stored with a complaint; rows from before it was stored fall back to the date."""
    for rules in RULE_SETS:
        if rules.id == rule_id:
            return rules
    if rule_id is not None:
        raise ValueError(f"unknown rule set {rule_id!r}")
    return rules_for(received_on)
