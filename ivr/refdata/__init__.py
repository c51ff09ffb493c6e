"""Checked-in reference data: provinces (GB/T 2260) and fixed-line area codes.

Sources are named in ``SOURCES.md`` beside the data files.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

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
