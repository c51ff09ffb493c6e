"""Slot mappings by form, wherever the schema has them: a ``set`` node's values, the values a menu key
sets (``choices.N.set``) and the slot a queue takes its centre from (``centre_slot``). Each pair is a
slot from the catalogue (ivr.web.menu_slots) and either one of that slot's values or a copy of a slot
of the same domain (``"{caller_region}"``); nothing typed can name a value that does not exist.

(A ``collect`` node maps keys and words to values through its grammar: reference data, not menu
data, so there is nothing of it to edit in a menu file.)
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from ivr.web.field_refusal import FieldError, FieldRefused
from ivr.web.menu_admin import DraftError, edit_yaml, load_yaml
from ivr.web.menu_slots import SLOT_WORDS, Catalogue, catalogue

COPY_RE = re.compile(r"^\{([a-z][a-z0-9_]{0,31})\}\Z")
NETWORK_SLOTS = frozenset({"dnis", "caller"})  # given by the call, never set by the menu
CHOICE_SET_RE = re.compile(r"^choices\.([0-9]{1,3})\.set\Z")
CENTRE_DOMAIN = "province"
MAX_PAIRS = 12


def _node(files: dict[str, str], name: str, node_id: str) -> dict[str, Any]:
    if name not in files:
        raise DraftError(f"no menu file {name!r} / 没有菜单文件 {name}")
    node = (load_yaml(name, files[name]).get("nodes") or {}).get(node_id)
    if not isinstance(node, dict):
        raise DraftError(f"{name}: no node {node_id!r} / 没有节点 {node_id}")
    return node


def _pairs(mapping: Any) -> list[dict[str, str]]:
    return [{"slot": str(k), "value": str(v)} for k, v in (mapping or {}).items()] if isinstance(mapping, dict) else []


def mapping_form(files: dict[str, str], name: str, node_id: str) -> dict[str, Any]:
    """The node's slot mappings as the form shows them (empty for kinds without any)."""
    node = _node(files, name, node_id)
    kind = node.get("kind")
    if kind == "set":
        return {"values": _pairs(node.get("values"))}
    if kind == "menu":
        return {"choices": [{"key": str(c.get("key")), "target": str(c.get("target")), "set": _pairs(c.get("set"))}
                            for c in node.get("choices") or [] if isinstance(c, dict)]}
    if kind == "queue":
        return {"centre_slot": node.get("centre_slot"), "centre": node.get("centre")}
    return {}


def _words(slot: str) -> tuple[str, str]:
    return SLOT_WORDS.get(slot, (slot, slot))


def check_pairs(pairs: list[dict[str, Any]], cat: Catalogue,
                prefix: tuple[str, str]) -> tuple[dict[str, str], list[FieldError]]:
    """The pairs as a mapping, or the fields that are wrong (``pairs.N.slot``, ``pairs.N.value``)."""
    bad: list[FieldError] = []
    out: dict[str, str] = {}
    seen: set[str] = set()

    def refuse(index: int, part: str, zh: str, en: str) -> None:
        zh_part, en_part = ("信息项", "slot") if part == "slot" else ("取值", "value")
        bad.append(FieldError(f"pairs.{index}.{part}", f"{prefix[0]}第 {index + 1} 项的{zh_part}",
                              f"{prefix[1]}, row {index + 1}, {en_part}", zh, en))

    for index, pair in enumerate(pairs):
        slot_name = str(pair.get("slot") or "")
        value = str(pair.get("value") or "")
        slot = cat.slots.get(slot_name)
        if slot is None or slot_name in NETWORK_SLOTS or slot.domain is None:
            zh, en = _words(slot_name)
            if slot is None:
                refuse(index, "slot", f"没有信息项“{slot_name}”，请从列表中选择",
                       f"there is no slot {slot_name!r}; choose one from the list")
            else:
                refuse(index, "slot", f"“{zh}”由来电或来电人提供，不能在菜单中设定",
                       f"the {en} comes from the call or the caller and is not set by the menu")
            continue
        if slot_name in seen:
            refuse(index, "slot", "这个信息项已在上面设定", "this slot is set in a row above already")
            continue
        seen.add(slot_name)
        copied = COPY_RE.match(value)
        if copied and copied.group(1) in cat.copy_sources(slot_name):
            out[slot_name] = value
        elif not copied and slot.knows(value):
            out[slot_name] = value
        else:
            zh, en = _words(slot_name)
            refuse(index, "value", f"“{zh}”不能取“{value}”，请从列表中选择",
                   f"the {en} cannot be {value!r}; choose from the list")
    return out, bad


