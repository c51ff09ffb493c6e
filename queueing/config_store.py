"""Versions of the ACD configuration (centres, opening hours, overflow, routing rules).

Shaped like ``ivr.menus.store.MenuStore``: each version is an immutable directory
``<data>/acd/versions/<n>/`` holding ``centres.yaml`` and ``meta.json``; ``<data>/acd/published``
names the live one. Version 1 is the shipped ``queueing/centres.yaml``. With Redis, a publish
also stores the text under ``ivr:acd:v:<n>``, sets ``ivr:acd:published`` and announces the
number on ``ivr:acd:publish``; every worker's :meth:`AcdConfigStore.watch` then swaps its
config and tells its listeners (e.g. ``AcdStore.replace_config``).
"""

from __future__ import annotations

import asyncio
import difflib
import inspect
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from ivr.published import follow_published, text_of
from ivr.settings import Settings
from queueing.centres import SHIPPED_CENTRES, AcdConfig, ConfigError, build_config

log = logging.getLogger("queueing.config_store")
PUBLISH_CHANNEL = "ivr:acd:publish"
PUBLISHED_KEY = "ivr:acd:published"
VERSION_KEY = "ivr:acd:v:{}"
CONFIG_FILE = "centres.yaml"
MAX_CONFIG_BYTES = 256 * 1024

Listener = Callable[[AcdConfig], Awaitable[None] | None]

__all__ = ["AcdConfigStore", "AcdVersionInfo", "ConfigRejected", "parse_config"]


