"""`ivr call --acd`: a console call that queues in the real Redis ACD and is answered by a real agent."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis.asyncio as aioredis

from queueing.centres import SHIPPED_CENTRES, load_config
from queueing.store import AcdStore
from tests.support.services import RedisServer, free_port

CALLER = "01088886666"  # Beijing fixed line: the region is proposed and confirmed with 1
SCRIPT = "1,1,1,1,1,statement: 买到过期牛奶"


def _open_all_day(data_dir: Path) -> Path:
    """The shipped centres open around the clock: --at moves only the menu's clock, the ACD keeps
    the real one (it must never stamp the shared Redis with a pretend time), so the test must not
    depend on the hour it runs at."""
    target = data_dir / "centres-24h.yaml"
    text = SHIPPED_CENTRES.read_text(encoding="utf-8").replace('open: "08:30"', 'open: "00:00"', 1)
    target.write_text(text.replace('close: "20:30"', 'close: "24:00"', 1), encoding="utf-8")
    return target


def _run_call(redis_url: str, data_dir: Path, at: str, script: str = SCRIPT) -> dict[str, object]:
    env = dict(os.environ, IVR_REDIS_URL=redis_url, IVR_DATA_DIR=str(data_dir),
               IVR_CENTRES_FILE=str(_open_all_day(data_dir)))
    done = subprocess.run(
        [sys.executable, "-m", "ivr.cli", "call", "--acd", "--caller", CALLER, "--at", at, "--script", script],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


async def _agents(redis_url: str, centre: str) -> list[dict[str, str]]:
    client = aioredis.Redis.from_url(redis_url)
    try:
        return await AcdStore(client, load_config()).agents(centre)
    finally:
        await client.aclose()


async def _login(redis_url: str, centre: str, agent: str) -> None:
    client = aioredis.Redis.from_url(redis_url)
    try:
        store = AcdStore(client, load_config())
        await store.apply_config()
        await store.agent_login(centre, agent, f"PJSIP/{agent}", int(time.time() * 1000) - 60_000, ready=True)
    finally:
        await client.aclose()


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    """A Redis of this test's own: no agent of another test may answer."""
    server = RedisServer(port=free_port(), workdir=tmp_path / "redis")
    server.start()
    yield server.url
    server.stop()


def test_console_call_reaches_a_real_agent(redis_url: str, tmp_path: Path) -> None:
    asyncio.run(_login(redis_url, "bj", "console-bj-1"))
    # a Tuesday morning in Beijing: the menu and the Beijing centre are open
    summary = _run_call(redis_url, tmp_path, "2026-12-01T10:00")
    assert summary["routing"]["centre"] == "bj"  # type: ignore[index]
    queue = summary["queue"]
    assert isinstance(queue, dict)
    assert queue["outcome"] == "answered" and queue["agent"] == "console-bj-1", queue
    assert summary["outcome"] == "answered"
    assert "queue_business_centre" in summary["path"]  # type: ignore[operator]
    # the agent is no longer offered or talking to this call once the console hung up
    agent = next(a for a in asyncio.run(_agents(redis_url, "bj")) if a.get("id") == "console-bj-1")
    assert agent["call"] == "" and agent["state"] in ("wrapup", "ready"), agent
    assert int(agent["today"]) == 1, agent
    # --at moved only the menu's clock: the ACD stamped its state with the real time
    assert abs(int(float(agent["since"])) - time.time() * 1000) < 120_000, agent


def test_console_call_talks_while_the_agent_is_connected(redis_url: str, tmp_path: Path) -> None:
    """`--talk 4`: the caller stays on the line, so the agent shows as connected (busy) meanwhile."""
    asyncio.run(_login(redis_url, "bj", "console-bj-2"))
    env = dict(os.environ, IVR_REDIS_URL=redis_url, IVR_DATA_DIR=str(tmp_path),
               IVR_CENTRES_FILE=str(_open_all_day(tmp_path)))
    call = subprocess.Popen(
        [sys.executable, "-m", "ivr.cli", "call", "--acd", "--caller", CALLER, "--at", "2026-12-01T10:00",
         "--talk", "4", "--script", SCRIPT], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen: set[str] = set()
    while call.poll() is None:
        agent = next(a for a in asyncio.run(_agents(redis_url, "bj")) if a.get("id") == "console-bj-2")
        seen.add(agent["state"])
        time.sleep(0.2)
    out, err = call.communicate()
    assert call.returncode == 0, err[-2000:]
    assert "busy" in seen, seen
    queue = json.loads(out)["queue"]
    assert queue["outcome"] == "answered" and queue["agent"] == "console-bj-2"


def test_console_call_without_an_agent_is_not_answered(redis_url: str, tmp_path: Path) -> None:
    # no agent is logged in anywhere: the caller holds for three music periods ("hold:") and hangs up
    summary = _run_call(redis_url, tmp_path, "2026-12-01T10:00", SCRIPT + ",hold:,hold:,hold:,hangup")
    queue = summary["queue"]
    assert isinstance(queue, dict) and queue["outcome"] == "abandoned" and queue["agent"] is None, queue
    assert summary["outcome"] == "abandoned" and summary["hangup_node"] == "queue_business_centre"
    record = summary["record"]
    assert isinstance(record, dict) and record["ended_at"] is not None
