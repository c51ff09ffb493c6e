"""Which market supervision department handles a complaint (pure functions).

Rule: the department of the county where the business operator is located; for an online
platform operator, where the platform operator is registered. A merchant on a platform depends on
the rule set in force when the complaint was received (records.rules.rulesets):

- ``actual_operation`` (SAMR Order No. 20): where the shop actually operates, else the platform
  operator's domicile;
- ``published_address`` (SAMR Order No. 121, from 2026-04-15): the address the merchant publishes on
  the platform; when it publishes none, or cannot be reached there, the platform operator's domicile.

When the county has no department on file, the nearest level above it takes the case.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from records.rules.rulesets import JurisdictionKind

NATIONAL = "000000"


@dataclass(frozen=True)
class Business:
    division: str | None = None  # where the business operator is located
    online_platform: bool = False  # complained-about sale happened on an online platform
    platform_division: str | None = None  # where the platform operator is registered
    shop_division: str | None = None  # where the shop on the platform actually operates
    published_division: str | None = None  # division of the address the merchant publishes on the platform
    merchant_unreachable: bool = False  # the merchant cannot be reached at its published address


@dataclass(frozen=True)
class Jurisdiction:
    division: str | None  # division code the rule points at
    department: str | None  # department code that takes the case
    reason: str


def valid_division(code: str | None) -> bool:
    return code is not None and code.isascii() and code.isdigit() and len(code) in (6, 9, 12) and code != NATIONAL


def _published_address(business: Business) -> tuple[str | None, str]:
    if valid_division(business.published_division) and not business.merchant_unreachable:
        return business.published_division, "merchant on a platform: the address it publishes on the platform"
    why = ("merchant unreachable at its published address" if valid_division(business.published_division)
           else "no address published on the platform")
    if valid_division(business.platform_division):
        return business.platform_division, f"{why}: where the platform operator is registered"
    if valid_division(business.division):
        return business.division, f"{why}, platform unknown: where the business is located"
    return None, f"online platform ({why}): location unknown"


def located_division(business: Business, rule: JurisdictionKind = "actual_operation") -> tuple[str | None, str]:
    if business.online_platform and rule == "published_address":
        return _published_address(business)
    if business.online_platform:
        if valid_division(business.shop_division):
            return business.shop_division, "shop on a platform: where the shop operates"
        if valid_division(business.platform_division):
            return business.platform_division, "online platform: where the platform operator is registered"
        if valid_division(business.division):
            return business.division, "online platform without registration: where the business is located"
        return None, "online platform: location unknown"
    if valid_division(business.division):
        return business.division, "where the business operator is located"
    return None, "business location unknown"


def county_of(division: str) -> str:
    return division[:6]


def ancestors(division: str) -> list[str]:
    """County, city, province, national: the candidates from most to least local."""
    county = county_of(division)
    chain = [county, county[:4] + "00", county[:2] + "0000", NATIONAL]
    return list(dict.fromkeys(chain))


def decide(
    business: Business, departments: Collection[str], rule: JurisdictionKind = "actual_operation",
) -> Jurisdiction:
    division, reason = located_division(business, rule)
    if division is None:
        return Jurisdiction(None, None, reason)
    for level, code in enumerate(ancestors(division)):
        if code in departments:
            if level and code != county_of(division):
                reason += f"; no department on file for {county_of(division)}, nearest above"
            return Jurisdiction(division, code, reason)
    return Jurisdiction(division, None, reason + "; no department on file")
