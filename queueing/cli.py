"""`ivr queue ...` and `ivr simulate`: the Redis ACD.

A command line, so an entry point: each command that touches Redis opens ivr.runtime
(``QUEUE_CLI``: the ACD on the published configuration, applied at open as a server does; with
``--centres FILE``, ``QUEUE_CLI_ON_FILE`` and the ACD on that file) and builds no client or
store of its own."""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import typer

from ivr.number_cipher import NumberCipher
from ivr.runtime import QUEUE_CLI, QUEUE_CLI_ON_FILE, Runtime, open_runtime
from ivr.settings import Settings, get_settings
from queueing.agents import AgentService
from queueing.ami import AmiClient
from queueing.centres import AcdConfig, ConfigError, load_config
from queueing.erlang import agents_needed
from queueing.events import EventLog
from queueing.gateway import wall_clock_ms
from queueing.routing import route
from queueing.simulate import format_result, parse_load, simulate
from queueing.stats import centre_figures
from queueing.store import AcdError, AcdStore
from queueing.upkeep import run_callbacks, run_upkeep, upkeep_once

app = typer.Typer(help="Queues, agents and centres (Redis ACD).", no_args_is_help=True)
T = TypeVar("T")

CentresOpt = typer.Option(None, "--centres", help="centre configuration YAML (default: shipped)")
RedisOpt = typer.Option(None, "--redis-url", help="default: IVR_REDIS_URL or the embedded Redis port")


def _config(path: Path | None) -> Any:
    try:
        return load_config(path)
    except ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc


def _settings(url: str | None) -> Settings:
    settings = get_settings()
    return settings.model_copy(update={"redis_url": url}) if url else settings


def _acd(runtime: Runtime, config: AcdConfig | None) -> AcdStore:
    if config is not None:
        return runtime.acd_on(config)
    if runtime.acd is None:
        raise AcdError("the runtime opened no ACD")
    return runtime.acd


def _with_redis(url: str | None, centres: Path | None, body: Callable[[AcdStore], Awaitable[T]]) -> T:
    config = _config(centres) if centres is not None else None  # a bad file is refused before Redis

    async def run() -> T:
        async with open_runtime(_settings(url), QUEUE_CLI if config is None else QUEUE_CLI_ON_FILE) as runtime:
            return await body(_acd(runtime, config))

    return asyncio.run(run())


@app.command("centres")
def centres_command(centres: Path | None = CentresOpt) -> None:
    """Validate and print the centre configuration."""
    cfg = _config(centres)
    for cid, c in cfg.centres.items():
        typer.echo(f"{cid:<3} {c.strategy.value:<16} max_queue {c.max_queue} "
                   f"SL {c.service_level.target:.0%}/{c.service_level.seconds:.0f}s "
                   f"overflow -> {' -> '.join(cfg.chain(cid)[1:]) or '-'} "
                   f"open ({c.timezone}) {c.hours.describe()}")


@app.command("route")
def route_command(
    slot: list[str] = typer.Option([], "--slot", help="slot=value, e.g. region=44"),
    dnis: str = typer.Option("12315", "--dnis"),
    centres: Path | None = CentresOpt,
) -> None:
    """Show the routing decision for some slots."""
    slots = dict(s.split("=", 1) for s in slot if "=" in s)
    typer.echo(route(slots, dnis, _config(centres)).model_dump_json())


@app.command("erlang")
def erlang_command(
    calls_per_hour: float = typer.Option(..., "--calls-per-hour"),
    aht: float = typer.Option(180, "--aht", help="average handle time, seconds"),
    target: float = typer.Option(0.8, "--target"),
    within: float = typer.Option(20, "--within", help="seconds"),
) -> None:
    """Agents needed for a target service level (Erlang C)."""
    try:
        s = agents_needed(calls_per_hour / 3600, aht, target, within)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(json.dumps(s.__dict__))


@app.command("figures")
def figures_command(centre: str, redis_url: str | None = RedisOpt, centres: Path | None = CentresOpt) -> None:
    """Live figures of one centre (JSON)."""

    async def body(store: AcdStore) -> str:
        return (await centre_figures(store, centre, wall_clock_ms())).model_dump_json(indent=2)

    typer.echo(_with_redis(redis_url, centres, body))


@app.command("check")
def check_command(redis_url: str | None = RedisOpt, centres: Path | None = CentresOpt) -> None:
    """Run the invariant checker on every centre; exit 1 on any violation."""

    async def body(store: AcdStore) -> dict[str, list[str]]:
        return {c: await store.check(c) for c in store.config.centres}

    found = {c: v for c, v in _with_redis(redis_url, centres, body).items() if v}
    for c, problems in found.items():
        for p in problems:
            typer.echo(f"{c}: {p}")
    raise typer.Exit(1 if found else 0)


@app.command("maintain")
def maintain_command(
    every: float = typer.Option(5.0, "--every", help="seconds between passes; 0 = one pass"),
    redis_url: str | None = RedisOpt,
    centres: Path | None = CentresOpt,
) -> None:
    """Periodic upkeep: reclaim expired leases, end wrap-ups, match agents to calls."""

    async def body(store: AcdStore) -> None:
        await store.apply_config()
        events = EventLog(store.redis)
        if every <= 0:
            typer.echo(f"reclaimed {await upkeep_once(store, events, wall_clock_ms())}")
            return
        await run_upkeep(store, events, asyncio.Event(), every=every)

    _with_redis(redis_url, centres, body)


