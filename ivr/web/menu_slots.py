"""What a form may name in a menu file: the slots a call can carry, each with the values it can take
(from the reference data: provinces, categories, service types, the menu's languages and dialled
numbers), the condition tests the schema knows, and the menu's dialled numbers.

A slot's *domain* is where its values come from; a slot may be copied into another of the same
domain (``region: "{caller_region}"``). Slots without a domain (a ticket number, a recording) carry
data the caller gave and are only tested for being set.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, get_args

from ivr.asr.grammars import get_grammar
from ivr.compose import SLOT_READINGS
from ivr.menus.schema import Test
from ivr.menus.validator import BUILTIN_SLOTS
from ivr.web.menu_admin import DraftError, load_yaml

# Slot names in words: (zh, en).
SLOT_WORDS: dict[str, tuple[str, str]] = {
    "language": ("语言", "language"), "dnis": ("拨打的号码", "number dialled"),
    "caller": ("来电号码", "caller's number"),
    "service_type": ("业务类型", "service type"), "category": ("投诉类别", "category"),
    "region": ("来电人所在地区", "caller's region"), "business_region": ("经营者所在地区", "business's region"),
    "caller_region": ("来电号码归属地", "region of the caller's number"),
    "legacy_line": ("原热线号码", "former hotline number"), "ticket": ("工单号", "case number"),
    "statement": ("诉求录音", "recorded statement"),
}
LANGUAGE_WORDS = {"zh": ("普通话", "Mandarin"), "en": ("英语", "English")}
NUMBERS = "numbers"  # the domain of the menu's dialled numbers
LANGUAGES = "languages"
# Slots whose values are dialled numbers although no grammar reads them.
NUMBER_SLOTS = frozenset({"dnis", "legacy_line"})
# Where a node kind fills a slot from (kind, field) -> the grammar of its values, when fixed by the kind.
LOOKUP_GRAMMARS = {"caller_province": "province"}
SLOT_FIELDS = ("slot",)  # the fields of collect, record, lookup and status nodes that name a slot
TEST_KINDS = ("open", "holiday", "emergency", "dnis", "slot")
SLOT_OPS = ("equals", "in", "is_set", "not_set")


@dataclass
class Slot:
    name: str
    domain: str | None
    values: list[dict[str, str]] = field(default_factory=list)  # value, zh, en

    def as_dict(self) -> dict[str, Any]:
        zh, en = SLOT_WORDS.get(self.name, (self.name, self.name))
        return {"slot": self.name, "zh": zh, "en": en, "domain": self.domain, "values": self.values}

    def knows(self, value: str) -> bool:
        return any(v["value"] == value for v in self.values)


@dataclass
class Catalogue:
    """The slots, tests and numbers of one menu file of a draft."""

    slots: dict[str, Slot]
    numbers: list[str]
    node_ids: list[str]
    node_kinds: dict[str, str]

    def copy_sources(self, slot: str) -> list[str]:
        """The slots whose value may be copied into ``slot`` (same domain, not itself)."""
        target = self.slots.get(slot)
        if target is None or target.domain is None:
            return []
        return sorted(s.name for s in self.slots.values() if s.domain == target.domain and s.name != slot)

    def as_dict(self) -> dict[str, Any]:
        return {"slots": [{**s.as_dict(), "copy_from": self.copy_sources(s.name)} for s in self.slots.values()],
                "tests": known_tests(self.numbers), "numbers": self.numbers, "nodes": self.node_ids,
                "kinds": self.node_kinds}


def _grammar_values(name: str) -> list[dict[str, str]]:
    grammar = get_grammar(name)
    if grammar is None:
        return []
    return [{"value": v, "zh": grammar.label(v, "zh"), "en": grammar.label(v, "en")} for v in grammar.values()]


def _domain_values(domain: str, languages: list[str], numbers: list[str]) -> list[dict[str, str]]:
    if domain == LANGUAGES:
        return [{"value": x, "zh": LANGUAGE_WORDS.get(x, (x, x))[0], "en": LANGUAGE_WORDS.get(x, (x, x))[1]}
                for x in languages]
    if domain == NUMBERS:
        return [{"value": n, "zh": n, "en": n} for n in numbers]
    return _grammar_values(domain)


def _draft_slots(nodes: dict[str, Any]) -> dict[str, str | None]:
    """Slots the file's nodes fill, with the grammar they are filled from (None: the caller's data)."""
    found: dict[str, str | None] = {}
    for node in nodes.values():
        if not isinstance(node, dict):
            continue
        kind = node.get("kind")
        slot = node.get("slot")
        if isinstance(slot, str) and kind in ("collect", "record", "lookup", "status"):
            grammar = node.get("grammar") if kind == "collect" else LOOKUP_GRAMMARS.get(str(node.get("source")))
            if grammar or slot not in found:
                found[slot] = str(grammar) if grammar else None
        for mapping in [node.get("values")] + [c.get("set") for c in node.get("choices") or [] if isinstance(c, dict)]:
            for name in mapping or {}:
                found.setdefault(str(name), None)
    return found


def catalogue(files: dict[str, str], name: str) -> Catalogue:
    """The known slots of file ``name``: the built-in ones, those the reference data reads, those its
    nodes fill; each with its domain's values."""
    if name not in files:
        raise DraftError(f"no menu file {name!r} / 没有菜单文件 {name}")
    data = load_yaml(name, files[name])
    languages = [str(x) for x in data.get("languages") or ["zh", "en"]]
    entry: dict[str, Any] = data["entry"] if isinstance(data.get("entry"), dict) else {}
    numbers = sorted({str(n) for n in data.get("dnis") or []} | {str(n) for n in (entry.get("dnis") or {})})
    nodes: dict[str, Any] = data["nodes"] if isinstance(data.get("nodes"), dict) else {}
    domains: dict[str, str | None] = {s: None for s in sorted(BUILTIN_SLOTS)}
    domains["language"] = LANGUAGES
    for slot, reading in SLOT_READINGS.items():
        if reading.kind == "grammar":
            domains[slot] = reading.grammar
    for slot, grammar in _draft_slots(nodes).items():
        domains[slot] = domains.get(slot) or grammar
    for slot in NUMBER_SLOTS:
        domains[slot] = NUMBERS
    slots = {slot: Slot(slot, domain, _domain_values(domain, languages, numbers) if domain else [])
             for slot, domain in sorted(domains.items())}
    kinds = {str(k): str(v.get("kind")) for k, v in nodes.items() if isinstance(v, dict)}
    return Catalogue(slots, numbers, sorted(kinds), kinds)


def known_tests(numbers: list[str]) -> list[dict[str, Any]]:
    """The condition tests of the schema (ivr.menus.schema.Test), each with what its value is chosen from."""
    out: list[dict[str, Any]] = []
    for kind in TEST_KINDS:
        annotation = Test.model_fields[kind].annotation
        if kind == "slot":
            out.append({"kind": kind, "type": "slot", "ops": list(SLOT_OPS)})
        elif bool in get_args(annotation):
            out.append({"kind": kind, "type": "bool"})
        else:
            out.append({"kind": kind, "type": "numbers", "options": numbers})
    return out
