"""Menu versions: immutable, numbered, published and rolled back without restarting anything.

Each version is a directory ``<data>/menus/versions/<n>/`` of YAML files plus ``meta.json``;
``<data>/menus/published`` names the live one. With Redis, a publish also stores the files
in Redis (so workers on other hosts can load them) and announces the number on the
``ivr:menus:publish`` channel; every worker swaps its MenuSet, and calls already in progress
keep the MenuSet they started with.
"""

from __future__ import annotations

import asyncio
import difflib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ivr.menus.loader import MenuError
from ivr.menus.menuset import MenuRejected, MenuSet, build_menuset, read_menu_dir
from ivr.menus.menuset import validate_files as _validate_files
from ivr.published import follow_published, text_of
from ivr.settings import Settings

log = logging.getLogger("ivr.menus.store")
PUBLISH_CHANNEL = "ivr:menus:publish"
PUBLISHED_KEY = "ivr:menus:published"
VERSION_KEY = "ivr:menus:v:{}"
SAFE_FILE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-."

__all__ = ["MenuRejected", "MenuStore", "VersionInfo"]


@dataclass(frozen=True)
class VersionInfo:
    number: int
    comment: str
    author: str
    created_at: str
    published: bool = False


def _check_file_name(name: str) -> None:
    if not name.endswith(".yaml") or not set(name) <= set(SAFE_FILE) or name.startswith("."):
        raise MenuRejected([MenuError(name, 1, None, "bad-file-name",
                                      "menu file names are letters, digits, '_', '-' and end in .yaml")])


class MenuStore:
    def __init__(self, settings: Settings, redis: Any | None = None) -> None:
        self.settings = settings
        self.redis = redis
        self.root = settings.data_dir / "menus"
        self.versions_dir = self.root / "versions"
        self._current: MenuSet | None = None
        self._listeners: list[Callable[[MenuSet], None]] = []
        self._lock = asyncio.Lock()

    # --- versions on disk ----------------------------------------------------------------------
    def _ensure_seeded(self) -> None:
        if self.versions_dir.exists() and any(self.versions_dir.iterdir()):
            return
        files = read_menu_dir(self.settings.menus_dir)
        build_menuset(files, "1")  # the shipped menus must be valid
        self._write_version(1, files, "shipped menus", "system")
        self._write_pointer(1)

    def _write_version(self, number: int, files: dict[str, str], comment: str, author: str) -> VersionInfo:
        self.versions_dir.mkdir(parents=True, exist_ok=True)
        info = VersionInfo(number, comment, author, datetime.now(UTC).isoformat(timespec="seconds"))
        staging = Path(tempfile.mkdtemp(dir=self.versions_dir, prefix=".new-"))
        for name, text in files.items():
            _check_file_name(name)
            (staging / name).write_text(text, encoding="utf-8")
        (staging / "meta.json").write_text(json.dumps(asdict(info), ensure_ascii=False), encoding="utf-8")
        target = self.versions_dir / str(number)
        if target.exists():
            shutil.rmtree(staging)
            raise FileExistsError(f"menu version {number} exists; versions are immutable")
        staging.rename(target)
        return info

    def _write_pointer(self, number: int) -> None:
        pointer = self.root / "published"
        tmp = pointer.with_suffix(".tmp")
        tmp.write_text(str(number), encoding="utf-8")
        os.replace(tmp, pointer)

    def published_number(self) -> int:
        self._ensure_seeded()
        return int((self.root / "published").read_text(encoding="utf-8").strip())

    def list_versions(self) -> list[VersionInfo]:
        self._ensure_seeded()
        live = self.published_number()
        found: list[VersionInfo] = []
        for entry in self.versions_dir.iterdir():
            if entry.name.isdigit() and (entry / "meta.json").exists():
                meta = json.loads((entry / "meta.json").read_text(encoding="utf-8"))
                meta["published"] = meta["number"] == live
                found.append(VersionInfo(**meta))
        return sorted(found, key=lambda v: v.number)

    def read_version(self, number: int) -> dict[str, str]:
        self._ensure_seeded()
        directory = self.versions_dir / str(int(number))
        if not directory.is_dir():
            raise KeyError(f"no menu version {number}")
        return read_menu_dir(directory)

    # --- validation and diff -------------------------------------------------------------------
    def validate_files(self, files: dict[str, str]) -> list[MenuError]:
        errors: list[MenuError] = []
        for name in files:
            try:
                _check_file_name(name)
            except MenuRejected as exc:
                errors.extend(exc.errors)
        return errors + _validate_files(files)

    def diff(self, files: dict[str, str]) -> str:
        published = self.read_version(self.published_number())
        out: list[str] = []
        for name in sorted(set(published) | set(files)):
            out.extend(difflib.unified_diff(
                published.get(name, "").splitlines(keepends=True), files.get(name, "").splitlines(keepends=True),
                fromfile=f"published/{name}", tofile=f"draft/{name}"))
        return "".join(out)

    # --- publish and rollback ------------------------------------------------------------------
    async def publish(self, files: dict[str, str], comment: str, author: str) -> VersionInfo:
        errors = self.validate_files(files)
        if errors:
            raise MenuRejected(errors)
        async with self._lock:
            self._ensure_seeded()
            number = max(v.number for v in self.list_versions()) + 1
            # build first: a set that cannot load (e.g. no files) must not become a version
            menuset = build_menuset(files, str(number))
            info = self._write_version(number, files, comment, author)
            self._write_pointer(number)
            self._current = menuset
        await self._announce(number, files)
        self._notify(self._current)
        log.info("menu version %s published by %s: %s", number, author, comment)
        return VersionInfo(**{**asdict(info), "published": True})

    async def rollback(self, number: int, author: str) -> VersionInfo:
        return await self.publish(self.read_version(number), f"rollback to version {number}", author)

    async def _announce(self, number: int, files: dict[str, str]) -> None:
        if self.redis is None:
            return
        await self.redis.hset(VERSION_KEY.format(number), mapping=files)
        await self.redis.set(PUBLISHED_KEY, number)
        await self.redis.publish(PUBLISH_CHANNEL, str(number))

    # --- the live menu set ---------------------------------------------------------------------
    def current(self) -> MenuSet:
        number = self.published_number()
        if self._current is not None and self._current.version.isdigit() and int(self._current.version) > number:
            return self._current  # a newer version followed from Redis (published on another host)
        if self._current is None or self._current.version != str(number):
            self._current = build_menuset(self.read_version(number), str(number))
        return self._current

    def on_change(self, listener: Callable[[MenuSet], None]) -> None:
        self._listeners.append(listener)

    def _notify(self, menuset: MenuSet) -> None:
        for listener in self._listeners:
            listener(menuset)

    async def load_from_redis(self, number: int) -> MenuSet:
        assert self.redis is not None
        raw = await self.redis.hgetall(VERSION_KEY.format(number))
        files = {text_of(k): text_of(v) for k, v in raw.items()}
        return build_menuset(files, str(number)) if files else self.current()

    async def watch(self, stop: asyncio.Event | None = None) -> None:
        """Follow publishes from any worker, across Redis restarts (see ivr.published)."""
        if self.redis is None:
            return
        await follow_published(self.redis, PUBLISH_CHANNEL, PUBLISHED_KEY, self._switch_to, stop, "menu")

    async def _switch_to(self, number_text: str) -> None:
        try:
            number = int(number_text)
            if self._current is None or self._current.version != str(number):
                self._current = await self.load_from_redis(number)
                self._notify(self._current)
                log.info("menu version %s is live on this worker", number)
        except (ValueError, MenuRejected):
            log.exception("ignored a bad menu publish message")

