from __future__ import annotations

from pathlib import Path

import pytest

from agi_scripts.prompts import build_prompts
from ivr.menus.menuset import MenuSet, load_menu_dir
from ivr.settings import SHIPPED_MENUS_DIR


@pytest.fixture(scope="session")
def shipped() -> MenuSet:
    return load_menu_dir(SHIPPED_MENUS_DIR)


@pytest.fixture(scope="session")
def built_sounds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`ivr prompts build` of the shipped menus (real espeak-ng and sox), once per session."""
    sounds = tmp_path_factory.mktemp("sounds")
    build_prompts(SHIPPED_MENUS_DIR, sounds)
    return sounds
