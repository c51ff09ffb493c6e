"""Menu versions: immutable, numbered, published and rolled back without restarting anything.

A thin user of ivr.versioned_store (kind ``menus``): each version is a directory
``<data>/menus/versions/<n>/`` of YAML files plus ``meta.json``; ``<data>/menus/published``
names the live one. With Redis, numbers come from a counter every host shares, a publish
stores exactly the version's files under ``ivr:menus:v:<n>`` and announces the number on
``ivr:menus:publish``; every worker swaps its MenuSet (parsed once, in a thread), and calls
already in progress keep the MenuSet they started with.

A published version that still sets opening-hour keys moved to the ACD configuration loads
without them, with one warning per version (ivr.menus.menuset.build_published_menuset); a new
publish that sets them is refused as before.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ivr.menus.loader import MenuError
from ivr.menus.menuset import MenuRejected, MenuSet, build_published_menuset, read_menu_dir
from ivr.menus.menuset import validate_files as _validate_files
from ivr.menus.messages import hours_moved_advice
from ivr.menus.moved_hours import MovedKey, find_moved_hours, without_moved_hours
from ivr.settings import Settings
from ivr.versioned_store import StoreKind, VersionedStore, VersionInfo

SAFE_FILE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-."

__all__ = ["MENUS", "MenuRejected", "MenuStore", "VersionInfo"]

log = logging.getLogger("ivr.menus.store")


def _name_errors(files: Mapping[str, str]) -> list[MenuError]:
    return [MenuError(name, 1, None, "bad-file-name",
                      "menu file names are letters, digits, '_', '-' and end in .yaml")
            for name in files
            if not name.endswith(".yaml") or not set(name) <= set(SAFE_FILE) or name.startswith(".")]


def parse_menus(files: Mapping[str, str]) -> MenuSet:
    """Check names, validate and load; raises MenuRejected with every error found. Tolerates
    opening-hour keys moved to the ACD (a version published before the move must still load);
    MenuStore.publish refuses them in new versions."""
    draft = dict(files)
    bad_names = _name_errors(draft)
    if bad_names:
        raise MenuRejected(bad_names + _validate_files(draft))
    return build_published_menuset(draft, "draft")


def _label(menuset: MenuSet, number: int) -> MenuSet:
    return menuset if menuset.version == str(number) else dataclasses.replace(menuset, version=str(number))


MENUS: StoreKind[MenuSet] = StoreKind(name="menus", what="menu", parse=parse_menus, label=_label)
PUBLISH_CHANNEL = MENUS.channel
PUBLISHED_KEY = MENUS.published_key
VERSION_KEY = "ivr:menus:v:{}"


class MenuStore:
    def __init__(self, settings: Settings, redis: Any | None = None) -> None:
        self.settings = settings
        self.redis = redis
        self.root = settings.data_dir / "menus"
        self.versions_dir = self.root / "versions"
        menus_dir: Path = settings.menus_dir
        self.versions: VersionedStore[MenuSet] = VersionedStore(
            MENUS, self.root, lambda: read_menu_dir(menus_dir), redis,
            seed_comment="shipped menus")
        self._warned_versions: set[str] = set()
        self.versions.on_change(self._warn_hours_moved)

    # --- versions ------------------------------------------------------------------------------
    def published_number(self) -> int:
        return self.versions.published_number()

    def list_versions(self) -> list[VersionInfo]:
        return self.versions.list_versions()

    def read_version(self, number: int) -> dict[str, str]:
        return self.versions.read_version(number)

    # --- validation and diff -------------------------------------------------------------------
    def validate_files(self, files: dict[str, str]) -> list[MenuError]:
        return _name_errors(files) + _validate_files(files)

    def diff(self, files: dict[str, str]) -> str:
        return self.versions.diff(files)

    # --- publish and rollback ------------------------------------------------------------------
    async def publish(self, files: dict[str, str], comment: str, author: str) -> VersionInfo:
        """A new version; MenuRejected (nothing changed) when the files have errors."""
        if await asyncio.to_thread(find_moved_hours, files):  # only a live version may keep them
            raise MenuRejected(await asyncio.to_thread(self.validate_files, files))
        return await self.versions.publish(files, comment, author)

    async def rollback(self, number: int, author: str) -> VersionInfo:
        files = await asyncio.to_thread(self.read_version, number)
        return await self.publish(files, f"rollback to version {number}", author)

    async def migrate_hours(self, comment: str, author: str) -> tuple[VersionInfo | None, list[MovedKey]]:
        """Publish the live version again without the opening-hour keys that moved to the ACD
        configuration: the new version and the keys cut, or (None, []) when none is left."""
        number = await asyncio.to_thread(self.published_number)
        files = await asyncio.to_thread(self.read_version, number)
        kept, removed = await asyncio.to_thread(without_moved_hours, files)
        if not removed:
            return None, []
        return await self.publish(kept, comment, author), removed

    # --- the live menu set ---------------------------------------------------------------------
    def current(self) -> MenuSet:
        menuset = self.versions.current()
        self._warn_hours_moved(menuset)
        return menuset

    async def load_current(self) -> MenuSet:
        return await asyncio.to_thread(self.current)

    def _warn_hours_moved(self, menuset: MenuSet) -> None:
        if menuset.hours_moved and menuset.version not in self._warned_versions:
            self._warned_versions.add(menuset.version)
            log.warning("%s", hours_moved_advice(menuset.version, menuset.hours_moved))

    def on_change(self, listener: Callable[[MenuSet], None]) -> None:
        self.versions.on_change(listener)

    async def watch(self, stop: asyncio.Event | None = None) -> None:
        """Follow publishes from any worker, across Redis restarts (see ivr.versioned_store)."""
        await self.versions.watch(stop)
