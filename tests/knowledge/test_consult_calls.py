"""Whole consultations: the console caller (Mandarin and English from text) and the
Asterisk-faithful AGI peer (keys) through the FastAGI server, with the shipped 12315 menu; the
entries offered in a topic's key menu and not chosen, counted from the records in SQLite and
PostgreSQL (the records tests' fixtures: the events through a real Redis stream and the real
records writer)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
import redis.asyncio as aioredis
from sqlalchemy.orm import Session, sessionmaker

from agi_scripts.server import FastAgiServer, engine_handler
from ivr.engine import default_services
from ivr.events import RedisEventSink
from ivr.knowledge.catalog import Found
from ivr.knowledge.clarify import Decision, plan
from ivr.knowledge.figures import ConsultStep, entry_figures
from ivr.menus.menuset import MenuSet, load_menu_dir
from ivr.settings import SHIPPED_MENUS_DIR, Settings
from records.flow import consult_steps
from records.writer import RecordsWriter
from tests.engine.calls import OPEN, SHANGHAI, Call, place_call
from tests.knowledge.held_out_measure import shipped_index
from tests.knowledge.keys import question_keys, topic_key, topic_questions
from tests.records import conftest as records_db
from tests.support.agi_peer import CallerScript, PeerResult, call

# The records tests' fixtures: each test that asks for ``sessions`` runs on SQLite and on PostgreSQL.
db_url, engine, sessions = records_db.db_url, records_db.engine, records_db.sessions
redis_client, stream = records_db.redis_client, records_db.stream

AFTER_ORDER_121 = datetime(2026, 5, 6, 3, 0, tzinfo=UTC)  # a Wednesday, 11:00 in Beijing


@pytest.fixture(scope="module")
def shipped() -> MenuSet:
    return load_menu_dir(SHIPPED_MENUS_DIR)


def consult_detail(call_: Any) -> dict[str, Any]:
    (step,) = call_.steps("consult")
    return dict(step.detail)


async def test_spoken_question_answered_repeated_then_another_by_keys(shipped: MenuSet, tmp_path: Path) -> None:
    two_repairs = question_keys("home_appliances", "sanbao_two_repairs")
    script = ["1", "3", "say: 网上买的东西七天内可以退吗", "1", "2", "timeout", *two_repairs, "timeout"]
    result = await place_call(shipped, tmp_path, script)
    assert result.prompts == [
        "welcome", "service_menu", "consult_ask", "kb_online_seven_day_return", "consult_after",
        "kb_online_seven_day_return", "consult_after",  # 1: again
        "consult_ask", "kb_topics", "kb_topic_home_appliances", "kb_sanbao_two_repairs", "consult_after",
        "goodbye"]
    heard = result.heard
    assert any(text.startswith("经营者通过网络、电视、电话、邮购等方式销售商品的") and
               text.endswith("依据：《中华人民共和国消费者权益保护法》第25条。") for text in heard)
    assert consult_detail(result) == {
        "answered": ["online_seven_day_return", "sanbao_two_repairs"], "outcome": "answered",
        "question_menus": [{"topic": "home_appliances", "chosen": "sanbao_two_repairs", "ended": "chosen",
                            "offered": topic_questions("home_appliances")}]}
    record = result.record
    assert record.outcome == "completed" and result.path[-1] == "goodbye"
    assert record.slots["service_type"] == "consultation" and record.slots["consult_entry"] == "sanbao_two_repairs"
    (speech,) = record.speech
    assert (speech.slot, speech.value, speech.decision) == ("consult_question", "online_seven_day_return", "accept")
    assert "region_start" not in result.path and record.queue is None


async def test_english_caller_hears_the_english_answer(shipped: MenuSet, tmp_path: Path) -> None:
    script = ["2", "3", "say: refund of the balance on my prepaid card", "timeout"]
    result = await place_call(shipped, tmp_path, script)
    assert result.record.language == "en"
    answer = next(t for t in result.heard if t.startswith("A business that takes payment in advance"))
    assert answer.endswith("Consumer Rights Protection Law, Art. 53; Regulations for the Implementation of the "
                           "Consumer Rights Protection Law, Art. 22.")
    assert result.record.slots["consult_entry"] == "prepaid_refund"


async def test_question_without_a_good_answer_goes_to_an_agent_with_its_text(shipped: MenuSet,
                                                                             tmp_path: Path) -> None:
    result = await place_call(shipped, tmp_path, ["1", "3", "say: 我想订一张去上海的机票"])
    assert result.prompts[2:4] == ["consult_ask", "consult_no_answer"]
    assert consult_detail(result)["outcome"] == "no_answer"
    assert result.record.slots["consult_question"] == "我想订一张去上海的机票"
    assert "consult_entry" not in result.record.slots
    assert result.path[result.path.index("consult") + 1] == "agent_hours"
    assert "agent_national_queue" in result.path  # no region asked: the national centre
    assert result.record.speech[0].decision == "to_agent"


async def test_another_hotlines_question_hears_where_to_turn_then_goes_to_an_agent(shipped: MenuSet,
                                                                                      tmp_path: Path) -> None:
    result = await place_call(shipped, tmp_path, ["1", "3", "say: 公司 拖欠 我 三 个 月 工资 一直 不 发"])
    assert result.prompts[2:4] == ["consult_ask", "kb_refer_labour_disputes"]
    assert "12333" in result.heard[3] and "consult_no_answer" not in result.prompts
    detail = consult_detail(result)
    assert detail["outcome"] == "referred" and detail["referred"] == "refer_labour_disputes"
    assert result.record.slots["consult_question"] == "公司 拖欠 我 三 个 月 工资 一直 不 发"
    assert "consult_entry" not in result.record.slots
    assert result.path[result.path.index("consult") + 1] == "agent_hours"
    assert result.record.speech[0].decision == "to_agent"
    assert result.record.speech[0].value == "refer_labour_disputes"


async def test_words_the_recogniser_was_unsure_of_are_not_read_but_offered(shipped: MenuSet, tmp_path: Path) -> None:
    unsure = await place_call(shipped, tmp_path, ["1", "3", "say: 商家骗我能赔几倍 @0.3", "timeout"])
    assert "kb_fraud_three_fold" not in unsure.prompts
    assert unsure.prompts[3:6] == ["consult_offer", "kb_offered", "consult_offer_none"]
    assert consult_detail(unsure)["outcome"] == "no_answer" and "agent_hours" in unsure.path
    assert unsure.record.speech[0].value == "fraud_three_fold" and unsure.record.speech[0].decision == "offer"
    confirmed = await place_call(shipped, tmp_path, ["1", "3", "say: 商家骗我能赔几倍 @0.3", "1", "timeout"])
    assert confirmed.record.slots["consult_entry"] == "fraud_three_fold"
    sure = await place_call(shipped, tmp_path, ["1", "3", "say: 商家骗我能赔几倍 @0.8", "timeout"])
    assert sure.record.slots["consult_entry"] == "fraud_three_fold" and "consult_offer" not in sure.prompts


VAGUE = "买的东西坏了"  # close matches, none sure: offered as a list


def offered_for(text: str) -> list[str]:
    found = [Found(m.entry, m.score, m.confidence) for m in shipped_index().search(text, IN_MARCH.date(), 3)]
    chosen = plan(found, shipped_index().threshold)
    assert chosen.decision == Decision.OFFER and len(chosen.entries) >= 2, chosen
    return [f.entry.id for f in chosen.entries]


async def test_close_matches_are_offered_and_the_key_reads_the_chosen_answer(shipped: MenuSet,
                                                                             tmp_path: Path) -> None:
    offered = offered_for(VAGUE)
    result = await place_call(shipped, tmp_path, ["1", "3", f"say: {VAGUE}", "2", "timeout"], at=IN_MARCH)
    # the console caller presses the key after the list (over AGI and SIP a key stops it: test_consult_service)
    assert result.prompts[2:9] == ["consult_ask", "consult_offer", "kb_offered", "consult_offer_none",
                                   f"kb_{offered[1]}", "consult_after", "goodbye"]
    assert result.record.slots["consult_entry"] == offered[1]
    assert consult_detail(result) == {
        "answered": [offered[1]], "outcome": "answered",
        "question_menus": [{"topic": "", "offered": offered, "chosen": offered[1], "ended": "chosen"}]}
    assert result.record.speech[0].decision == "offer" and result.record.speech[0].value == offered[0]


async def test_the_offered_list_reads_each_question_with_its_key(shipped: MenuSet, tmp_path: Path) -> None:
    offered = offered_for(VAGUE)
    result = await place_call(shipped, tmp_path, ["1", "3", f"say: {VAGUE}", "timeout"], at=IN_MARCH)
    listed = result.heard[result.prompts.index("kb_offered")]
    catalog = shipped_index()
    expected = "".join(f"{catalog.entry(e).question.zh}请按{key}。"  # type: ignore[union-attr]
                       for key, e in zip("123", offered, strict=False))
    assert listed == expected
    # nothing pressed after the list: an agent, with the caller's words on the agent's screen
    assert result.prompts[result.prompts.index("kb_offered") + 1:][:2] == ["consult_offer_none", "consult_no_answer"]
    assert consult_detail(result)["question_menus"][0]["ended"] == "silence"
    assert result.record.slots["consult_question"] == VAGUE and "agent_hours" in result.path


async def test_none_of_the_offered_questions_goes_to_an_agent_with_the_text(shipped: MenuSet,
                                                                            tmp_path: Path) -> None:
    result = await place_call(shipped, tmp_path, ["1", "3", f"say: {VAGUE}", "0"], at=IN_MARCH)
    detail = consult_detail(result)
    assert detail["outcome"] == "no_answer" and detail["question_menus"][0]["ended"] == "agent_key"
    assert detail["question_menus"][0]["chosen"] is None and detail["answered"] == []
    assert result.record.slots["consult_question"] == VAGUE and "consult_entry" not in result.record.slots
    assert result.path[result.path.index("consult") + 1] == "agent_hours"


async def test_a_menu_without_an_offer_prompt_sends_close_matches_to_an_agent(shipped: MenuSet,
                                                                              tmp_path: Path) -> None:
    menu = shipped.menus["12315"]
    node = menu.nodes["consult"]
    plain = menu.model_copy(update={"nodes": {**menu.nodes, "consult": node.model_copy(
        update={"offer_prompt": None, "offer_none_prompt": None})}})
    without = MenuSet(version="plain", menus={**shipped.menus, "12315": plain}, files=shipped.files)
    result = await place_call(without, tmp_path, ["1", "3", f"say: {VAGUE}"], at=IN_MARCH)
    assert "consult_offer" not in result.prompts and "kb_offered" not in result.prompts
    assert result.prompts[3] == "consult_no_answer" and result.record.speech[0].decision == "to_agent"


async def test_a_key_reads_the_answer_of_the_day_when_the_rule_changed(shipped: MenuSet, tmp_path: Path) -> None:
    # other services: how soon 12315 accepts: Order No. 20 until 2026-04-14, Order No. 121 from 2026-04-15,
    # one question on one key, each day its own answer
    acceptance = question_keys("other_services", "complaint_acceptance_time")
    before = await place_call(shipped, tmp_path, ["1", "3", *acceptance, "timeout"], at=OPEN.replace(month=3, day=4))
    assert before.record.slots["consult_entry"] == "complaint_acceptance_time"
    assert "kb_complaint_acceptance_time" in before.prompts
    assert "kb_complaint_acceptance_time_2026" not in before.prompts
    after = await place_call(shipped, tmp_path, ["1", "3", *acceptance, "timeout"], at=AFTER_ORDER_121)
    assert after.record.slots["consult_entry"] == "complaint_acceptance_time_2026"
    assert "kb_complaint_acceptance_time_2026" in after.prompts and "kb_complaint_acceptance_time" not in after.prompts
    menus = consult_detail(after)["question_menus"]
    assert "complaint_acceptance_time_2026" in menus[-1]["offered"] and menus[-1]["chosen"] == (
        "complaint_acceptance_time_2026")


async def test_zero_or_silence_reaches_an_agent(shipped: MenuSet, tmp_path: Path) -> None:
    zero = await place_call(shipped, tmp_path, ["1", "3", "0"])
    assert consult_detail(zero)["outcome"] == "agent_key" and "agent_hours" in zero.path
    after_answer = await place_call(shipped, tmp_path, ["1", "3", "say: 健身房突然关门老板跑路了", "0"])
    assert consult_detail(after_answer) == {"answered": ["prepaid_shop_closed"], "outcome": "agent_after_answer",
                                            "question_menus": []}
    silent = await place_call(shipped, tmp_path, ["1", "3"] + ["timeout"] * 6)
    assert consult_detail(silent)["outcome"] == "silence" and "agent_hours" in silent.path
    assert silent.prompts.count("kb_topics") == 3  # each silence reads the topics before counting


class Collector:
    def __init__(self) -> None:
        self.ends: list[dict[str, Any]] = []

    async def emit(self, event_type: str, payload: dict[str, Any]) -> None:
        if event_type == "CALL_END":
            self.ends.append(payload)


@pytest_asyncio.fixture(loop_scope="function")
async def agi(tmp_path: Path, shipped: MenuSet) -> AsyncIterator[tuple[FastAgiServer, Collector]]:
    settings = Settings(data_dir=tmp_path / "data")
    events = Collector()
    server = FastAgiServer(
        handler=engine_handler(lambda: default_services(settings, events=events, clock=lambda: OPEN, menus=shipped)),
        sounds_dir=settings.sounds_dir, spool_dir=settings.spool_dir, command_timeout=5.0)
    await server.start("127.0.0.1", 0)
    yield server, events
    await server.close()


async def agi_call(server: FastAgiServer, events: Collector, keys: list[str]) -> tuple[PeerResult, dict[str, Any]]:
    uniqueid = f"1795963818.{len(events.ends)}"
    result = await call("127.0.0.1", server.port, CallerScript(keys=keys), callerid="13812345678",
                        uniqueid=uniqueid)
    for _ in range(100):
        ends = [e for e in events.ends if e["call_id"] == uniqueid]
        if ends:
            return result, ends[-1]
        await asyncio.sleep(0.01)
    raise AssertionError(f"no CALL_END: {result.commands}")


async def test_consultation_by_keys_through_the_agi_peer(agi: tuple[FastAgiServer, Collector]) -> None:
    server, events = agi
    # Mandarin, 咨询, the internet services topic, its seven-day return question, then hang up quietly
    result, record = await agi_call(server, events, ["1", "3", *question_keys("internet", "online_seven_day_return")])
    plays = [c for c in result.commands if c.startswith(("STREAM FILE", "GET DATA"))]
    assert any(c.startswith("STREAM FILE ivr/zh/knowledge/kb_online_seven_day_return") for c in plays), plays
    assert any("ivr/zh/knowledge/kb_topic_internet" in c for c in plays), plays
    assert any("ivr/zh/12315/consult_after" in c for c in plays), plays
    assert record["slots"]["consult_entry"] == "online_seven_day_return"
    consult = next(step for step in record["path"] if step["node"] == "consult")
    assert consult["detail"]["answered"] == ["online_seven_day_return"]
    (menu,) = consult["detail"]["question_menus"]
    assert (menu["topic"], menu["chosen"], menu["ended"]) == ("internet", "online_seven_day_return", "chosen")
    assert menu["offered"] == topic_questions("internet")
    assert record["outcome"] == "completed" and record["path"][-1]["node"] == "goodbye"
    assert result.verbs()[-1] == "HANGUP" and result.closed_by_server


async def test_agent_key_after_the_answer_through_the_agi_peer(agi: tuple[FastAgiServer, Collector]) -> None:
    server, events = agi
    result, record = await agi_call(server, events, ["1", "3", *question_keys("sales", "fraud_three_fold"), "0"])
    nodes = [step["node"] for step in record["path"]]
    assert record["slots"]["consult_entry"] == "fraud_three_fold"
    assert nodes[nodes.index("consult") + 1] == "agent_hours"
    assert any("ivr/zh/knowledge/kb_fraud_three_fold" in c for c in result.commands)


IN_MARCH = OPEN.replace(month=3, day=4)  # every question of the other services topic is valid then


async def stored(calls: list[Call], redis_client: aioredis.Redis, sessions: sessionmaker[Session],
                 stream: str) -> None:
    """The calls' events as the engine emitted them, through the Redis stream and the records writer."""
    sink = RedisEventSink(redis_client, stream=stream)
    for placed in calls:
        for event_type, payload in placed.events.events:
            await sink.emit(event_type, payload)
    stats = await RecordsWriter(redis_client, sessions, "k", consumer="w", stream=stream).drain()
    assert stats.dead_lettered == 0


