"""`ivr serve`: every part in one process on embedded defaults, or pointed at production services.

Starts (or connects to) Redis, migrates the database, loads the published menus and follows
publishes, then runs the FastAGI server, the embedded SIP endpoint, the records writer and
the web app until SIGINT/SIGTERM. With the web app (or ``--knowledge-service``) it also starts the
box's knowledge retrieval service, a supervised child (ivr.knowledge_serve) that the workers ask.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import ctypes.util
import gc
import logging
import signal
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any

import typer
from prometheus_client import start_http_server

from agi_scripts.prompts import start_up_prompts
from agi_scripts.server import start_fastagi
from ivr import optional_parts
from ivr.calls_supervisor import CallsProcess, child_settings
from ivr.engine import EngineServices, run_call
from ivr.exposure import refuse_unsafe_start
from ivr.heartbeat import new_worker_id, run_heartbeat
from ivr.knowledge_serve import CHILD_MODULE as KNOWLEDGE_SERVICE_MODULE
from ivr.metrics_updater import run_metrics_updater
from ivr.observability import configure_logging
from ivr.prompts_built import menu_prompt_texts, prepare_prompts
from ivr.refdata.calendar_store import CalendarStore
from ivr.runtime import SERVER, SERVER_WITHOUT_RTP, Runtime, open_runtime
from ivr.settings import Settings, get_settings
from queueing.ami import AmiClient
from queueing.callback import CallbackDialer
from queueing.gateway import RedisQueueGateway
from queueing.upkeep import run_callbacks, run_upkeep

log = logging.getLogger("ivr.serve")


def release_freed_memory() -> bool:
    """Give the C heap's free pages back to the system (glibc's ``malloc_trim``; False elsewhere).
    Start-up makes and drops hundreds of thousands of small objects (menus, grammars, the
    knowledge index's dictionary) and glibc keeps the freed middle of its heap otherwise: about
    17 MB of a worker's memory at rest (bench/agi_RESULTS.md)."""
    name = ctypes.util.find_library("c")
    trim = getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    if trim is None:
        return False
    trim(0)
    return True


@dataclass
class Running:
    """Handles of what `serve` started, for an orderly stop; the runtime closes last."""

    runtime: Runtime
    services: EngineServices
    exits: contextlib.AsyncExitStack
    closers: list[Callable[[], Awaitable[Any]]] = field(default_factory=list)
    tasks: list[asyncio.Task[Any]] = field(default_factory=list)
    stop: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def settings(self) -> Settings:
        return self.runtime.settings


def dialplan_signals(services: EngineServices) -> dict[str, Callable[[list[str]], Awaitable[object]]]:
    """What Asterisk's dialplan tells the server besides calls (extensions.conf): the agent
    answered (Dial's U() subroutine) and a callback's outcome (``ivr-callback``)."""

    gateway = services.queue
    if not isinstance(gateway, RedisQueueGateway):
        return {}
    outcomes = CallbackDialer(gateway.store, gateway.events, None, gateway.clock_ms, numbers=gateway.numbers)
    return {"agent-answered": gateway.agent_answered, "callback-result": outcomes.report}


def start_queue_upkeep(settings: Settings, services: EngineServices, running: Running, gauges: bool = True) -> None:
    """Lease reclaim, wrap-up ends and matching; callbacks through AMI when an Asterisk is configured.
    ``gauges``: refresh the queue and agent gauges, only in a process that serves them (/metrics):
    a refresh reads every agent of every centre on the loop (100-300 ms with hundreds of agents)."""

    gateway = services.queue
    if not isinstance(gateway, RedisQueueGateway):
        return
    running.tasks.append(asyncio.create_task(run_upkeep(gateway.store, gateway.events, running.stop),
                                             name="queue-upkeep"))
    if gauges:
        running.tasks.append(asyncio.create_task(run_metrics_updater(gateway.store, running.runtime.redis,
                                                                     running.stop), name="metrics-updater"))
    secret = settings.ami_secret.get_secret_value()
    if secret:
        ami = AmiClient(settings.ami_host, settings.ami_port, settings.ami_username, secret)
        running.tasks.append(asyncio.create_task(run_callbacks(gateway.store, gateway.events, ami, running.stop,
                                                               numbers=gateway.numbers),
                                                 name="queue-callbacks"))
    else:
        log.info("IVR_AMI_SECRET not set: callbacks are queued but not dialled (no Asterisk Manager Interface)")


async def start(settings: Settings, *, web: bool = True, sip: bool = True, writer: bool = True,
                calls_process: bool = False, agi: bool = True, knowledge_service: bool = False) -> Running:

    refuse_unsafe_start(settings)  # development secret key or password-less stores beyond loopback
    exits = contextlib.AsyncExitStack()
    try:
        clocks_rtp = sip and settings.sip_enabled and not calls_process  # the SIP endpoint runs here
        needs = SERVER if clocks_rtp else SERVER_WITHOUT_RTP
        runs_calls = agi and not calls_process  # FastAGI here: a burst of calls reaches Redis from this process
        runtime = await exits.enter_async_context(open_runtime(settings, replace(needs, warm_redis=runs_calls)))
    except BaseException:
        await exits.aclose()
        raise
    services = runtime.engine_services(worker_id=new_worker_id())
    recognizer = runtime.recognizer
    redis = runtime.redis
    running = Running(runtime, services, exits)
    running.tasks.append(asyncio.create_task(run_heartbeat(redis, services.worker_id, running.stop),
                                             name="heartbeat"))
    running.tasks.append(asyncio.create_task(runtime.menus.watch(running.stop), name="menus-watch"))
    if runtime.acd_configs is not None:
        running.tasks.append(asyncio.create_task(runtime.acd_configs.watch(running.stop), name="acd-config-watch"))
    running.tasks.append(asyncio.create_task(runtime.knowledge.watch(running.stop), name="knowledge-watch"))
    # the one holiday calendar (menu schedule, ACD hours, statutory clocks) follows admins' notices
    running.tasks.append(asyncio.create_task(CalendarStore(settings, runtime.redis).watch(running.stop),
                                             name="calendar-watch"))
    start_queue_upkeep(settings, services, running, gauges=web or settings.metrics_port > 0)
    # every prompt and piece is built before a call comes (nothing is synthesised during one)
    texts, phrases = start_up_prompts(menu_prompt_texts(services.menus))
    await asyncio.to_thread(prepare_prompts, texts, settings.sounds_dir, phrases=phrases)
    # what start-up loaded (menus, grammars, dictionaries: ~400,000 objects) stays out of the
    # collector's way: a full collection over it stalls the loop, and every call, 150-300 ms
    gc.freeze()
    release_freed_memory()

    redis_url = runtime.embedded_redis.url if runtime.embedded_redis else settings.effective_redis_url
    if knowledge_service:  # before the calls: their first consultation finds it answering
        retrieval = CallsProcess(child_settings(settings, redis_url), sip=False, name="knowledge service",
                                 module=KNOWLEDGE_SERVICE_MODULE)
        await retrieval.start()
        running.closers.append(retrieval.close)
        log.info("knowledge retrieval service (pid %s)", retrieval.pid)
    if calls_process:  # FastAGI and SIP in a supervised child: the web port cannot starve them
        calls = CallsProcess(child_settings(settings, redis_url), sip=sip and settings.sip_enabled)
        await calls.start()
        running.closers.append(calls.close)
        log.info("FastAGI on %s:%s in the calls process (pid %s)", settings.agi_host, settings.agi_port, calls.pid)
    elif agi:
        fastagi = await start_fastagi(settings, lambda: services, recognizer=recognizer,
                                      signals=dialplan_signals(services))
        running.closers.append(fastagi.close)
        log.info("FastAGI on %s:%s", settings.agi_host, settings.agi_port)

    if sip and settings.sip_enabled and not calls_process:

        async def sip_call(channel: Any) -> object:
            return await run_call(channel, services, transport="sip")

        start_sip_endpoint = optional_parts.sip_endpoint_starter()
        endpoint = await start_sip_endpoint(settings, sip_call, recognizer=recognizer)
        running.closers.append(endpoint.close)
        log.info("SIP endpoint on udp %s:%s", settings.sip_host, settings.sip_port)
    if settings.metrics_port > 0:
        start_http_server(settings.metrics_port, addr="127.0.0.1")
    # the writer's, the web app's and the SIP endpoint's libraries are imported only when they run
    if writer:
        run_records = optional_parts.records_writer()
        run_maintenance = optional_parts.records_maintenance()
        running.tasks.append(asyncio.create_task(run_records(runtime, running.stop), name="records-writer"))
        running.tasks.append(asyncio.create_task(run_maintenance(settings, runtime.db, running.stop),
                                                 name="records-maintenance"))
    if web:
        web_task, stop_web = optional_parts.web_starter()(runtime)
        running.tasks.append(web_task)
        running.closers.append(stop_web)
        log.info("web app on http://%s:%s/", settings.http_host, settings.http_port)
    return running


async def shutdown(running: Running) -> None:
    running.stop.set()
    for close in reversed(running.closers):
        try:
            await close()
        except Exception:  # noqa: BLE001 - keep stopping the rest
            log.exception("error while stopping")
    if running.tasks:
        done, pending = await asyncio.wait(running.tasks, timeout=10)
        for task in pending:
            task.cancel()
    await running.exits.aclose()  # the runtime: Redis, the embedded redis-server, the database pool


def listening(settings: Settings, web: bool = True, sip: bool = True, writer: bool = True,
              calls_process: bool = False, agi: bool = True, knowledge_service: bool = False) -> list[str]:
    """What this process serves, as the start-up line says it (only the parts started)."""
    parts = [f"FastAGI {settings.agi_host}:{settings.agi_port}" + (" (calls process)" if calls_process else "")]
    if not agi and not calls_process:
        parts = []
    if web:
        parts.append(f"web http://{settings.http_host}:{settings.http_port}/")
    if sip and settings.sip_enabled:
        parts.append(f"SIP udp {settings.sip_host}:{settings.sip_port}")
    if writer:
        parts.append("records writer")
    if knowledge_service:
        parts.append("knowledge retrieval service")
    return parts


async def serve_forever(settings: Settings, **parts: bool) -> None:
    running = await start(settings, **parts)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, running.stop.set)
    typer.echo(f"ivr serving: {', '.join(listening(settings, **parts))}; Ctrl-C stops")
    await running.stop.wait()
    await shutdown(running)


