"""A plain test run leaves the checkout as it found it: tests name no path into the checkout's
``docs/`` or ``bench/`` for writing; they ask tests/support/evidence.py for the folder."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
INTO_CHECKOUT = re.compile(r"""parents\[\d\]\s*/\s*["'](docs|bench)["']|path=["'](docs|bench)/""")


def test_no_test_writes_evidence_into_the_checkout() -> None:
    offenders = [f"{path.relative_to(TESTS)}:{number}"
                 for path in sorted(TESTS.rglob("*.py")) if path.name != "test_evidence_paths.py"
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if INTO_CHECKOUT.search(line)]
    assert not offenders, f"write evidence through tests.support.evidence.evidence_dir: {offenders}"
