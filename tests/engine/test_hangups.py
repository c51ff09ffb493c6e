"""A caller who hangs up anywhere leaves a complete record saying where; a bug in a node keeps the record."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from ivr.menus.menuset import MenuSet, build_menuset, load_menu_dir
from ivr.menus.schema import INPUT_KINDS, CollectNode, Menu, MenuNode
from ivr.menus.validator import node_edges
from ivr.settings import SHIPPED_MENUS_DIR
from tests.engine.calls import (
    BEIJING_FIXED,
    CLOSED,
    MOBILE,
    OPEN,
    Call,
    EventList,
    HangupOnPrompt,
    place_call,
)

MENU: Menu = load_menu_dir(SHIPPED_MENUS_DIR).menus["12315"]
CONFIGS = [("12315", caller, at) for caller in (BEIJING_FIXED, MOBILE) for at in (OPEN, CLOSED)] + [
    (dnis, BEIJING_FIXED, OPEN) for dnis in sorted(MENU.entry.dnis) if dnis != "12315"]


def reachable_nodes(menu: Menu) -> set[str]:
    """Nodes a caller reaches without an agent: the closing words after an agent hung up
    (a queue's ``answered`` edge) need a real ACD and are covered in tests/agi."""
    seen: set[str] = set()
    stack = [menu.entry.default, *menu.entry.dnis.values()]
    while stack:
        nid = stack.pop()
        if nid not in seen:
            seen.add(nid)
            stack.extend(edge.target for edge in node_edges(menu.nodes[nid], menu) if edge.field != "answered")
    return seen


INPUT_NODES = sorted(n for n in reachable_nodes(MENU) if MENU.nodes[n].kind in INPUT_KINDS)


def node_prompt(node: Any) -> str | None:
    return getattr(node, "prompt", None) or getattr(node, "unknown_prompt", None)


PROMPT_NODES = sorted(n for n in reachable_nodes(MENU)
                      if MENU.nodes[n].kind not in INPUT_KINDS and node_prompt(MENU.nodes[n]))


def candidate_inputs(node: Any) -> list[list[str]]:
    """Inputs that move a caller on from ``node`` to somewhere else (derived from the node)."""
    if isinstance(node, MenuNode):
        return [[c.key] for c in node.choices] + [["0"]]
    if isinstance(node, CollectNode):
        if node.grammar == "province":
            found = [["44"]]
            if node.mode == "speech":
                found.append(["say: 我不知道", "say: 我不知道"])  # twice no match: the key fallback
            return found
        return [["1" * node.min_digits + "#"]]
    return [["statement: 测试"]]


async def _discover(menus: MenuSet, data_dir: Path) -> dict[str, tuple[str, str, datetime, list[str]]]:
    """Breadth-first search over scripts: the shortest script that leaves a caller waiting at each node."""
    found: dict[str, tuple[str, str, datetime, list[str]]] = {}
    for dnis, caller, at in CONFIGS:
        frontier: list[list[str]] = [[]]
        seen: set[str] = set()
        while frontier:
            script = frontier.pop(0)
            call = await place_call(menus, data_dir, list(script), dnis=dnis, caller=caller, at=at)
            node = call.record.hangup_node
            if node is None or node in seen:
                continue
            seen.add(node)
            found.setdefault(node, (dnis, caller, at, script))
            for extra in candidate_inputs(MENU.nodes[node]):
                frontier.append(script + extra)
    return found


@pytest.fixture(scope="module")
def scripts_to_nodes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str, datetime, list[str]]]:
    menus = load_menu_dir(SHIPPED_MENUS_DIR)
    return asyncio.run(_discover(menus, tmp_path_factory.mktemp("discover")))


def test_the_shipped_menu_has_input_nodes_of_every_input_kind() -> None:
    assert {MENU.nodes[n].kind for n in INPUT_NODES} == set(INPUT_KINDS)
    assert len(INPUT_NODES) >= 12


def test_every_input_node_can_be_reached(scripts_to_nodes: dict[str, Any]) -> None:
    assert sorted(scripts_to_nodes) == INPUT_NODES


def assert_complete(call: Call, node: str) -> None:
    record = call.record
    # a queue attempt that was not answered is kept in record.queue; the outcome is the hangup
    assert record.outcome == "caller_hangup", (node, record.outcome, record.hangup_reason)
    assert record.hangup_node == node
    assert record.hangup_reason
    assert record.ended_at is not None and record.ended_at >= record.started_at
    assert record.path and record.path[-1].node == node
    assert record.path[-1].result == "hangup"
    assert all(step.result for step in record.path)
    assert [e for e, _ in call.events.events] == ["CALL_START", "CALL_END"]
    end = call.events.events[-1][1]
    assert end["outcome"] == "caller_hangup" and end["hangup_node"] == node


@pytest.mark.parametrize("node", INPUT_NODES)
async def test_hangup_at_each_input_node(node: str, scripts_to_nodes: dict[str, Any], shipped: MenuSet,
                                         data_dir: Path) -> None:
    dnis, caller, at, script = scripts_to_nodes[node]
    call = await place_call(shipped, data_dir, [*script, "hangup", "1", "1"], dnis=dnis, caller=caller, at=at)
    assert_complete(call, node)
    assert call.channel.script == ["1", "1"], "nothing is asked after the hangup"


