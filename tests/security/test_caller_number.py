"""The caller number's one encrypted column and its one audited reader.

The vault (ivr/privacy_vault.py): Fernet under the configured keys, rotation with MultiFernet, a
wrong key a clear error. The endpoint POST /api/complaints/{ticket}/caller-number: supervisors
and administrators of the complaint's centre only, a reason required, every read audited (also
a read the keys cannot open, which answers 503 with words, not a crash)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from ivr.exposure import UnsafeExposure, refuse_unsafe_start
from ivr.privacy_vault import (
    PREFIX,
    CallerNumberVault,
    VaultKeyError,
    VaultOpenError,
    derived_key,
    new_key,
    parse_keys,
    vault_of,
)
from ivr.settings import Settings, get_settings
from records.cli import app as records_app
from records.db import make_engine, session_factory, session_scope
from records.models import AuditLog, Call, Complaint
from tests.web.conftest import login

NUMBER = "13761529048"
ACTION = "complaint.caller_number"


def test_vault_seals_opens_and_rotates_keys() -> None:
    old, new = new_key(), new_key()
    before = CallerNumberVault.of("unused", old)
    sealed = before.seal(NUMBER)
    assert sealed is not None and sealed.startswith(PREFIX) and NUMBER not in sealed
    assert sealed != before.seal(NUMBER)  # a fresh IV each time
    assert before.open(sealed) == NUMBER
    rotating = CallerNumberVault.of("unused", f"{new},{old}")  # the new key first, the old one still read
    assert rotating.open(sealed) == NUMBER
    rotated = rotating.rotate(sealed)
    after = CallerNumberVault.of("unused", new)  # the old key dropped
    assert after.open(rotated) == NUMBER
    with pytest.raises(VaultOpenError, match="configured keys"):
        after.open(sealed)
    with pytest.raises(VaultOpenError):
        after.open(NUMBER)  # a clear value is not a sealed one
    assert before.seal("") is None


def test_vault_without_configured_keys_derives_one_from_the_secret_key() -> None:
    sealed = CallerNumberVault.of("secret-one").seal(NUMBER)
    assert sealed is not None
    assert CallerNumberVault([derived_key("secret-one")]).open(sealed) == NUMBER
    with pytest.raises(VaultOpenError):
        CallerNumberVault.of("secret-two").open(sealed)
    with pytest.raises(VaultKeyError, match="IVR_SECRET_KEY"):
        CallerNumberVault.of("")


def test_a_malformed_configured_key_is_named() -> None:
    good = new_key()
    assert parse_keys(f" {good} , ") == [good.encode()]
    with pytest.raises(VaultKeyError, match="key 2 is not a Fernet key") as refused:
        parse_keys(f"{good},not-a-key")
    assert "密钥" in str(refused.value) and "not-a-key" not in str(refused.value)


@pytest.fixture
def db(web_settings: Settings) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(web_settings.effective_database_url)
    yield session_factory(engine)
    engine.dispose()


def file_complaint(db: sessionmaker[Session], ticket: str, centre: str, sealed: str | None) -> None:
    """A call (with the sealed number the records writer stores) and the complaint filed for it."""
    with session_scope(db) as session:
        session.add(Call(call_id=f"call-{ticket}", caller_masked="137******48", caller_sealed=sealed,
                         outcome="answered", slots={}, centre=centre))
        session.add(Complaint(ticket=ticket, kind="complaint", centre=centre, call_id=f"call-{ticket}",
                              caller_masked="137******48", received_on=date(2026, 12, 1)))


def audit_rows(db: sessionmaker[Session]) -> list[AuditLog]:
    with session_scope(db) as session:
        rows = list(session.scalars(select(AuditLog).where(AuditLog.action == ACTION).order_by(AuditLog.id)))
        session.expunge_all()
        return rows


def ask(client: TestClient, ticket: str, reason: str = "calling the consumer back about the refund") -> object:
    return client.post(f"/api/complaints/{ticket}/caller-number", json={"reason": reason})


@pytest.fixture
def filed(web_settings: Settings, db: sessionmaker[Session], add_user: Callable[..., str]) -> sessionmaker[Session]:
    file_complaint(db, "BJ1", "bj", vault_of(web_settings).seal(NUMBER))
    file_complaint(db, "SH1", "sh", vault_of(web_settings).seal("13900001111"))
    for name, role, centre in (("ann", "agent", "bj"), ("sue", "supervisor", "bj"), ("sam", "supervisor", "sh"),
                               ("nat", "supervisor", "cn"), ("root", "admin", None)):
        add_user(name, role, centre)
    return db


def test_supervisor_of_the_centre_reads_the_number_and_the_read_is_audited(
        client: TestClient, filed: sessionmaker[Session]) -> None:
    login(client, "sue")
    reply = ask(client, "BJ1")
    assert reply.status_code == 200, reply.text  # type: ignore[attr-defined]
    assert reply.json() == {"ticket": "BJ1", "call_id": "call-BJ1", "number": NUMBER,  # type: ignore[attr-defined]
                            "masked": "137******48"}
    assert reply.headers["cache-control"] == "no-store"  # type: ignore[attr-defined]
    [row] = audit_rows(filed)
    assert (row.actor, row.object) == ("sue", "BJ1") and row.at is not None
    assert row.detail == {"reason": "calling the consumer back about the refund", "call_id": "call-BJ1",
                          "result": "shown"}
    assert NUMBER not in str(row.detail)


def test_agents_other_centres_and_missing_reasons_are_refused_without_the_number(
        client: TestClient, filed: sessionmaker[Session]) -> None:
    login(client, "ann")
    refused = ask(client, "BJ1")
    assert refused.status_code == 403 and NUMBER not in refused.text  # type: ignore[attr-defined]
    login(client, "sam")  # a supervisor of sh: bj's ticket does not exist for them
    hidden = ask(client, "BJ1")
    assert hidden.status_code == 404 and NUMBER not in hidden.text  # type: ignore[attr-defined]
    assert ask(client, "SH1").status_code == 200  # type: ignore[attr-defined]
    no_reason = ask(client, "SH1", reason="   ")
    assert no_reason.status_code == 422  # type: ignore[attr-defined]
    assert "理由" in no_reason.json()["detail"]["zh"] and "reason" in no_reason.json()["detail"]["en"]  # type: ignore[attr-defined]
    assert [(r.actor, r.object) for r in audit_rows(filed)] == [("sam", "SH1")]  # only the read that happened


def test_national_staff_read_any_centre(client: TestClient, filed: sessionmaker[Session]) -> None:
    login(client, "nat")
    assert ask(client, "BJ1").json()["number"] == NUMBER  # type: ignore[attr-defined]
    login(client, "root")
    assert ask(client, "SH1").json()["number"] == "13900001111"  # type: ignore[attr-defined]
    assert [(r.actor, r.object) for r in audit_rows(filed)] == [("nat", "BJ1"), ("root", "SH1")]


def test_a_number_sealed_under_another_key_is_a_clear_error_and_audited(
        client: TestClient, db: sessionmaker[Session], add_user: Callable[..., str]) -> None:
    file_complaint(db, "BJ2", "bj", CallerNumberVault.of("a key this server does not have").seal(NUMBER))
    file_complaint(db, "BJ3", "bj", None)
    add_user("sue", "supervisor", "bj")
    login(client, "sue")
    wrong = ask(client, "BJ2")
    assert wrong.status_code == 503, wrong.text  # type: ignore[attr-defined]
    detail = wrong.json()["detail"]  # type: ignore[attr-defined]
    assert detail["code"] == "key_mismatch" and "IVR_CALLER_NUMBER_KEYS" in detail["en"] and "密钥" in detail["zh"]
    none = ask(client, "BJ3")
    assert none.status_code == 404 and none.json()["detail"]["code"] == "no_number_kept"  # type: ignore[attr-defined]
    assert [(r.object, r.detail["result"]) for r in audit_rows(db)] == [("BJ2", "key_mismatch"),
                                                                         ("BJ3", "no_number_kept")]
    assert client.get("/api/complaints/BJ2").status_code == 200  # the server goes on


def stored_numbers(db: sessionmaker[Session]) -> dict[str, str | None]:
    with session_scope(db) as session:
        return {c.call_id: c.caller_sealed for c in session.scalars(select(Call))}


def test_rotate_number_keys_reseals_every_stored_number(web_settings: Settings, db: sessionmaker[Session],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = new_key(), new_key()
    file_complaint(db, "BJ1", "bj", CallerNumberVault.of("", old).seal(NUMBER))
    file_complaint(db, "BJ2", "bj", CallerNumberVault.of("", old).seal("13900001111"))
    file_complaint(db, "BJ3", "bj", CallerNumberVault.of("", new_key()).seal("13900002222"))  # a lost key
    file_complaint(db, "BJ4", "bj", None)
    before = stored_numbers(db)
    monkeypatch.setenv("IVR_DATABASE_URL", web_settings.effective_database_url)
    monkeypatch.setenv("IVR_DATA_DIR", str(web_settings.data_dir))
    monkeypatch.setenv("IVR_CALLER_NUMBER_KEYS", f"{new},{old}")
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(records_app, ["rotate-number-keys"])
        assert result.exit_code == 1, result.output  # one number no key opens: named, left as it is
        assert json.loads(result.stdout.splitlines()[0]) == {"rotated": 2, "unreadable": ["call-BJ3"]}
        monkeypatch.setenv("IVR_CALLER_NUMBER_KEYS", "not-a-key")
        get_settings.cache_clear()
        refused = CliRunner().invoke(records_app, ["rotate-number-keys"])
        assert refused.exit_code == 2 and "not a Fernet key" in refused.output
    finally:
        get_settings.cache_clear()
    after = stored_numbers(db)
    assert after["call-BJ3"] == before["call-BJ3"] and after["call-BJ4"] is None
    only_new = CallerNumberVault.of("", new)  # the old key can now be dropped
    assert only_new.open(after["call-BJ1"] or "") == NUMBER and only_new.open(after["call-BJ2"] or "") == "13900001111"
    with pytest.raises(VaultOpenError):
        only_new.open(before["call-BJ1"] or "")


def test_serve_refuses_to_start_with_an_unusable_caller_number_key() -> None:
    with pytest.raises(UnsafeExposure, match="key 1 is not a Fernet key"):
        refuse_unsafe_start(Settings(caller_number_keys=SecretStr("short")))
    refuse_unsafe_start(Settings(caller_number_keys=SecretStr(new_key())))  # a good key on loopback: starts