async def test_entries_offered_in_a_key_menu_and_not_chosen_counted_from_sql(
        shipped: MenuSet, tmp_path: Path, redis_client: aioredis.Redis, sessions: sessionmaker[Session],
        stream: str) -> None:
    other_services, topic = topic_questions("other_services"), topic_key("other_services")
    assert len(other_services) >= 2
    second = other_services[1]
    picked = await place_call(shipped, tmp_path, ["1", "3", topic, "2", "timeout"], at=IN_MARCH)  # the second one
    hung_up = await place_call(shipped, tmp_path, ["1", "3", topic, "hangup"], at=IN_MARCH)
    agent = await place_call(shipped, tmp_path, ["1", "3", topic, "0"], at=IN_MARCH)
    for placed in (picked, hung_up, agent):
        assert "kb_topic_other_services" in placed.prompts, placed.prompts
    assert picked.record.slots["consult_entry"] == second
    assert hung_up.record.outcome == "caller_hangup" and hung_up.record.hangup_node == "consult"
    assert [consult_detail(c)["question_menus"][0]["ended"] for c in (picked, hung_up, agent)] == [
        "chosen", "hangup", "agent_key"]
    await stored([picked, hung_up, agent], redis_client, sessions, stream)

    day = picked.record.started_at.astimezone(SHANGHAI).date()  # the records keep when the call really started
    with sessions() as session:
        steps = consult_steps(session, day, day)
    assert len(steps) == 3
    figures = {f.entry: f for f in entry_figures(steps)}
    assert set(figures) == set(other_services)
    chosen = figures[second]
    assert (chosen.answered, chosen.offered, chosen.offered_not_chosen) == (1, 3, 2)
    for entry in other_services[:1] + other_services[2:]:
        assert (figures[entry].answered, figures[entry].offered, figures[entry].offered_not_chosen) == (0, 3, 3)
    assert chosen.as_dict()["offered_not_chosen"] == 2
    assert next(iter(figures)) == second  # the one answered first


