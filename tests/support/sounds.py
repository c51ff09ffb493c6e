"""Prompt sounds built once per session (the ``built_sounds`` fixture), copied into a test's data
directory before it starts a server: start-up then finds every prompt built, as on a deployment
where `ivr prompts build` ran, instead of synthesising ~470 files with espeak-ng and sox again."""

from __future__ import annotations

import shutil
from pathlib import Path

from ivr.settings import Settings


def with_built_sounds(settings: Settings, built: Path) -> Settings:
    """Copy (never link: a test may delete or rewrite a piece) the built sounds into ``settings``'s
    sounds directory; returns ``settings`` for chaining."""
    shutil.copytree(built, settings.sounds_dir, dirs_exist_ok=True)
    return settings
