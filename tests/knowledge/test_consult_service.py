"""Spoken consultations in a FastAGI worker answered by the box's retrieval service (issue 14: the
worker holds the entries only; the index, with jieba, pypinyin, bm25s and numpy, is one process per
box that the workers ask over Redis).

Real parts: the Asterisk-faithful AGI peer, the FastAGI server and the engine with the shipped
12315 menu, a real Redis, the service's own loop (ivr.knowledge.service) and, in one test, the
service as ``ivr serve`` runs it (``python -m ivr.knowledge_serve`` under the calls supervisor).
The one stand-in is the recogniser: no Mandarin Vosk model is installed here, so
:class:`WordsHeard` gives the text each utterance file "says" (known by its bytes), as Vosk would
give its transcript.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import shutil
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
import redis.asyncio as aioredis

from agi_scripts.server import FastAgiServer, engine_handler
from ivr.calls_supervisor import CallsProcess, child_settings
from ivr.engine import default_services
from ivr.knowledge.catalog import Found
from ivr.knowledge.clarify import Decision, plan
from ivr.knowledge.csv_import import merged_import
from ivr.knowledge.questions import QUESTIONS_KEY, SERVICE_KEY, Answer, Question, answer_key
from ivr.knowledge.served import RetrievalClient, ServedKnowledge
from ivr.knowledge.service import ServiceCounts, serve_questions
from ivr.knowledge.store import KnowledgeStore
from ivr.knowledge_serve import CHILD_MODULE
from ivr.menus.menuset import MenuSet, load_menu_dir
from ivr.serve import listening, shutdown, start
from ivr.settings import SHIPPED_MENUS_DIR, Settings
from records.db import migrate
from tests.engine.calls import OPEN
from tests.knowledge.keys import shipped_index
from tests.knowledge.test_import_and_store import ROW, sheet
from tests.support.agi_peer import LISTENS, CallerScript, PeerResult, call, write_silence
from tests.support.services import free_port

SERVICE_REDIS_DB = 12
QUESTION = "网上买的东西七天内可以退吗"
TODAY = OPEN.date()


@dataclass(frozen=True)
class Recognised:
    text: str
    confidence: float
    alternatives: list[tuple[str, float]] = field(default_factory=list)


class WordsHeard:
    """The recogniser's stand-in: each utterance file made here says the text it was made for."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.texts: dict[str, str] = {}

    def utterance(self, text: str) -> Path:
        path = self.folder / f"said-{len(self.texts)}.wav"
        write_silence(path, 0.5 + 0.1 * len(self.texts))  # another length: other bytes
        self.texts[hashlib.sha256(path.read_bytes()).hexdigest()] = text
        return path

    async def recognize_file(self, path: str, phrases: list[str]) -> Recognised:
        assert phrases, "the consult node listens for the base's phrases"
        said = await asyncio.to_thread(Path(path).read_bytes)
        return Recognised(self.texts[hashlib.sha256(said).hexdigest()], 0.9)


class Ends:
    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []

    async def emit(self, event_type: str, payload: dict[str, Any]) -> None:
        if event_type == "CALL_END":
            self.records.append(payload)


@dataclass
class Box:
    """A worker (FastAGI, engine, the entries only) on a Redis where a service may answer."""

    server: FastAgiServer
    ends: Ends
    heard: WordsHeard
    redis: aioredis.Redis
    settings: Settings
    knowledge: ServedKnowledge

    async def spoken_question(self, text: str, uniqueid: str,
                              then: tuple[str, ...] = ()) -> tuple[PeerResult, dict[str, Any]]:
        # 1 Mandarin, 3 consultation, hear the question prompt out, say the question, then ``then``
        script = CallerScript(keys=["1", "3", LISTENS, *then], utterances=[self.heard.utterance(text)])
        result = await call("127.0.0.1", self.server.port, script, callerid="13812345678", uniqueid=uniqueid,
                            idle_timeout=30)
        for _ in range(300):
            mine = [r for r in self.ends.records if r["call_id"] == uniqueid]
            if mine:
                assert len(mine) == 1, "one record per call"
                return result, mine[0]
            await asyncio.sleep(0.01)
        raise AssertionError(f"no CALL_END: {result.commands}")


@pytest.fixture(scope="module")
def shipped() -> MenuSet:
    return load_menu_dir(SHIPPED_MENUS_DIR)