async def test_records_from_before_the_menus_were_kept_still_count(tmp_path: Path) -> None:
    day = OPEN.date()
    old = ConsultStep.from_detail(day, {"answered": ["expired_food"], "outcome": "answered"})
    odd = ConsultStep.from_detail(day, {"answered": [], "outcome": "agent_key", "question_menus": [
        "not a menu", {"offered": "not a list"}, {"topic": "drugs", "offered": ["counterfeit_drugs", 7], "chosen": 3}]})
    figures = {f.entry: f for f in entry_figures([old, odd])}
    assert (figures["expired_food"].answered, figures["expired_food"].offered) == (1, 0)
    drugs = figures["counterfeit_drugs"]
    assert (drugs.answered, drugs.offered, drugs.offered_not_chosen) == (0, 1, 1)


async def test_a_question_list_left_without_a_choice_says_how(shipped: MenuSet, tmp_path: Path) -> None:
    # telecom has fewer questions than nine keys: silence at its list, then a key past its last question, then 0
    telecom = topic_key("telecom")
    beyond = str(len(topic_questions("telecom")) + 1)
    assert int(beyond) <= 9
    result = await place_call(shipped, tmp_path, ["1", "3", telecom, "timeout", telecom, beyond, "0"])
    detail = consult_detail(result)
    assert [(m["topic"], m["chosen"], m["ended"]) for m in detail["question_menus"]] == [
        ("telecom", None, "silence"), ("telecom", None, "invalid_key")]
    assert detail["outcome"] == "agent_key" and "agent_hours" in result.path
    assert result.prompts.count("kb_topic_telecom") == 2


