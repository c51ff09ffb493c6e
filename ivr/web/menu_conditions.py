"""A ``condition`` node's tests by form: each branch is a test the schema knows (open, holiday,
emergency, the dialled number, a slot's value) with its values chosen from the catalogue
(ivr.web.menu_slots), and a target chosen from the file's nodes; ``otherwise`` likewise.

The form's branch: ``{"test": {"kind": "open", "value": false}, "target": "closed_notice"}``; a
number test has ``numbers``; a slot test has ``slot``, ``op`` (equals, in, is_set, not_set) and
``value`` (equals) or ``values`` (in).
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from ivr.web.field_refusal import FieldError, FieldRefused
from ivr.web.menu_admin import DraftError, edit_yaml, load_yaml
from ivr.web.menu_slots import SLOT_OPS, SLOT_WORDS, TEST_KINDS, Catalogue, catalogue

MAX_BRANCHES = 20
BOOL_KINDS = ("open", "holiday", "emergency")


def _condition(files: dict[str, str], name: str, node_id: str) -> dict[str, Any]:
    if name not in files:
        raise DraftError(f"no menu file {name!r} / 没有菜单文件 {name}")
    node = (load_yaml(name, files[name]).get("nodes") or {}).get(node_id)
    if not isinstance(node, dict):
        raise DraftError(f"{name}: no node {node_id!r} / 没有节点 {node_id}")
    if node.get("kind") != "condition":
        raise DraftError(f"{node_id} is a {node.get('kind')} node, not a condition / {node_id} 不是条件节点")
    return node


def when_as_form(when: Any) -> dict[str, Any]:
    """A YAML ``when`` as the form's test."""
    when = when if isinstance(when, dict) else {}
    for kind in BOOL_KINDS:
        if kind in when:
            return {"kind": kind, "value": bool(when[kind])}
    if "dnis" in when:
        return {"kind": "dnis", "numbers": [str(n) for n in when.get("dnis") or []]}
    test: dict[str, Any] = {"kind": "slot", "slot": str(when.get("slot", ""))}
    if "equals" in when:
        test.update(op="equals", value=str(when["equals"]))
    elif "in" in when:
        test.update(op="in", values=[str(v) for v in when.get("in") or []])
    else:
        test["op"] = "is_set" if when.get("is_set", True) else "not_set"
    return test


def condition_form(files: dict[str, str], name: str, node_id: str) -> dict[str, Any]:
    node = _condition(files, name, node_id)
    return {"branches": [{"test": when_as_form(b.get("when")), "target": str(b.get("target", ""))}
                         for b in node.get("branches") or [] if isinstance(b, dict)],
            "otherwise": str(node.get("otherwise", ""))}


def _branch_words(index: int, part: str) -> tuple[str, str]:
    zh = {"kind": "条件", "value": "取值", "numbers": "号码", "slot": "信息项", "op": "比较方式",
          "values": "取值", "target": "去往"}[part]
    en = {"kind": "test", "value": "value", "numbers": "numbers", "slot": "slot", "op": "comparison",
          "values": "values", "target": "goes to"}[part]
    return f"条件分支 {index + 1} 的{zh}", f"branch {index + 1}, {en}"


def _slot_when(test: dict[str, Any], index: int, cat: Catalogue, bad: list[FieldError]) -> dict[str, Any]:
    def refuse(part: str, zh: str, en: str) -> None:
        bad.append(FieldError(f"branches.{index}.{part}", *_branch_words(index, part), zh, en))

    slot_name = str(test.get("slot") or "")
    slot = cat.slots.get(slot_name)
    if slot is None:
        refuse("slot", f"没有信息项“{slot_name}”，请从列表中选择",
               f"there is no slot {slot_name!r}; choose one from the list")
        return {}
    op = str(test.get("op") or "")
    if op not in SLOT_OPS:
        refuse("op", "请选择比较方式", "choose how to compare")
        return {}
    if op in ("is_set", "not_set"):
        return {"slot": slot_name, "is_set": op == "is_set"}
    words = SLOT_WORDS.get(slot_name, (slot_name, slot_name))
    if not slot.values:
        refuse("op", f"“{words[0]}”没有可选的取值，只能检查是否已填写",
               f"the {words[1]} has no values to choose from; test only whether it is set")
        return {}
    chosen = [str(test.get("value") or "")] if op == "equals" else [str(v) for v in test.get("values") or []]
    part = "value" if op == "equals" else "values"
    if not chosen or chosen == [""]:
        refuse(part, "请选择取值", "choose a value")
        return {}
    unknown = [v for v in chosen if not slot.knows(v)]
    if unknown:
        refuse(part, f"“{words[0]}”没有取值“{unknown[0]}”", f"the {words[1]} has no value {unknown[0]!r}")
        return {}
    return {"slot": slot_name, "equals": chosen[0]} if op == "equals" else {"slot": slot_name, "in": chosen}


