"""Choose the answering centre and priority of a call from its slots and the DNIS."""

from __future__ import annotations

from ivr.callrecord import RoutingDecision
from ivr.refdata import NATIONAL_CENTRE, province_by_code
from queueing.centres import AcdConfig, Rule


def _centre_from_slots(slots: dict[str, str]) -> tuple[str, str]:
    # Jurisdiction is where the business operator is located; the caller's own
    # region is the fallback, the national centre the last resort.
    for slot in ("business_region", "region"):
        code = slots.get(slot, "")
        province = province_by_code(code) if code else None
        if province is not None:
            return province.centre, f"{slot}={province.code}"
    return NATIONAL_CENTRE, "no region"


def _matching(slots: dict[str, str], dnis: str, config: AcdConfig) -> list[Rule]:
    facts = {**slots, "dnis": dnis}
    return [rule for rule in config.rules if all(facts.get(key) == value for key, value in rule.match.items())]


def route(slots: dict[str, str], dnis: str, config: AcdConfig) -> RoutingDecision:
    centre, why = _centre_from_slots(slots)
    priority = 0
    reasons = [why]
    for rule in _matching(slots, dnis, config):
        priority += rule.priority
        if rule.centre is not None:
            centre = rule.centre
        reasons.append(rule.name or "rule")
    chain = config.chain(centre)
    return RoutingDecision(centre=centre, priority=priority, overflow=chain[1:], reason="; ".join(reasons))


def routed_centre(slots: dict[str, str], dnis: str, config: AcdConfig) -> str | None:
    """The centre the call's slots and DNIS choose (a region, or a rule naming a centre); None while
    neither does (``route`` then falls back to the national centre)."""
    centre, why = _centre_from_slots(slots)
    chosen = None if why == "no region" else centre
    for rule in _matching(slots, dnis, config):
        if rule.centre is not None:
            chosen = rule.centre
    return chosen
