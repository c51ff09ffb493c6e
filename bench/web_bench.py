"""Web benchmark: sign-in cost against its argon2 hash, dashboard national overview against
one centre, and the agent console's offer push against its poll interval; all in one run.

    .venv/bin/python bench/web_bench.py [--logins 20] [--offers 20] [--waiting 50]

Starts its own redis-server on a free loopback port and a SQLite file in a temp dir; drives
the real app in process (FastAPI TestClient). Prints Markdown for bench/web_RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from argon2 import PasswordHasher  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from pydantic import SecretStr  # noqa: E402
from redis.asyncio import Redis  # noqa: E402

from ivr.settings import Settings  # noqa: E402
from ivr.web import agent_api  # noqa: E402
from ivr.web.app import create_app  # noqa: E402
from ivr.web.users import create_user  # noqa: E402
from queueing.centres import load_config  # noqa: E402
from queueing.store import AcdStore  # noqa: E402
from records.db import make_engine, migrate, session_factory, session_scope  # noqa: E402
from tests.support.services import RedisServer, free_port  # noqa: E402

PASSWORD = "benchmark password"


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.1f} ms (max {max(values) * 1000:.1f})"


def acd(url: str, work: Any) -> Any:
    async def run() -> Any:
        client: Any = Redis.from_url(url)
        try:
            store = AcdStore(client, load_config())
            await store.apply_config()
            return await work(store)
        finally:
            await client.aclose()

    return asyncio.run(run())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--logins", type=int, default=20)
    parser.add_argument("--offers", type=int, default=20)
    parser.add_argument("--waiting", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        redis = RedisServer(port=free_port(), workdir=Path(tmp) / "redis")
        redis.start()
        try:
            run(Path(tmp), redis.url, args)
        finally:
            redis.stop()


def run(tmp: Path, redis_url: str, args: argparse.Namespace) -> None:
    settings = Settings(data_dir=tmp / "data", redis_url=redis_url, database_url=f"sqlite:///{tmp / 'web.db'}",
                        secret_key=SecretStr("bench"))
    migrate(settings.effective_database_url)
    engine = make_engine(settings.effective_database_url)
    with session_scope(session_factory(engine)) as session:
        create_user(session, "nat", PASSWORD, "supervisor", "cn", actor="bench")
        create_user(session, "ann", PASSWORD, "agent", "bj", actor="bench")
    engine.dispose()

    hasher = PasswordHasher()
    stored = hasher.hash(PASSWORD)
    raw = []
    for _ in range(args.logins):
        t = time.perf_counter()
        hasher.verify(stored, PASSWORD)
        raw.append(time.perf_counter() - t)

    with TestClient(create_app(settings)) as client:
        logins = []
        for _ in range(args.logins):
            t = time.perf_counter()
            reply = client.post("/api/auth/token", json={"username": "nat", "password": PASSWORD})
            logins.append(time.perf_counter() - t)
            assert reply.status_code == 200
        nat = {"Authorization": f"Bearer {reply.json()['token']}"}

        async def fill(store: AcdStore) -> None:
            now = int(time.time() * 1000)
            for i in range(args.waiting):
                await store.enqueue("bj", f"bq{i}", call_id=f"bc{i}", enq_ms=now - i * 1000, now_ms=now)
            for i in range(10):
                await store.agent_login("bj", f"ag{i}", f"PJSIP/ag{i}", now, ready=False)

        acd(redis_url, fill)
        single, national = [], []
        for _ in range(10):
            t = time.perf_counter()
            assert client.get("/api/dashboard/centres/bj", headers=nat).status_code == 200
            single.append(time.perf_counter() - t)
            t = time.perf_counter()
            assert client.get("/api/dashboard/national", headers=nat).status_code == 200
            national.append(time.perf_counter() - t)

        ann = client.post("/api/auth/token", json={"username": "ann", "password": PASSWORD}).json()["token"]
        headers = {"Authorization": f"Bearer {ann}"}
        assert client.post("/api/console/login", json={}, headers=headers).status_code == 200
        pushes = []
        with client.websocket_connect("/api/console/ws", headers=headers) as ws:
            ws.receive_text()
            for i in range(args.offers):
                client.post("/api/console/ready", headers=headers)
                while json.loads(ws.receive_text())["state"] != "ready":
                    pass

                async def offer(store: AcdStore, i: int = i) -> float:
                    now = int(time.time() * 1000)
                    await store.enqueue("bj", f"oq{i}", call_id=f"oc{i}", enq_ms=now, now_ms=now, priority=9)
                    while True:  # dispatch until our call reaches ann (other agents are paused)
                        got = await store.dispatch("bj", int(time.time() * 1000))
                        if any(a == "ann" for _, a in got):
                            return time.perf_counter()

                dispatched = acd(redis_url, offer)
                while json.loads(ws.receive_text())["state"] != "reserved":
                    pass
                pushes.append(time.perf_counter() - dispatched)

                async def finish(store: AcdStore, i: int = i) -> None:
                    now = int(time.time() * 1000)
                    await store.remove("bj", f"oq{i}", "abandon", now)

                acd(redis_url, finish)
                client.post("/api/console/pause", json={"reason": "bench"}, headers=headers)

    login_ratio = statistics.median(logins) / statistics.median(raw)
    dash_ratio = statistics.median(national) / statistics.median(single)
    push_ratio = statistics.median(pushes) / agent_api.POLL_SECONDS
    print("## Web (ivr/web)\n")
    print(f"Command: `.venv/bin/python bench/web_bench.py --logins {args.logins} --offers {args.offers} "
          f"--waiting {args.waiting}` (2 shared cores, in-process TestClient, real redis-server, SQLite)\n")
    print("| measure | result | peer / limit in the same run | ratio |")
    print("| --- | --- | --- | --- |")
    print(f"| sign-in (`POST /api/auth/token`, argon2 verify + Redis session + audit row) | {ms(logins)} | "
          f"bare argon2 verify {ms(raw)} | {login_ratio:.2f} |")
    print(f"| national overview, {len(load_config().centres)} centres | {ms(national)} | one centre "
          f"({args.waiting} waiting, 10 agents) {ms(single)} | {dash_ratio:.1f} |")
    print(f"| offered call: dispatch to WebSocket message | {ms(pushes)} | poll interval "
          f"{agent_api.POLL_SECONDS * 1000:.0f} ms | {push_ratio:.2f} |")


if __name__ == "__main__":
    main()
