"""Adding and removing menu nodes by form: the kinds a form can build, their fields, the link from an
existing node to the new one, and the references that keep a node from being removed.

Every change makes a new draft (file name -> YAML, comments kept) that the menu validator then
checks as a whole; nothing is published here.
"""

from __future__ import annotations

import re
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin

from ivr.asr.grammars import grammar_names
from ivr.menus.loader import load_menu_text
from ivr.menus.schema import (
    CallNode,
    CollectNode,
    ConditionNode,
    ConsultNode,
    HangupNode,
    LookupNode,
    MenuNode,
    PlayNode,
    QueueNode,
    RecordNode,
    ReturnNode,
    SetNode,
    StatusNode,
    TransferNode,
)
from ivr.menus.validator import node_edges
from ivr.refdata import centre_ids
from ivr.web.menu_admin import DraftError, edit_yaml, load_yaml
from ivr.web.menu_slots import catalogue

NODE_ID_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}\Z")
KEY_RE = re.compile(r"^[0-9*#]\Z")
# The kinds a form builds: every field is a value, a node, a prompt, a slot or a choice. Conditions and
# set nodes are added in the YAML editor; their tests and slot mappings are then edited by form
# (ivr/web/menu_conditions.py, ivr/web/menu_mappings.py).
FORM_KINDS: dict[str, Any] = {
    "play": PlayNode, "menu": MenuNode, "collect": CollectNode, "record": RecordNode, "queue": QueueNode,
    "transfer": TransferNode, "hangup": HangupNode, "call": CallNode, "return": ReturnNode,
    "lookup": LookupNode, "status": StatusNode, "consult": ConsultNode,
}
ALL_KINDS: dict[str, Any] = {**FORM_KINDS, "condition": ConditionNode, "set": SetNode}
NODE_FIELDS = frozenset({"next", "target", "fallback", "on_failure", "found", "missing", "answered", "agent"})
SKIPPED_FIELDS = frozenset({"kind", "say", "set"})
SLOT_FIELDS = frozenset({"slot", "centre_slot"})  # chosen from the file's known slots (ivr/web/menu_slots.py)
# Where a node is linked from, in words: (zh, en) per field of the referring node.
LINK_WORDS: dict[str, tuple[str, str]] = {
    "next": ("下一步", "next step"), "otherwise": ("否则", "otherwise"), "fallback": ("改用按键", "fallback to keys"),
    "found": ("查到时", "when found"), "missing": ("查不到时", "when not found"),
    "answered": ("坐席挂机后", "after the agent"), "on_failure": ("失败时", "on failure"),
    "target": ("子流程", "sub-menu"), "agent": ("转人工", "to an agent"),
}


def _field_type(name: str, annotation: Any) -> dict[str, Any]:
    """How the form shows a field: node, prompt, choice (options), bool, number, choices or text."""
    base = annotation
    if get_origin(annotation) in (Union, UnionType):  # X | None: the form shows X
        base = next(a for a in get_args(annotation) if a is not type(None))
    if name in NODE_FIELDS:
        return {"type": "node"}
    if name in SLOT_FIELDS:
        return {"type": "slot"}
    if name == "grammar":
        return {"type": "choice", "options": grammar_names()}
    if name == "centre":
        return {"type": "choice", "options": sorted(centre_ids())}
    if name == "prompt" or name.endswith("_prompt"):
        return {"type": "prompt"}
    if name == "choices":
        return {"type": "choices"}
    if get_origin(base) is Literal:
        return {"type": "choice", "options": [str(v) for v in get_args(base)]}
    if base is bool:
        return {"type": "bool"}
    if base in (int, float):
        return {"type": "number"}
    return {"type": "text"}


def kind_forms() -> list[dict[str, Any]]:
    """Each kind a form can add, with its fields: name, type, required, default."""
    out = []
    for kind, model in FORM_KINDS.items():
        fields = []
        for name, info in model.model_fields.items():
            if name in SKIPPED_FIELDS:
                continue
            default = None if info.is_required() else info.get_default(call_default_factory=True)
            fields.append({"name": name, **_field_type(name, info.annotation), "required": info.is_required(),
                           "default": default if isinstance(default, str | int | float | bool) else None})
        out.append({"kind": kind, "fields": fields})
    return out


