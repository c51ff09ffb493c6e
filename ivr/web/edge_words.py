"""The menu picture's edges in words, in Mandarin and English: a condition's test reads
"业务类型 = 举报 / service type is report", not "slot=service_type, equals=report".

Slot and value words come from the file's catalogue (ivr.web.menu_slots: the reference data's
labels); the graph itself is drawn by ivr.web.menu_admin.menu_graph, which this only annotates.
"""

from __future__ import annotations

from typing import Any

from ivr.menus.loader import load_menu_text
from ivr.web import menu_admin as ma
from ivr.web.menu_slots import SLOT_WORDS, Catalogue, catalogue

Words = dict[str, str]  # language -> text

# The tests that are true or false: (when true, when false), each (zh, en).
FLAG_WORDS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "open": (("开放时间内", "within opening hours"), ("开放时间外", "outside opening hours")),
    "holiday": (("节假日", "on a holiday"), ("非节假日", "not a holiday")),
    "emergency": (("应急开关打开", "emergency switch on"), ("应急开关关闭", "emergency switch off")),
}
# Edges that are not keys or conditions, by the field they come from.
FIELD_WORDS: dict[str, tuple[str, str]] = {
    "next": ("下一步", "next"), "otherwise": ("其他情况", "otherwise"), "fallback": ("未听懂", "not understood"),
    "found": ("找到", "found"), "missing": ("未找到", "not found"), "answered": ("已回答", "answered"),
    "on_failure": ("失败时", "on failure"), "target": ("转往", "to"), "agent": ("转人工", "to an agent"),
}


def _words(zh: str, en: str) -> Words:
    return {"zh": zh, "en": en}


def _value_words(cat: Catalogue, slot: str, value: str) -> tuple[str, str]:
    known = cat.slots.get(slot)
    for entry in known.values if known else []:
        if entry["value"] == value:
            return entry["zh"], entry["en"]
    return value, value


def when_words(when: dict[str, Any], cat: Catalogue) -> Words:
    """One condition test (the YAML ``when``, by alias) in words."""
    for flag, (yes, no) in FLAG_WORDS.items():
        if when.get(flag) is not None:
            zh, en = yes if when[flag] else no
            return _words(zh, en)
    if when.get("dnis") is not None:
        numbers = [str(n) for n in when["dnis"]]
        return _words("拨打号码 " + "、".join(numbers), "dialled " + " or ".join(numbers))
    slot = str(when.get("slot", ""))
    slot_zh, slot_en = SLOT_WORDS.get(slot, (slot, slot))
    if when.get("equals") is not None:
        value_zh, value_en = _value_words(cat, slot, str(when["equals"]))
        return _words(f"{slot_zh} = {value_zh}", f"{slot_en} is {value_en}")
    if when.get("in") is not None:
        labels = [_value_words(cat, slot, str(v)) for v in when["in"]]
        return _words(f"{slot_zh}为{'、'.join(z for z, _ in labels)}之一",
                      f"{slot_en} is one of {', '.join(e for _, e in labels)}")
    if when.get("is_set") is False:
        return _words(f"没有{slot_zh}", f"no {slot_en}")
    return _words(f"已有{slot_zh}", f"{slot_en} given")


def edge_words(node: Any, field: str, cat: Catalogue, label: str) -> Words:
    """An edge of ``node`` (from ``field``) in words; keys keep their label (a key and its word)."""
    parts = field.split(".")
    if parts[0] == "branches" and len(parts) > 1:
        when = node.branches[int(parts[1])].when.model_dump(by_alias=True, exclude_none=True)
        return when_words(when, cat)
    if parts[0] in FIELD_WORDS:
        zh, en = FIELD_WORDS[parts[0]]
        return _words(zh, en)
    return _words(label, label)


def menu_graph_in_words(files: dict[str, str]) -> list[dict[str, Any]]:
    """:func:`ivr.web.menu_admin.menu_graph` with each edge's ``words`` ({"zh", "en"})."""
    graphs = ma.menu_graph(files)
    for graph in graphs:
        name = graph["file"]
        menu = load_menu_text(files[name], name).menu
        if menu is None:
            continue
        cat = catalogue(files, name)
        for edge in graph["edges"]:
            edge["words"] = edge_words(menu.nodes[edge["from"]], edge["field"], cat, edge["label"])
    return graphs