@app.command("callbacks")
def callbacks_command(
    every: float = typer.Option(2.0, "--every"),
    redis_url: str | None = RedisOpt,
    centres: Path | None = CentresOpt,
) -> None:
    """Dial callbacks through the Asterisk Manager Interface (IVR_AMI_* settings)."""

    s = get_settings()

    async def body(store: AcdStore) -> None:
        ami = AmiClient(s.ami_host, s.ami_port, s.ami_username, s.ami_secret.get_secret_value())
        await run_callbacks(store, EventLog(store.redis), ami, asyncio.Event(), every=every,
                            numbers=NumberCipher(s.secret_key.get_secret_value()))

    _with_redis(redis_url, centres, body)


agent_app = typer.Typer(help="Agent state from the command line (what the agent console does).",
                        no_args_is_help=True)
app.add_typer(agent_app, name="agent")


def _agent_action(centre: str, agent: str, action: str, redis_url: str | None, centres: Path | None,
                  **login: Any) -> None:

    async def body(store: AcdStore) -> str:
        await store.apply_config([centre])
        service = AgentService(store, EventLog(store.redis), wall_clock_ms)
        if action == "login":
            return await service.login(centre, agent, **login)
        if action == "pause":
            return await service.pause(centre, agent, "cli")
        return str(await getattr(service, action)(centre, agent))

    try:
        typer.echo(_with_redis(redis_url, centres, body))
    except (AcdError, ValueError, KeyError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc


@agent_app.command("login")
def agent_login_command(
    centre: str, agent: str,
    phone: str | None = typer.Option(None, "--phone",
                                     help="one of the centre's phones, e.g. agent-bj-01 (default: a free one)"),
    language: list[str] = typer.Option(["zh"], "--language"),
    category: list[str] = typer.Option([], "--category"),
    ready: bool = typer.Option(False, "--ready"),
    redis_url: str | None = RedisOpt, centres: Path | None = CentresOpt,
) -> None:
    """Log an agent in (paused unless --ready)."""
    _agent_action(centre, agent, "login", redis_url, centres, phone=phone, languages=language,
                  categories=category, ready=ready)


@agent_app.command("ready")
def agent_ready_command(centre: str, agent: str, redis_url: str | None = RedisOpt,
                        centres: Path | None = CentresOpt) -> None:
    _agent_action(centre, agent, "ready", redis_url, centres)


@agent_app.command("pause")
def agent_pause_command(centre: str, agent: str, redis_url: str | None = RedisOpt,
                        centres: Path | None = CentresOpt) -> None:
    _agent_action(centre, agent, "pause", redis_url, centres)


@agent_app.command("logout")
def agent_logout_command(centre: str, agent: str, redis_url: str | None = RedisOpt,
                         centres: Path | None = CentresOpt) -> None:
    _agent_action(centre, agent, "logout", redis_url, centres)


@app.command("simulate")
def simulate_command(
    load: list[str] = typer.Option(
        ["bj=360:22", "gd=720:40", "cn=120:8"], "--load", help="CENTRE=CALLS_PER_HOUR:AGENTS (repeat)"),
    hours: float = typer.Option(1.0, "--hours", help="simulated time"),
    aht: float = typer.Option(180.0, "--aht", help="mean handle time, seconds"),
    distribution: str = typer.Option("exponential", "--distribution", help="exponential | lognormal | fixed"),
    patience: float | None = typer.Option(None, "--patience", help="mean patience, seconds (default: none)"),
    seed: int = typer.Option(1, "--seed"),
    redis_url: str | None = typer.Option(
        None, "--redis-url", help="a Redis to use (its ACD keys of these centres are replaced); "
        "default: a temporary redis-server"),
    as_json: bool = typer.Option(False, "--json"),
    centres: Path | None = CentresOpt,
) -> None:
    """Simulate the real queue scripts on a real Redis with a virtual clock; compare with Erlang C."""
    try:
        loads = [parse_load(x) for x in load]
        cfg = _config(centres)
        for x in loads:
            cfg.centre(x.centre)
    except (ValueError, KeyError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc

    def run(url: str) -> None:

        async def go() -> Any:
            async with open_runtime(_settings(url), QUEUE_CLI_ON_FILE) as runtime:
                return await simulate(runtime.redis_text, loads, seconds=hours * 3600, aht_seconds=aht,
                                      distribution=distribution, patience_seconds=patience, seed=seed,
                                      config=cfg)

        result = asyncio.run(go())
        typer.echo(result.model_dump_json(indent=2) if as_json else format_result(result))

    if redis_url:
        run(redis_url)
        return
    with _temporary_redis() as url:
        run(url)


class _temporary_redis:
    """A throwaway redis-server on a free loopback port, without persistence."""

    def __enter__(self) -> str:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        self.dir = tempfile.TemporaryDirectory(prefix="ivr-sim-")
        binary = shutil.which("redis-server") or "/usr/bin/redis-server"
        self.proc = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", self.dir.name, "--save", "",
             "--appendonly", "no", "--daemonize", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    return f"redis://127.0.0.1:{port}/0"
            except OSError:
                time.sleep(0.05)
        self.__exit__()
        raise RuntimeError("redis-server did not start")

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=15)
        self.dir.cleanup()