@pytest_asyncio.fixture(loop_scope="function")
async def box(tmp_path: Path, redis_url: str, shipped: MenuSet) -> AsyncIterator[Box]:
    url = redis_url.rsplit("/", 1)[0] + f"/{SERVICE_REDIS_DB}"
    redis = aioredis.Redis.from_url(url)
    await redis.flushdb()
    settings = Settings(data_dir=tmp_path / "data", redis_url=url, knowledge_timeout=0.5)
    knowledge = ServedKnowledge(settings, redis, RetrievalClient(redis, settings.knowledge_timeout))
    await knowledge.load_current()
    ends = Ends()
    heard = WordsHeard(tmp_path / "said")
    server = FastAgiServer(
        handler=engine_handler(lambda: default_services(settings, events=ends, clock=lambda: OPEN, menus=shipped,
                                                        knowledge=knowledge)),
        sounds_dir=settings.sounds_dir, spool_dir=settings.spool_dir, command_timeout=5.0, recognizer=heard)
    await server.start("127.0.0.1", 0)
    yield Box(server, ends, heard, redis, settings, knowledge)
    await server.close()
    await redis.flushdb()
    await redis.aclose()


@pytest_asyncio.fixture(loop_scope="function")
async def service(box: Box) -> AsyncIterator[ServiceCounts]:
    """The retrieval service's loop on the box's Redis, with its own index of the same base."""
    store = KnowledgeStore(box.settings, box.redis)
    await store.load_current()
    stop = asyncio.Event()
    counts = ServiceCounts()
    serving = asyncio.create_task(serve_questions(box.redis, store, stop, counts))
    following = asyncio.create_task(store.watch(stop))  # publishes reach the service as every store
    for _ in range(200):
        if await box.redis.exists(SERVICE_KEY):
            break
        await asyncio.sleep(0.01)
    yield counts
    stop.set()
    await serving
    await following


def consult_step(record: dict[str, Any]) -> dict[str, Any]:
    return next(step for step in record["path"] if step["node"] == "consult")


def plays(result: PeerResult) -> list[str]:
    return [c for c in result.commands if c.startswith("STREAM FILE")]


def went_to_an_agent_with_the_text(record: dict[str, Any], text: str) -> None:
    step = consult_step(record)
    assert step["detail"]["outcome"] == "no_answer" and step["detail"]["search"] == "unavailable"
    assert record["slots"]["consult_question"] == text
    assert "consult_entry" not in record["slots"]
    nodes = [s["node"] for s in record["path"]]
    assert nodes[nodes.index("consult") + 1] == "agent_hours"


async def test_a_spoken_question_is_answered_by_the_service(box: Box, service: ServiceCounts) -> None:
    expected = shipped_index().answer(QUESTION, TODAY)
    assert expected is not None, "the shipped base answers this question in process"
    result, record = await box.spoken_question(QUESTION, "1795963900.1")
    assert service.answered == 1
    assert any(f"ivr/zh/knowledge/kb_{expected.entry.id}" in c for c in plays(result)), plays(result)
    assert record["slots"]["consult_entry"] == expected.entry.id
    step = consult_step(record)
    assert step["detail"]["answered"] == [expected.entry.id] and "search" not in step["detail"]
    (speech,) = [s for s in record["speech"] if s["slot"] == "consult_question"]
    assert (speech["value"], speech["decision"]) == (expected.entry.id, "accept")
    assert speech["match_score"] == expected.confidence  # the service's confidence is the index's
    assert result.verbs()[-1] == "HANGUP"


async def test_close_matches_from_the_service_are_offered_and_a_key_mid_list_stops_it(
        box: Box, service: ServiceCounts) -> None:
    vague = "退货"
    found = [Found(m.entry, m.score, m.confidence) for m in shipped_index().search(vague, TODAY, 3)]
    offer = plan(found, shipped_index().threshold)
    assert offer.decision == Decision.OFFER and len(offer.entries) == 3, offer
    first, second, third = (f.entry.id for f in offer.entries)
    # the recording heard out, the lead-in heard out, the first question and its key heard out, then 2
    # pressed while the second question plays
    result, record = await box.spoken_question(vague, "1795963900.7", then=(LISTENS, LISTENS, LISTENS, LISTENS, "2"))
    sounds = [c.split()[2] for c in plays(result)]
    listed = sounds[sounds.index("ivr/zh/12315/consult_offer"):]
    assert listed[:5] == ["ivr/zh/12315/consult_offer", f"ivr/zh/knowledge/kb_q_{first}", "ivr/zh/knowledge/kb_press_1",
                          f"ivr/zh/knowledge/kb_q_{second}", f"ivr/zh/knowledge/kb_{second}"], listed
    assert f"ivr/zh/knowledge/kb_q_{third}" not in sounds  # the key stopped the rest of the list
    assert record["slots"]["consult_entry"] == second
    step = consult_step(record)
    assert step["detail"]["question_menus"] == [
        {"topic": "", "offered": [first, second, third], "chosen": second, "ended": "chosen"}]
    (speech,) = [s for s in record["speech"] if s["slot"] == "consult_question"]
    assert (speech["value"], speech["decision"]) == (first, "offer")
    assert service.answered == 1


