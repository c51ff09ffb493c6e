"""The whole system on loopback: real redis-server, a database, FastAGI worker processes,
the records writer, the ACD maintainer, simulated agents and N callers driven by the
Asterisk-faithful AGI peer over TCP.

Every server part runs as its own process from the real command line (``ivr serve
--no-web --no-sip --no-writer``, ``ivr records serve``, ``ivr queue maintain``) through
``tests.support.system_worker`` (which only points the centres at a test file that is
open around the clock). Callers take the complaint path by keys: Mandarin, complaint,
province code keyed, business in the same province, category, a statement (RECORD
FILE), then the queue of that province's centre. Agents are logged in through the ACD's
Lua scripts; the peer answers their ``EXEC Dial`` after a short talk time, the ACD puts
them into wrap-up and the maintainer makes them ready again.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from redis.asyncio import Redis
from sqlalchemy import select

from agi_scripts.prompts import PromptSource
from ivr.knowledge.catalog import parse_catalog
from ivr.knowledge.loader import shipped_files
from ivr.knowledge.prompts import KNOWLEDGE_MENU, prompt_texts
from ivr.refdata import provinces
from ivr.settings import SHIPPED_MENUS_DIR
from queueing.centres import load_config
from queueing.events import STREAM
from queueing.store import AcdStore
from records.db import make_engine, migrate, session_factory
from records.models import Call, QueueLeg
from tests.support.agi_peer import AgiPeer, CallerScript, PeerResult, header_lines
from tests.support.services import RedisServer, free_port

REPO = Path(__file__).resolve().parents[2]
PYTHON = REPO / ".venv" / "bin" / "python"
DEFAULT_CENTRES = ("bj", "sh", "gd", "sc")
CLK_TCK = os.sysconf("SC_CLK_TCK")
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


# -- test configuration files -------------------------------------------------------------

def write_centres_file(path: Path, *, wrapup: float, hold_step: float, lease: float, max_queue: int,
                       ring_time: float = 20) -> Path:
    """Every centre open around the clock, short wrap-up and hold steps, no overflow."""
    raw = {
        "defaults": {
            "timezone": "Asia/Shanghai",
            "hours": {"days": [1, 2, 3, 4, 5, 6, 7], "open": "00:00", "close": "24:00"},
            "max_queue": max_queue, "strategy": "longest_idle", "overflow_after": 3600,
            "max_wait": 900, "ring_time": ring_time, "wrapup": wrapup, "announce_every": 30,
            "hold_step": hold_step, "lease": lease, "overflow": [],
        },
        "centres": {"cn": {"overflow": [], "max_queue": max_queue}},
        "rules": [],
    }
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    load_config(path)  # fail here, not in a worker, if the file is wrong
    return path


def build_prompts(sounds_dir: Path) -> Path:
    """`ivr prompts build` for the shipped menus (the open-hours copy has the same prompts) and, as
    the command does, the knowledge base's prompts (the shipped base: nothing published)."""
    from agi_scripts.prompts import build_prompts as build

    knowledge = prompt_texts(parse_catalog(shipped_files()))  # the key menus only: no ranker to train
    build(SHIPPED_MENUS_DIR, sounds_dir, extra=[PromptSource(KNOWLEDGE_MENU, pid, lang, text)
                                               for pid, texts in knowledge.items() for lang, text in texts.items()])
    return sounds_dir