def _when(test: Any, index: int, cat: Catalogue, bad: list[FieldError]) -> dict[str, Any]:
    test = test if isinstance(test, dict) else {}
    kind = str(test.get("kind") or "")
    if kind not in TEST_KINDS:
        bad.append(FieldError(f"branches.{index}.kind", *_branch_words(index, "kind"),
                              "请从列表中选择条件", "choose a test from the list"))
        return {}
    if kind in BOOL_KINDS:
        value = test.get("value")
        if not isinstance(value, bool):
            bad.append(FieldError(f"branches.{index}.value", *_branch_words(index, "value"), "请选择“是”或“否”",
                                  "choose yes or no"))
            return {}
        return {kind: value}
    if kind == "dnis":
        numbers = [str(n) for n in test.get("numbers") or []]
        unknown = [n for n in numbers if n not in cat.numbers]
        if not numbers or unknown:
            zh = f"本菜单没有号码 {unknown[0]}" if unknown else "请至少选择一个号码"
            en = f"this menu answers no number {unknown[0]}" if unknown else "choose at least one number"
            bad.append(FieldError(f"branches.{index}.numbers", *_branch_words(index, "numbers"), zh, en))
            return {}
        return {"dnis": numbers}
    return _slot_when(test, index, cat, bad)


def _target(value: Any, field: str, zh_field: str, en_field: str, cat: Catalogue, bad: list[FieldError]) -> str:
    target = str(value or "")
    if target not in cat.node_ids:
        bad.append(FieldError(field, zh_field, en_field, f"没有节点“{target}”，请从列表中选择",
                              f"there is no node {target!r}; choose one from the list"))
    return target


def _flow(when: dict[str, Any]) -> CommentedMap:
    """``{slot: category, equals: food}`` on one line; numbers quoted (YAML would read them as ints)."""
    def scalar(value: Any) -> Any:
        return DoubleQuotedScalarString(value) if isinstance(value, str) and value.isdigit() else value

    out = CommentedMap()
    for key, value in when.items():
        if isinstance(value, list):
            seq = CommentedSeq([scalar(v) for v in value])
            seq.fa.set_flow_style()
            out[key] = seq
        else:
            out[key] = scalar(value)
    out.fa.set_flow_style()
    return out


def set_condition(files: dict[str, str], name: str, node_id: str, branches: list[dict[str, Any]],
                  otherwise: str) -> dict[str, str]:
    """The draft with the condition's branches and otherwise replaced; FieldRefused names each bad field."""
    _condition(files, name, node_id)
    cat = catalogue(files, name)
    bad: list[FieldError] = []
    if not 1 <= len(branches) <= MAX_BRANCHES:
        bad.append(FieldError("branches", "条件分支", "branches", f"需要 1 到 {MAX_BRANCHES} 个条件分支",
                              f"a condition has 1 to {MAX_BRANCHES} branches"))
    wanted = []
    for index, branch in enumerate(branches[:MAX_BRANCHES]):
        when = _when(branch.get("test"), index, cat, bad)
        target = _target(branch.get("target"), f"branches.{index}.target", *_branch_words(index, "target"), cat, bad)
        wanted.append((when, target))
    other = _target(otherwise, "otherwise", "否则去往", "otherwise, goes to", cat, bad)
    if bad:
        raise FieldRefused(name, node_id, bad)

    def change(data: Any) -> None:
        node = data["nodes"][node_id]
        items = node["branches"]
        for index, (when, target) in enumerate(wanted):
            if index < len(items):
                if when_as_form(items[index].get("when")) != when_as_form(when):
                    items[index]["when"] = _flow(when)
                if items[index].get("target") != target:
                    items[index]["target"] = target
            else:
                items.append(CommentedMap([("when", _flow(when)), ("target", target)]))
        del items[len(wanted):]
        if node.get("otherwise") != other:
            node["otherwise"] = other

    return {**files, name: edit_yaml(name, files[name], change)}