async def test_the_services_matches_are_the_index_searched_directly(box: Box, service: ServiceCounts) -> None:
    index = shipped_index()
    client = RetrievalClient(box.redis, 2.0)
    asked = (QUESTION, "健身房突然关门老板跑路了", "refund of the balance on my prepaid card", "我想订一张去上海的机票")
    for text in asked:
        answer = await client.ask(text, TODAY, 3, "1")
        assert answer is not None
        direct = index.search(text, TODAY, limit=3)
        # jieba's user words are one table per process: bases other tests built earlier in this process can cut
        # a shipped text slightly differently from the service's process, moving a score in its fourth digit
        assert [found[0] for found in answer.found] == [m.entry.id for m in direct], text
        for (_, score, confidence), match in zip(answer.found, direct, strict=True):
            assert score == pytest.approx(match.score, rel=1e-3), text
            assert confidence == pytest.approx(match.confidence, abs=1e-3), text
        assert answer.threshold == index.threshold


async def test_no_service_sends_the_caller_to_an_agent_at_once_with_the_text_and_logs_once(
        box: Box, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="ivr.knowledge.served")
    first, record = await box.spoken_question(QUESTION, "1795963900.2")
    went_to_an_agent_with_the_text(record, QUESTION)
    assert any("ivr/zh/12315/consult_no_answer" in c for c in plays(first)), plays(first)
    (speech,) = [s for s in record["speech"] if s["slot"] == "consult_question"]
    assert (speech["value"], speech["decision"]) == (None, "to_agent")
    _, again = await box.spoken_question("健身房突然关门老板跑路了", "1795963900.3")
    went_to_an_agent_with_the_text(again, "健身房突然关门老板跑路了")
    warned = [r for r in caplog.records if r.name == "ivr.knowledge.served"]
    assert len(warned) == 1 and "no retrieval service is running" in warned[0].getMessage()
    assert await box.redis.llen(QUESTIONS_KEY) == 0, "nothing is queued for a service that is not there"


async def test_a_service_that_does_not_answer_in_time_sends_the_caller_to_an_agent(box: Box) -> None:
    # a service says it is there but takes no question (hung): the worker waits knowledge_timeout only
    await box.redis.set(SERVICE_KEY, json.dumps({"pid": 0, "version": "1"}), px=60_000)
    _, record = await box.spoken_question(QUESTION, "1795963900.4")
    went_to_an_agent_with_the_text(record, QUESTION)
    waiting = [Question.from_json(raw) for raw in await box.redis.lrange(QUESTIONS_KEY, 0, -1)]
    assert [q.text for q in waiting] == [QUESTION]
    assert waiting[0].until <= time.time() * 1000, "the question says when nobody wants its answer any more"


async def test_the_service_drops_late_and_unreadable_questions(box: Box, service: ServiceCounts,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="ivr.knowledge.service")
    late = Question(id="a" * 32, text=QUESTION, day=TODAY.isoformat(), limit=3, version="1",
                    until=int(time.time() * 1000) - 1)
    on_time = Question(id="b" * 32, text=QUESTION, day=TODAY.isoformat(), limit=1, version="1",
                       until=int(time.time() * 1000) + 60_000)
    await box.redis.rpush(QUESTIONS_KEY, late.to_json(), "{not json", json.dumps({"id": "c" * 32, "text": ""}),
                          on_time.to_json())
    got = await box.redis.blpop([answer_key(on_time.id)], timeout=5)
    assert got is not None
    answer = Answer.from_json(got[1])
    assert len(answer.found) == 1 and answer.found[0][0] == shipped_index().search(QUESTION, TODAY, 1)[0].entry.id
    assert await box.redis.exists(answer_key(late.id)) == 0
    assert (service.answered, service.late, service.bad) == (1, 1, 2)
    assert len([r for r in caplog.records if "unreadable question" in r.getMessage()
                or "a question has" in r.getMessage()]) == 2