async def test_every_entry_is_reached_by_keys_through_pages(shipped: MenuSet, tmp_path: Path) -> None:
    """Sixteen topics and a topic of seventeen questions: pages of eight, 9 for the next page."""
    catalog = shipped_index()
    assert len(catalog.topics()) > 9 and len(catalog.topic_entries("sales")) > 9  # the shipped base needs pages
    keyed = [e for topics in catalog.topic_pages() for c in topics for p in catalog.question_pages(c) for e in p]
    reachable = {version.id for day in (IN_MARCH.date(), AFTER_ORDER_121.date()) for e in keyed
                 if (version := catalog.version_on(e, day)) is not None}
    # on one day or another; another hotline's question is on no key menu
    assert reachable == {e.id for e in catalog.entries if not e.refers_elsewhere}
    last_page = catalog.topic_pages()[-1]
    far_topic = last_page[-1]
    far_entry = catalog.question_pages(far_topic)[-1][-1].id
    keys = question_keys(far_topic, far_entry)
    assert keys[0] == "9"
    # the caller waits for the topics, hears the first page, presses 9 for the second
    far = await place_call(shipped, tmp_path, ["1", "3", "timeout", *keys, "timeout"], at=IN_MARCH)
    assert far.record.slots["consult_entry"] == far_entry, far.prompts
    assert far.prompts[2:6] == ["consult_ask", "kb_topics", "kb_topics_p2", f"kb_topic_{far_topic}"]
    assert far.heard[3].endswith("更多分类请按9。") and "更多" not in far.heard[4]
    last_sales = catalog.question_pages("sales")[-1][-1].id
    deep = await place_call(shipped, tmp_path, ["1", "3", *question_keys("sales", last_sales), "timeout"],
                            at=IN_MARCH)
    assert deep.record.slots["consult_entry"] == last_sales
    assert [p for p in deep.prompts if p.startswith("kb_topic_sales")] == [
        "kb_topic_sales", "kb_topic_sales_p2", "kb_topic_sales_p3"]
    menus = consult_detail(deep)["question_menus"]
    assert [(m["ended"], m["chosen"]) for m in menus] == [("more", None), ("more", None), ("chosen", last_sales)]
    assert [m["offered"] for m in menus] == [[e.id for e in p] for p in catalog.question_pages("sales")]
    heard = deep.heard[deep.prompts.index("kb_topic_sales")]
    assert heard.endswith("更多问题请按9。") and "更多问题" not in deep.heard[deep.prompts.index("kb_topic_sales_p3")]


