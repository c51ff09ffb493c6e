"""Where tests put the evidence they produce (screenshots, figures).

A plain test run must leave the checkout as it found it, so by default the files go to a
temporary folder that is kept for looking at after the run. ``IVR_WRITE_EVIDENCE=1`` writes
them into the checkout (``docs/screenshots/``, ``bench/``), to be looked at and committed.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_SCRATCH = Path(tempfile.gettempdir()) / "ivr12315-evidence"


def writes_into_checkout() -> bool:
    return os.environ.get("IVR_WRITE_EVIDENCE") == "1"


def evidence_dir(relative: str) -> Path:
    """``relative`` (e.g. ``docs/screenshots``) under the checkout or under the scratch folder."""
    folder = (REPO if writes_into_checkout() else _SCRATCH) / relative
    folder.mkdir(parents=True, exist_ok=True)
    return folder
