"""Failures per node by kind (timeouts, invalid input, speech rejected) in the flow figures, from a
known set of calls made through the real engine with scripted inputs and stored by the records writer."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from fastapi.testclient import TestClient

from ivr.menus.store import MenuStore
from tests.web.calls import place_calls

BEIJING = ZoneInfo("Asia/Shanghai")
NO_FAILURES = {"timeout": 0, "invalid": 0, "speech_rejected": 0}
SCRIPTS = [
    # no key at the welcome (it allows one timeout, then goes on), a wrong key at the service menu, hang up
    ["", "9", "hangup"],
    # two wrong keys at the service menu, hang up
    ["1", "9", "9", "hangup"],
    # words the service menu does not know, hang up
    ["1", "say: 天气", "hangup"],
    # the region said twice, not understood (the guess declined each time): keys instead; a region code
    # that does not exist; hang up
    ["1", "1", "2", "say: 火星", "2", "say: 火星", "2", "99", "hangup"],
    # three timeouts at the service menu: sent on to an agent (no queue here: a callback)
    ["1", "", "", "", "hangup"],
]


def test_failures_per_node_by_kind_from_calls_through_the_engine(admin_client: TestClient) -> None:
    settings = admin_client.app.state.web.settings  # type: ignore[attr-defined]
    menus = MenuStore(settings).current()
    results = place_calls(settings, menus, SCRIPTS, datetime(2026, 11, 30, 10, 0, tzinfo=BEIJING))
    assert [r["hangup_node"] for r in results] == ["service_menu", "service_menu", "service_menu", "region_keys",
                                                   None]
    today = datetime.now(BEIJING).date().isoformat()
    flow = admin_client.get("/api/menus/flow", params={"start": today, "end": today, "version": 1,
                                                       "menu": "12315"}).json()
    assert flow["calls"] == 5
    nodes = flow["nodes"]
    assert nodes["welcome"]["failures"] == {"timeout": 1, "invalid": 0, "speech_rejected": 0}
    assert nodes["welcome"]["gave_up"] == 1 and nodes["welcome"]["visits"] == 5
    assert nodes["service_menu"]["failures"] == {"timeout": 3, "invalid": 3, "speech_rejected": 1}
    assert nodes["service_menu"]["gave_up"] == 1 and nodes["service_menu"]["hangups"] == 3
    assert nodes["region_ask"]["failures"] == {"timeout": 0, "invalid": 0, "speech_rejected": 2}
    assert nodes["region_ask"]["gave_up"] == 0  # the speech fallback is the way on, not giving up
    assert nodes["region_keys"]["failures"] == {"timeout": 0, "invalid": 1, "speech_rejected": 0}
    assert nodes["region_keys"]["hangups"] == 1
    for quiet in ("hours_check", "region_confirm", "agent_hours"):
        assert nodes[quiet]["failures"] == NO_FAILURES and nodes[quiet]["gave_up"] == 0
    assert {"from": "service_menu", "to": "agent_hours", "count": 1} in flow["edges"]
    assert {"from": "region_ask", "to": "region_keys", "count": 1} in flow["edges"]


RETURN = "say: 网上买的东西七天内可以退吗"
CONSULT_SCRIPTS = [
    ["1", "3", RETURN, "timeout"],                                 # answered, done: self-served
    ["1", "3", RETURN, "0", "timeout", "timeout", "timeout"],      # answered, then 0: an agent
    ["1", "3", "say: 我想订一张去上海的机票", "timeout", "timeout"],  # no good answer: an agent
    ["1", "3", "say: 退货的快递费应该谁出", "2", RETURN, "timeout"],  # two answers, done
    ["1", "3", RETURN, "timeout"],                                 # answered, done: self-served
    ["1", "1", "timeout", "timeout", "timeout", "timeout"],        # a complaint: not a consultation
]


def test_consult_node_figures_from_calls_through_the_engine(admin_client: TestClient) -> None:
    settings = admin_client.app.state.web.settings  # type: ignore[attr-defined]
    menus = MenuStore(settings).current()
    results = place_calls(settings, menus, CONSULT_SCRIPTS, datetime(2026, 3, 3, 10, 0, tzinfo=BEIJING))
    assert [r["path"].count("consult") for r in results] == [1, 1, 1, 1, 1, 0]
    today = datetime.now(BEIJING).date().isoformat()
    flow = admin_client.get("/api/menus/flow", params={"start": today, "end": today, "version": 1,
                                                       "menu": "12315"}).json()
    assert flow["calls"] == 6
    consult = flow["nodes"]["consult"]
    assert consult["visits"] == 5
    assert consult["consult"] == {
        "consultations": 5, "self_served": 3, "to_agent": 2, "self_service_rate": 0.6,
        "days": [{"day": today, "consultations": 5, "self_served": 3, "to_agent": 2, "self_service_rate": 0.6}]}
    # the same figures as the supervisor's report for that day
    report = admin_client.get("/api/knowledge/figures", params={"start": today, "end": today}).json()
    assert report["days"] == consult["consult"]["days"]
    assert all("consult" not in figures for node, figures in flow["nodes"].items() if node != "consult")
    other_day = admin_client.get("/api/menus/flow", params={"start": "2026-03-01", "end": "2026-03-02",
                                                            "version": 1, "menu": "12315"}).json()
    assert other_day["calls"] == 0 and "consult" not in other_day["nodes"]
