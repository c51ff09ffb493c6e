"""The caller number kept for the handling department and callbacks: one encrypted SQL column
(``calls.caller_sealed``). The engine seals the number in the live call; it travels sealed in
the ``CALL_START`` event; the records writer stores the sealed text as it came; only the audited
caller-number endpoint opens it.

Fernet (AES-128-CBC with HMAC-SHA256) under ``IVR_CALLER_NUMBER_KEYS``: Fernet keys separated by
commas, the first one encrypts and every one decrypts (:class:`cryptography.fernet.MultiFernet`),
so a key is rotated by putting a new one first, re-sealing the stored numbers
(``rotate``), then dropping the old one. Without configured keys one key is derived from
``IVR_SECRET_KEY`` (for a different purpose than the callback queue's key).

Core layer: imports only the settings.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
from collections.abc import Sequence
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from ivr.settings import Settings

#: Marks a sealed caller number (version 1: Fernet under the configured keys).
PREFIX = "vault1:"
#: Longest sealed value stored (a number of up to 64 characters sealed is far shorter).
MAX_SEALED_CHARS = 512
_KEY_PURPOSE = b"ivr caller number column v1"
log = logging.getLogger(__name__)


class VaultKeyError(ValueError):
    """IVR_CALLER_NUMBER_KEYS (or IVR_SECRET_KEY) cannot make a key."""


class VaultOpenError(ValueError):
    """A sealed number that none of the configured keys opens (a wrong or dropped key, or damage)."""


def derived_key(secret_key: str) -> bytes:
    """The Fernet key derived from IVR_SECRET_KEY when no caller-number keys are configured."""
    if not secret_key:
        raise VaultKeyError("IVR_SECRET_KEY is empty: caller numbers cannot be encrypted "
                            "(未设置 IVR_SECRET_KEY，来电号码无法加密)")
    digest = hmac.new(secret_key.encode(), _KEY_PURPOSE, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest)


def parse_keys(configured: str) -> list[bytes]:
    """The Fernet keys of ``IVR_CALLER_NUMBER_KEYS`` (comma separated), checked one by one."""
    keys: list[bytes] = []
    for n, text in enumerate((part.strip() for part in configured.split(",")), start=1):
        if not text:
            continue
        try:
            Fernet(text.encode("ascii"))
        except (ValueError, binascii.Error, UnicodeError) as exc:
            raise VaultKeyError(
                f"IVR_CALLER_NUMBER_KEYS key {n} is not a Fernet key (32 bytes, URL-safe base64; make one with "
                f"`ivr records number-key`) / IVR_CALLER_NUMBER_KEYS 第 {n} 个密钥不是有效的 Fernet 密钥") from exc
        keys.append(text.encode("ascii"))
    return keys


def new_key() -> str:
    """A fresh Fernet key for IVR_CALLER_NUMBER_KEYS."""
    return Fernet.generate_key().decode("ascii")


class CallerNumberVault:
    """Seals and opens caller numbers with the first of ``keys`` / any of ``keys``."""

    def __init__(self, keys: Sequence[bytes]) -> None:
        if not keys:
            raise VaultKeyError("no caller-number key (未配置来电号码密钥)")
        self._fernet = MultiFernet([Fernet(key) for key in keys])

    @classmethod
    def of(cls, secret_key: str, configured_keys: str = "") -> CallerNumberVault:
        return cls(parse_keys(configured_keys) or [derived_key(secret_key)])

    def seal(self, number: str | None) -> str | None:
        """The number encrypted (a fresh IV each time); nothing for no number."""
        if not number:
            return None
        return PREFIX + self._fernet.encrypt(number.encode()).decode("ascii")

    def open(self, sealed: str) -> str:
        """The clear number; VaultOpenError when no configured key opens it."""
        if not is_sealed(sealed):
            raise VaultOpenError("not a sealed caller number (不是加密的来电号码)")
        try:
            return self._fernet.decrypt(sealed.removeprefix(PREFIX).encode("ascii")).decode()
        except (InvalidToken, UnicodeError) as exc:
            raise VaultOpenError("the stored caller number cannot be decrypted with the configured keys "
                                 "(IVR_CALLER_NUMBER_KEYS / IVR_SECRET_KEY) / "
                                 "无法用当前配置的密钥解密来电号码") from exc

    def rotate(self, sealed: str) -> str:
        """The same number sealed again under the first key (VaultOpenError if no key opens it)."""
        if not is_sealed(sealed):
            raise VaultOpenError("not a sealed caller number (不是加密的来电号码)")
        try:
            return PREFIX + self._fernet.rotate(sealed.removeprefix(PREFIX).encode("ascii")).decode("ascii")
        except (InvalidToken, UnicodeError) as exc:
            raise VaultOpenError("a stored caller number no configured key opens (无法解密的来电号码)") from exc


def is_sealed(value: object) -> bool:
    """A value shaped like a sealed number (what the records writer accepts into the column)."""
    return (isinstance(value, str) and value.startswith(PREFIX) and len(value) <= MAX_SEALED_CHARS
            and value[len(PREFIX):].replace("-", "").replace("_", "").replace("=", "").isalnum()
            and value[len(PREFIX):].isascii())


@lru_cache(maxsize=8)
def _vault(secret_key: str, configured_keys: str) -> CallerNumberVault:
    return CallerNumberVault.of(secret_key, configured_keys)


def vault_of(settings: Settings) -> CallerNumberVault:
    """The vault of these settings (built once per key set)."""
    return _vault(settings.secret_key.get_secret_value(), settings.caller_number_keys.get_secret_value())


def seal_caller(settings: Settings, number: str | None) -> str | None:
    """The live call's number sealed for the event; nothing (logged, the call goes on) when the
    configured keys are unusable: a bad key must never drop a caller."""
    if not number:
        return None
    try:
        return vault_of(settings).seal(number)
    except VaultKeyError as exc:
        log.error("caller number not kept: %s", exc)
        return None
