"""Settings that are fine on a developer's machine and dangerous on a network.

When the web or FastAGI port is bound beyond loopback, ``ivr serve`` refuses to start (and
``ivr doctor`` fails) with the development secret key (sessions, caller-number hashes and the
encrypted numbers all derive from it), a Redis without a password (whoever writes to Redis
could change queues), or a database reachable over the network without a password.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from ivr.privacy_vault import VaultKeyError, vault_of
from ivr.settings import LOOPBACK_HOSTS, Settings


class UnsafeExposure(SystemExit):
    """Raised by :func:`refuse_unsafe_start`; the message lists every problem."""


def _remote(host: str | None) -> bool:
    return bool(host) and host not in LOOPBACK_HOSTS


def exposure_problems(settings: Settings) -> list[str]:
    """What must change before this configuration listens beyond loopback (empty: nothing)."""
    if not settings.exposed:
        return []
    problems: list[str] = []
    if settings.uses_dev_secret:
        problems.append("IVR_SECRET_KEY is the development key: set a long random one "
                        "(开发用密钥不可用于生产，请设置 IVR_SECRET_KEY)")
    if settings.redis_url:
        redis = urlsplit(settings.redis_url)
        if not redis.password and not (redis.username and redis.scheme == "rediss") and _remote(redis.hostname):
            problems.append("IVR_REDIS_URL has no password for a Redis on the network "
                            "(Redis 须设置密码)")
    if settings.database_url and not settings.database_url.startswith("sqlite"):
        db = urlsplit(settings.database_url)
        if not db.password and _remote(db.hostname):
            problems.append("IVR_DATABASE_URL has no password for a database on the network "
                            "(数据库须设置密码)")
    return problems


def refuse_unsafe_start(settings: Settings) -> None:
    try:  # a caller-number key that cannot be used would keep no number for any call
        vault_of(settings)
    except VaultKeyError as exc:
        raise UnsafeExposure(f"refusing to start: {exc}") from exc
    problems = exposure_problems(settings)
    if problems:
        where = f"web {settings.http_host}:{settings.http_port}, FastAGI {settings.agi_host}:{settings.agi_port}"
        raise UnsafeExposure("refusing to start bound beyond loopback (" + where + "):\n  - "
                             + "\n  - ".join(problems))
