"""Caller numbers are personal data: only masked forms go to logs, and only the keyed hash
(to link a caller's calls) and the masked form are stored; the clear number lives in the
live call's memory.

``hide_numbers`` replaces a number wherever it appears in a JSON-like value (slots, event
data), so one rule covers fields nobody thought of.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
from collections.abc import Iterable
from typing import Any

#: Numbers shorter than this are not searched for inside other text (they would match anything).
MIN_HIDDEN_DIGITS = 5


def mask_number(number: str | None) -> str:
    """Keep the first three and last two digits: ``13812345678`` -> ``138******78``."""
    if not number:
        return "-"
    if len(number) <= 5:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 5) + number[-2:]


def is_clear_number(value: object) -> bool:
    """A caller number as dialled (not masked, not a placeholder)."""
    return isinstance(value, str) and len(value) >= MIN_HIDDEN_DIGITS and "*" not in value and any(
        ch.isdigit() for ch in value)


def number_hash(number: str | None, secret_key: str) -> str | None:
    """Keyed hash of a caller number (HMAC-SHA256 of its digits): links a caller's calls."""
    if not number:
        return None
    digits = number if number.isdigit() else "".join(ch for ch in number if ch.isdigit()) or number
    mac = _keyed_hmac(secret_key).copy()  # a copy of the keyed state: the key is not set up again
    mac.update(digits.encode())
    return mac.hexdigest()


@functools.lru_cache(maxsize=8)
def _keyed_hmac(secret_key: str) -> hmac.HMAC:
    return hmac.new(secret_key.encode(), digestmod=hashlib.sha256)


def caller_numbers(data: dict[str, Any]) -> list[str]:
    """The clear caller numbers an event or queue payload carries (``caller``, ``slots.caller``,
    ``number``)."""
    found: list[str] = []
    slots = data.get("slots")
    candidates = [data.get("caller"), data.get("number"), slots.get("caller") if isinstance(slots, dict) else None]
    for value in candidates:
        if is_clear_number(value) and value not in found:
            found.append(str(value))
    return found


def hide_numbers(value: Any, numbers: Iterable[str]) -> Any:
    """``value`` with every occurrence of the numbers replaced by their masked form."""
    hidden = [(n, mask_number(n)) for n in numbers if is_clear_number(n)]
    if not hidden:
        return value
    return _hide(value, hidden)


def _hide(value: Any, hidden: list[tuple[str, str]]) -> Any:
    if isinstance(value, str):
        for number, masked in hidden:
            if number in value:
                value = value.replace(number, masked)
        return value
    if isinstance(value, dict):
        return {k: _hide(v, hidden) for k, v in value.items()}
    if isinstance(value, list):
        return [_hide(v, hidden) for v in value]
    return value


def private_payload(data: dict[str, Any]) -> dict[str, Any]:
    """A payload fit to store or send outside the live call: numbers masked everywhere."""
    result: dict[str, Any] = hide_numbers(data, caller_numbers(data))
    return result
