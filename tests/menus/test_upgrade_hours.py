"""An upgrade does not take the line down: a data directory whose published menu version was
written by a release from before opening hours moved to the ACD (it still sets schedule.hours and
schedule.holidays) opens a server runtime and answers calls on the ACD's hours, says so once in
the log and in `ivr doctor`, still refuses such menus in new publishes and `ivr menus validate`,
and `ivr menus migrate-hours` publishes a version without them (real Redis, real files)."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from redis.asyncio import Redis

from ivr.cli import load_command
from ivr.doctor import check_menu_hours
from ivr.menus.menuset import MenuRejected, read_menu_dir
from ivr.menus.store import MENUS, MenuStore
from ivr.menus_upgrade import AUTHOR, migrate_hours
from ivr.runtime import SERVER, open_runtime
from ivr.settings import SHIPPED_MENUS_DIR, Settings
from ivr.versioned_store import ParseProcess
from tests.support.console_paths import flushed_redis_db, path_of_a_call

#: Its own Redis database: the versions published here must not reach other tests' workers.
DB = 12
TZ = ZoneInfo("Asia/Shanghai")
# The old menu closed at 18:00 on weekdays; the shipped ACD configuration closes at 20:30.
MONDAY_EVENING = datetime(2026, 11, 30, 19, 0, tzinfo=TZ)
MONDAY_NIGHT = datetime(2026, 11, 30, 21, 0, tzinfo=TZ)
OLD_SCHEDULE = """schedule:
  hours:
    mon: ["08:30-18:00"]
    tue: ["08:30-18:00"]
    wed: ["08:30-18:00"]
    thu: ["08:30-18:00"]
    fri: ["08:30-18:00"]
    sat: ["09:00-17:00"]
    sun: ["09:00-17:00"]
  # local extras only
  holidays: []