def _flow(mapping: dict[str, str]) -> CommentedMap:
    """``{category: food, legacy_line: "12331"}`` on one line; digits and copies quoted."""
    out = CommentedMap()
    for key, value in mapping.items():
        out[key] = DoubleQuotedScalarString(value) if value.isdigit() or value.startswith("{") else value
    out.fa.set_flow_style()
    return out


def _same(current: Any, wanted: dict[str, str]) -> bool:
    return isinstance(current, dict) and {str(k): str(v) for k, v in current.items()} == wanted


def set_mapping(files: dict[str, str], name: str, node_id: str, where: str, pairs: list[dict[str, Any]],
                centre_slot: str | None = None) -> dict[str, str]:
    """The draft with one mapping of the node replaced: ``values`` (set node), ``choices.N.set`` (a
    menu key) or ``centre_slot`` (queue). FieldRefused names each bad field; the draft is unchanged."""
    node = _node(files, name, node_id)
    kind = node.get("kind")
    cat = catalogue(files, name)
    choice = CHOICE_SET_RE.match(where)
    index: int | None = None  # the menu key whose values these are; None: the set node's own
    if where == "centre_slot":
        if kind != "queue":
            raise DraftError(f"{node_id} is a {kind} node, not a queue / {node_id} 不是排队节点")
        slot = cat.slots.get(str(centre_slot or ""))
        if slot is None or slot.domain != CENTRE_DOMAIN:
            raise FieldRefused(name, node_id, [FieldError(
                "centre_slot", "按哪个信息项选中心", "Centre from slot",
                "请选择一个地区信息项（省份）", "choose a slot that holds a region (a province)")])
        return {**files, name: edit_yaml(name, files[name], lambda data: _set_centre(data, node_id, slot.name))}
    if where == "values":
        if kind != "set":
            raise DraftError(f"{node_id} is a {kind} node, not a set node / {node_id} 不是设定节点")
        prefix = ("设定值", "Values")
    elif choice:
        index = int(choice.group(1))
        if kind != "menu" or index >= len(node.get("choices") or []):
            raise DraftError(f"{node_id} has no key number {index + 1} / {node_id} 没有第 {index + 1} 个按键")
        key = node["choices"][index].get("key")
        prefix = (f"按键 {key} 设定的值", f"Values key {key} sets")
    else:
        raise DraftError(f"no mapping {where!r} / 没有这个设定项")
    mapping, bad = check_pairs(pairs[:MAX_PAIRS], cat, prefix)
    if where == "values" and not mapping and not bad:
        bad.append(FieldError("pairs", prefix[0], prefix[1], "设定节点至少要设定一个信息项",
                              "a set node sets at least one slot"))
    if len(pairs) > MAX_PAIRS:
        bad.append(FieldError("pairs", prefix[0], prefix[1], f"最多 {MAX_PAIRS} 项", f"at most {MAX_PAIRS} rows"))
    if bad:
        raise FieldRefused(name, node_id, bad)

    def change(data: Any) -> None:
        owner = data["nodes"][node_id] if index is None else data["nodes"][node_id]["choices"][index]
        field = "values" if index is None else "set"
        if _same(owner.get(field), mapping):
            return
        if mapping:
            owner[field] = _flow(mapping)
        elif field in owner:
            del owner[field]

    return {**files, name: edit_yaml(name, files[name], change)}


def _set_centre(data: Any, node_id: str, slot: str) -> None:
    node = data["nodes"][node_id]
    if node.get("centre_slot") != slot:
        node["centre_slot"] = slot
    if "centre" in node:  # the centre now comes from the slot
        del node["centre"]
