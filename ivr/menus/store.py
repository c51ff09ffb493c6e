"""Menu versions: immutable, numbered, published and rolled back without restarting anything.

A thin user of ivr.versioned_store (kind ``menus``): each version is a directory
``<data>/menus/versions/<n>/`` of YAML files plus ``meta.json``; ``<data>/menus/published``
names the live one. With Redis, numbers come from a counter every host shares, a publish
stores exactly the version's files under ``ivr:menus:v:<n>`` and announces the number on
``ivr:menus:publish``; every worker swaps its MenuSet (parsed once, in a thread), and calls
already in progress keep the MenuSet they started with.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ivr.menus.loader import MenuError
from ivr.menus.menuset import MenuRejected, MenuSet, build_menuset, read_menu_dir
from ivr.menus.menuset import validate_files as _validate_files
from ivr.settings import Settings
from ivr.versioned_store import StoreKind, VersionedStore, VersionInfo

SAFE_FILE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-."

__all__ = ["MENUS", "MenuRejected", "MenuStore", "VersionInfo"]


def _name_errors(files: Mapping[str, str]) -> list[MenuError]:
    return [MenuError(name, 1, None, "bad-file-name",
                      "menu file names are letters, digits, '_', '-' and end in .yaml")
            for name in files
            if not name.endswith(".yaml") or not set(name) <= set(SAFE_FILE) or name.startswith(".")]


def parse_menus(files: Mapping[str, str]) -> MenuSet:
    """Check names, validate and load; raises MenuRejected with every error found."""
    draft = dict(files)
    bad_names = _name_errors(draft)
    if bad_names:
        raise MenuRejected(bad_names + _validate_files(draft))
    return build_menuset(draft, "draft")


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
        return await self.versions.publish(files, comment, author)

    async def rollback(self, number: int, author: str) -> VersionInfo:
        files = await asyncio.to_thread(self.read_version, number)
        return await self.publish(files, f"rollback to version {number}", author)

    # --- the live menu set ---------------------------------------------------------------------
    def current(self) -> MenuSet:
        return self.versions.current()

    async def load_current(self) -> MenuSet:
        return await self.versions.load_current()

    def on_change(self, listener: Callable[[MenuSet], None]) -> None:
        self.versions.on_change(listener)

    async def watch(self, stop: asyncio.Event | None = None) -> None:
        """Follow publishes from any worker, across Redis restarts (see ivr.versioned_store)."""
        await self.versions.watch(stop)