class ConfigRejected(ValueError):
    """A draft configuration was refused; ``errors`` say why. Nothing was changed."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass(frozen=True)
class AcdVersionInfo:
    number: int
    comment: str
    author: str
    created_at: str
    published: bool = False


def parse_config(text: str) -> AcdConfig:
    """The configuration in ``text``, or ConfigError naming the problem."""
    if len(text.encode("utf-8")) > MAX_CONFIG_BYTES:
        raise ConfigError(f"the configuration is larger than {MAX_CONFIG_BYTES // 1024} KiB")
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"not valid YAML: {exc}") from exc
    return build_config(raw)


class AcdConfigStore:
    def __init__(self, settings: Settings, redis: Any | None = None, shipped: Path | None = None) -> None:
        self.settings = settings
        self.redis = redis
        self.shipped = shipped or settings.centres_file or SHIPPED_CENTRES
        self.root = settings.data_dir / "acd"
        self.versions_dir = self.root / "versions"
        self._current: tuple[int, AcdConfig] | None = None
        self._listeners: list[Listener] = []
        self._lock = asyncio.Lock()

    # --- versions on disk ----------------------------------------------------------------------
    def _ensure_seeded(self) -> None:
        if self.versions_dir.exists() and any(self.versions_dir.iterdir()):
            return
        text = self.shipped.read_text(encoding="utf-8")
        parse_config(text)  # the shipped configuration must be valid
        self._write_version(1, text, "shipped configuration", "system")
        self._write_pointer(1)

    def _write_version(self, number: int, text: str, comment: str, author: str) -> AcdVersionInfo:
        self.versions_dir.mkdir(parents=True, exist_ok=True)
        info = AcdVersionInfo(number, comment, author, datetime.now(UTC).isoformat(timespec="seconds"))
        staging = Path(tempfile.mkdtemp(dir=self.versions_dir, prefix=".new-"))
        (staging / CONFIG_FILE).write_text(text, encoding="utf-8")
        (staging / "meta.json").write_text(json.dumps(asdict(info), ensure_ascii=False), encoding="utf-8")
        target = self.versions_dir / str(number)
        if target.exists():
            shutil.rmtree(staging)
            raise FileExistsError(f"ACD configuration version {number} exists; versions are immutable")
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

    def list_versions(self) -> list[AcdVersionInfo]:
        self._ensure_seeded()
        live = self.published_number()
        found: list[AcdVersionInfo] = []
        for entry in self.versions_dir.iterdir():
            if entry.name.isdigit() and (entry / "meta.json").exists():
                meta = json.loads((entry / "meta.json").read_text(encoding="utf-8"))
                meta["published"] = meta["number"] == live
                found.append(AcdVersionInfo(**meta))
        return sorted(found, key=lambda v: v.number)

    def read_version(self, number: int) -> str:
        self._ensure_seeded()
        path = self.versions_dir / str(int(number)) / CONFIG_FILE
        if not path.is_file():
            raise KeyError(f"no ACD configuration version {number}")
        return path.read_text(encoding="utf-8")

    # --- validation and diff -------------------------------------------------------------------
    def validate(self, text: str) -> list[str]:
        try:
            parse_config(text)
        except ConfigError as exc:
            return [str(exc)]
        return []

    def diff(self, text: str) -> str:
        published = self.read_version(self.published_number())
        return "".join(difflib.unified_diff(
            published.splitlines(keepends=True), text.splitlines(keepends=True),
            fromfile=f"published/{CONFIG_FILE}", tofile=f"draft/{CONFIG_FILE}"))

    # --- publish and rollback ------------------------------------------------------------------
    async def publish(self, text: str, comment: str, author: str) -> AcdVersionInfo:
        try:
            config = parse_config(text)
        except ConfigError as exc:
            raise ConfigRejected([str(exc)]) from exc
        async with self._lock:
            self._ensure_seeded()
            number = max(v.number for v in self.list_versions()) + 1
            if self.redis is not None:  # another host may have published a higher number
                remote = await self.redis.get(PUBLISHED_KEY)
                if remote is not None and text_of(remote).isdigit():
                    number = max(number, int(text_of(remote)) + 1)
            info = self._write_version(number, text, comment, author)
            self._write_pointer(number)
            self._current = (number, config)
        await self._announce(number, text)
        await self._notify(config)
        log.info("ACD configuration version %s published by %s: %s", number, author, comment)
        return AcdVersionInfo(**{**asdict(info), "published": True})

    async def rollback(self, number: int, author: str) -> AcdVersionInfo:
        return await self.publish(self.read_version(number), f"rollback to version {number}", author)

    async def _announce(self, number: int, text: str) -> None:
        if self.redis is None:
            return
        await self.redis.set(VERSION_KEY.format(number), text)
        await self.redis.set(PUBLISHED_KEY, number)
        await self.redis.publish(PUBLISH_CHANNEL, str(number))

    # --- the live configuration ----------------------------------------------------------------
    def current_number(self) -> int:
        number = self.published_number()
        if self._current is not None and self._current[0] > number:
            return self._current[0]  # followed from Redis (published on another host)
        return number

    def current(self) -> AcdConfig:
        number = self.current_number()
        if self._current is None or self._current[0] != number:
            self._current = (number, parse_config(self.read_version(number)))
        return self._current[1]

    def on_change(self, listener: Listener) -> None:
        """``listener(config)`` runs after every publish seen by this process; it may be async."""
        self._listeners.append(listener)

    async def _notify(self, config: AcdConfig) -> None:
        for listener in self._listeners:
            try:
                result = listener(config)
                if inspect.isawaitable(result):
                    await result
            except Exception:  # noqa: BLE001 - one broken listener must not stop the others
                log.exception("ACD configuration listener failed")

    async def watch(self, stop: asyncio.Event | None = None) -> None:
        """Follow publishes from any worker, across Redis restarts (see ivr.published)."""
        if self.redis is None:
            return
        await follow_published(self.redis, PUBLISH_CHANNEL, PUBLISHED_KEY, self._switch_to, stop, "ACD configuration")

    async def _switch_to(self, number_text: str) -> None:
        try:
            number = int(number_text)
        except ValueError:
            log.error("ignored a bad ACD publish message %r", number_text[:40])
            return
        if self._current is not None and self._current[0] == number:
            return
        try:
            config = await self._load(number)
        except (ConfigError, KeyError) as exc:
            log.error("ACD configuration version %s not applied: %s", number, exc)
            return
        self._current = (number, config)
        await self._notify(config)
        log.info("ACD configuration version %s is live on this worker", number)

    async def _load(self, number: int) -> AcdConfig:
        assert self.redis is not None
        raw = await self.redis.get(VERSION_KEY.format(number))
        if raw is not None:
            return parse_config(text_of(raw))
        return parse_config(await asyncio.to_thread(self.read_version, number))