async def test_a_published_entry_is_answered_once_the_service_and_the_worker_follow(
        box: Box, service: ServiceCounts) -> None:
    umbrella = "雨伞用了一次就坏了能退吗"
    _, before = await box.spoken_question(umbrella, "1795963900.7")
    assert before["slots"].get("consult_entry") != "umbrella_broke"  # not in the shipped base
    worker_follows = asyncio.create_task(box.knowledge.watch())
    try:
        await asyncio.sleep(0.2)  # subscribed
        admin = KnowledgeStore(box.settings, box.redis)  # as the web app publishes
        files, _, errors = merged_import(admin.read_version(1), "umbrella.csv", sheet(ROW))
        assert not errors
        assert (await admin.publish(files, "umbrellas", "admin1")).number == 2
        for _ in range(200):
            alive = json.loads(await box.redis.get(SERVICE_KEY) or "{}")
            if alive.get("version") == "2" and box.knowledge.book().catalog.version == "2":
                break
            await asyncio.sleep(0.05)
        _, after = await box.spoken_question(umbrella, "1795963900.8")
        assert after["slots"]["consult_entry"] == "umbrella_broke"
    finally:
        worker_follows.cancel()


@pytest.mark.timeout(180)
async def test_the_service_ivr_serve_supervises_answers_and_its_stop_sends_callers_to_agents(box: Box) -> None:
    child = CallsProcess(child_settings(box.settings, str(box.settings.redis_url)), sip=False,
                         name="knowledge service (test)", module=CHILD_MODULE)
    await child.start()
    try:
        assert await box.redis.exists(SERVICE_KEY) == 1, "ready means answering"
        alive = json.loads(await box.redis.get(SERVICE_KEY) or "{}")
        assert alive["pid"] == child.pid and alive["version"] == box.knowledge.book().catalog.version
        expected = shipped_index().answer(QUESTION, TODAY)
        assert expected is not None
        _, answered = await box.spoken_question(QUESTION, "1795963900.5")
        assert answered["slots"]["consult_entry"] == expected.entry.id
    finally:
        await child.close()
    assert await box.redis.exists(SERVICE_KEY) == 0, "a service that stops says so at once"
    _, record = await box.spoken_question(QUESTION, "1795963900.6")
    went_to_an_agent_with_the_text(record, QUESTION)


@pytest.mark.timeout(240)
async def test_serve_with_the_knowledge_service_starts_it_as_a_child_and_stops_it(
        tmp_path: Path, redis_url: str, built_sounds: Path) -> None:
    url = redis_url.rsplit("/", 1)[0] + f"/{SERVICE_REDIS_DB}"
    redis = aioredis.Redis.from_url(url)
    await redis.flushdb()
    database_url = f"sqlite:///{tmp_path / 'serve.db'}"
    await asyncio.to_thread(migrate, database_url)
    shutil.copytree(built_sounds, tmp_path / "data" / "sounds")  # as after `ivr prompts build`
    settings = Settings.model_validate({"data_dir": tmp_path / "data", "redis_url": url, "database_url": database_url,
                                        "agi_port": free_port(), "sip_enabled": False,
                                        "secret_key": "consult-service-secret"})
    parts = {"web": False, "sip": False, "writer": False, "knowledge_service": True}
    running = await start(settings, **parts)
    try:
        alive = json.loads(await redis.get(SERVICE_KEY) or "{}")
        assert alive["pid"] != os.getpid(), "the service runs in a child process"
        assert "knowledge retrieval service" in listening(settings, **parts)
        answer = await RetrievalClient(redis, 5.0).ask(QUESTION, TODAY, 3, "1")
        assert answer is not None and answer.found[0][0] == shipped_index().search(QUESTION, TODAY, 1)[0].entry.id
    finally:
        await shutdown(running)
    assert await redis.exists(SERVICE_KEY) == 0
    await redis.flushdb()
    await redis.aclose()


def test_a_day_that_is_no_date_is_an_unreadable_question() -> None:
    good = Question(id="d" * 32, text=QUESTION, day=date(2026, 12, 1).isoformat(), limit=3, version="1", until=1)
    assert Question.from_json(good.to_json()) == good
    for bad in ({**json.loads(good.to_json()), "day": "2026-13-01"}, {**json.loads(good.to_json()), "id": "x"},
                {**json.loads(good.to_json()), "limit": 0}):
        with pytest.raises(ValueError):
            Question.from_json(json.dumps(bad))