def write_open_menus(directory: Path) -> Path:
    """The shipped menus, open at any time of day: opening hours are the ACD's, and
    write_centres_file opens every centre around the clock (holidays too)."""
    directory.mkdir(parents=True, exist_ok=True)
    for source in SHIPPED_MENUS_DIR.glob("*.yaml"):
        (directory / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return directory


# -- processes ----------------------------------------------------------------------------

@dataclass(frozen=True)
class ProcSample:
    cpu_seconds: float
    rss_kb: int
    fds: int


def sample_process(pid: int) -> ProcSample:
    """CPU time (user+system, with finished children such as espeak-ng and sox), resident
    memory and open descriptors from /proc."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    cpu = sum(int(x) for x in fields[11:15]) / CLK_TCK
    with open(f"/proc/{pid}/statm", encoding="ascii") as f:
        rss_kb = int(f.read().split()[1]) * PAGE_KB
    fds = len(os.listdir(f"/proc/{pid}/fd"))
    return ProcSample(cpu, rss_kb, fds)


@dataclass
class Proc:
    name: str
    argv: list[str]
    env: dict[str, str]
    log_path: Path
    port: int | None = None
    popen: subprocess.Popen[bytes] | None = None
    restarts: int = 0

    @property
    def pid(self) -> int:
        assert self.popen is not None
        return self.popen.pid

    @property
    def alive(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def start(self) -> None:
        log = open(self.log_path, "ab")  # noqa: SIM115 - owned by the child for its lifetime
        self.popen = subprocess.Popen(
            [str(PYTHON), "-m", "tests.support.system_worker", *self.argv], cwd=REPO, env=self.env,
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        log.close()

    def signal(self, sig: int) -> None:
        if self.alive:
            assert self.popen is not None
            self.popen.send_signal(sig)

    def kill(self) -> None:
        """SIGKILL, as `kill -9`: no cleanup at all."""
        self.signal(signal.SIGKILL)
        if self.popen is not None:
            self.popen.wait(timeout=15)

    def stop(self) -> None:
        if self.alive:
            assert self.popen is not None
            self.popen.terminate()
            try:
                self.popen.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(timeout=10)

    def sample(self) -> ProcSample:
        return sample_process(self.pid)

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


async def wait_listening(proc: Proc, timeout: float = 90.0) -> None:
    assert proc.port is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not proc.alive:
            raise RuntimeError(f"{proc.name} exited while starting:\n{proc.log_text()[-3000:]}")
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", proc.port)
        except OSError:
            await asyncio.sleep(0.1)
            continue
        writer.close()
        return
    raise TimeoutError(f"{proc.name} not listening on {proc.port}:\n{proc.log_text()[-3000:]}")


# -- callers ------------------------------------------------------------------------------

class _TalkingScript:
    """The caller's script, except that the agent's phone answers an ``EXEC Dial`` only
    after ``talk`` seconds, as a bridged call would."""

    def __init__(self, script: CallerScript, peer: AgiPeer, talk: float) -> None:
        self._script = script
        self._peer = peer
        self._talk = talk

    def __getattr__(self, name: str) -> Any:
        return getattr(self._script, name)

    @property
    def reply_delay(self) -> float:
        commands = self._peer.result.commands
        if commands and commands[-1].startswith("EXEC Dial"):
            return self._talk
        return self._script.reply_delay


class AgentAnsweringPeer(AgiPeer):
    def __init__(self, script: CallerScript, headers: list[tuple[str, str]], talk: float,
                 idle_timeout: float = 60.0) -> None:
        super().__init__(script, headers, idle_timeout=idle_timeout)
        self.script = _TalkingScript(script, self, talk)  # type: ignore[assignment]


@dataclass
class CallResult:
    call_id: str
    caller: str
    centre: str
    worker: str
    peer: PeerResult
    started: float
    ended: float

    @property
    def seconds(self) -> float:
        return self.ended - self.started

    @property
    def dialled(self) -> bool:
        return any(c.startswith("EXEC Dial") for c in self.peer.commands)


def complaint_keys(province_code: str) -> list[str]:
    # welcome: 1 Mandarin; service: 1 complaint; region keyed (mobile caller: no area code);
    # business in the same province: 1; category: 1 food; the statement is recorded.
    return ["1", "1", province_code, "1", "1"]


def mobile_number(index: int, salt: int = 0) -> str:
    return f"139{(index * 7919 + salt) % 100_000_000:08d}"


@dataclass
class LoadReport:
    calls: list[CallResult]
    wall_seconds: float
    samples: dict[str, tuple[ProcSample, ProcSample]] = field(default_factory=dict)

    def completed(self) -> list[CallResult]:
        return [c for c in self.calls if c.dialled and c.peer.server_hung_up and not c.peer.error]

    def step_latencies(self) -> dict[str, list[float]]:
        """Server think time before each command, by the command's verb."""
        by_verb: dict[str, list[float]] = defaultdict(list)
        for call in self.calls:
            verbs = call.peer.verbs()
            for verb, latency in zip(verbs[1:], call.peer.latencies[1:], strict=False):
                by_verb[verb].append(latency)
        return dict(by_verb)

    def summary(self) -> dict[str, Any]:
        every = [x for xs in self.step_latencies().values() for x in xs]
        done = self.completed()
        out: dict[str, Any] = {
            "calls": len(self.calls),
            "completed": len(done),
            "wall_seconds": round(self.wall_seconds, 2),
            "completed_per_second": round(len(done) / self.wall_seconds, 2) if self.wall_seconds else 0.0,
            "call_seconds_p50": round(percentile([c.seconds for c in self.calls], 50), 3),
            "call_seconds_p95": round(percentile([c.seconds for c in self.calls], 95), 3),
            "step_ms_p50": round(percentile(every, 50) * 1000, 2),
            "step_ms_p95": round(percentile(every, 95) * 1000, 2),
            "step_ms_p99": round(percentile(every, 99) * 1000, 2),
            "steps": len(every),
            "by_verb_ms_p95": {verb: round(percentile(xs, 95) * 1000, 2)
                               for verb, xs in sorted(self.step_latencies().items())},
            "processes": {},
        }
        for name, (before, after) in self.samples.items():
            out["processes"][name] = {
                "cpu_seconds": round(after.cpu_seconds - before.cpu_seconds, 2),
                "cpu_share": round((after.cpu_seconds - before.cpu_seconds) / self.wall_seconds, 3)
                if self.wall_seconds else 0.0,
                "rss_mb_end": round(after.rss_kb / 1024, 1),
                "fds_end": after.fds,
            }
        return out


def percentile(values: Sequence[float], pct: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=100, method="inclusive")[max(0, min(98, int(pct) - 1))]


# -- the system ---------------------------------------------------------------------------

@dataclass
class SystemHarness:
    root: Path
    redis: RedisServer
    database_url: str | None = None
    centres: tuple[str, ...] = DEFAULT_CENTRES
    agents_per_centre: int = 5
    talk_seconds: float = 0.3
    wrapup: float = 0.3
    hold_step: float = 0.5
    #: Seconds an ACD assignment lives without renewal; short so a killed worker's calls
    #: are reclaimed quickly, long enough for a worker slowed down by a busy machine.
    lease: float = 10.0
    #: A call still running after this long is ended by the caller (and reported).
    call_timeout: float = 240.0
    max_queue: int = 2000
    json_logs: bool = True
    #: Prompts built once (`ivr prompts build`) and shared by every worker, as a deployment does.
    sounds_dir: Path | None = None
    workers: list[Proc] = field(default_factory=list)
    writer: Proc | None = None
    maintainer: Proc | None = None
    run_tag: str = field(default_factory=lambda: f"{random.randrange(10**6):06d}")
    _seq: int = 0

    def __post_init__(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / "logs").mkdir(exist_ok=True)
        self.centres_file = write_centres_file(self.root / "centres.yaml", wrapup=self.wrapup,
                                               hold_step=self.hold_step, lease=self.lease,
                                               max_queue=self.max_queue)
        self.menus_dir = write_open_menus(self.root / "menus")
        self.db_url = self.database_url or f"sqlite:///{self.root / 'ivr.db'}"
        self.code_of = {p.centre: p.code for p in provinces()}
        self._db_engine: Any = None

    # -- environment and processes ---------------------------------------------------
    def env(self, data_dir: Path, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("IVR_")}
        env.update({
            "IVR_REDIS_URL": self.redis.url,
            "IVR_DATABASE_URL": self.db_url,
            "IVR_DATA_DIR": str(data_dir),
            "IVR_MENUS_DIR": str(self.menus_dir),
            "IVR_SIP_ENABLED": "false",
            "IVR_SECRET_KEY": "system-test-secret",
            "IVR_TEST_CENTRES_FILE": str(self.centres_file),
            "IVR_LOG_JSON": "true" if self.json_logs else "false",
            "PYTHONUNBUFFERED": "1",
        })
        env.update(extra)
        return env

    def _share(self, data_dir: Path) -> None:
        """Workers and the writer share the spool (recordings) and the built prompts, as the
        deployment's shared volume does; the rest of each data directory is their own."""
        data_dir.mkdir(parents=True, exist_ok=True)
        shared = {"spool": self.root / "spool"}
        if self.sounds_dir is not None:
            shared["sounds"] = self.sounds_dir
        for name, target in shared.items():
            target.mkdir(parents=True, exist_ok=True)
            if not (data_dir / name).exists():
                (data_dir / name).symlink_to(target, target_is_directory=True)

    def migrate(self) -> None:
        migrate(self.db_url)

    async def start_worker(self, **extra_env: str) -> Proc:
        name = f"worker{len(self.workers) + 1}"
        port = free_port()
        data_dir = self.root / name
        self._share(data_dir)
        # The load generator is one Python process on a shared box: under load it can take over a second
        # between a connection and its header, which Asterisk writes as it connects. The server's eviction of a
        # host's idle connections (tests/agi/test_connection_limits.py) then dropped calls a wave means to count
        # (a CI soak lost 49 of 1,800 that way), so here a whole wave may wait for its headers.
        limits = {"IVR_AGI_MAX_PENDING_HEADERS_PER_HOST": "512", **extra_env}
        proc = Proc(name, ["serve", "--no-web", "--no-sip", "--no-writer"],
                    self.env(data_dir, IVR_AGI_PORT=str(port), IVR_AGI_HOST="127.0.0.1", **limits),
                    self.root / "logs" / f"{name}.log", port=port)
        proc.start()
        self.workers.append(proc)
        await wait_listening(proc)
        return proc

    async def restart_worker(self, proc: Proc) -> None:
        proc.restarts += 1
        proc.start()
        await wait_listening(proc)

    def start_writer(self) -> Proc:
        if self.writer is None:
            self._share(self.root / "writer")
            # a killed writer's batch is taken over after 3 s, not the production 30 s (test_faults waits for it)
            self.writer = Proc("writer", ["records", "serve"],
                               self.env(self.root / "writer", IVR_RECORDS_CLAIM_IDLE_MS="3000"),
                               self.root / "logs" / "writer.log")
        else:
            self.writer.restarts += 1
        self.writer.start()
        return self.writer

    def start_maintainer(self) -> Proc:
        self.maintainer = Proc("maintainer", ["queue", "maintain", "--every", "0.5",
                                              "--centres", str(self.centres_file)],
                               self.env(self.root / "maintainer"), self.root / "logs" / "maintainer.log")
        self.maintainer.start()
        return self.maintainer

    def processes(self) -> list[Proc]:
        return [p for p in [*self.workers, self.writer, self.maintainer] if p is not None and p.alive]

    def samples(self) -> dict[str, ProcSample]:
        """Every server process, and this process (the callers: the AGI peers) as "callers"."""
        found = {p.name: p.sample() for p in self.processes()}
        found["callers"] = sample_process(os.getpid())
        if self.redis.process is not None and self.redis.process.poll() is None:
            found["redis"] = sample_process(self.redis.process.pid)
        return found

    async def start(self, workers: int = 1) -> None:
        await asyncio.to_thread(self.migrate)
        for _ in range(workers):
            await self.start_worker()
        self.start_writer()
        self.start_maintainer()
        await self.login_agents()
        await self.settle()

    async def settle(self, timeout: float = 60.0) -> None:
        """Wait until every process has finished starting (its CPU time stops climbing), so
        that per-process figures measure the run, not imports."""
        deadline = time.monotonic() + timeout
        before = self.samples()
        while time.monotonic() < deadline:
            await asyncio.sleep(0.5)
            after = self.samples()
            if all(after[k].cpu_seconds - before[k].cpu_seconds < 0.1 for k in after
                   if k in before and k not in ("callers", "redis")):
                return
            before = after

    def close(self) -> None:
        for proc in [*self.workers, self.writer, self.maintainer]:
            if proc is not None:
                proc.stop()
        if self._db_engine is not None:
            self._db_engine.dispose()

    # -- Redis and the ACD -------------------------------------------------------------
    def client(self) -> Redis:
        return Redis.from_url(self.redis.url, decode_responses=True)

    async def with_store(self) -> tuple[Redis, AcdStore]:
        redis = self.client()
        return redis, AcdStore(redis, load_config(self.centres_file))

    def agent_ids(self) -> list[tuple[str, str]]:
        return [(c, f"{c}-agent{n:02d}") for c in self.centres for n in range(1, self.agents_per_centre + 1)]

    async def login_agents(self, ready: bool = True) -> None:
        redis, store = await self.with_store()
        try:
            now = int(time.time() * 1000)
            for centre, agent in self.agent_ids():
                await store.agent_login(centre, agent, f"PJSIP/{agent}", now, languages=["zh", "en"], ready=ready)
        finally:
            await redis.aclose()

    async def set_agents(self, action: str, centres: Iterable[str] | None = None) -> None:
        redis, store = await self.with_store()
        chosen = set(centres or self.centres)
        try:
            for centre, agent in self.agent_ids():
                if centre in chosen:
                    await store.agent_action(centre, agent, action, int(time.time() * 1000))
        finally:
            await redis.aclose()

    async def agent_states(self) -> dict[str, str]:
        redis, store = await self.with_store()
        try:
            return {agent: (await store.agent(centre, agent)).get("state", "?") for centre, agent in self.agent_ids()}
        finally:
            await redis.aclose()

    async def acd_violations(self) -> dict[str, list[str]]:
        redis, store = await self.with_store()
        try:
            return {c: v for c in self.centres if (v := await store.check(c))}
        finally:
            await redis.aclose()

    async def wait_agents_ready(self, timeout: float = 60.0) -> dict[str, str]:
        """Wait until every agent is ready again (wrap-ups are ended by the maintainer)."""
        deadline = time.monotonic() + timeout
        states = await self.agent_states()
        while time.monotonic() < deadline and any(s != "ready" for s in states.values()):
            await asyncio.sleep(0.2)
            states = await self.agent_states()
        return states

    async def events(self) -> list[dict[str, Any]]:
        redis = self.client()
        try:
            out: list[dict[str, Any]] = []
            start = "-"
            while True:
                chunk = await redis.xrange(STREAM, min=start, count=5000)
                if not chunk:
                    return out
                for entry_id, fields in chunk:
                    out.append({"id": str(entry_id), **{str(k): str(v) for k, v in (fields or {}).items()}})
                ms, seq = str(out[-1]["id"]).split("-")
                start = f"{ms}-{int(seq) + 1}"
        finally:
            await redis.aclose()

    async def event_counts(self, event_type: str, call_ids: Iterable[str]) -> Counter[str]:
        wanted = set(call_ids)
        return Counter(e["call_id"] for e in await self.events() if e.get("type") == event_type
                       and e.get("call_id") in wanted)

    # -- callers -------------------------------------------------------------------------
    def next_call_id(self) -> str:
        self._seq += 1
        return f"{self.run_tag}.{self._seq}"

    async def call(self, worker: Proc, centre: str, *, caller: str | None = None,
                   script: CallerScript | None = None, call_id: str | None = None) -> CallResult:
        call_id = call_id or self.next_call_id()
        caller = caller or mobile_number(self._seq, int(self.run_tag))
        script = script or CallerScript(keys=complaint_keys(self.code_of[centre]))
        script.wait_digit_delay = script.wait_digit_delay or self.hold_step
        script.answered_time = max(1, int(self.talk_seconds))
        assert worker.port is not None
        headers = header_lines(port=worker.port, callerid=caller, uniqueid=call_id, dnis="12315")
        peer = AgentAnsweringPeer(script, headers, talk=self.talk_seconds)
        started = time.perf_counter()
        try:
            result = await asyncio.wait_for(peer.run("127.0.0.1", worker.port), self.call_timeout)
        except TimeoutError:
            result = peer.result
            result.error = result.error or f"call still running after {self.call_timeout} s"
        return CallResult(call_id, caller, centre, worker.name, result, started, time.perf_counter())

    async def run_calls(self, n: int, workers: Sequence[Proc] | None = None) -> LoadReport:
        """``n`` callers at once, spread over the workers and centres."""
        targets = list(workers or [w for w in self.workers if w.alive])
        before = self.samples()
        started = time.perf_counter()
        calls = await asyncio.gather(*(
            self.call(targets[i % len(targets)], self.centres[i % len(self.centres)]) for i in range(n)
        ))
        wall = time.perf_counter() - started
        after = self.samples()
        return LoadReport(list(calls), wall, {k: (before[k], after[k]) for k in before if k in after})

    # -- the database --------------------------------------------------------------------
    def _engine(self) -> Any:
        if self._db_engine is None:
            self._db_engine = make_engine(self.db_url)
        return self._db_engine

    def db_call_count(self) -> int:
        with session_factory(self._engine())() as session:
            return len(list(session.scalars(select(Call.call_id))))

    def db_calls(self, call_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        ids = list(call_ids)
        found: dict[str, dict[str, Any]] = {}
        with session_factory(self._engine())() as session:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                for row in session.scalars(select(Call).where(Call.call_id.in_(chunk))):
                    found[row.call_id] = {"outcome": row.outcome, "ended": row.ended_at is not None,
                                          "centre": row.centre, "legs": []}
                for leg in session.scalars(select(QueueLeg).where(QueueLeg.call_id.in_(chunk))):
                    if leg.call_id in found:
                        found[leg.call_id]["legs"].append({"centre": leg.centre, "outcome": leg.outcome,
                                                           "agent": leg.agent})
        return found

    async def wait_records(self, call_ids: Iterable[str], timeout: float = 120.0,
                           ended: bool = True) -> dict[str, dict[str, Any]]:
        """Wait until the writer has a row (ended, when asked) for each call."""
        ids = list(call_ids)
        deadline = time.monotonic() + timeout
        rows: dict[str, dict[str, Any]] = {}
        while time.monotonic() < deadline:
            rows = await asyncio.to_thread(self.db_calls, ids)
            if len(rows) == len(ids) and (not ended or all(r["ended"] for r in rows.values())):
                return rows
            await asyncio.sleep(0.25)
        return rows


def print_summary(title: str, summary: dict[str, Any]) -> None:
    print(f"\n== {title} ==\n{json.dumps(summary, indent=2, ensure_ascii=False)}", file=sys.stderr)
