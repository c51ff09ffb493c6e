from __future__ import annotations

import pytest

from ivr.asr.policy import Thresholds, decide


@pytest.mark.parametrize(
    ("confidence", "score", "expected"),
    [
        (1.0, 1.0, "accept"),
        (0.9, 0.9, "accept"),  # 0.81
        (0.9, 0.85, "confirm"),  # a city naming its province: 0.765
        (0.6, 1.0, "confirm"),
        (0.45, 1.0, "confirm"),
        (0.44, 1.0, "reject"),
        (1.0, None, "reject"),
        (1.0, 0.0, "reject"),
        (1.5, 1.0, "accept"),  # clamped
    ],
)
def test_defaults(confidence: float, score: float | None, expected: str) -> None:
    assert decide(confidence, score) == expected


def test_custom_thresholds() -> None:
    strict = Thresholds(accept=0.95, confirm=0.7)
    assert decide(0.9, 1.0, strict) == "confirm"
    assert decide(0.6, 1.0, strict) == "reject"
    with pytest.raises(ValueError):
        Thresholds(accept=0.3, confirm=0.5)