def _model_of(node: Any) -> Any:
    model = ALL_KINDS.get(str(node.get("kind")) if isinstance(node, dict) else "")
    if model is None:
        raise DraftError(f"a node of unknown kind {node.get('kind') if isinstance(node, dict) else node!r}")
    return model


def _link_words(field: str, node: Any) -> tuple[str, str]:
    parts = field.split(".")
    if parts[0] == "choices":
        key = node.choices[int(parts[1])].key
        return f"按键 {key}", f"key {key}"
    if parts[0] == "branches":
        return f"条件分支 {int(parts[1]) + 1}", f"branch {int(parts[1]) + 1}"
    return LINK_WORDS.get(parts[0], (field, field))


def references(text: str, name: str, node_id: str) -> list[dict[str, str]]:
    """What leads to ``node_id``: other nodes' links (by field), the entry, the menu options."""
    menu = load_menu_text(text, name).menu
    if menu is None:
        raise DraftError(f"{name}: fix the menu's errors before removing nodes / 请先改正菜单中的错误再删除节点")
    found: list[dict[str, str]] = []
    for other_id, other in menu.nodes.items():
        if other_id == node_id:
            continue
        for edge in node_edges(other, menu):
            if edge.target != node_id or edge.field == "agent_key":
                continue
            if edge.field == "on_failure" and getattr(other, "on_failure", None) != node_id:
                continue  # the menu-wide failure target, not this node's own link
            zh, en = _link_words(edge.field, other)
            found.append({"node": other_id, "field": edge.field, "zh": f"{other_id} 的{zh}",
                          "en": f"{other_id}'s {en}"})
    if menu.entry.default == node_id:
        found.append({"node": "", "field": "entry", "zh": "菜单入口", "en": "the menu's entry"})
    for dnis, target in menu.entry.dnis.items():
        if target == node_id:
            found.append({"node": "", "field": f"entry.dnis.{dnis}", "zh": f"号码 {dnis} 的入口",
                          "en": f"the entry of number {dnis}"})
    for option in ("agent_target", "failure_target"):
        if getattr(menu.options, option) == node_id:
            zh = "转人工节点" if option == "agent_target" else "失败时去的节点"
            en = "the agent target" if option == "agent_target" else "the failure target"
            found.append({"node": "", "field": f"options.{option}", "zh": f"菜单选项中的{zh}",
                          "en": f"the options' {en}"})
    return found


def removal_refused(name: str, node_id: str, refs: list[dict[str, str]]) -> list[dict[str, Any]]:
    """The refusal in the validator's error shape, at the form's field ``node``."""
    zh = "、".join(r["zh"] for r in refs)
    en = ", ".join(r["en"] for r in refs)
    return [{"file": name, "line": 1, "node": node_id, "code": "still-referenced", "field": "node",
             "field_zh": f"删除节点 {node_id}", "field_en": f"Remove node {node_id}",
             "message_zh": f"仍被引用：{zh}；请先把这些链接改到别的节点",
             "message_en": f"still linked from {en}; point these links elsewhere first",
             "message": f"node {node_id} is still linked from {en}", "references": refs}]


def remove_node(files: dict[str, str], name: str, node_id: str) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """The draft without ``node_id``, or (the same draft, the refusal) while something links to it."""
    if name not in files:
        raise DraftError(f"no menu file {name!r}")
    if node_id not in (load_yaml(name, files[name]).get("nodes") or {}):
        raise DraftError(f"{name}: no node {node_id!r} / 没有节点 {node_id}")
    refs = references(files[name], name, node_id)
    if refs:
        return files, removal_refused(name, node_id, refs)

    def change(data: Any) -> None:
        del data["nodes"][node_id]

    return {**files, name: edit_yaml(name, files[name], change)}, []


