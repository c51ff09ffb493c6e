"""After a call through the queue to an agent and a call that asks for a callback (then called
back), the caller's number is nowhere in clear: not in the SQL database file, not in Redis (the
event stream, the queue's hashes, an RDB snapshot written uncompressed, and the AOF when Redis
keeps one), not in the log output, not in spool file names. The number is kept only encrypted:
in the callback's queue entry, in CALL_START (on its way to the records writer) and in the one
column ``calls.caller_sealed``; only the dialler's Originate carries it in clear. Also: the migration masks
numbers stored in clear by earlier versions."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
import redis as redis_sync
import sqlalchemy as sa
from alembic import command
from redis.asyncio import Redis

from ivr.event_types import STREAM
from ivr.number_cipher import PREFIX, NumberCipher
from ivr.privacy_vault import PREFIX as PRIVACY_PREFIX
from ivr.privacy_vault import vault_of
from ivr.serve import shutdown, start
from ivr.settings import Settings
from queueing.ami import AmiClient
from queueing.callback import CallbackDialer
from queueing.centres import load_config
from queueing.events import EventLog
from queueing.store import AcdStore
from records.db import alembic_config, migrate
from tests.queueing.ami_peer import AmiPeer
from tests.support.agi_peer import CallerScript, call
from tests.support.migrated import MigratedSqlite
from tests.support.server_settings import server_settings
from tests.support.services import free_port

NUMBER = "01086427531"  # used by no other test: any hit is this test's call
MASKED = "010******31"
STORE_REDIS_DB = 10


def midday_zone() -> str:
    """A fixed-offset time zone where it is about noon now (the menus and centres are open)."""
    offset = 12 - datetime.now(UTC).hour
    return "Etc/UTC" if offset == 0 else f"Etc/GMT{'-' if offset > 0 else '+'}{abs(offset)}"


@pytest.fixture
def settings(tmp_path: Path, redis_url: str, built_sounds: Path, migrated_sqlite: MigratedSqlite) -> Settings:
    zone = midday_zone()
    centres = tmp_path / "centres.yaml"
    centres.write_text(f'defaults:\n  timezone: {zone}\n  hours: {{open: "00:00", close: "24:00"}}\n'
                       "  overflow: [cn]\n", encoding="utf-8")
    return server_settings(tmp_path, redis_url, STORE_REDIS_DB, secret="store-test-secret",
                           built_sounds=built_sounds, database=migrated_sqlite, agi_port=free_port(),
                           http_port=free_port(), sip_enabled=False, timezone=zone, centres_file=centres)


def redis_files(url: str) -> list[Path]:
    """Snapshot the whole Redis uncompressed; its RDB file and AOF files (if any)."""
    r = redis_sync.Redis.from_url(url)
    r.config_set("rdbcompression", "no")
    before = r.lastsave()
    r.bgsave()
    deadline = time.monotonic() + 30
    while r.lastsave() == before and time.monotonic() < deadline:
        time.sleep(0.1)
    folder = Path(str(r.config_get("dir")["dir"]))
    files = [folder / str(r.config_get("dbfilename")["dbfilename"])]
    if r.config_get("appendonly")["appendonly"] == "yes":
        files += [p for p in folder.rglob("*") if p.is_file() and "aof" in p.name]
    return files


async def outcome_of(settings: Settings, call_id: str) -> str | None:
    """The call's outcome once the records writer has written its end."""
    engine = sa.create_engine(settings.effective_database_url)
    outcome = None
    try:
        for _ in range(300):
            with engine.connect() as conn:
                outcome = conn.execute(sa.text("SELECT outcome FROM calls WHERE call_id = :c AND caller_masked = :m"),
                                       {"c": call_id, "m": MASKED}).scalar()
            if outcome not in (None, "in_progress"):
                break
            await asyncio.sleep(0.05)
    finally:
        engine.dispose()
    return outcome


