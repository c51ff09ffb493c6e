"""The process's runtime: every long-lived service, opened once from settings by one context manager.

Every entry point opens it (``ivr serve``, ``ivr agi serve``, ``ivr records serve``, ``ivr call``,
the classic AGI and EAGI scripts) and hands it down; the library below never reads settings
or builds a service of its own. What a process needs is chosen by :class:`Needs`:

- ``start_redis``: start the embedded ``redis-server`` when IVR_REDIS_URL is not set (``ivr serve``);
  the others connect to IVR_REDIS_URL or to the embedded one of a running server.
- ``redis``: connect at all (the console caller without ``--acd`` runs without Redis).
- ``database``: a database pool (call records, complaints' status for callers); ``migrate``:
  bring the database to head once, at open (never again per part).
- ``acd``: the published ACD configuration and the ACD store that follows it.
- ``hours``: the opening hours of the menu's ``open`` test, from the published ACD configuration
  (followed with the ACD when ``acd``; read once at open otherwise: one call, or the console).
- ``recognizer``: the Vosk recogniser (None, logged, without a usable model: keys only).
- ``record_events``: calls' events to the Redis Stream (else nowhere).
- ``parse_apart``: parse published and followed versions of the menus, the knowledge base and
  the ACD configuration in a child process (ivr.versioned_store.ParseProcess), not in a thread:
  a parse in a thread holds the GIL and makes the calls' event loop, and its RTP clock, late.
- ``knowledge_service``: consultations ask the box's retrieval service (ivr.knowledge.served);
  the process follows the knowledge base as entries only, without the index's libraries
  (jieba, pypinyin, bm25s, numpy). Otherwise the process searches an index of its own.

A command line opens the same runtime with a small preset (``QUEUE_CLI``, ``USERS_CLI``, ...).
IVR_REDIS_URL ``redis+cluster://host:port`` opens a Redis Cluster client.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import redis
from redis.asyncio import Redis
from redis.asyncio.cluster import RedisCluster
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialWithJitterBackoff
from redis.driver_info import DriverInfo
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from ivr.asr.pinyin import syllables as pinyin_syllables
from ivr.embedded import EmbeddedRedis
from ivr.engine import EngineServices
from ivr.events import RedisEventSink
from ivr.knowledge.served import RetrievalClient, ServedKnowledge
from ivr.knowledge.store import KnowledgeStore
from ivr.menus.store import MenuStore
from ivr.number_cipher import NumberCipher
from ivr.optional_parts import speech_recognizer, statement_transcriber
from ivr.services import EventSink, NullEventSink
from ivr.settings import Settings
from ivr.versioned_store import ParseProcess, VersionedStore
from queueing.centres import AcdConfig
from queueing.config_store import AcdConfigStore
from queueing.events import EventLog
from queueing.gateway import RedisQueueGateway, wall_clock_ms
from queueing.opening_hours import AcdOpeningHours
from queueing.routing import route
from queueing.store import AcdStore
from records.call_tickets import CallTicketService
from records.db import make_engine, migrate, session_factory
from records.progress import CaseStatusService

if TYPE_CHECKING:
    from ivr.asr.service import SpeechRecognizer


CLUSTER_SCHEME = "redis+cluster://"


class MissingPart(Exception):
    """A part the entry point did not open was asked for (a wiring bug, named in the message)."""


@dataclass(frozen=True)
class Needs:
    """What one entry point opens (see the module's docstring)."""

    start_redis: bool = False
    redis: bool = True
    database: bool = True
    migrate: bool = False
    acd: bool = True
    hours: bool = True
    recognizer: bool = True
    record_events: bool = True
    #: seconds to wait for Redis per connect and per reply (None: a server's pool and retries)
    redis_timeout: float | None = None
    #: load the knowledge base at open (a server), not at the first consultation
    preload: bool = False
    #: parse versions in a child process (a process that clocks RTP)
    parse_apart: bool = False
    #: parse the live menus at open (a command line that runs no call does not need them)
    load_menus: bool = True
    #: consultations ask the retrieval service (with Redis) rather than search here
    knowledge_service: bool = False
    #: open settings.redis_warm_connections connections at start (a server taking bursts of calls)
    warm_redis: bool = False


#: ``ivr serve`` and ``ivr agi serve``: everything, the embedded Redis started when no URL is set;
#: consultations asked of the box's retrieval service.
SERVER = Needs(start_redis=True, migrate=True, preload=True, parse_apart=True, knowledge_service=True)
#: The same for a server process that clocks no RTP (FastAGI only, or the web app beside its calls
#: process): versions parsed in threads, without the parse process's ~140 MB.
SERVER_WITHOUT_RTP = dataclasses.replace(SERVER, parse_apart=False)
#: ``ivr knowledge serve`` and the retrieval service ``ivr serve`` starts: Redis and the knowledge
#: index, loaded at open.
KNOWLEDGE_SERVICE = Needs(database=False, acd=False, hours=False, recognizer=False, record_events=False,
                          load_menus=False, preload=True)
#: ``ivr records serve``: Redis and the database only.
RECORDS = Needs(migrate=True, acd=False, hours=False, recognizer=False)
#: A classic AGI call (one process per call): events to the stream, no ACD (the queue needs a server).
PROCESS_CALL = Needs(acd=False, database=False, recognizer=False, redis_timeout=5.0)
#: The same for EAGI: the recogniser streams the caller's audio.
PROCESS_EAGI_CALL = Needs(acd=False, database=False, recognizer=True, redis_timeout=5.0)
#: ``ivr call`` without the ACD: no Redis, no database, no events.
CONSOLE = Needs(redis=False, database=False, acd=False, recognizer=False, record_events=False)
#: ``ivr call --acd``: queues for real, like a server's call.
CONSOLE_ACD = Needs(recognizer=False)
#: ``ivr queue ...``: Redis and the ACD on the published configuration (applied at open, as a server does).
QUEUE_CLI = Needs(database=False, recognizer=False, record_events=False, load_menus=False)
#: ``ivr queue ... --centres FILE`` and ``ivr simulate``: Redis only (the command brings its configuration).
QUEUE_CLI_ON_FILE = Needs(database=False, acd=False, hours=False, recognizer=False, record_events=False,
                          load_menus=False)
#: ``ivr users add/list/enable``: the database only, brought to head at open (the first
#: administrator is made before any Redis runs).
USERS_CLI = Needs(redis=False, migrate=True, acd=False, hours=False, recognizer=False, record_events=False,
                  load_menus=False)
#: ``ivr users disable/role/password``: the database and Redis, where the user's sessions end.
USERS_CLI_REVOKE = Needs(migrate=True, acd=False, hours=False, recognizer=False, record_events=False,
                         load_menus=False)


@dataclass
class Runtime:
    """The services of one process; built by :func:`open_runtime`, closed when it exits."""

    settings: Settings
    needs: Needs
    menus: MenuStore
    #: the index searched here, or (Needs.knowledge_service) the entries, searched by the service
    knowledge: KnowledgeStore | ServedKnowledge
    events: EventSink
    db_engine: Engine | None = None
    db_sessions: sessionmaker[Session] | None = None
    redis_client: Redis | None = None
    #: the same Redis answering str (the records writer's stream reads)
    redis_text_client: Redis | None = None
    acd_configs: AcdConfigStore | None = None
    acd: AcdStore | None = None
    recognizer: SpeechRecognizer | None = None
    embedded_redis: EmbeddedRedis | None = None
    #: the ACD's opening hours (the menu's ``open`` test)
    opening_hours: AcdOpeningHours | None = None

    @property
    def redis(self) -> Redis:
        if self.redis_client is None:
            raise MissingPart("this entry point opened no Redis (Needs.redis is False)")
        return self.redis_client

    @property
    def redis_text(self) -> Redis:
        if self.redis_text_client is None:
            raise MissingPart("this entry point opened no Redis (Needs.redis is False)")
        return self.redis_text_client

    @property
    def db(self) -> sessionmaker[Session]:
        if self.db_sessions is None:
            raise MissingPart("this entry point opened no database (Needs.database is False)")
        return self.db_sessions

    def acd_on(self, config: AcdConfig) -> AcdStore:
        """The ACD on this runtime's Redis with a configuration other than the published one
        (``ivr queue --centres FILE``); not applied to Redis until the caller says so."""
        return AcdStore(self.redis, config)

    def queue_gateway(self, clock_ms: Callable[[], int] = wall_clock_ms) -> RedisQueueGateway | None:
        if self.acd is None or self.redis_client is None:
            return None
        return RedisQueueGateway(self.acd, EventLog(self.redis_client), clock_ms=clock_ms,
                                 numbers=NumberCipher(self.settings.secret_key.get_secret_value()))

    def engine_services(self, **overrides: Any) -> EngineServices:
        """The engine's dependencies from this runtime; the menus follow publishes (``menus.on_change``)."""
        acd = self.acd
        parts: dict[str, Any] = {"events": self.events, "knowledge": self.knowledge}
        if self.db_sessions is not None:
            parts["cases"] = CaseStatusService(self.db_sessions)
        gateway = self.queue_gateway()
        if gateway is not None and acd is not None:
            parts["queue"] = gateway
            parts["router"] = lambda slots, dnis, priority: route(slots, dnis, acd.config)
        if self.redis_client is not None:
            parts["tickets"] = CallTicketService(self.redis_client)
        if self.opening_hours is not None:
            parts["hours"] = self.opening_hours
        if self.recognizer is not None and not isinstance(self.events, NullEventSink):
            parts["transcriber"] = statement_transcriber(self.recognizer, self.events)
        parts.update(overrides)
        menus = parts.pop("menus", None) or self.menus.current()
        services = EngineServices(menus=menus, settings=self.settings, **parts)
        if "menus" not in overrides:
            self.menus.on_change(lambda published: setattr(services, "menus", published))
        return services


def _cluster(url: str, **options: Any) -> Redis:
    # RedisCluster answers the commands the runtime's users send; typed as the client they expect
    return cast(Redis, RedisCluster.from_url("redis://" + url.removeprefix(CLUSTER_SCHEME), **options))


#: What each new connection tells Redis it is (CLIENT SETINFO): made once, as redis-py would otherwise
#: read the package's metadata from disk for every connection it opens, on the loop (0.5 ms each).
DRIVER_INFO = DriverInfo(lib_version=redis.__version__)


async def warm_pool(client: Redis, connections: int) -> None:
    """Open ``connections`` connections now: a burst of calls then finds them ready instead of
    connecting hundreds at once while callers wait (redis-py opens one per command in flight)."""
    await asyncio.gather(*(client.ping() for _ in range(connections)))


def _connect(url: str, needs: Needs) -> Redis:
    if url.startswith(CLUSTER_SCHEME):
        return _cluster(url)
    if needs.redis_timeout is not None:
        return Redis.from_url(url, socket_connect_timeout=needs.redis_timeout, socket_timeout=needs.redis_timeout,
                              driver_info=DRIVER_INFO)
    # redis-py's default pool (100 connections) raises MaxConnectionsError when more calls than
    # that touch Redis at once. (Not BlockingConnectionPool: a command cancelled while it waits
    # for a connection there can stall its task for a minute.)
    # Retries ride out a Redis restart or failover of several seconds (redis-py's default gives
    # up after about one second, failing every call that touched Redis meanwhile).
    return Redis.from_url(url, max_connections=10_000, driver_info=DRIVER_INFO,
                          retry=Retry(ExponentialWithJitterBackoff(base=0.05, cap=2.0), retries=20))


@contextlib.asynccontextmanager
async def open_runtime(settings: Settings, needs: Needs = SERVER) -> AsyncIterator[Runtime]:
    """Open what ``needs`` asks for, yield the runtime, close it all in reverse order."""
    async with contextlib.AsyncExitStack() as stack:
        embedded: EmbeddedRedis | None = None
        client: Redis | None = None
        text_client: Redis | None = None
        if needs.redis:
            if needs.start_redis and not settings.redis_url:
                embedded = EmbeddedRedis(settings.data_dir, settings.embedded_redis_port)
                await asyncio.to_thread(embedded.start)
                stack.push_async_callback(asyncio.to_thread, embedded.stop)
            url = embedded.url if embedded is not None else settings.effective_redis_url
            client = _connect(url, needs)
            stack.push_async_callback(client.aclose)
            text_client = (_cluster(url, decode_responses=True) if url.startswith(CLUSTER_SCHEME)
                           else Redis.from_url(url, decode_responses=True))  # connects at its first command
            stack.push_async_callback(text_client.aclose)
            if needs.start_redis or needs.acd or needs.migrate:
                await client.ping()  # a server fails at start, not at its first call
            if needs.warm_redis and not url.startswith(CLUSTER_SCHEME):
                await warm_pool(client, settings.redis_warm_connections)
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        db_engine: Engine | None = None
        if needs.database:
            db_engine = make_engine(settings.effective_database_url)
            stack.callback(db_engine.dispose)
            if needs.migrate:
                await asyncio.to_thread(migrate, settings.effective_database_url, db_engine)
        menus = MenuStore(settings, client)
        knowledge: KnowledgeStore | ServedKnowledge = (
            ServedKnowledge(settings, client, RetrievalClient(client, settings.knowledge_timeout))
            if needs.knowledge_service and client is not None else KnowledgeStore(settings, client))
        acd_configs: AcdConfigStore | None = None
        acd: AcdStore | None = None
        if needs.acd and client is not None:
            acd_configs = AcdConfigStore(settings, client)
            acd = AcdStore(client, await asyncio.to_thread(acd_configs.current))
            await acd.apply_config()
            acd_configs.on_change(acd.replace_config)  # a publish swaps the configuration in
        opening_hours: AcdOpeningHours | None = None
        if acd_configs is not None and acd is not None:
            opening_hours = AcdOpeningHours(acd.config)
            acd_configs.on_change(opening_hours.replace_config)
        elif needs.hours:  # the published configuration's hours, without the ACD's Redis state
            opening_hours = AcdOpeningHours(await AcdConfigStore(settings, client).load_current())
        if needs.parse_apart:
            parser = ParseProcess()
            stack.push_async_callback(asyncio.to_thread, parser.close)
            stores: list[VersionedStore[Any]] = [menus.versions, knowledge.versions,
                                                 *([acd_configs.versions] if acd_configs else [])]
            await parser.start([store.kind.parse for store in stores])  # its imports now, not during calls
            for store in stores:
                store.parse_apart(parser)
        events: EventSink = RedisEventSink(client) if needs.record_events and client is not None else NullEventSink()
        recognizer = await asyncio.to_thread(speech_recognizer, settings) if needs.recognizer else None
        if recognizer is not None:  # pypinyin's dictionaries now: at a caller's first answer they would stall the loop
            await asyncio.to_thread(pinyin_syllables, "预热")
        if needs.load_menus:
            await menus.load_current()  # parsed once per version, in a thread
        if needs.preload:
            await knowledge.load_current()
        sessions = session_factory(db_engine) if db_engine is not None else None
        yield Runtime(settings=settings, needs=needs, menus=menus, knowledge=knowledge, events=events,
                      db_engine=db_engine, db_sessions=sessions, redis_client=client, redis_text_client=text_client,
                      acd_configs=acd_configs,
                      acd=acd, recognizer=recognizer, embedded_redis=embedded, opening_hours=opening_hours)