def _node_body(kind: str, fields: dict[str, Any], choices: list[dict[str, str]], known_slots: set[str]
               ) -> dict[str, Any]:
    model = FORM_KINDS.get(kind)
    if model is None:
        raise DraftError(f"nodes of kind {kind!r} are added in the YAML editor / 这种节点请在 YAML 编辑器中添加")
    allowed = set(model.model_fields) - SKIPPED_FIELDS - {"choices"}
    strange = sorted(set(fields) - allowed)
    if strange:
        raise DraftError(f"a {kind} node has no field {strange[0]!r} / {kind} 节点没有字段 {strange[0]}")
    body: dict[str, Any] = {"kind": kind}
    body.update({k: v for k, v in fields.items() if v not in (None, "")})
    for name in sorted(SLOT_FIELDS & set(body)):
        if str(body[name]) not in known_slots:
            raise DraftError(f"there is no slot {body[name]!r}; choose one from the list "
                             f"/ 没有信息项“{body[name]}”，请从列表中选择")
    if kind == "menu":
        for choice in choices:
            if not KEY_RE.match(str(choice.get("key", ""))):
                raise DraftError(f"a key is one of 0-9, * or #, not {choice.get('key')!r} / 按键须为 0-9、* 或 #")
        body["choices"] = [{"key": str(c["key"]), "target": str(c.get("target", ""))} for c in choices]
    return body


def add_node(files: dict[str, str], name: str, node_id: str, kind: str, fields: dict[str, Any],
             choices: list[dict[str, str]], link_from: str, link_field: str, link_key: str | None = None
             ) -> dict[str, str]:
    """The draft with a new node and one link to it from an existing node: its field ``link_field``
    (``next``, ``choices.2.target``, ``otherwise`` ...) now leads to the new node, or, with
    ``link_field`` = ``new_key``, a new key ``link_key`` of the menu ``link_from`` does."""
    if name not in files:
        raise DraftError(f"no menu file {name!r}")
    if not NODE_ID_RE.match(node_id):
        raise DraftError(f"node ids are lower-case letters, digits and _ (starting with a letter), not {node_id!r} "
                         "/ 节点名须为小写字母、数字和下划线，以字母开头")
    nodes = load_yaml(name, files[name]).get("nodes") or {}
    if node_id in nodes:
        raise DraftError(f"{name}: there is already a node {node_id!r} / 已有节点 {node_id}")
    if link_from not in nodes:
        raise DraftError(f"{name}: no node {link_from!r} to link from / 没有节点 {link_from}")
    body = _node_body(kind, fields, choices, set(catalogue(files, name).slots))
    source = nodes[link_from]
    path = link_field.split(".")
    if link_field == "new_key":
        if source.get("kind") != "menu":
            raise DraftError(f"only a menu gets a new key; {link_from} is a {source.get('kind')} "
                             "/ 只有按键菜单可以加按键")
        if not KEY_RE.match(link_key or ""):
            raise DraftError("a key is one of 0-9, * or # / 按键须为 0-9、* 或 #")
    elif path[0] in ("choices", "branches"):
        items = source.get(path[0]) or []
        if len(path) != 3 or path[2] != "target" or not path[1].isdigit() or int(path[1]) >= len(items):
            raise DraftError(f"{link_from} has no link {link_field!r} / {link_from} 没有这个链接")
    elif link_field not in NODE_FIELDS | {"otherwise"} or link_field not in _model_of(source).model_fields:
        raise DraftError(f"{link_from} has no link {link_field!r} / {link_from} 没有这个链接")

    def change(data: Any) -> None:
        data["nodes"][node_id] = body
        linked = data["nodes"][link_from]
        if link_field == "new_key":
            linked["choices"].append({"key": link_key, "target": node_id})
        elif path[0] in ("choices", "branches"):
            linked[path[0]][int(path[1])]["target"] = node_id
        else:
            linked[link_field] = node_id

    return {**files, name: edit_yaml(name, files[name], change)}