def sealed_numbers(settings: Settings) -> dict[str, str]:
    """calls.caller_sealed of every call that has one; the raw events never keep a copy."""
    engine = sa.create_engine(settings.effective_database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT call_id, caller_sealed FROM calls WHERE caller_sealed IS NOT NULL"))
            found = {str(r.call_id): str(r.caller_sealed) for r in rows}
            raw = [str(d) for d in conn.execute(sa.text("SELECT data FROM call_events")).scalars()]
    finally:
        engine.dispose()
    assert raw and not any(PRIVACY_PREFIX in d or "caller_sealed" in d for d in raw)
    return found


def redis_hashes_with(url: str, needle: bytes) -> list[bytes]:
    client = redis_sync.Redis.from_url(url)
    found = []
    for key in client.scan_iter("*"):
        if client.type(key) == b"hash":
            values: dict[bytes, bytes] = client.hgetall(key)  # type: ignore[assignment]
            if needle in b"".join(values.values()):
                found.append(key)
    return found


async def calls_with_a_callback(settings: Settings) -> None:
    """Two calls from NUMBER through the bj queue, written to SQL by the writer: one answered by an
    agent phone, one that asks for a callback (*), which the dialler then calls back through AMI.
    The stored callback number is encrypted; the dialler decrypts it for the Originate."""
    running = await start(settings, sip=False, web=False, writer=True)
    client = Redis.from_url(str(settings.redis_url))
    peer = AmiPeer(answering={"PJSIP/agent-bj-01"})
    await peer.start()
    ami = AmiClient("127.0.0.1", peer.port, peer.username, peer.secret)
    try:
        store = AcdStore(client, load_config(settings.centres_file))
        now = int(time.time() * 1000)
        await store.agent_login("bj", "a1", "PJSIP/agent-bj-01", now - 60_000, ready=True)
        result = await call("127.0.0.1", settings.agi_port, CallerScript(keys=["1"] * 5, dial_status="ANSWER"),
                            callerid=NUMBER, uniqueid="privacy.1", idle_timeout=30)
        assert any(c.startswith("EXEC Dial") for c in result.commands), result.commands
        assert await outcome_of(settings, "privacy.1") == "answered"
        # nobody ready: the second call waits and asks to be called back
        await store.agent_action("bj", "a1", "pause", int(time.time() * 1000), "privacy test")
        await call("127.0.0.1", settings.agi_port, CallerScript(keys=["1"] * 5 + ["*"]),
                   callerid=NUMBER, uniqueid="privacy.2", idle_timeout=30)
        assert await outcome_of(settings, "privacy.2") == "callback_promised"
        url = str(settings.redis_url)
        sealed = redis_hashes_with(url, PREFIX.encode())
        assert len(sealed) == 1 and redis_hashes_with(url, NUMBER.encode()) == []  # the callback, encrypted
        await store.agent_action("bj", "a1", "ready", int(time.time() * 1000))
        dialer = CallbackDialer(store, EventLog(client), ami, lambda: int(time.time() * 1000),
                                numbers=NumberCipher(settings.secret_key.get_secret_value()))
        assert await dialer.run_once("bj") == 1
        originate = next(a for a in peer.actions if a.get("Action") == "Originate")
        assert originate["Exten"] == NUMBER  # only the dialler's Originate carries the clear number
        qcid = originate["Variable"].split("IVR_QCID=", 1)[1].split(",", 1)[0]
        assert await dialer.report(["bj", qcid, "ANSWER"]) == "done"
    finally:
        await ami.close()
        await peer.stop()
        await client.aclose()
        await shutdown(running)


async def test_clear_number_is_in_no_database_log_or_spool(settings: Settings,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    await calls_with_a_callback(settings)
    clear = NUMBER.encode()
    db_file = Path(settings.effective_database_url.removeprefix("sqlite:///"))
    db_bytes = {p.name: p.read_bytes() for p in db_file.parent.glob(db_file.name + "*")}  # with -wal
    assert [name for name, data in db_bytes.items() if clear in data] == [], "clear number in the database"
    assert any(MASKED.encode() in data for data in db_bytes.values())  # the call is there, masked
    sealed = sealed_numbers(settings)  # and the number, encrypted in its one column, for both calls
    assert set(sealed) == {"privacy.1", "privacy.2"}
    assert {vault_of(settings).open(value) for value in sealed.values()} == {NUMBER}
    assert NUMBER not in caplog.text
    spooled = [str(p) for p in settings.data_dir.rglob("*") if NUMBER in p.name]
    assert spooled == []


async def test_clear_number_is_not_in_redis(settings: Settings) -> None:
    await calls_with_a_callback(settings)
    clear = NUMBER.encode()
    url = str(settings.redis_url)
    assert redis_hashes_with(url, clear) == []  # queue payloads, offers, the callback's number
    stream: list[tuple[bytes, dict[bytes, bytes]]] = redis_sync.Redis.from_url(url).xrange(STREAM)  # type: ignore[assignment]
    types = {fields[b"type"] for _, fields in stream}
    assert {b"CALL_START", b"CALL_END", b"CALLBACK_REQUEST", b"CALLBACK_DIAL", b"CALLBACK_DONE"} <= types
    assert all(clear not in b"".join(fields.values()) for _, fields in stream)
    assert any(MASKED.encode() in fields[b"data"] for _, fields in stream if fields[b"type"] == b"CALL_END")
    starts = [json.loads(fields[b"data"]) for _, fields in stream if fields[b"type"] == b"CALL_START"]
    assert starts and all(vault_of(settings).open(s["caller_sealed"]) == NUMBER for s in starts)  # sealed only
    for path in redis_files(url):
        assert clear not in path.read_bytes(), f"clear number in Redis ({path.name})"


def test_migration_masks_numbers_stored_in_clear(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    record = {"call_id": "c1", "caller": NUMBER, "slots": {"caller": NUMBER, "region": "11"},
              "steps": [{"node": "x", "note": f"called from {NUMBER}"}]}
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO calls (call_id, slots, outcome) "
                             "VALUES ('c1', :s, 'answered')"),
                     {"s": json.dumps({"caller": NUMBER, "region": "11"})})
        for n, data in enumerate([{"call_id": "c1", "caller": NUMBER}, record,
                                  {"call_id": "c1", "text": f"please call {NUMBER}"}]):
            conn.execute(sa.text("INSERT INTO call_events (event_id, type, call_id, data) VALUES (:e, 'X', 'c1', :d)"),
                         {"e": f"1-{n}", "d": json.dumps(data)})
    assert NUMBER.encode() in (tmp_path / "old.db").read_bytes()
    migrate(url)
    with engine.connect() as conn:
        rows = [str(r) for r in conn.execute(sa.text("SELECT data FROM call_events")).scalars()]
        slots = conn.execute(sa.text("SELECT slots FROM calls")).scalar()
    assert rows and all(NUMBER not in r for r in rows) and all(MASKED in r for r in rows)
    assert NUMBER not in str(slots) and MASKED in str(slots) and "11" in str(slots)
    engine.dispose()
