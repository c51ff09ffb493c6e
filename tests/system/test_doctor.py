"""`ivr doctor` against a real deployment shape: passes when all is well, names each problem."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.support.migrated import MigratedSqlite, sqlite_url
from tests.support.services import RedisServer, free_port
from tests.system.harness import PYTHON, REPO


def doctor(data_dir: Path, redis_url: str, database_url: str, *args: str,
           **settings: str) -> tuple[int, dict[str, str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IVR_")}
    # an Asterisk deployment: the embedded SIP endpoint is off unless a test turns it on
    env.update(IVR_DATA_DIR=str(data_dir), IVR_REDIS_URL=redis_url, IVR_DATABASE_URL=database_url,
               IVR_SIP_ENABLED="false")
    env.update(settings)
    done = subprocess.run([str(PYTHON), "-m", "ivr.cli", "doctor", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120)
    lines: dict[str, str] = {}
    for line in done.stdout.splitlines():
        status, _, rest = line.partition(" ")
        name, _, detail = rest.strip().partition(": ")
        lines[name] = f"{status.strip()} {detail}"
    return done.returncode, lines


def deployment(tmp_path: Path, sounds: Path, database: MigratedSqlite | None = None) -> tuple[Path, str]:
    """A data directory with the built prompts; the database a migrated copy, or none yet."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "sounds").symlink_to(sounds, target_is_directory=True)
    path = tmp_path / "ivr.db"
    return data, database.copy_to(path) if database is not None else sqlite_url(path)


def test_doctor_passes_on_a_ready_deployment(tmp_path: Path, system_redis: RedisServer, built_sounds: Path,
                                             migrated_sqlite: MigratedSqlite) -> None:
    data, url = deployment(tmp_path, built_sounds, migrated_sqlite)
    code, lines = doctor(data, system_redis.url, url)
    assert code == 0, lines
    assert set(lines) >= {"redis", "database", "vosk model", "prompts", "asterisk config"}
    # no `ivr serve` runs here, so no retrieval service answers: a warning (calls still work), not a failure
    assert lines.pop("knowledge service").startswith("WARN"), lines
    assert all(v.startswith("ok") for v in lines.values()), lines
    assert "appendonly=yes" in lines["redis"]


def test_doctor_names_redis_without_persistence(tmp_path: Path, built_sounds: Path,
                                                migrated_sqlite: MigratedSqlite) -> None:
    data, url = deployment(tmp_path, built_sounds, migrated_sqlite)
    volatile = RedisServer(port=free_port(), workdir=tmp_path / "redis", appendonly=False)
    volatile.start()
    try:
        code, lines = doctor(data, volatile.url, url)
    finally:
        volatile.stop()
    assert code == 1
    assert lines["redis"].startswith("FAIL") and "NOT persistent" in lines["redis"], lines
    assert lines["database"].startswith("ok") and lines["prompts"].startswith("ok"), lines


def test_doctor_names_an_unmigrated_database(tmp_path: Path, system_redis: RedisServer, built_sounds: Path) -> None:
    data, url = deployment(tmp_path, built_sounds)
    code, lines = doctor(data, system_redis.url, url)
    assert code == 1
    assert lines["database"].startswith("FAIL") and "ivr records migrate" in lines["database"], lines
    assert lines["redis"].startswith("ok"), lines


def test_doctor_names_missing_prompts(tmp_path: Path, system_redis: RedisServer,
                                     migrated_sqlite: MigratedSqlite) -> None:
    data = tmp_path / "data"
    url = migrated_sqlite.copy_to(tmp_path / "ivr.db")
    code, lines = doctor(data, system_redis.url, url)
    assert code == 1
    assert lines["prompts"].startswith("FAIL") and "ivr prompts build" in lines["prompts"], lines


def test_doctor_checks_a_deployed_asterisk_directory(tmp_path: Path, system_redis: RedisServer,
                                                   built_sounds: Path, migrated_sqlite: MigratedSqlite) -> None:
    data, url = deployment(tmp_path, built_sounds, migrated_sqlite)
    conf = tmp_path / "etc-asterisk"
    shutil.copytree(REPO / "asterisk_conf", conf)
    code, lines = doctor(data, system_redis.url, url, "--asterisk-conf", str(conf))
    assert code == 1
    assert lines["asterisk config"].startswith("FAIL") and "placeholder" in lines["asterisk config"], lines
    pjsip = conf / "pjsip.conf"
    text = pjsip.read_text(encoding="utf-8").replace("carrier.invalid", "203.0.113.7")
    while "password=change-me" in text:
        text = text.replace("password=change-me", f"password=S3cret-{text.count('change-me')}-x", 1)
    pjsip.write_text(text, encoding="utf-8")
    code, lines = doctor(data, system_redis.url, url, "--asterisk-conf", str(conf))
    assert lines["asterisk config"].startswith("ok") and str(conf) in lines["asterisk config"], lines


def test_doctor_names_missing_system_sounds_and_a_silent_sip_endpoint(
        tmp_path: Path, system_redis: RedisServer, built_sounds: Path, migrated_sqlite: MigratedSqlite) -> None:
    sounds = tmp_path / "sounds"
    shutil.copytree(built_sounds, sounds, symlinks=True)
    (sounds / "ivr" / "system" / "beep.wav").unlink()
    data = tmp_path / "data"
    data.mkdir()
    (data / "sounds").symlink_to(sounds, target_is_directory=True)
    url = migrated_sqlite.copy_to(tmp_path / "ivr.db")
    code, lines = doctor(data, system_redis.url, url, IVR_SIP_ENABLED="true", IVR_SIP_PORT=str(free_port()))
    assert code == 1
    assert lines["system sounds"].startswith("FAIL") and "ivr/system/beep" in lines["system sounds"], lines
    assert lines["sip endpoint"].startswith("FAIL") and "no answer" in lines["sip endpoint"], lines
