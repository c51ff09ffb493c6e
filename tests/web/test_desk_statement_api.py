"""The caller's statement on the desk during the call (/api/console/statement/{call_id}): a real
WAV in the spool, served to the agent who holds the call and to the supervisors and
administrators who see its centre; 404 for everyone else, 401 without a session; names that
are not call ids refused, and a spool name linked outside the spool never served. Real Redis
(the ACD's Lua scripts) and SQLite."""

from __future__ import annotations

import wave
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select

from ivr.settings import Settings
from records.db import make_engine, session_factory, session_scope
from records.models import AuditLog, Call
from tests.web import acd
from tests.web.conftest import bearer

URL = "/api/console/statement/"


def write_wav(path: Path, seconds: float, level: int = 1000) -> bytes:
    """A real 8 kHz 16-bit mono PCM WAV (a square wave, so it is not silence)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = bytearray()
    for i in range(int(8000 * seconds)):
        value = level if (i // 20) % 2 else -level
        frames += value.to_bytes(2, "little", signed=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(bytes(frames))
    return path.read_bytes()


def add_call(settings: Settings, call_id: str, centre: str) -> None:
    """The call's row as the records writer makes it at the first queue event."""
    engine = make_engine(settings.effective_database_url)
    with session_scope(session_factory(engine)) as session:
        session.add(Call(call_id=call_id, centre=centre, outcome="in_progress", started_at=datetime.now(UTC),
                         slots={}))
    engine.dispose()


def audit_actions(settings: Settings, call_id: str) -> list[tuple[str, str]]:
    engine = make_engine(settings.effective_database_url)
    with session_scope(session_factory(engine)) as session:
        rows = [(a.actor, a.action) for a in session.scalars(
            select(AuditLog).where(AuditLog.object == f"recording:{call_id}").order_by(AuditLog.id))]
    engine.dispose()
    return rows


def test_the_spooled_statement_plays_for_whoever_holds_or_supervises_the_call(
    client: TestClient, web_settings: Settings, add_user: Callable[..., str]
) -> None:
    url = str(web_settings.redis_url)
    for name, role, centre in (("ann", "agent", "bj"), ("bob", "agent", "bj"), ("sue", "supervisor", "bj"),
                               ("sam", "supervisor", "sh"), ("nat", "supervisor", "cn"), ("root", "admin", None)):
        add_user(name, role, centre)
    who = {name: bearer(client, name) for name in ("ann", "bob", "sue", "sam", "nat", "root")}
    spooled = write_wav(web_settings.spool_dir / "sip-s1-statement.wav", 1.5)

    assert client.get(URL + "sip-s1").status_code == 401
    add_call(web_settings, "sip-s1", "bj")
    refused = client.get(URL + "sip-s1", headers=who["ann"])  # not offered to her yet
    assert refused.status_code == 404
    assert refused.json()["detail"]["zh"] and refused.json()["detail"]["en"]

    # the ACD offers the call to ann, she answers: the statement is hers to hear during the call
    assert client.post("/api/console/login", json={}, headers=who["ann"]).status_code == 200
    assert client.post("/api/console/ready", headers=who["ann"]).status_code == 200
    acd.enqueue(url, "bj", "q-s1", "sip-s1", data={"call_id": "sip-s1", "slots": {"category": "food"}})
    assert acd.with_store(url, lambda store: store.dispatch("bj", acd.now_ms())) == [("q-s1", "ann")]
    offer = client.get("/api/console/state", headers=who["ann"]).json()["offer"]
    assert offer["call_id"] == "sip-s1" and offer["statement"] == "spool"
    acd.with_store(url, lambda store: store.connect("bj", "q-s1", "ann", acd.now_ms()))
    heard = client.get(URL + "sip-s1", headers=who["ann"])
    assert heard.status_code == 200 and heard.content == spooled
    assert heard.headers["content-type"] == "audio/wav" and heard.headers["cache-control"] == "no-store"

    # the same centre's other agent and another centre's supervisor: nothing; the centre's
    # supervisor, a national supervisor and an administrator without a centre: the file
    assert client.get(URL + "sip-s1", headers=who["bob"]).status_code == 404
    assert client.get(URL + "sip-s1", headers=who["sam"]).status_code == 404
    for name in ("sue", "nat", "root"):
        reply = client.get(URL + "sip-s1", headers=who[name])
        assert reply.status_code == 200 and reply.content == spooled, name

    # the call ends and ann records the disposition: the call is no longer hers
    acd.complete(url, "bj", "q-s1", "ann")
    assert client.get(URL + "sip-s1", headers=who["ann"]).status_code == 200  # wrap-up not recorded yet
    done = client.post("/api/console/wrapup", json={"call_id": "sip-s1", "disposition": "resolved"},
                       headers=who["ann"])
    assert done.status_code == 200
    assert client.get(URL + "sip-s1", headers=who["ann"]).status_code == 404
    assert client.get(URL + "sip-s1", headers=who["sue"]).status_code == 200

    actions = audit_actions(web_settings, "sip-s1")
    assert ("ann", "recording.spool_listen") in actions and ("bob", "recording.refused") in actions
    assert ("sam", "recording.refused") in actions and ("sue", "recording.spool_listen") in actions


def test_names_that_are_not_call_ids_are_refused_and_links_out_of_the_spool_are_not_followed(
    client: TestClient, web_settings: Settings, add_user: Callable[..., str]
) -> None:
    add_user("root", "admin")
    root = bearer(client, "root")
    secret = write_wav(web_settings.data_dir / "secret-statement.wav", 0.5)
    web_settings.spool_dir.mkdir(parents=True, exist_ok=True)
    (web_settings.spool_dir / "sip-link-statement.wav").symlink_to(web_settings.data_dir / "secret-statement.wav")
    add_call(web_settings, "sip-link", "bj")
    add_call(web_settings, "sip-none", "bj")
    (web_settings.spool_dir / "sip-junk-statement.wav").write_bytes(b"not a wav at all")
    add_call(web_settings, "sip-junk", "bj")

    for bad in (".hidden", "a..b", "x%00y", "sip%20s1", "a" * 65, "sip-s1.", "-sip", "sip-s1%0A"):
        reply = client.get(URL + bad, headers=root)
        assert reply.status_code == 400, (bad, reply.status_code)
        assert reply.json()["detail"]["code"] == "bad_call_id"
    # (the client or the router may take these apart before the endpoint: never the file)
    for escaped in ("..", "%2E%2E", "..%2Fsecret", "..%2F..%2Fdata%2Fsecret", "%2Fetc%2Fpasswd"):
        reply = client.get(URL + escaped, headers=root)
        assert reply.status_code in (400, 404) and reply.content != secret, escaped
    # a spool name that resolves outside the spool, a call with no statement, a file that is not a WAV
    for call_id in ("sip-link", "sip-none", "sip-junk"):
        assert client.get(URL + call_id, headers=root).status_code == 404, call_id
    assert (web_settings.data_dir / "secret-statement.wav").read_bytes() == secret  # nothing moved
