"""Renaming a menu node by form: the node keeps its place, body and comments, and every link to it in
its file is renamed in the same draft (the entry and its numbers, the options' agent and failure
targets, every node's next step, keys, condition branches, fallbacks, failure and sub-menu links).

Node ids are per menu file (the validator resolves every link inside its own file; a sub-menu is a
``call`` to a node of the same file), so the other files of the draft keep theirs.
"""

from __future__ import annotations

from typing import Any

from ivr.web.field_refusal import FieldError, FieldRefused
from ivr.web.menu_admin import DraftError, edit_yaml, load_yaml
from ivr.web.menu_nodes import LINK_WORDS, NODE_FIELDS, NODE_ID_RE

RENAME_FIELD = "new"
LINK_FIELDS = tuple(sorted(NODE_FIELDS | {"otherwise"}))


def _refuse(name: str, node: str, zh: str, en: str) -> FieldRefused:
    return FieldRefused(name, node, [FieldError(RENAME_FIELD, "新节点名", "New node id", zh, en, "bad-node-id")])


def check_new_id(nodes: dict[str, Any], name: str, old: str, new: str) -> None:
    if old not in nodes:
        raise DraftError(f"{name}: no node {old!r} / 没有节点 {old}")
    if new == old:
        raise _refuse(name, old, "新名字与原名相同", "the new id is the node's id already")
    if not NODE_ID_RE.match(new):
        raise _refuse(name, old, f"“{new}”不能用作节点名：只能用小写字母、数字和下划线，以字母开头，最多 64 个字符",
                      f"{new!r} is not a node id: lower-case letters, digits and _, starting with a letter, "
                      "at most 64 characters")
    if new in nodes:
        raise _refuse(name, old, f"已有节点 {new}，请换一个名字", f"there is a node {new} already; choose another id")


def _rename_links(data: Any, old: str, new: str) -> list[dict[str, str]]:
    """Point every link to ``old`` at ``new``; the links renamed, in words."""
    renamed: list[dict[str, str]] = []

    def said(node: str, field: str, zh: str, en: str) -> None:
        renamed.append({"node": node, "field": field, "zh": zh, "en": en})

    entry = data.get("entry")
    if isinstance(entry, dict):
        if entry.get("default") == old:
            entry["default"] = new
            said("", "entry", "菜单入口", "the menu's entry")
        for number, target in (entry.get("dnis") or {}).items():
            if target == old:
                entry["dnis"][number] = new
                said("", f"entry.dnis.{number}", f"号码 {number} 的入口", f"the entry of number {number}")
    options = data.get("options")
    if isinstance(options, dict):
        for option, zh, en in (("agent_target", "转人工节点", "agent target"),
                               ("failure_target", "失败时去的节点", "failure target")):
            if options.get(option) == old:
                options[option] = new
                said("", f"options.{option}", f"菜单选项中的{zh}", f"the options' {en}")
    for node_id, node in data["nodes"].items():
        if not isinstance(node, dict):
            continue
        for link in LINK_FIELDS:
            if node.get(link) == old:
                node[link] = new
                zh, en = LINK_WORDS.get(link, (link, link))
                said(str(node_id), link, f"{node_id} 的{zh}", f"{node_id}'s {en}")
        for items, zh_word, en_word in (("choices", "按键", "key"), ("branches", "条件分支", "branch")):
            for index, item in enumerate(node.get(items) or []):
                if isinstance(item, dict) and item.get("target") == old:
                    item["target"] = new
                    label = str(item.get("key")) if items == "choices" else str(index + 1)
                    said(str(node_id), f"{items}.{index}.target", f"{node_id} 的{zh_word} {label}",
                         f"{node_id}'s {en_word} {label}")
    return renamed


def rename_node(files: dict[str, str], name: str, old: str, new: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    """The draft with node ``old`` called ``new`` everywhere in file ``name``, and the links renamed."""
    if name not in files:
        raise DraftError(f"no menu file {name!r} / 没有菜单文件 {name}")
    nodes = load_yaml(name, files[name]).get("nodes")
    check_new_id(nodes if isinstance(nodes, dict) else {}, name, old, new)
    renamed: list[dict[str, str]] = []

    def change(data: Any) -> None:
        mapping = data["nodes"]
        place = list(mapping).index(old)
        body = mapping[old]
        comment = mapping.ca.items.pop(old, None)
        del mapping[old]
        mapping.insert(place, new, body)
        if comment is not None:
            mapping.ca.items[new] = comment
        renamed.extend(_rename_links(data, old, new))

    return {**files, name: edit_yaml(name, files[name], change)}, renamed