"""
LOG = "ivr.menus.store"
REPO = Path(__file__).resolve().parents[2]


def old_release_files() -> dict[str, str]:
    files = read_menu_dir(SHIPPED_MENUS_DIR)
    text = files["12315.yaml"]
    assert text.count("\nschedule:\n") == 1
    files["12315.yaml"] = text.replace("\nschedule:\n", "\n" + OLD_SCHEDULE, 1)
    return files


def write_old_release(data_dir: Path) -> dict[str, str]:
    """Version 1 as the store of an old release wrote it: files, meta.json, the published pointer."""
    files = old_release_files()
    version = data_dir / "menus" / "versions" / "1"
    version.mkdir(parents=True)
    for name, text in files.items():
        (version / name).write_text(text, encoding="utf-8")
    meta = {"number": 1, "comment": "shipped menus", "author": "system", "created_at": "2026-11-01T00:00:00+00:00"}
    (version / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (data_dir / "menus" / "published").write_text("1", encoding="utf-8")
    return files


def moved_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOG and r.levelno == logging.WARNING]


@pytest.fixture
async def redis_db(redis_url: str) -> str:
    return await flushed_redis_db(redis_url, DB)


@pytest.mark.asyncio(loop_scope="function")
async def test_the_server_opens_on_an_old_published_version_and_calls_follow_the_acd_hours(
        redis_db: str, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    settings = Settings(redis_url=redis_db, data_dir=tmp_path)
    write_old_release(tmp_path)
    caplog.set_level(logging.WARNING, logger=LOG)
    async with open_runtime(settings, SERVER) as runtime:
        live = runtime.menus.current()
        assert live.version == "1"
        assert [(k.file, k.key, k.first_line) for k in live.hours_moved] == [
            ("12315.yaml", "hours", 37), ("12315.yaml", "holidays", 46)]
        evening = await path_of_a_call(runtime.engine_services(clock=lambda: MONDAY_EVENING), settings)
        night = await path_of_a_call(runtime.engine_services(clock=lambda: MONDAY_NIGHT), settings)
        runtime.menus.current()
    # the old menu would have closed at 18:00; the ACD's centre is open until 20:30
    assert "hours_check" in evening and "closed_notice" not in evening
    assert night[night.index("hours_check") + 1] == "closed_notice"
    [warning] = moved_warnings(caplog)  # once, however often the version is asked for
    assert "菜单版本 1" in warning and "menu version 1" in warning
    assert "12315.yaml:37-44 schedule.hours" in warning and "12315.yaml:46 schedule.holidays" in warning
    assert "queueing/centres.yaml" in warning and "ivr menus migrate-hours" in warning


def test_doctor_warns_about_a_live_version_with_moved_hours(tmp_path: Path) -> None:
    write_old_release(tmp_path / "old")
    old = check_menu_hours(Settings(data_dir=tmp_path / "old"))
    assert (old.ok, old.warning) == (True, True)
    assert "12315.yaml:37-44 schedule.hours" in old.detail and "ivr menus migrate-hours" in old.detail
    assert "开放时间" in old.detail and "centres form" in old.detail
    fresh = check_menu_hours(Settings(data_dir=tmp_path / "fresh"))  # seeded from today's shipped menus
    assert (fresh.ok, fresh.warning) == (True, False)


@pytest.mark.asyncio(loop_scope="function")
async def test_new_publishes_and_validate_still_refuse_moved_hours(tmp_path: Path) -> None:
    files = write_old_release(tmp_path / "data")
    store = MenuStore(Settings(data_dir=tmp_path / "data"))
    with pytest.raises(MenuRejected) as refused:
        await store.publish(files, "the old menus again", "root")
    assert {e.code for e in refused.value.errors} == {"hours-moved"}
    assert [v.number for v in store.list_versions()] == [1]
    assert {e.code for e in store.validate_files(files)} == {"hours-moved"}

    menu_file = tmp_path / "12315.yaml"
    menu_file.write_text(files["12315.yaml"], encoding="utf-8")
    result = CliRunner().invoke(load_command("menus"), ["validate", str(menu_file)])
    assert result.exit_code == 1
    assert f"{menu_file}:38 hours-moved: schedule.hours" in result.output


@pytest.mark.asyncio(loop_scope="function")
async def test_migrate_hours_publishes_a_version_without_them(
        redis_db: str, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    settings = Settings(redis_url=redis_db, data_dir=tmp_path)
    old = write_old_release(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith("IVR_")}
    env.update(IVR_DATA_DIR=str(tmp_path), IVR_REDIS_URL=redis_db)
    done = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "ivr.cli", "menus", "migrate-hours", "--comment", "hours now in the ACD"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "已移除 / removed 12315.yaml:37-44 schedule.hours", "已移除 / removed 12315.yaml:46 schedule.holidays",
        "已发布菜单版本 2（hours now in the ACD） / published menu version 2 (hours now in the ACD)"]

    caplog.set_level(logging.WARNING, logger=LOG)
    store = MenuStore(settings)
    [_, second] = store.list_versions()
    assert (second.number, second.author, second.comment, second.published) == (
        2, AUTHOR, "hours now in the ACD", True)
    new = store.read_version(2)["12315.yaml"]
    # the moved keys are cut; every other line, comments too, is kept as it was
    shipped = read_menu_dir(SHIPPED_MENUS_DIR)["12315.yaml"]
    assert new == shipped.replace("\nschedule:\n", "\nschedule:\n  # local extras only\n", 1) != old["12315.yaml"]
    assert store.current().hours_moved == ()
    assert moved_warnings(caplog) == []
    client = Redis.from_url(redis_db)
    assert await client.get("ivr:menus:published") == b"2"  # announced to every worker
    await client.aclose()

    again, nothing = await migrate_hours(settings, "twice")
    assert (again, nothing) == (None, [])


@pytest.mark.asyncio(loop_scope="function")
async def test_a_worker_follows_an_old_version_announced_by_an_old_host(
        redis_db: str, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """An old release on another host published version 2 with the hours (files in Redis only):
    this worker's store follows it, parsed in the parse process, and warns once."""
    caplog.set_level(logging.WARNING, logger=LOG)
    client = Redis.from_url(redis_db)
    store = MenuStore(Settings(redis_url=redis_db, data_dir=tmp_path), client)
    parser = ParseProcess()
    store.versions.parse_apart(parser)
    followed: asyncio.Queue[str] = asyncio.Queue()
    store.on_change(lambda menuset: followed.put_nowait(menuset.version))
    stop = asyncio.Event()
    await store.load_current()  # today's shipped menus as version 1
    watching = asyncio.create_task(store.watch(stop))
    try:
        await asyncio.sleep(0.5)  # subscribed
        await client.hset(MENUS.version_key(2), mapping=old_release_files())
        await client.set(MENUS.published_key, "2")
        await client.publish(MENUS.channel, "2")
        assert await asyncio.wait_for(followed.get(), timeout=30) == "2"
        live = store.current()
        assert (live.version, [k.key for k in live.hours_moved]) == ("2", ["hours", "holidays"])
        await client.publish(MENUS.channel, "2")  # announced again: no second parse, no second warning
        await asyncio.sleep(0.5)
    finally:
        stop.set()
        await watching
        await asyncio.to_thread(parser.close)
        await client.aclose()
    [warning] = moved_warnings(caplog)
    assert "menu version 2" in warning and "12315.yaml:37-44 schedule.hours" in warning
