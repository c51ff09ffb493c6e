"""Server-side sessions and login rate limiting, both in Redis.

The browser holds only a random token (cookie, or ``Authorization: Bearer`` for API
clients); Redis holds what it stands for, under an HMAC of the token so that a read of
Redis does not yield usable tokens. Sessions expire; disabling a user ends theirs.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis

from ivr.web.users import WebUser

SESSION_PREFIX = "ivr:web:session:"
USER_SESSIONS_PREFIX = "ivr:web:user-sessions:"
LOGIN_FAIL_PREFIX = "ivr:web:login-fail:"


@dataclass(frozen=True)
class SessionInfo:
    user: WebUser
    csrf: str


class SessionStore:
    def __init__(self, redis: Redis, secret: str, ttl_seconds: int = 8 * 3600) -> None:
        self._redis = redis
        self._secret = secret.encode()
        self.ttl_seconds = ttl_seconds

    def _key(self, token: str) -> str:
        return SESSION_PREFIX + hmac.new(self._secret, token.encode(), hashlib.sha256).hexdigest()

    async def create(self, user: WebUser) -> tuple[str, str]:
        """A new session for the user: (token, csrf token)."""
        token = secrets.token_urlsafe(32)
        csrf = secrets.token_urlsafe(24)
        key = self._key(token)
        mapping: dict[Any, Any] = {
            "username": user.username, "role": user.role, "centre": user.centre or "", "csrf": csrf,
        }
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, mapping=mapping)
            pipe.expire(key, self.ttl_seconds)
            pipe.sadd(USER_SESSIONS_PREFIX + user.username, key)
            pipe.expire(USER_SESSIONS_PREFIX + user.username, self.ttl_seconds)
            await pipe.execute()
        return token, csrf

    async def get(self, token: str) -> SessionInfo | None:
        if not token or len(token) > 128:
            return None
        raw = await self._redis.hgetall(self._key(token))
        if not raw:
            return None
        data = {_text(k): _text(v) for k, v in raw.items()}
        user = WebUser(username=data["username"], role=data["role"], centre=data["centre"] or None)
        return SessionInfo(user=user, csrf=data["csrf"])

    async def delete(self, token: str) -> None:
        await self._redis.delete(self._key(token))

    async def end_all_for(self, username: str) -> int:
        keys = await self._redis.smembers(USER_SESSIONS_PREFIX + username)
        if keys:
            await self._redis.delete(*keys)
        await self._redis.delete(USER_SESSIONS_PREFIX + username)
        return len(keys)


class LoginLimiter:
    """At most ``max_failures`` failed logins per (username, client address) per window."""

    def __init__(self, redis: Redis, max_failures: int = 5, window_seconds: int = 900) -> None:
        self._redis = redis
        self.max_failures = max_failures
        self.window_seconds = window_seconds

    @staticmethod
    def _key(username: str, client: str) -> str:
        digest = hashlib.sha256(f"{username}\0{client}".encode()).hexdigest()[:32]
        return LOGIN_FAIL_PREFIX + digest

    async def blocked(self, username: str, client: str) -> int:
        """Seconds until the next attempt is allowed, 0 when allowed now."""
        key = self._key(username, client)
        failures = await self._redis.get(key)
        if failures is not None and int(failures) >= self.max_failures:
            return max(1, int(await self._redis.ttl(key)))
        return 0

    async def failed(self, username: str, client: str) -> None:
        key = self._key(username, client)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.incr(key)
            pipe.expire(key, self.window_seconds, nx=True)
            await pipe.execute()

    async def succeeded(self, username: str, client: str) -> None:
        await self._redis.delete(self._key(username, client))


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
