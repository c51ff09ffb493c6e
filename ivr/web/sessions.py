"""Server-side sessions and login rate limiting, both in Redis.

The browser holds only a random token (cookie, or ``Authorization: Bearer`` for API
clients); Redis holds what it stands for, under an HMAC of the token so that a read of
Redis does not yield usable tokens. Sessions expire (absolute and idle timeouts); disabling a
user ends theirs. Each session hash carries an HMAC of its fields, so a hash written into Redis
by someone without the secret key (a forged administrator) is refused; the auth dependency
also checks every session against the users table (``ivr.web.auth``).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis

from ivr.web.users import WebUser

SESSION_PREFIX = "ivr:web:session:"
USER_SESSIONS_PREFIX = "ivr:web:user-sessions:"
LOGIN_FAIL_PREFIX = "ivr:web:login-fail:"


SIGNED_FIELDS = ("username", "role", "centre", "csrf", "pw")
SEEN_WRITE_EVERY = 30  # seconds: how stale the stored last-seen time may get before it is rewritten


@dataclass(frozen=True)
class SessionInfo:
    user: WebUser
    csrf: str
    password_tag: str = ""


class SessionStore:
    def __init__(self, redis: Redis, secret: str, ttl_seconds: int = 8 * 3600, idle_seconds: int = 1800) -> None:
        self._redis = redis
        self._secret = secret.encode()
        self.ttl_seconds = ttl_seconds
        self.idle_seconds = idle_seconds

    def _key(self, token: str) -> str:
        return SESSION_PREFIX + hmac.new(self._secret, token.encode(), hashlib.sha256).hexdigest()

    def _sign(self, key: str, data: dict[str, str]) -> str:
        text = "\0".join([key, *(data.get(name, "") for name in SIGNED_FIELDS)])
        return hmac.new(self._secret, text.encode(), hashlib.sha256).hexdigest()

    async def create(self, user: WebUser, password_tag: str = "") -> tuple[str, str]:
        """A new session for the user: (token, csrf token). ``password_tag`` ties it to the
        password it was opened with (a password change ends it)."""
        token = secrets.token_urlsafe(32)
        csrf = secrets.token_urlsafe(24)
        key = self._key(token)
        fields = {"username": user.username, "role": user.role, "centre": user.centre or "", "csrf": csrf,
                  "pw": password_tag}
        mapping: dict[Any, Any] = {**fields, "sig": self._sign(key, fields), "seen": str(int(time.time()))}
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, mapping=mapping)
            pipe.expire(key, self.ttl_seconds)
            pipe.sadd(USER_SESSIONS_PREFIX + user.username, key)
            pipe.expire(USER_SESSIONS_PREFIX + user.username, self.ttl_seconds)
            await pipe.execute()
        return token, csrf

    async def get(self, token: str) -> SessionInfo | None:
        """The session, or None: unknown, expired, idle too long, or not signed with our key."""
        if not token or len(token) > 128:
            return None
        key = self._key(token)
        raw = await self._redis.hgetall(key)
        if not raw:
            return None
        data = {_text(k): _text(v) for k, v in raw.items()}
        if not hmac.compare_digest(data.get("sig", ""), self._sign(key, data)):
            await self._redis.delete(key)  # written by someone without the secret key
            return None
        now = int(time.time())
        seen = int(data["seen"]) if data.get("seen", "").isdigit() else 0
        if now - seen > self.idle_seconds:
            await self._redis.delete(key)
            return None
        if now - seen >= SEEN_WRITE_EVERY:
            await self._redis.hset(key, "seen", str(now))
        user = WebUser(username=data["username"], role=data["role"], centre=data["centre"] or None)
        return SessionInfo(user=user, csrf=data["csrf"], password_tag=data.get("pw", ""))

    async def alive(self, token: str) -> bool:
        """Whether the session still exists (cheap; for open WebSockets)."""
        return bool(token) and len(token) <= 128 and bool(await self._redis.exists(self._key(token)))

    async def delete(self, token: str) -> None:
        await self._redis.delete(self._key(token))

    async def end_all_for(self, username: str) -> int:
        keys = await self._redis.smembers(USER_SESSIONS_PREFIX + username)
        if keys:
            await self._redis.delete(*keys)
        await self._redis.delete(USER_SESSIONS_PREFIX + username)
        return len(keys)


class LoginLimiter:
    """Failed sign-ins counted per user (from any address) and per client address (for any user).

    Either count at its limit blocks the next attempt until the window ends, so neither a forged
    address nor a list of usernames gets more guesses. A success clears the user's count only.
    """

    def __init__(self, redis: Redis, max_failures: int = 10, window_seconds: int = 900,
                 max_per_address: int | None = None) -> None:
        self._redis = redis
        self.max_failures = max_failures
        self.max_per_address = max_per_address if max_per_address is not None else max_failures * 3
        self.window_seconds = window_seconds

    @staticmethod
    def _key(kind: str, value: str) -> str:
        digest = hashlib.sha256(f"{kind}\0{value}".encode()).hexdigest()[:32]
        return LOGIN_FAIL_PREFIX + digest

    async def blocked(self, username: str, client: str) -> int:
        """Seconds until the next attempt is allowed, 0 when allowed now."""
        wait = 0
        for key, limit in ((self._key("user", username), self.max_failures),
                           (self._key("addr", client), self.max_per_address)):
            failures = await self._redis.get(key)
            if failures is not None and int(failures) >= limit:
                wait = max(wait, 1, int(await self._redis.ttl(key)))
        return wait

    async def failed(self, username: str, client: str) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            for key in (self._key("user", username), self._key("addr", client)):
                pipe.incr(key)
                pipe.expire(key, self.window_seconds, nx=True)
            await pipe.execute()

    async def succeeded(self, username: str, client: str) -> None:
        await self._redis.delete(self._key("user", username))


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
