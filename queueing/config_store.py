"""Versions of the ACD configuration (centres, opening hours, overflow, routing rules).

A thin user of ivr.versioned_store (kind ``acd``, one file): each version is an immutable
directory ``<data>/acd/versions/<n>/`` holding ``centres.yaml`` and ``meta.json``;
``<data>/acd/published`` names the live one. Version 1 is the shipped
``queueing/centres.yaml``. With Redis, numbers come from a counter every host shares, a
publish stores the text under ``ivr:acd:v:<n>``, raises ``ivr:acd:published`` and announces
the number on ``ivr:acd:publish``; every worker's :meth:`AcdConfigStore.watch` then swaps its
config (parsed once, in a thread) and tells its listeners (e.g. ``AcdStore.replace_config``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from ivr.safe_yaml import YamlRefused, load_yaml
from ivr.settings import Settings
from ivr.versioned_store import Listener, StoreKind, VersionedStore, VersionInfo
from queueing.centres import SHIPPED_CENTRES, AcdConfig, ConfigError, build_config

CONFIG_FILE = "centres.yaml"
MAX_CONFIG_BYTES = 256 * 1024

AcdVersionInfo = VersionInfo

__all__ = ["ACD", "AcdConfigStore", "AcdVersionInfo", "ConfigRejected", "parse_config"]


class ConfigRejected(ValueError):
    """A draft configuration was refused; ``errors`` say why. Nothing was changed."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


def parse_config(text: str) -> AcdConfig:
    """The configuration in ``text``, or ConfigError naming the problem."""
    if len(text.encode("utf-8")) > MAX_CONFIG_BYTES:
        raise ConfigError(f"the configuration is larger than {MAX_CONFIG_BYTES // 1024} KiB")
    try:
        raw = load_yaml(text)
    except YamlRefused as exc:
        raise ConfigError(str(exc)) from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"not valid YAML: {exc}") from exc
    return build_config(raw)


def parse_files(files: Mapping[str, str]) -> AcdConfig:
    """A version's ``centres.yaml`` parsed (the store checks it is the only file); ConfigRejected says why not."""
    try:
        return parse_config(files[CONFIG_FILE])
    except ConfigError as exc:
        raise ConfigRejected([str(exc)]) from exc


ACD: StoreKind[AcdConfig] = StoreKind(name="acd", what="ACD configuration", parse=parse_files,
                                      single_file=CONFIG_FILE, rejected=ConfigRejected)
PUBLISH_CHANNEL = ACD.channel
PUBLISHED_KEY = ACD.published_key
VERSION_KEY = "ivr:acd:v:{}"


class AcdConfigStore:
    def __init__(self, settings: Settings, redis: Any | None = None, shipped: Path | None = None) -> None:
        self.settings = settings
        self.redis = redis
        self.shipped: Path = shipped or settings.centres_file or SHIPPED_CENTRES
        self.root = settings.data_dir / "acd"
        self.versions_dir = self.root / "versions"
        seed_file = self.shipped
        self.versions: VersionedStore[AcdConfig] = VersionedStore(
            ACD, self.root, lambda: {CONFIG_FILE: seed_file.read_text(encoding="utf-8")}, redis,
            seed_comment="shipped configuration")

    # --- versions ------------------------------------------------------------------------------
    def published_number(self) -> int:
        return self.versions.published_number()

    def list_versions(self) -> list[AcdVersionInfo]:
        return self.versions.list_versions()

    def read_version(self, number: int) -> str:
        """Version ``number``'s text; KeyError when there is none."""
        files = self.versions.read_version(number)
        if CONFIG_FILE not in files:
            raise KeyError(f"no ACD configuration version {number}")
        return files[CONFIG_FILE]

    # --- validation and diff -------------------------------------------------------------------
    def validate(self, text: str) -> list[str]:
        try:
            parse_config(text)
        except ConfigError as exc:
            return [str(exc)]
        return []

    def diff(self, text: str) -> str:
        return self.versions.diff({CONFIG_FILE: text})

    # --- publish and rollback ------------------------------------------------------------------
    async def publish(self, text: str, comment: str, author: str) -> AcdVersionInfo:
        """A new version; ConfigRejected (nothing changed) when the text is not a valid configuration."""
        return await self.versions.publish({CONFIG_FILE: text}, comment, author)

    async def rollback(self, number: int, author: str) -> AcdVersionInfo:
        text = await asyncio.to_thread(self.read_version, number)
        return await self.publish(text, f"rollback to version {number}", author)

    # --- the live configuration ----------------------------------------------------------------
    def current_number(self) -> int:
        return self.versions.current_number()

    def current(self) -> AcdConfig:
        return self.versions.current()

    async def load_current(self) -> AcdConfig:
        return await self.versions.load_current()

    def on_change(self, listener: Listener) -> None:
        """``listener(config)`` runs after every publish seen by this process; it may be async."""
        self.versions.on_change(listener)

    async def watch(self, stop: asyncio.Event | None = None) -> None:
        """Follow publishes from any worker, across Redis restarts (see ivr.versioned_store)."""
        await self.versions.watch(stop)
