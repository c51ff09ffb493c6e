"""Once `ivr prompts build` ran, whole calls spawn no process and synthesise nothing: espeak-ng
and sox are taken off PATH and any process start fails the test. Calls go through the
Asterisk-faithful AGI peer into the FastAGI server, the engine and the real ACD (redis-server),
and through the console caller."""

from __future__ import annotations

import asyncio
import os
import subprocess
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
import redis.asyncio as aioredis

from agi_scripts.codec import parse_args
from agi_scripts.server import FastAgiServer, engine_handler
from ivr.compose import compose
from ivr.console import ConsoleChannel
from ivr.engine import default_services, run_call
from ivr.menus.menuset import MenuSet
from ivr.settings import Settings
from queueing.centres import load_config
from queueing.events import EventLog
from queueing.gateway import RedisQueueGateway
from queueing.routing import route
from queueing.store import AcdStore
from records.models import Complaint
from records.progress import status_sentence
from tests.agi.test_engine_calls import EventCollector
from tests.agi.test_queue_calls import ShiftedClock
from tests.support.agi_peer import AgiPeer, CallerScript, PeerResult, header_lines

NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)  # Wednesday 11:00 in Beijing
TICKET = "261203000171"


class SpawnGuard:
    """Every attempt to start a process while calls run (subprocess, asyncio, posix_spawn)."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    def refuse(self, what: str) -> None:
        self.attempts.append(what)
        raise OSError(f"no process may start during a call: {what}")


@pytest.fixture
def no_spawn(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[SpawnGuard]:
    guard = SpawnGuard()
    empty = tmp_path / "empty-path"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # no espeak-ng, no sox

    def execute_child(self: subprocess.Popen[Any], args: Any, *rest: Any) -> None:
        guard.refuse(f"Popen {args!r}")

    monkeypatch.setattr(subprocess.Popen, "_execute_child", execute_child)
    for name in ("posix_spawn", "posix_spawnp", "fork"):
        if hasattr(os, name):
            monkeypatch.setattr(os, name, lambda *a, _n=name, **k: guard.refuse(_n))
    yield guard


class Cases:
    """Case status of a complaint, worded by the records' own sentence builder."""

    async def case_status(self, ticket: str, language: str) -> str | None:
        complaint = Complaint(ticket=ticket, kind="complaint", status="registered", accept_due=date(2026, 12, 3),
                              notice_sent_on=None)
        return status_sentence(complaint, language) if ticket == TICKET else None


class Tickets:
    async def ticket_for_call(self, call_id: str) -> str | None:
        return TICKET


class MidSentencePeer(AgiPeer):
    """Asterisk with a caller who presses ``key`` while ``barge_sound`` (a piece in the middle
    of a composed sentence) plays; the other pieces of that sentence play to the end."""

    def __init__(self, script: CallerScript, headers: list[tuple[str, str]], sentence: list[str], barge_sound: str,
                 key: str) -> None:
        super().__init__(script, headers, idle_timeout=30)
        self.sentence = set(sentence)
        self.barge_sound: str | None = barge_sound
        self.key = key

    def _live(self, name: str, rest: list[str]) -> str:
        if name == "STREAM FILE" and rest and rest[0] in self.sentence:
            if rest[0] == self.barge_sound and self.key in rest[1]:
                self.barge_sound = None
                return f"200 result={ord(self.key)} endpos=4000"
            return "200 result=0 endpos=16000"
        return super()._live(name, rest)


class Rig:
    def __init__(self, tmp_path: Path, redis: Any, sounds: Path) -> None:
        self.settings = Settings(data_dir=tmp_path / "data")
        self.settings.data_dir.mkdir(parents=True)
        self.settings.sounds_dir.symlink_to(sounds, target_is_directory=True)
        self.redis = redis
        self.acd = load_config()
        self.store = AcdStore(redis, self.acd)
        self.events = EventCollector()
        self.clock = ShiftedClock()
        self.services = default_services(
            self.settings, events=self.events, clock=lambda: NOW, cases=Cases(), tickets=Tickets(),
            queue=RedisQueueGateway(self.store, EventLog(redis), clock_ms=self.clock),
            router=lambda slots, dnis, priority: route(slots, dnis, self.acd),
        )
        self.server = FastAgiServer(handler=engine_handler(lambda: self.services), sounds_dir=self.settings.sounds_dir,
                                    spool_dir=self.settings.spool_dir, command_timeout=10)

    async def call(self, peer: AgiPeer) -> tuple[PeerResult, dict[str, Any]]:
        call_id = next(v for k, v in peer.headers if k == "agi_uniqueid")
        result = await peer.run("127.0.0.1", self.server.port)
        for _ in range(300):
            ends = [p for kind, p in self.events.events if kind == "CALL_END" and p["call_id"] == call_id]
            if ends:
                return result, ends[0]
            await asyncio.sleep(0.01)
        raise AssertionError(f"no CALL_END: {result.commands[-5:]}")

    def peer(self, script: CallerScript, call_id: str) -> AgiPeer:
        return AgiPeer(script, self.headers(call_id), idle_timeout=30)

    def headers(self, call_id: str) -> list[tuple[str, str]]:
        return header_lines(port=self.server.port, callerid="01088886666", uniqueid=call_id)


@pytest_asyncio.fixture(loop_scope="function")
async def rig(tmp_path: Path, redis_url: str, built_sounds: Path) -> AsyncIterator[Rig]:
    client = aioredis.Redis.from_url(redis_url, decode_responses=True)
    await client.flushall()
    rig = Rig(tmp_path, client, built_sounds)
    await rig.store.apply_config()
    await rig.server.start("127.0.0.1", 0)
    yield rig
    await rig.server.close()
    await client.aclose()