def serve_command(
    web: bool = typer.Option(True, help="Run the web app"),
    sip: bool = typer.Option(True, help="Run the embedded SIP endpoint"),
    writer: bool = typer.Option(True, help="Run the records writer"),
    calls_process: bool = typer.Option(True, "--calls-process/--calls-in-process",
                                       help="With the web app: FastAGI and SIP in a supervised child process "
                                            "(restarted if it dies)"),
    knowledge_service: bool | None = typer.Option(None, "--knowledge-service/--no-knowledge-service",
                                                  help="Start the box's knowledge retrieval service that "
                                                       "consultations ask (default: with the web app)"),
) -> None:
    """Run the server: FastAGI, SIP endpoint, records writer and web app (embedded Redis and SQLite by default)."""
    # IVR_LOG_JSON selects JSON lines; either way numbers are masked and the call id is on every line.
    configure_logging(get_settings().log_json)
    # the calls get a process of their own when the web port shares the machine's process with them
    asyncio.run(serve_forever(get_settings(), web=web, sip=sip, writer=writer, calls_process=calls_process and web,
                              knowledge_service=web if knowledge_service is None else knowledge_service))


def agi_serve_command() -> None:
    """Run only the FastAGI server (IVR_AGI_HOST:IVR_AGI_PORT) with the queue, the published
    menus (parsed once per version) and the dialplan signals; no web app, SIP or writer.
    Consultations ask the box's retrieval service: run `ivr knowledge serve` once per box."""
    configure_logging(get_settings().log_json)
    try:
        asyncio.run(serve_forever(get_settings(), web=False, sip=False, writer=False))
    except KeyboardInterrupt:
        pass


def sip_serve_command(
    host: str = typer.Option(None, help="Listen address (default IVR_SIP_HOST)"),
    port: int = typer.Option(None, help="UDP port (default IVR_SIP_PORT)"),
) -> None:
    """Run only the embedded SIP endpoint, on the same runtime as `ivr serve`: the published menus,
    the queue and the opening hours of the ACD, the event stream; no FastAGI, web app or writer."""
    settings = get_settings()
    updates = {k: v for k, v in {"sip_host": host, "sip_port": port, "sip_enabled": True}.items() if v is not None}
    settings = settings.model_copy(update=updates)
    configure_logging(settings.log_json)
    try:
        asyncio.run(serve_forever(settings, web=False, sip=True, writer=False, agi=False))
    except KeyboardInterrupt:
        pass
