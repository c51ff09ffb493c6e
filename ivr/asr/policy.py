"""Speech policy: accept, confirm or reject a recognised value from its scores.

The engine keeps the last word (its menu options may set other thresholds); these are the
defaults. ``confidence`` is the recogniser's (0..1), ``match_score`` how well the text
matched the slot's phrases (None when nothing matched).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Decision = Literal["accept", "confirm", "reject"]


@dataclass(frozen=True)
class Thresholds:
    accept: float = 0.80
    confirm: float = 0.45

    def __post_init__(self) -> None:
        if not 0.0 <= self.confirm <= self.accept <= 1.0:
            raise ValueError(f"thresholds must satisfy 0 <= confirm <= accept <= 1, got {self}")


DEFAULT_THRESHOLDS = Thresholds()


def decide(confidence: float, match_score: float | None, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> Decision:
    """The combined score ``confidence * match_score`` against the thresholds."""
    if match_score is None or match_score <= 0.0:
        return "reject"
    combined = max(0.0, min(1.0, confidence)) * max(0.0, min(1.0, match_score))
    if combined >= thresholds.accept:
        return "accept"
    if combined >= thresholds.confirm:
        return "confirm"
    return "reject"
