from __future__ import annotations

import pytest

from ivr.menus.menuset import MenuSet, load_menu_dir
from ivr.settings import SHIPPED_MENUS_DIR


@pytest.fixture(scope="session")
def shipped() -> MenuSet:
    return load_menu_dir(SHIPPED_MENUS_DIR)
