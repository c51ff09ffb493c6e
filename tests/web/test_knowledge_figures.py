"""Per-entry and self-service figures from the call records: consultations made through the
engine (console caller, shipped menu, scripted keys and words), their events through a real Redis
stream and the real records writer into SQLite, then GET /api/knowledge/figures and the admin
page's numbers computed from those rows."""

from __future__ import annotations

from datetime import datetime

import pytest
from fastapi.testclient import TestClient

from ivr.menus.menuset import MenuSet, load_menu_dir
from ivr.settings import SHIPPED_MENUS_DIR, Settings
from tests.engine.calls import SHANGHAI
from tests.knowledge.keys import question_keys, topic_key, topic_questions
from tests.web.calls import place_calls

AT = datetime(2026, 3, 3, 10, 0, tzinfo=SHANGHAI)  # the engine's clock: a Tuesday morning, open
RETURN = "say: 网上买的东西七天内可以退吗"
FOOD = topic_questions("general_food")  # the food topic's questions, in key order
SCRIPTS = [
    ["1", "3", RETURN, "timeout"],                                 # answered, done: self-served
    ["1", "3", RETURN, "0", "timeout", "timeout", "timeout"],      # answered, then 0: an agent
    ["1", "3", "say: 我想订一张去上海的机票", "timeout", "timeout"],  # no good answer: an agent
    ["1", "3", "say: 退货的快递费应该谁出", "2", RETURN, "timeout"],  # two answers, done
    ["1", "1", "timeout", "timeout", "timeout", "timeout"],        # a complaint: not a consultation
    ["1", "3", topic_key("general_food"), "hangup"],  # food's questions read, then the caller hung up
    ["1", "3", *question_keys("general_food", "expired_food"), "timeout"],  # food's again: expired food read, done
]


@pytest.fixture(scope="module")
def shipped() -> MenuSet:
    return load_menu_dir(SHIPPED_MENUS_DIR)


def test_figures_from_calls_through_the_engine(admin_client: TestClient, web_settings: Settings,
                                               shipped: MenuSet) -> None:
    calls = place_calls(web_settings, shipped, SCRIPTS, AT)
    today = datetime.now(SHANGHAI).date()  # the records keep when the call really started
    assert [c["path"].count("consult") for c in calls] == [1, 1, 1, 1, 0, 1, 1]
    assert calls[1]["record"]["path"][4]["detail"] == {"answered": ["online_seven_day_return"],
                                                        "outcome": "agent_after_answer", "question_menus": []}
    reply = admin_client.get("/api/knowledge/figures")  # the last 30 days
    assert reply.status_code == 200, reply.text
    body = reply.json()
    per_entry = {f["entry"]: f for f in body["entries"]}
    assert set(per_entry) == {"online_seven_day_return", "return_shipping_cost", *FOOD}
    ret = per_entry["online_seven_day_return"]
    assert (ret["answered"], ret["then_agent"], ret["self_service_rate"]) == (3, 1, 0.667)
    assert (ret["offered"], ret["offered_not_chosen"]) == (0, 0)  # asked by voice: no key menu read
    assert ret["question"]["zh"].startswith("网上买的东西")
    ship = per_entry["return_shipping_cost"]
    assert (ship["answered"], ship["then_agent"], ship["self_service_rate"]) == (1, 0, 1.0)
    expired = per_entry["expired_food"]
    assert (expired["answered"], expired["offered"], expired["offered_not_chosen"]) == (1, 2, 1)
    assert "expired_food" in FOOD
    for passed_over in (per_entry[e] for e in FOOD if e != "expired_food"):
        assert (passed_over["answered"], passed_over["offered"], passed_over["offered_not_chosen"],
                passed_over["self_service_rate"]) == (0, 2, 2, None)
    assert [f["entry"] for f in body["entries"]][:2] == ["online_seven_day_return", "expired_food"]
    assert body["end"] == today.isoformat()
    assert body["days"] == [{"day": today.isoformat(), "consultations": 6, "self_served": 3, "to_agent": 2,
                             "self_service_rate": 0.5}]
    other = admin_client.get("/api/knowledge/figures", params={"start": "2026-03-01", "end": "2026-03-31"}).json()
    assert other["entries"] == [] and other["days"] == []


def test_figures_refuse_a_bad_period(admin_client: TestClient) -> None:
    backwards = admin_client.get("/api/knowledge/figures", params={"start": "2026-03-31", "end": "2026-03-01"})
    assert backwards.status_code == 422 and backwards.json()["detail"]["zh"].startswith("日期范围有误")
    assert admin_client.get("/api/knowledge/figures", params={"start": "2026-13-01"}).status_code == 422
    too_long = admin_client.get("/api/knowledge/figures", params={"start": "2024-01-01", "end": "2026-01-01"})
    assert too_long.status_code == 422


def test_figures_are_not_for_agents(agent_client: TestClient) -> None:
    assert agent_client.get("/api/knowledge/figures").status_code == 403
