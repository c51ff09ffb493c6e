"""Caller numbers are personal data: only masked forms go to logs."""

from __future__ import annotations


def mask_number(number: str | None) -> str:
    """Keep the first three and last two digits: ``13812345678`` -> ``138******78``."""
    if not number:
        return "-"
    if len(number) <= 5:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 5) + number[-2:]