def sounds_played(result: PeerResult) -> list[str]:
    return [parse_args(c)[2] for c in result.commands if c.startswith(("STREAM FILE ", "GET DATA "))]


def assert_all_built(result: PeerResult, sounds: Path) -> None:
    played = sounds_played(result)
    assert played
    missing = [s for s in played if not (sounds / f"{s}.wav").is_file()]
    assert missing == [], missing


async def test_waiting_callers_over_agi_spawn_nothing_and_play_only_built_sounds(
        rig: Rig, no_spawn: SpawnGuard, built_sounds: Path) -> None:
    # nobody at the Beijing centre: callers hear their position and the wait, then ask for a callback
    first, record = await rig.call(rig.peer(CallerScript(keys=["1", "1", "1", "1", "1", "*"]), "n.1"))
    english, record_en = await rig.call(rig.peer(CallerScript(keys=["2", "1", "1", "1", "1", "*"]), "n.2"))
    assert record["queue"]["outcome"] == record_en["queue"]["outcome"] == "callback"
    assert no_spawn.attempts == []
    for result in (first, english):
        assert result.error == "" and result.server_hung_up
        assert_all_built(result, built_sounds)
    menu = rig.services.menus.for_dnis("12315")
    # 下一位就是您。预计等待约...分钟。...请按星号键。 for the first, "There is one caller ahead" for the second
    star = compose("x", "zh", "{callback_key}", {"callback_key": "*"}).pieces[0].sound
    lead = compose("queue_next", "zh", menu.prompts["queue_next"].texts["zh"], {}).pieces[0].sound
    assert star in sounds_played(first) and lead in sounds_played(first)
    one_ahead = compose("queue_one_ahead", "en", menu.prompts["queue_one_ahead"].texts["en"], {}).pieces[0].sound
    assert one_ahead in sounds_played(english)
    assert any(s.startswith("ivr/en/pieces/") for s in sounds_played(english))


async def test_answered_and_progress_calls_over_agi_spawn_nothing(rig: Rig, no_spawn: SpawnGuard,
                                                                  built_sounds: Path) -> None:
    # an agent answers; afterwards the caller hears the ticket, read digit by digit
    await rig.store.agent_login("bj", "a1", "PJSIP/agent-bj-01", rig.clock() - 60_000, ready=True)
    answered, record = await rig.call(rig.peer(CallerScript(keys=["1", "1", "1", "1", "1"]), "n.3"))
    assert record["outcome"] == "answered" and record["slots"]["ticket"] == TICKET
    # progress by phone: the case status with its deadline
    progress, record2 = await rig.call(rig.peer(CallerScript(keys=["1", "4", TICKET + "#", "2"]), "n.4"))
    assert "case_status" in [s["node"] for s in record2["path"]]
    assert no_spawn.attempts == []
    for result in (answered, progress):
        assert result.error == "" and result.server_hung_up
        assert_all_built(result, built_sounds)
    menu = rig.services.menus.for_dnis("12315")
    closing = compose("closing_ticket", "zh", menu.prompts["closing_ticket"].texts["zh"], {"ticket": TICKET})
    wanted = [p.sound for p in closing.pieces]
    assert [s for s in sounds_played(answered) if s in set(wanted)][-len(wanted):] == wanted
    status = [s for s in sounds_played(progress) if "/pieces/" in s]
    date_words = [p.sound for p in compose("d", "zh", "{deadline}", {"deadline": "2026-12-03"}).pieces]
    assert len(status) > 12 and all(w in status for w in date_words)  # ...将在二零二六年十二月三日前作出


async def test_a_key_in_the_middle_of_a_composed_sentence_stops_the_rest(rig: Rig, no_spawn: SpawnGuard,
                                                                         built_sounds: Path) -> None:
    menu = rig.services.menus.for_dnis("12315")
    sentence = compose("region_confirm", "zh", menu.prompts["region_confirm"].texts["zh"], {"caller_region": "11"})
    sounds = [p.sound for p in sentence.pieces]
    assert [p.text for p in sentence.pieces][:2] == ["您是要反映", "北京"] and len(sounds) == 3
    # language, complaint; the region question is answered with 1 while "北京" plays; then the rest
    peer = MidSentencePeer(CallerScript(keys=["1", "1", "1", "1", "*"]), rig.headers("n.5"), sounds, sounds[1], "1")
    result, record = await rig.call(peer)
    played = sounds_played(result)
    start = played.index(sounds[0])
    assert played[start:start + 2] == sounds[:2]  # "北京" is the piece the key interrupted
    assert sounds[2] not in played, "the key stopped the rest of the sentence"
    assert record["slots"]["region"] == "11" and "business_same" in [s["node"] for s in record["path"]]
    assert no_spawn.attempts == []
    assert_all_built(result, built_sounds)


async def test_console_call_prints_composed_sentences_without_spawning(shipped: MenuSet, tmp_path: Path,
                                                                        no_spawn: SpawnGuard) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    services = default_services(settings, menus=shipped, clock=lambda: NOW, cases=Cases())
    channel = ConsoleChannel("12315", "01088886666", settings.spool_dir, script=["1", "4", TICKET + "#", "2"],
                             echo=lambda line: None)
    await run_call(channel, services, transport="console")
    texts = [h["text"] for h in channel.heard]
    assert any("编号二六幺二零三零零零幺七幺" in t or TICKET in t for t in texts), texts
    assert no_spawn.attempts == []
