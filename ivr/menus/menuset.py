"""A set of validated menus of one published version; what a call runs on from start to end."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from ivr.menus.loader import MenuError, load_menu_text
from ivr.menus.moved_hours import MovedKey, without_moved_hours
from ivr.menus.schema import Menu
from ivr.menus.validator import validate_loaded


class MenuRejected(Exception):
    def __init__(self, errors: list[MenuError]) -> None:
        super().__init__("; ".join(str(e) for e in errors[:5]))
        self.errors = errors


@dataclass(frozen=True)
class MenuSet:
    version: str
    menus: dict[str, Menu]
    files: dict[str, str] = field(default_factory=dict)  # file name -> YAML text
    # schedule keys an already-published version still set and that were left out at load
    # (opening hours moved to the ACD configuration; see build_published_menuset)
    hours_moved: tuple[MovedKey, ...] = ()

    def for_dnis(self, dnis: str) -> Menu:
        for menu in self.menus.values():
            if dnis in menu.dnis or dnis in menu.entry.dnis:
                return menu
        return next(iter(self.menus.values()))

    def all_dnis(self) -> list[str]:
        return sorted({d for m in self.menus.values() for d in [*m.dnis, *m.entry.dnis]})


def validate_files(files: dict[str, str]) -> list[MenuError]:
    errors: list[MenuError] = []
    seen: dict[str, str] = {}
    for name, text in sorted(files.items()):
        loaded = load_menu_text(text, name)
        errors.extend(validate_loaded(loaded))
        if loaded.menu is not None:
            if loaded.menu.menu in seen:
                errors.append(MenuError(name, 1, None, "duplicate-menu",
                                        f"menu id {loaded.menu.menu!r} is also defined in {seen[loaded.menu.menu]}"))
            seen[loaded.menu.menu] = name
    return errors


def build_menuset(files: dict[str, str], version: str) -> MenuSet:
    """Validate and load; raises MenuRejected with every error found."""
    errors = validate_files(files)
    if errors:
        raise MenuRejected(errors)
    menus: dict[str, Menu] = {}
    for name, text in sorted(files.items()):
        menu = load_menu_text(text, name).menu
        assert menu is not None
        menus[menu.menu] = menu
    if not menus:
        raise MenuRejected([MenuError("<set>", 1, None, "empty", "no menu files")])
    return MenuSet(version=version, menus=menus, files=dict(files))


def build_published_menuset(files: dict[str, str], version: str) -> MenuSet:
    """As build_menuset, for a version that is already published: when its only errors are
    ``hours-moved`` (published before opening hours moved to the ACD), it loads without those
    keys and ``hours_moved`` names them, so an upgrade does not take the line down. New publishes
    and every check of a draft stay strict (ivr.menus.store.MenuStore.publish)."""
    try:
        return build_menuset(files, version)
    except MenuRejected as refused:
        if any(error.code != "hours-moved" for error in refused.errors):
            raise
        kept, moved = without_moved_hours(files)
        if not moved:
            raise
        try:
            menuset = build_menuset(kept, version)
        except MenuRejected:
            raise refused from None
        return dataclasses.replace(menuset, hours_moved=tuple(moved))


def read_menu_dir(directory: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.yaml"))}


def load_menu_dir(directory: Path, version: str = "shipped") -> MenuSet:
    return build_menuset(read_menu_dir(directory), version)
