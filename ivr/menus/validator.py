"""Graph checks on a schema-valid menu: targets, reachability, dead ends, loops, slots, data."""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ivr.asr.grammars import grammar_names
from ivr.compose import reading_problem
from ivr.menus.loader import LoadedMenu, MenuError, load_menu_text
from ivr.menus.schema import (
    INPUT_KINDS,
    MOVED_SCHEDULE_KEYS,
    TERMINAL_KINDS,
    CallNode,
    CollectNode,
    ConditionNode,
    ConsultNode,
    HangupNode,
    LookupNode,
    Menu,
    MenuNode,
    PlayNode,
    QueueNode,
    RecordNode,
    ReturnNode,
    SetNode,
    StatusNode,
    TransferNode,
)
from ivr.refdata import centre_ids

BUILTIN_SLOTS = frozenset({"dnis", "caller", "language"})
MAX_ATTEMPTS = (1, 5)
MAX_COUNTER = (1, 10)
ErrFn = Callable[..., MenuError]


@dataclass(frozen=True)
class Edge:
    target: str
    field: str
    defines: frozenset[str] = frozenset()


def node_edges(node: object, menu: Menu) -> list[Edge]:
    """Outgoing edges of a node, each with the slots it has set when taken."""
    opts = menu.options
    edges: list[Edge] = []
    match node:
        case PlayNode(next=nxt) | SetNode(next=nxt) | RecordNode(next=nxt) | StatusNode(next=nxt):
            defines: frozenset[str] = frozenset()
            if isinstance(node, SetNode):
                defines = frozenset(node.values)
            if isinstance(node, RecordNode):
                defines = frozenset({node.slot})
            edges.append(Edge(nxt, "next", defines))
        case MenuNode():
            for i, choice in enumerate(node.choices):
                edges.append(Edge(choice.target, f"choices.{i}.target", frozenset(choice.set)))
        case CollectNode():
            edges.append(Edge(node.next, "next", frozenset({node.slot})))
            if node.fallback:
                edges.append(Edge(node.fallback, "fallback"))
        case ConditionNode():
            for i, branch in enumerate(node.branches):
                known = frozenset({branch.when.slot}) if branch.when.slot and branch.when.is_set else frozenset()
                edges.append(Edge(branch.target, f"branches.{i}.target", known))
            edges.append(Edge(node.otherwise, "otherwise"))
        case LookupNode():
            edges.append(Edge(node.found, "found", frozenset({node.slot})))
            edges.append(Edge(node.missing, "missing"))
        case QueueNode(next=nxt, answered=answered) if nxt or answered:
            if nxt:
                edges.append(Edge(nxt, "next"))
            if answered:
                edges.append(Edge(answered, "answered"))
        case TransferNode(on_failure=fail) if fail:
            edges.append(Edge(fail, "on_failure"))
        case CallNode():
            edges.append(Edge(node.target, "target"))
            edges.append(Edge(node.next, "next"))
        case ConsultNode():
            edges.append(Edge(node.next, "next"))
            edges.append(Edge(node.agent, "agent"))
            if node.on_failure:
                edges.append(Edge(node.on_failure, "on_failure"))
    if isinstance(node, MenuNode | CollectNode):
        failure = node.on_failure or opts.failure_target or opts.agent_target
        if failure:
            edges.append(Edge(failure, "on_failure"))
        if opts.agent_target and opts.agent_key:
            edges.append(Edge(opts.agent_target, "agent_key"))
    return edges


# Opening hours are the ACD's and holidays the national calendar's; a menu that still sets them
# is told where they went (the schema refuses the keys as unknown; this names the reason).
MOVED_TO: dict[str, tuple[str, str]] = {  # key -> (Mandarin, English)
    "hours": ("开放时间按受理中心设置，不在菜单里：请在 /admin 的“受理中心”表单或 queueing/centres.yaml 中修改，"
              "并删除菜单的 schedule.hours",
              "opening hours are set per answering centre, not in the menu: edit them in the centres form of "
              "/admin or in queueing/centres.yaml, and delete schedule.hours here"),
    "holidays": ("节假日以全国统一日历（/admin/calendar）和受理中心的开放时间为准；请删除菜单的 schedule.holidays",
                 "holidays come from the one national calendar (/admin/calendar) and the centres' hours "
                 "(/admin, centres form); delete schedule.holidays here"),
    "workdays": ("调休上班日以全国统一日历（/admin/calendar）为准；请删除菜单的 schedule.workdays",
                 "make-up working days come from the one national calendar (/admin/calendar); "
                 "delete schedule.workdays here"),
    "national_calendar": ("全国节假日日历始终适用（受理中心的开放时间按它计算）；"
                          "请删除菜单的 schedule.national_calendar",
                          "the national calendar always applies (the centres' hours follow it, "
                          "queueing/centres.yaml); delete schedule.national_calendar here"),
}
#: between the Mandarin and the English of an hours-moved message (ivr.menus.messages splits on it)
BOTH_LANGUAGES = " / "


