"""The one place a caller's number is kept for later use: a callback, whose dialler must call the
number. It is stored encrypted (Fernet: AES-128-CBC with HMAC-SHA256) under a key derived from
``IVR_SECRET_KEY``, and decrypted only by the dialler when it originates the call.

Core layer: imports only the privacy rules.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken

from ivr.privacy import mask_number

#: Marks a sealed number; a stored value without it was written in clear by an earlier version.
PREFIX = "fernet:"
_KEY_PURPOSE = b"ivr callback number v1"


class NumberCipherError(ValueError):
    """A sealed number that this key cannot open (another IVR_SECRET_KEY, or damaged)."""


class NumberCipher:
    def __init__(self, secret_key: str) -> None:
        if not secret_key:
            raise ValueError("IVR_SECRET_KEY is empty: callback numbers cannot be encrypted "
                             "(回拨号码无法加密：未设置 IVR_SECRET_KEY)")
        digest = hmac.new(secret_key.encode(), _KEY_PURPOSE, hashlib.sha256).digest()
        self._fernet = Fernet(base64.urlsafe_b64encode(digest))

    def seal(self, number: str) -> str:
        """The number encrypted, as stored; an empty number stays empty."""
        if not number:
            return ""
        return PREFIX + self._fernet.encrypt(number.encode()).decode("ascii")

    def open(self, stored: str) -> str:
        """The clear number of a stored value. A value without the prefix was stored in clear by
        an earlier version and is returned as it is."""
        if not stored.startswith(PREFIX):
            return stored
        try:
            return self._fernet.decrypt(stored.removeprefix(PREFIX).encode("ascii")).decode()
        except (InvalidToken, UnicodeError) as exc:
            raise NumberCipherError("a callback number this IVR_SECRET_KEY cannot decrypt "
                                    "(回拨号码无法解密：IVR_SECRET_KEY 不匹配)") from exc

    def masked(self, stored: str) -> str:
        """The masked form of a stored value (for events and logs), ``-`` if it cannot be opened."""
        try:
            return mask_number(self.open(stored))
        except NumberCipherError:
            return mask_number("")