async def test_nine_on_the_last_page_is_not_a_page_but_a_key_that_chose_nothing(shipped: MenuSet,
                                                                                  tmp_path: Path) -> None:
    catalog = shipped_index()
    internet_pages = catalog.question_pages("internet")
    assert len(internet_pages) == 2 and len(internet_pages[-1]) < 9
    result = await place_call(shipped, tmp_path, ["1", "3", topic_key("internet"), "9", "9", "0"], at=IN_MARCH)
    menus = consult_detail(result)["question_menus"]
    assert [m["ended"] for m in menus] == ["more", "invalid_key"]
    assert "kb_topic_internet_p3" not in result.prompts


async def test_a_topic_on_the_second_page_by_keys_through_the_agi_peer(agi: tuple[FastAgiServer, Collector]) -> None:
    server, events = agi
    catalog = shipped_index()
    topic = catalog.topic_pages()[1][0]
    entry = catalog.question_pages(topic)[0][0].id
    result, record = await agi_call(server, events, ["1", "3", *question_keys(topic, entry)])
    plays = [c for c in result.commands if c.startswith(("STREAM FILE", "GET DATA"))]
    assert any("ivr/zh/knowledge/kb_topics_p2" in c for c in plays), plays
    assert any(c.startswith(f"STREAM FILE ivr/zh/knowledge/kb_{entry} ") for c in plays), plays
    assert record["slots"]["consult_entry"] == entry


async def test_nine_during_the_question_prompt_reads_the_second_page_of_topics(shipped: MenuSet,
                                                                               tmp_path: Path) -> None:
    second_page = shipped_index().topic_pages()[1]
    result = await place_call(shipped, tmp_path, ["1", "3", "9", "1", "timeout", "0"], at=IN_MARCH)
    assert result.prompts[2:5] == ["consult_ask", "kb_topics_p2", f"kb_topic_{second_page[0]}"]
    assert "kb_topics" not in result.prompts