def _moved(error: MenuError) -> MenuError:
    for key in MOVED_SCHEDULE_KEYS:
        if error.code == "schema" and error.message.startswith(f"schedule.{key}: Extra inputs"):
            zh, en = MOVED_TO[key]
            return MenuError(error.file, error.line, None, "hours-moved", f"schedule.{key}: {zh}{BOTH_LANGUAGES}{en}")
    return error


def validate_loaded(loaded: LoadedMenu) -> list[MenuError]:
    if loaded.menu is None:
        return [_moved(error) for error in loaded.errors]
    return list(_graph_errors(loaded, loaded.menu))


def validate_text(text: str, file: str = "<menu>") -> list[MenuError]:
    return validate_loaded(load_menu_text(text, file))


def _graph_errors(loaded: LoadedMenu, menu: Menu) -> Iterator[MenuError]:
    file = loaded.file

    def err(node: str | None, code: str, message: str, *path: object) -> MenuError:
        # fields may be dotted ("choices.1.target"): split them so the line lookup can walk in
        parts: tuple[object, ...] = tuple(
            int(p) if isinstance(p, str) and p.isdigit() else p
            for f in path for p in (f.split(".") if isinstance(f, str) else [f]))
        line = loaded.node_line(node, *parts) if node else loaded.lines.line_of(parts)
        return MenuError(file, line, node, code, message)

    nodes = menu.nodes
    edges = {nid: node_edges(n, menu) for nid, n in nodes.items()}

    # unknown targets (entry, options, edges)
    for dnis, target in {"default": menu.entry.default, **menu.entry.dnis}.items():
        if target not in nodes:
            yield err(None, "unknown-target", f"entry {dnis!r} goes to unknown node {target!r}", "entry")
    for field in ("agent_target", "failure_target"):
        target = getattr(menu.options, field)
        if target and target not in nodes:
            yield err(None, "unknown-target", f"options.{field} names unknown node {target!r}", "options", field)
    for nid, out in edges.items():
        for edge in out:
            if edge.target not in nodes and edge.field not in ("agent_key",) and not (
                edge.field == "on_failure" and isinstance(nodes[nid], MenuNode | CollectNode)
                and getattr(nodes[nid], "on_failure", None) is None
            ):
                yield err(nid, "unknown-target", f"{edge.field} goes to unknown node {edge.target!r}", edge.field)
    valid = {nid: [e for e in out if e.target in nodes] for nid, out in edges.items()}

    # reachability
    starts = [t for t in {menu.entry.default, *menu.entry.dnis.values()} if t in nodes]
    reachable = _reach(starts, valid)
    for nid in nodes:
        if nid not in reachable:
            yield err(nid, "unreachable", f"node {nid!r} cannot be reached from the entry")

    # dead ends: reachable nodes from which no terminal (or return inside a sub-menu) is reachable
    finishing = {nid for nid, n in nodes.items() if n.kind in TERMINAL_KINDS or isinstance(n, ReturnNode)}
    reverse: dict[str, list[str]] = {nid: [] for nid in nodes}
    for nid, out in valid.items():
        for edge in out:
            reverse[edge.target].append(nid)
    can_finish = _reach(list(finishing), {k: [Edge(t, "") for t in v] for k, v in reverse.items()})
    for nid in sorted(reachable - can_finish):
        yield err(nid, "dead-end", f"no path from {nid!r} ends in hangup, queue or transfer")

    # loops without caller input
    non_input = {nid for nid, n in nodes.items() if n.kind not in INPUT_KINDS}
    for cycle in _cycles_within(non_input, valid):
        yield err(cycle[0], "input-free-loop", "loop without caller input: " + " -> ".join(cycle))

    yield from _prompt_errors(menu, err)
    yield from _data_errors(menu, err)
    yield from _slot_errors(menu, valid, starts, err)


