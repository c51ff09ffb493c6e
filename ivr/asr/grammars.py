"""Named grammars: the vocabulary of each speech question and text/key-to-slot mapping.

A menu names a grammar for every speech or digit question; the engine asks the
grammar which phrases the recogniser may hear, and maps what was heard (text or keys)
to a slot value.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ivr.refdata import provinces


@dataclass(frozen=True)
class SlotMatch:
    value: str
    score: float  # 0..1, how well the heard text matched the value's phrases


@dataclass
class Grammar:
    name: str
    # value -> phrases per language
    phrases_by_value: dict[str, dict[str, list[str]]]
    # key sequence -> value
    keys: dict[str, str] = field(default_factory=dict)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)

    def phrases(self, language: str) -> list[str]:
        out: list[str] = []
        for per_lang in self.phrases_by_value.values():
            out.extend(per_lang.get(language, []))
        return out

    def match_text(self, text: str) -> SlotMatch | None:
        heard = _normalise(text)
        if not heard:
            return None
        for value, per_lang in self.phrases_by_value.items():
            for phrase_list in per_lang.values():
                if any(_normalise(p) == heard for p in phrase_list):
                    return SlotMatch(value, 1.0)
        for value, per_lang in self.phrases_by_value.items():
            for phrase_list in per_lang.values():
                if any(_normalise(p) and _normalise(p) in heard for p in phrase_list):
                    return SlotMatch(value, 0.8)
        return None

    def match_digits(self, digits: str) -> SlotMatch | None:
        value = self.keys.get(digits)
        return SlotMatch(value, 1.0) if value is not None else None

    def label(self, value: str, language: str) -> str:
        return self.labels.get(value, {}).get(language, value)

    def values(self) -> list[str]:
        return list(self.phrases_by_value)


def _normalise(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _province_grammar() -> Grammar:
    phrases: dict[str, dict[str, list[str]]] = {}
    labels: dict[str, dict[str, str]] = {}
    for p in provinces():
        phrases[p.code] = {
            "zh": [p.name_zh, p.short_zh, *p.aliases_zh],
            "en": sorted({p.name_en, p.pinyin}),
        }
        labels[p.code] = {"zh": p.short_zh, "en": p.name_en}
    return Grammar("province", phrases, keys={p.code: p.code for p in provinces()}, labels=labels)


CATEGORIES: dict[str, tuple[str, str, list[str], list[str]]] = {
    # value: (zh label, en label, zh synonyms, en synonyms)
    "food": ("食品", "food", ["食品", "食物", "吃的", "餐饮食品", "食品安全"], ["food", "food safety"]),
    "drugs": ("药品医疗器械", "drugs and medical devices",
              ["药品", "药", "医疗器械", "化妆品", "保健品"], ["drugs", "medicine", "medical devices"]),
    "quality": ("产品质量", "product quality", ["产品质量", "质量", "假冒伪劣", "商品质量"],
                ["product quality", "quality", "defective product"]),
    "prices": ("价格收费", "prices and charges", ["价格", "收费", "乱收费", "价格收费"],
               ["prices", "price", "charges", "overcharging"]),
    "online": ("网络购物", "online shopping", ["网购", "网络购物", "网上购物", "电商", "快递"],
               ["online shopping", "online", "internet shopping"]),
    "services": ("服务", "services", ["服务", "餐饮", "教育", "培训", "旅游", "电信", "物业", "美容"],
                 ["services", "service", "education", "travel", "telecoms", "property"]),
    "ip": ("知识产权", "intellectual property", ["知识产权", "商标", "专利", "假冒", "盗版"],
           ["intellectual property", "trademark", "patent", "counterfeit"]),
    "other": ("其他", "other", ["其他", "其它", "别的"], ["other", "something else"]),
}

SERVICE_TYPES: dict[str, tuple[str, str, list[str], list[str]]] = {
    "complaint": ("投诉", "complaint", ["投诉", "我要投诉"], ["complaint", "complain"]),
    "report": ("举报", "report", ["举报", "我要举报"], ["report"]),
    "consultation": ("咨询", "consultation", ["咨询", "问一下", "我要咨询"],
                     ["consultation", "question", "ask"]),
    "progress": ("查询进度", "progress", ["查询", "进度", "查询进度"], ["progress", "status"]),
}


def _table_grammar(name: str, table: dict[str, tuple[str, str, list[str], list[str]]]) -> Grammar:
    return Grammar(
        name,
        {v: {"zh": zh_syn, "en": en_syn} for v, (_, _, zh_syn, en_syn) in table.items()},
        keys={str(i): v for i, v in enumerate(table, start=1)},
        labels={v: {"zh": zh, "en": en} for v, (zh, en, _, _) in table.items()},
    )


def _yes_no() -> Grammar:
    return Grammar(
        "yes_no",
        {"yes": {"zh": ["是", "对", "是的", "对的", "确认"], "en": ["yes", "right", "correct"]},
         "no": {"zh": ["不是", "不对", "错", "否"], "en": ["no", "wrong"]}},
        keys={"1": "yes", "2": "no"},
        labels={"yes": {"zh": "是", "en": "yes"}, "no": {"zh": "否", "en": "no"}},
    )


def _ticket() -> Grammar:
    return Grammar("ticket", {}, keys={})


_REGISTRY: dict[str, Grammar] = {}


def get_grammar(name: str) -> Grammar | None:
    if not _REGISTRY:
        for g in (_province_grammar(), _table_grammar("category", CATEGORIES),
                  _table_grammar("service_type", SERVICE_TYPES), _yes_no(), _ticket()):
            _REGISTRY[g.name] = g
    return _REGISTRY.get(name)


def grammar_names() -> list[str]:
    get_grammar("province")
    return sorted(_REGISTRY)
