"""Checked-in reference data: provinces (GB/T 2260) and fixed-line area codes.

Sources are named in ``SOURCES.md`` beside the data files.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

NATIONAL_CENTRE = "cn"


@dataclass(frozen=True)
class Province:
    code: str  # two digits, first two of the GB/T 2260 code: "11"
    division_code: str  # "110000"
    name_zh: str
    short_zh: str
    pinyin: str
    name_en: str
    centre: str
    aliases_zh: tuple[str, ...]

    def label(self, language: str) -> str:
        return self.short_zh if language == "zh" else self.name_en


def _read_csv(name: str) -> list[dict[str, str]]:
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


@cache
def provinces() -> tuple[Province, ...]:
    return tuple(
        Province(
            code=row["code"],
            division_code=row["division_code"],
            name_zh=row["name_zh"],
            short_zh=row["short_zh"],
            pinyin=row["pinyin"],
            name_en=row["name_en"],
            centre=row["centre"],
            aliases_zh=tuple(a for a in row["aliases_zh"].split("|") if a),
        )
        for row in _read_csv("provinces.csv")
    )


@cache
def _by_code() -> dict[str, Province]:
    return {p.code: p for p in provinces()}


def province_by_code(code: str) -> Province | None:
    """Look up by two-digit code or six-digit division code."""
    return _by_code().get(code[:2]) if code[:2].isdigit() else None


def province_by_centre(centre: str) -> Province | None:
    return next((p for p in provinces() if p.centre == centre), None)


def centre_ids() -> list[str]:
    return [p.centre for p in provinces()] + [NATIONAL_CENTRE]


# --- fixed-line area codes ------------------------------------------------------------------

NumberKind = Literal["fixed", "mobile", "unknown"]

_MOBILE = re.compile(r"1[3-9]\d{9}")
# Subscriber numbers after the area code are 7 or 8 digits.
_LOCAL_DIGITS = (7, 8)


@dataclass(frozen=True)
class AreaCode:
    area_code: str  # with trunk prefix: "010", "0755"
    province_code: str  # GB/T 2260 two digits: "11"
    city_zh: str
    city_en: str
    shared_zh: tuple[str, ...] = ()  # other cities dialled with the same code


@cache
def area_codes() -> dict[str, AreaCode]:
    """All area codes, keyed by the code with its trunk 0 (``"0755"``)."""
    table: dict[str, AreaCode] = {}
    for row in _read_csv("area_codes.csv"):
        code = row["area_code"].strip()
        if code in table:
            raise ValueError(f"area_codes.csv: duplicate area code {code}")
        table[code] = AreaCode(
            area_code=code,
            province_code=row["province_code"].strip(),
            city_zh=row["city_zh"].strip(),
            city_en=row["city_en"].strip(),
            shared_zh=tuple(c for c in (row.get("shared_zh") or "").split("|") if c),
        )
    return table


def national_digits(number: str) -> str:
    """Digits of a caller number with the country prefix (+86, 0086, 86 on long numbers) removed.

    Separators (spaces, dashes, dots, parentheses) are dropped; anything else yields "".
    """
    text = unicodedata.normalize("NFKC", number).strip()
    plus = text.startswith("+")
    if plus:
        text = text[1:]
    if not text or any(not (ch.isdigit() or ch in " -.()") for ch in text):
        return ""
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits.isascii():
        return ""
    if plus:
        return digits[2:] if digits.startswith("86") else ""
    if digits.startswith("0086"):
        return digits[4:]
    # "86" + 10/11 national digits without the plus sign.
    if digits.startswith("86") and len(digits) in (12, 13) and not digits.startswith("0"):
        return digits[2:]
    return digits


def area_code_lookup(number: str) -> AreaCode | None:
    """The area code a fixed-line number is dialled with, by longest prefix; None for mobiles and
    numbers that match no code. Accepts +86/0086 prefixes and numbers with or without trunk 0."""
    digits = national_digits(number)
    if not digits or _MOBILE.fullmatch(digits):
        return None
    if not digits.startswith("0"):
        digits = "0" + digits
    table = area_codes()
    for length in (4, 3):
        entry = table.get(digits[:length])
        if entry is not None and len(digits) - length in _LOCAL_DIGITS:
            return entry
    return None


def classify_number(number: str) -> NumberKind:
    """``mobile`` (11 digits, 1[3-9]...), ``fixed`` (a known area code + 7/8 digits) or ``unknown``."""
    digits = national_digits(number)
    if _MOBILE.fullmatch(digits):
        return "mobile"
    if area_code_lookup(number) is not None:
        return "fixed"
    return "unknown"
