"""Named grammars: the vocabulary of each speech question and text/key-to-slot mapping.

A menu names a grammar for every speech or digit question; the engine asks the
grammar which phrases the recogniser may hear, and maps what was heard (text or keys)
to a slot value.

Matching, best first: the whole utterance is one of a value's phrases (score 1.0); a
phrase of two or more characters occurs inside the utterance (0.9, "我在北京市" -> 北京);
for Chinese, the pinyin of the utterance is close to a phrase's pinyin, so that a
homophone or near miss from the recogniser still lands ("背景" -> 北京), scored lower
so that the engine's policy confirms it. Secondary phrases (a province's cities) are
scaled down the same way: "深圳" proposes 广东 but is confirmed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz

from ivr.asr.pinyin import syllables
from ivr.refdata import area_codes, provinces

SUBSTRING_SCORE = 0.9
SECONDARY_WEIGHT = 0.85  # a city names its province, but the caller is asked to confirm
PINYIN_WEIGHT = 0.85  # a sound-alike is never as good as the words themselves
FUZZY_FLOOR = 0.6  # below this a fuzzy candidate is no match


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
    # value -> phrases per language that point at the value less surely (cities of a province)
    secondary: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def phrases(self, language: str) -> list[str]:
        """Every phrase the recogniser may hear in ``language``, once each, values' own first. Made once
        per language: the province grammar's 789 phrases cost ms a call to gather, on the call's loop."""
        cache: dict[str, tuple[str, ...]] = self.__dict__.setdefault("_phrases_cache", {})
        gathered = cache.get(language)
        if gathered is None:
            gathered = cache[language] = tuple(dict.fromkeys(
                p for table in (self.phrases_by_value, self.secondary)
                for per_lang in table.values() for p in per_lang.get(language, [])
            ))
        return list(gathered)

    def match_text(self, text: str) -> SlotMatch | None:
        heard = _normalise(text)
        if not heard:
            return None
        best: SlotMatch | None = None
        for entry in self._entries():
            score = _score(heard, entry) * entry.weight
            if score > 0 and (best is None or score > best.score):
                best = SlotMatch(entry.value, round(score, 3))
        return best if best is not None and best.score >= FUZZY_FLOOR * PINYIN_WEIGHT * SECONDARY_WEIGHT \
            else None

    def match_digits(self, digits: str) -> SlotMatch | None:
        value = self.keys.get(digits)
        return SlotMatch(value, 1.0) if value is not None else None

    def label(self, value: str, language: str) -> str:
        per_lang = self.labels.get(value, {})
        return per_lang.get(language) or per_lang.get("en") or value

    def values(self) -> list[str]:
        return list(self.phrases_by_value)

    def _entries(self) -> list[_Entry]:
        cached: list[_Entry] | None = self.__dict__.get("_entry_cache")
        if cached is None:
            cached = []
            for table, weight in ((self.phrases_by_value, 1.0), (self.secondary, SECONDARY_WEIGHT)):
                for value, per_lang in table.items():
                    for phrase_list in per_lang.values():
                        for phrase in phrase_list:
                            norm = _normalise(phrase)
                            if norm:
                                cached.append(_Entry(value, norm, weight, _pinyin(norm), _pinyin(norm, True)))
            self.__dict__["_entry_cache"] = cached
        return cached


@dataclass(frozen=True)
class _Entry:
    value: str
    phrase: str  # normalised
    weight: float
    pinyin: str  # toneless syllables joined by spaces; "" for phrases without Chinese
    pinyin_tones: str


def _normalise(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).lower() if ch.isalnum())


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@cache
def _pinyin(text: str, tones: bool = False) -> str:
    if not _has_cjk(text):
        return ""
    return " ".join(syllables(text, tones))


def _score(heard: str, entry: _Entry) -> float:
    if heard == entry.phrase:
        return 1.0
    # Single characters (京, 云, 宁) only count when said alone: inside a sentence they are
    # parts of other words (辽宁 is not 宁夏).
    if len(entry.phrase) >= 2 and entry.phrase in heard:
        return SUBSTRING_SCORE
    if not entry.pinyin:
        if _has_cjk(heard) or len(entry.phrase) < 4:
            return 0.0
        ratio = fuzz.ratio(heard, entry.phrase) / 100
        return ratio * PINYIN_WEIGHT if ratio >= 0.85 else 0.0
    heard_pinyin = _pinyin(heard)
    if not heard_pinyin or len(entry.phrase) < 2:
        return 0.0
    toneless = fuzz.ratio(heard_pinyin, entry.pinyin) / 100
    if toneless < 1.0 and len(heard_pinyin) > len(entry.pinyin):
        toneless = max(toneless, fuzz.partial_ratio(entry.pinyin, heard_pinyin) / 100 * 0.95)
    if toneless < 0.8:
        return 0.0
    # Tones break ties between sound-alikes (山西 shan1 xi1 / 陕西 shan3 xi1).
    toned = fuzz.ratio(_pinyin(heard, True), entry.pinyin_tones) / 100
    return (0.8 * toneless + 0.2 * toned) * PINYIN_WEIGHT


# --- the grammars ---------------------------------------------------------------------------

PROVINCE_EXTRA_ZH: dict[str, list[str]] = {
    # Names people say that are not in provinces.csv
    "15": ["内蒙古自治区", "内蒙古区"],
    "45": ["广西壮族", "广西自治区"],
    "54": ["西藏自治区"],
    "64": ["宁夏回族", "宁夏自治区"],
    "65": ["新疆维吾尔", "新疆自治区"],
}
PROVINCE_EXTRA_EN: dict[str, list[str]] = {
    "15": ["Nei Menggu", "Nei Mongol", "Inner Mongolia"],
    "54": ["Xizang", "Tibet"],
    "61": ["Shaanxi", "Shensi"],
    "14": ["Shanxi", "Shansi"],
    "44": ["Canton", "Guangdong"],
    "11": ["Peking", "Beijing"],
}


def _province_grammar() -> Grammar:
    phrases: dict[str, dict[str, list[str]]] = {}
    labels: dict[str, dict[str, str]] = {}
    for p in provinces():
        zh = [p.name_zh, p.short_zh, *p.aliases_zh, *PROVINCE_EXTRA_ZH.get(p.code, [])]
        en = {p.name_en, p.pinyin, *PROVINCE_EXTRA_EN.get(p.code, [])}
        phrases[p.code] = {"zh": list(dict.fromkeys(zh)), "en": sorted(en)}
        labels[p.code] = {"zh": p.short_zh, "en": p.name_en}
    names = {ph for per in phrases.values() for ph in per["zh"]}
    cities: dict[str, dict[str, list[str]]] = {}
    for entry in area_codes().values():
        for city in (entry.city_zh, *entry.shared_zh):
            if city in names:  # 吉林 is a province and a city of it; the province phrase wins
                continue
            per = cities.setdefault(entry.province_code, {"zh": [], "en": []})
            per["zh"].extend([city, f"{city}市"])
        cities.setdefault(entry.province_code, {"zh": [], "en": []})["en"].append(entry.city_en)
    return Grammar("province", phrases, keys={p.code: p.code for p in provinces()}, labels=labels,
                   secondary=cities)


CATEGORIES: dict[str, tuple[str, str, list[str], list[str]]] = {
    # value: (zh label, en label, zh synonyms, en synonyms)
    "food": ("食品", "food", ["食品", "食物", "吃的", "餐饮食品", "食品安全", "过期食品", "变质食品", "食品问题"],
             ["food", "food safety"]),
    "drugs": ("药品医疗器械", "drugs and medical devices",
              ["药品", "药", "药物", "医药", "医疗器械", "化妆品", "保健品"],
              ["drugs", "medicine", "medical devices", "cosmetics"]),
    "quality": ("产品质量", "product quality", ["产品质量", "质量", "质量问题", "假冒伪劣", "商品质量", "产品"],
                ["product quality", "quality", "defective product"]),
    "prices": ("价格收费", "prices and charges", ["价格", "收费", "乱收费", "价格收费", "多收费", "标价"],
               ["prices", "price", "charges", "overcharging"]),
    "online": ("网络购物", "online shopping", ["网购", "网络购物", "网上购物", "电商", "快递", "直播带货"],
               ["online shopping", "online", "internet shopping", "e-commerce"]),
    "services": ("服务", "services", ["服务", "餐饮", "教育", "培训", "旅游", "电信", "物业", "美容", "预付卡"],
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
        {"yes": {"zh": ["是", "对", "是的", "对的", "确认", "没错"], "en": ["yes", "right", "correct"],
                 "ko": ["네", "예"]},
         "no": {"zh": ["不是", "不对", "错", "否", "不"], "en": ["no", "wrong"], "ko": ["아니요", "아니"]}},
        keys={"1": "yes", "2": "no"},
        labels={"yes": {"zh": "是", "en": "yes", "ko": "네"}, "no": {"zh": "否", "en": "no", "ko": "아니요"}},
    )


# Korean test pack: the only Vosk model a package ships here is Korean, so the real-model tests
# use a province-like grammar of Korean cities.
KO_CITIES: dict[str, tuple[str, list[str]]] = {
    "seoul": ("서울", ["서울", "서울시"]),
    "suwon": ("수원", ["수원"]),
    "busan": ("부산", ["부산"]),
    "daegu": ("대구", ["대구"]),
    "incheon": ("인천", ["인천"]),
}


def _ko_city() -> Grammar:
    return Grammar(
        "ko_city",
        {v: {"ko": phrases} for v, (_, phrases) in KO_CITIES.items()},
        keys={str(i): v for i, v in enumerate(KO_CITIES, start=1)},
        labels={v: {"ko": label, "en": v.capitalize()} for v, (label, _) in KO_CITIES.items()},
    )


def _ticket() -> Grammar:
    return Grammar("ticket", {}, keys={})


_REGISTRY: dict[str, Grammar] = {}


def get_grammar(name: str) -> Grammar | None:
    if not _REGISTRY:
        for g in (_province_grammar(), _table_grammar("category", CATEGORIES),
                  _table_grammar("service_type", SERVICE_TYPES), _yes_no(), _ticket(), _ko_city()):
            _REGISTRY[g.name] = g
    return _REGISTRY.get(name)


def grammar_names() -> list[str]:
    get_grammar("province")
    return sorted(_REGISTRY)


def grammar_from_mapping(name: str, mapping: dict[str, object], language: str) -> Grammar:
    """A grammar from ``{value: [phrases]}`` or ``{value: {language: [phrases]}}`` (the
    ``--grammar FILE`` of ``ivr asr recognize``). Raises ValueError on any other shape."""
    phrases: dict[str, dict[str, list[str]]] = {}
    for value, spec in mapping.items():
        if isinstance(spec, str):
            spec = [spec]
        if isinstance(spec, list) and all(isinstance(p, str) for p in spec):
            phrases[str(value)] = {language: list(spec)}
        elif isinstance(spec, dict) and all(
            isinstance(ps, list) and all(isinstance(p, str) for p in ps) for ps in spec.values()
        ):
            phrases[str(value)] = {str(lang): list(ps) for lang, ps in spec.items()}
        else:
            raise ValueError(f"grammar {name}: value {value!r} must map to a list of phrases "
                             "or to {language: [phrases]}")
    if not phrases:
        raise ValueError(f"grammar {name}: no values")
    return Grammar(name, phrases, keys={})