@pytest.mark.parametrize("node", PROMPT_NODES)
async def test_hangup_while_a_prompt_plays(node: str, shipped: MenuSet, data_dir: Path,
                                           scripts_to_nodes: dict[str, Any]) -> None:
    prompt = node_prompt(MENU.nodes[node])
    assert prompt
    # long scripts that pass through the node: a complete call open and closed, and an agent request
    scripts = [
        ("12315", BEIJING_FIXED, OPEN, ["1", "1", "1", "1", "1", "statement: x"]),
        ("12315", BEIJING_FIXED, CLOSED, ["1", "1", "1", "1", "1", "statement: x"]),
        ("12315", MOBILE, OPEN, ["1", "0"]),
        ("12315", MOBILE, OPEN, ["1", "1", "44", "0"]),
        ("12315", MOBILE, OPEN, ["1", "4", "123456#", "2"]),
    ]
    for dnis, caller, at, script in scripts:
        probe = await place_call(shipped, data_dir, list(script), dnis=dnis, caller=caller, at=at)
        if prompt in probe.prompts and node in probe.path:
            break
    else:
        emergency = await place_call(shipped, data_dir, [], emergency_override=True)
        assert node in emergency.path, f"no script passes through {node}"
        dnis, caller, at, script = "12315", MOBILE, OPEN, []
    spool = data_dir / "spool"
    channel = HangupOnPrompt(dnis, caller, spool, script=list(script), hangup_prompt=prompt)
    call = await place_call(shipped, data_dir, [], channel=channel, at=at, emergency_override=True)
    assert call.prompts[-1] == prompt
    assert_complete(call, node)


# --- bugs in nodes ---------------------------------------------------------------------------

BUGGY = """
menu: buggy
entry: {default: hello}
prompts:
  hi: {zh: 你好, en: Hello}
nodes:
  hello:
    kind: play
    prompt: hi
    next: back
  back:
    kind: return
"""


async def test_a_bug_in_a_node_ends_the_call_with_an_error_and_keeps_the_record(data_dir: Path) -> None:
    menus = build_menuset({"buggy.yaml": BUGGY}, "b1")  # the validator lets a bare return through
    call = await place_call(menus, data_dir, [], dnis="99999")
    record = call.record
    assert record.outcome == "error"
    assert record.hangup_node == "back"
    assert record.hangup_reason and "return without a sub-menu call" in record.hangup_reason
    assert [s.node for s in record.path] == ["hello", "back"]
    assert record.ended_at is not None
    assert call.channel.hung_up, "the engine hangs up the channel"
    assert [e for e, _ in call.events.events] == ["CALL_START", "CALL_END"]
    assert call.events.events[-1][1]["outcome"] == "error"


class BrokenCases:
    async def case_status(self, ticket: str, language: str) -> str | None:
        raise ConnectionError("records database is down")


async def test_a_failing_service_is_an_error_not_a_crash(shipped: MenuSet, data_dir: Path) -> None:
    call = await place_call(shipped, data_dir, ["1", "4", "12345678#"], cases=BrokenCases())
    assert call.record.outcome == "error"
    assert call.record.hangup_node == "case_status"
    assert "ConnectionError" in (call.record.hangup_reason or "")
    assert call.record.slots["ticket"] == "12345678"


class FailingSink(EventList):
    async def emit(self, event_type: str, payload: dict[str, Any]) -> None:
        await super().emit(event_type, payload)
        raise ConnectionError("redis is gone")


async def test_lost_event_stream_does_not_drop_the_caller(shipped: MenuSet, data_dir: Path) -> None:
    sink = FailingSink()
    call = await place_call(shipped, data_dir, ["1", "1", "1", "1", "1", "statement: x"], caller=BEIJING_FIXED,
                            events=sink)
    assert call.record.outcome == "callback_promised"
    assert [e for e, _ in sink.events] == ["CALL_START", "CALL_END"]


# --- transfer, sub-menus -------------------------------------------------------------------------

TRANSFER = """
menu: xfer
entry: {default: ask}
prompts:
  ask: {zh: 转接请按1, en: Press 1 to transfer}
  sorry: {zh: 无人接听, en: No answer}
nodes:
  ask:
    kind: menu
    prompt: ask
    choices:
      - {key: "1", target: out}
  out:
    kind: transfer
    destination: PJSIP/12345@trunk
    on_failure: sorry
  sorry:
    kind: hangup
    prompt: sorry
    outcome: closed
"""


@pytest.mark.parametrize(("script", "outcome", "last"), [
    (["1"], "transferred", "out"),
    (["1", "dial:noanswer"], "closed", "sorry"),
])
async def test_transfer(data_dir: Path, script: list[str], outcome: str, last: str) -> None:
    menus = build_menuset({"xfer.yaml": TRANSFER}, "t1")
    call = await place_call(menus, data_dir, script, dnis="1")
    assert call.record.outcome == outcome
    assert call.path[-1] == last
    assert call.steps("out")[0].detail["dial_status"] in ("ANSWER", "NOANSWER")