def _reach(starts: list[str], edges: dict[str, list[Edge]]) -> set[str]:
    seen: set[str] = set()
    stack = list(starts)
    while stack:
        nid = stack.pop()
        if nid in seen:
            continue
        seen.add(nid)
        stack.extend(e.target for e in edges.get(nid, []))
    return seen


def _cycles_within(allowed: set[str], edges: dict[str, list[Edge]]) -> list[list[str]]:
    """Strongly connected components (Tarjan) of the sub-graph on ``allowed`` that contain a cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for e in edges.get(v, []):
            w = e.target
            if w not in allowed:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp: list[str] = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            self_loop = any(e.target == v for e in edges.get(v, []))
            if len(comp) > 1 or self_loop:
                found.append(sorted(comp))

    for v in sorted(allowed):
        if v not in index:
            visit(v)
    return found


def _prompt_refs(menu: Menu) -> Iterator[tuple[str | None, str, str]]:
    opts = menu.options
    for field in ("timeout_prompt", "invalid_prompt"):
        if getattr(opts, field):
            yield None, f"options.{field}", getattr(opts, field)
    if menu.schedule.emergency.prompt:
        yield None, "schedule.emergency.prompt", menu.schedule.emergency.prompt
    for nid, node in menu.nodes.items():
        for field in ("prompt", "timeout_prompt", "invalid_prompt", "confirm_prompt", "unknown_prompt",
                      "after_prompt", "no_answer_prompt", "offer_prompt", "offer_none_prompt"):
            value = getattr(node, field, None)
            if value:
                yield nid, field, value


def _prompt_errors(menu: Menu, err: ErrFn) -> Iterator[MenuError]:
    for nid, field, pid in _prompt_refs(menu):
        if pid not in menu.prompts:
            yield err(nid, "unknown-prompt", f"{field} names unknown prompt {pid!r}", field)
    for pid, prompt in menu.prompts.items():
        missing = [lang for lang in menu.languages if not prompt.texts.get(lang, "").strip()]
        if missing:
            yield err(None, "missing-translation",
                       f"prompt {pid!r} has no text for {', '.join(missing)}", "prompts", pid)
        for lang, text in prompt.texts.items():
            for _, field_name, _, _ in string.Formatter().parse(text):
                if field_name and not re.fullmatch(r"[a-z][a-z0-9_]*", field_name):
                    yield err(None, "bad-placeholder",
                               f"prompt {pid!r} ({lang}) has placeholder {{{field_name}}}", "prompts", pid)
                elif field_name:
                    # said per call from pieces built ahead: every value needs a reading and labels
                    problem = reading_problem(field_name, menu.languages)
                    if problem:
                        yield err(None, "uncomposable-template",
                                   f"提示 {pid!r} ({lang}) 无法由预制片段组合 / prompt {pid!r} ({lang}) "
                                   f"cannot be composed from built pieces: {problem}", "prompts", pid)


def _data_errors(menu: Menu, err: ErrFn) -> Iterator[MenuError]:
    grammars = set(grammar_names())
    centres = set(centre_ids())
    opts = menu.options
    reserved = {k for k in (opts.repeat_key, opts.back_key, opts.agent_key) if k}
    for name, bounds in (("max_timeouts", MAX_COUNTER), ("max_invalid", MAX_COUNTER)):
        value = getattr(opts, name)
        if not bounds[0] <= value <= bounds[1]:
            yield err(None, "retry-bounds", f"options.{name}={value} outside {bounds[0]}..{bounds[1]}",
                       "options", name)
    for nid, node in menu.nodes.items():
        if isinstance(node, MenuNode | CollectNode):
            for name in ("max_timeouts", "max_invalid"):
                value = getattr(node, name)
                if value is not None and not MAX_COUNTER[0] <= value <= MAX_COUNTER[1]:
                    yield err(nid, "retry-bounds",
                               f"{name}={value} outside {MAX_COUNTER[0]}..{MAX_COUNTER[1]}", name)
        if isinstance(node, CollectNode):
            if not MAX_ATTEMPTS[0] <= node.max_attempts <= MAX_ATTEMPTS[1]:
                yield err(nid, "retry-bounds",
                           f"max_attempts={node.max_attempts} outside {MAX_ATTEMPTS[0]}..{MAX_ATTEMPTS[1]}",
                           "max_attempts")
            if node.grammar and node.grammar not in grammars:
                yield err(nid, "unknown-grammar", f"unknown grammar {node.grammar!r}", "grammar")
            if node.mode == "speech" and not node.grammar:
                yield err(nid, "unknown-grammar", "a speech question needs a grammar", "mode")
            if node.mode == "speech" and not node.fallback:
                yield err(nid, "speech-without-fallback",
                           "every speech question needs a key-path fallback node", "mode")
            if node.min_digits > node.max_digits:
                yield err(nid, "schema", "min_digits is larger than max_digits", "min_digits")
        if isinstance(node, MenuNode):
            keys = [c.key for c in node.choices]
            for key in sorted({k for k in keys if keys.count(k) > 1}):
                again = keys.index(key, keys.index(key) + 1)
                yield err(nid, "duplicate-key", f"key {key!r} is used twice", "choices", again, "key")
            for key in sorted(set(keys) & reserved):
                yield err(nid, "reserved-key", f"key {key!r} is the menu-wide repeat/back/agent key",
                          "choices", keys.index(key), "key")
        if isinstance(node, QueueNode):
            if node.centre and node.centre not in centres:
                yield err(nid, "unknown-centre", f"unknown centre {node.centre!r}", "centre")
            if not node.centre and not node.centre_slot:
                yield err(nid, "unknown-centre", "a queue needs centre or centre_slot", "kind")
        if isinstance(node, HangupNode | PlayNode | TransferNode):
            continue


def _slot_uses(node: object) -> list[tuple[str, str]]:
    uses: list[tuple[str, str]] = []
    templated: list[tuple[str, str]]
    if isinstance(node, QueueNode) and node.centre_slot:
        uses.append((node.centre_slot, "centre_slot"))
    if isinstance(node, StatusNode):
        uses.append((node.slot, "slot"))
    templated = []
    if isinstance(node, SetNode):
        templated = [("values", v) for v in node.values.values()]
    if isinstance(node, MenuNode):
        templated = [(f"choices.{i}.set", v) for i, c in enumerate(node.choices) for v in c.set.values()]
    for field, value in templated:
        for _, name, _, _ in string.Formatter().parse(value):
            if name:
                uses.append((name, field))
    if isinstance(node, ConditionNode):
        for i, branch in enumerate(node.branches):
            if branch.when.slot and branch.when.is_set is None:
                uses.append((branch.when.slot, f"branches.{i}.when"))
    return uses


def _slot_errors(menu: Menu, edges: dict[str, list[Edge]], starts: list[str], err: ErrFn) -> Iterator[MenuError]:
    """Must-be-set data flow: a slot is used only if every path to the use has set it."""
    nodes = menu.nodes
    all_slots = frozenset(BUILTIN_SLOTS | {s for out in edges.values() for e in out for s in e.defines})
    state: dict[str, frozenset[str]] = {nid: all_slots for nid in nodes}
    for s in starts:
        state[s] = frozenset(BUILTIN_SLOTS)
    returns_of: dict[str, list[str]] = {}
    for nid, node in nodes.items():
        if isinstance(node, CallNode):
            sub = _reach([node.target], edges)
            returns_of[nid] = [r for r in sub if isinstance(nodes[r], ReturnNode)]
    changed = True
    rounds = 0
    while changed and rounds < 10 * len(nodes) + 10:
        changed = False
        rounds += 1
        incoming: dict[str, list[frozenset[str]]] = {nid: [] for nid in nodes}
        for s in starts:
            incoming[s].append(frozenset(BUILTIN_SLOTS))
        for nid, out in edges.items():
            for edge in out:
                have = state[nid] | edge.defines
                if isinstance(nodes[nid], CallNode) and edge.field == "next":
                    rets = returns_of.get(nid, [])
                    if rets:
                        have = state[nid] | frozenset.intersection(*(state[r] for r in rets))
                incoming[edge.target].append(have)
        for nid in nodes:
            new = frozenset.intersection(*incoming[nid]) if incoming[nid] else all_slots
            if new != state[nid]:
                state[nid] = new
                changed = True
    reachable = _reach(starts, edges)
    for nid in sorted(reachable):
        for slot, field in _slot_uses(nodes[nid]):
            if slot not in state[nid]:
                yield err(nid, "slot-before-set", f"slot {slot!r} may be unset here", field)
