"""Web users: argon2 password hashes, roles, centres. Sync SQLAlchemy; call from threads."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from ivr.refdata import NATIONAL_CENTRE, provinces
from ivr.web.audit import write_audit
from records.models import USER_ROLES, User

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{1,31}\Z")
MIN_PASSWORD = 12
MAX_PASSWORD = 256
MIN_DISTINCT = 6
COMMON_PASSWORDS = frozenset({
    "123456789012", "password1234", "passwordpassword", "qwertyuiopas", "111111111111", "aaaaaaaaaaaa",
    "administrator", "12315123151231", "changemechangeme",
})

_hasher = PasswordHasher()
# Verified against when the username is unknown, so both paths cost one argon2 verify.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


class UserError(ValueError):
    """A user could not be created or changed; the message says why."""


@dataclass(frozen=True)
class WebUser:
    """Who is making a request: what the auth dependencies hand to every router."""

    username: str
    role: str
    centre: str | None

    @property
    def national(self) -> bool:
        return self.role == "admin" or self.centre == NATIONAL_CENTRE

    def can_see(self, centre: str | None) -> bool:
        """Agents and supervisors see only their own centre, unless they are national."""
        return self.national or (centre is not None and centre == self.centre)

    def visible_centres(self) -> list[str]:
        return known_centres() if self.national else [self.centre] if self.centre else []


def known_centres() -> list[str]:
    return [NATIONAL_CENTRE, *sorted({p.centre for p in provinces()})]


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password_rules(password: str, username: str = "") -> None:
    if len(password) < MIN_PASSWORD:
        raise UserError(f"password must have at least {MIN_PASSWORD} characters (密码至少 {MIN_PASSWORD} 个字符)")
    if len(password) > MAX_PASSWORD:
        raise UserError(f"password must have at most {MAX_PASSWORD} characters (密码过长)")
    if len(set(password)) < MIN_DISTINCT or password.lower() in COMMON_PASSWORDS:
        raise UserError("password is too easy to guess (密码过于简单)")
    if username and username.lower() in password.lower():
        raise UserError("password must not contain the username (密码不得包含用户名)")


def password_tag(password_hash: str) -> str:
    """A short fingerprint of the stored hash: sessions opened before a password change no longer match."""
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Standing:
    """What the users table says about a user now: checked on every request."""

    user: WebUser
    password_tag: str


def user_standing(session: Session, username: str) -> Standing | None:
    """The enabled user as stored now, or None (unknown or disabled)."""
    row = session.scalar(select(User).where(User.username == username))
    if row is None or row.disabled:
        return None
    return Standing(WebUser(username=row.username, role=row.role, centre=row.centre), password_tag(row.password_hash))


def _row(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise UserError(f"no user {username!r}")
    return user


def set_role(session: Session, username: str, role: str, centre: str | None, actor: str) -> WebUser:
    """Change a user's role and centre (the caller ends the user's sessions)."""
    user = _row(session, username)
    centre = validate_new_user(username, role, centre)
    before = {"role": user.role, "centre": user.centre}
    user.role, user.centre = role, centre
    write_audit(session, actor, "user.role", f"user:{username}", {"before": before, "role": role, "centre": centre})
    return WebUser(username=username, role=role, centre=centre)


def set_password(session: Session, username: str, password: str, actor: str) -> None:
    """Reset (by an administrator) or set a password; the caller ends the user's sessions."""
    user = _row(session, username)
    check_password_rules(password, username)
    user.password_hash = hash_password(password)
    write_audit(session, actor, "user.password" if actor == username else "user.password_reset",
                f"user:{username}", {})


def change_own_password(session: Session, username: str, old: str, new: str) -> None:
    """The user changes their own password, showing the current one."""
    if authenticate(session, username, old) is None:
        raise UserError("current password is wrong (当前密码错误)")
    set_password(session, username, new, username)


def validate_new_user(username: str, role: str, centre: str | None) -> str | None:
    """Check the fields of a new user; returns the normalised centre."""
    if not USERNAME_RE.match(username):
        raise UserError("username: 2-32 characters, lower-case letters, digits, '_', '.', '-'")
    if role not in USER_ROLES:
        raise UserError(f"role must be one of {', '.join(USER_ROLES)}")
    if centre is not None:
        centre = centre.strip().lower() or None
    if role in ("agent", "supervisor") and centre is None:
        raise UserError(f"a {role} belongs to a centre: give --centre (e.g. bj, or cn for national)")
    if centre is not None and centre not in known_centres():
        raise UserError(f"unknown centre {centre!r}; known: {', '.join(known_centres())}")
    return centre


def create_user(
    session: Session, username: str, password: str, role: str, centre: str | None, actor: str
) -> WebUser:
    centre = validate_new_user(username, role, centre)
    check_password_rules(password, username)
    if session.scalar(select(User).where(User.username == username)) is not None:
        raise UserError(f"user {username!r} exists already")
    session.add(User(username=username, password_hash=hash_password(password), role=role, centre=centre))
    write_audit(session, actor, "user.create", f"user:{username}", {"role": role, "centre": centre})
    session.flush()
    return WebUser(username=username, role=role, centre=centre)


def set_disabled(session: Session, username: str, disabled: bool, actor: str) -> WebUser:
    user = _row(session, username)
    user.disabled = disabled
    write_audit(session, actor, "user.disable" if disabled else "user.enable", f"user:{username}", {})
    return WebUser(username=user.username, role=user.role, centre=user.centre)


def list_users(session: Session) -> list[dict[str, object]]:
    rows = session.scalars(select(User).order_by(User.username)).all()
    return [
        {"username": u.username, "role": u.role, "centre": u.centre, "disabled": u.disabled,
         "created_at": u.created_at.isoformat() if u.created_at else None}
        for u in rows
    ]


def authenticate(session: Session, username: str, password: str) -> WebUser | None:
    """The user if the password matches and the account is enabled; None otherwise."""
    user = session.scalar(select(User).where(User.username == username))
    stored = user.password_hash if user is not None else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or user.disabled:
        return None
    if _hasher.check_needs_rehash(stored):
        user.password_hash = hash_password(password)
    return WebUser(username=user.username, role=user.role, centre=user.centre)
