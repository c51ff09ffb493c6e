"""The ranker (ivr.knowledge.ranker): the questions callers asked teach it which entry words mean, it orders
only entries that share evidence with the question, and it never changes a confidence, the recogniser's
phrases, or a base too large to train in a few seconds (BM25's order then)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import yaml

from ivr.knowledge import ranker
from ivr.knowledge.loader import parse_knowledge
from ivr.knowledge.model import KnowledgeBase
from ivr.knowledge.retrieval import KnowledgeIndex

DAY = date(2026, 3, 1)
QUESTION = "新买的笔记本电脑里有别人的照片"
ASKED = ["笔记本 里 有 别人 的 照片", "新 手机 里 有 别人 的 聊天 记录", "电脑 开机 发现 别人 的 文件",
         "new laptop has someone elses photos on it"]


def base(asked: bool) -> KnowledgeBase:
    def entry(entry_id: str, question: str, keywords: list[str], questions: list[str]) -> dict[str, Any]:
        row: dict[str, Any] = {
            "id": entry_id, "category": "sales", "question": {"zh": question, "en": entry_id.replace("_", " ")},
            "keywords": {"zh": keywords, "en": [entry_id]}, "answer": {"zh": "答复。", "en": "An answer."},
            "law": [{"source": "中华人民共和国消费者权益保护法", "source_en": "Consumer Rights Protection Law",
                     "article": "55"}],
            "valid_from": "2014-03-15"}
        if asked and questions:
            row["asked"] = {"zh": [q for q in questions if not q.isascii()],
                            "en": [q for q in questions if q.isascii()]}
        return row
    rows = [entry("used_as_new", "二手商品冒充新品卖", ["二手", "翻新", "冒充新品", "电脑"], ASKED),
            entry("laptop_repair", "笔记本电脑保修期内坏了", ["笔记本电脑", "笔记本", "电脑", "保修"], []),
            entry("photo_studio", "照相馆拍的照片不满意", ["照片", "照相馆"], [])]
    return parse_knowledge({"small.yaml": yaml.safe_dump({"entries": rows}, allow_unicode=True)})


def test_callers_questions_teach_the_order_and_bm25_alone_reads_the_words() -> None:
    taught = KnowledgeIndex(base(asked=True))
    assert taught.ranked
    assert KnowledgeIndex(base(asked=True), ranked=False).search(QUESTION, DAY, 3)[0].entry.id == "laptop_repair"
    assert taught.search(QUESTION, DAY, 3)[0].entry.id == "used_as_new"
    untaught = KnowledgeIndex(base(asked=False))
    assert untaught.search(QUESTION, DAY, 3)[0].entry.id != "used_as_new", "the asked questions taught it"


def test_asked_questions_change_no_confidence_and_no_phrase_for_the_recogniser() -> None:
    taught, untaught = KnowledgeIndex(base(asked=True)), KnowledgeIndex(base(asked=False), ranked=False)
    sure = {m.entry.id: m.confidence for m in taught.search(QUESTION, DAY, 3)}
    assert sure == {m.entry.id: m.confidence for m in untaught.search(QUESTION, DAY, 3)}
    assert not set(taught.phrases("zh")) & set(ASKED) and not set(taught.phrases("en")) & set(ASKED)
    # a question sharing no word or character with an entry is no match, whatever the ranker says of it
    assert taught.search("天气怎么样", DAY, 3) == []


def test_a_base_too_large_to_train_keeps_bm25s_order(monkeypatch: pytest.MonkeyPatch,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(ranker, "RANKED_WORK_LIMIT", 10)
    large = KnowledgeIndex(base(asked=True))
    assert not large.ranked
    assert large.search(QUESTION, DAY, 3)[0].entry.id == "laptop_repair"
    assert "too many to train" in caplog.text


def test_a_base_of_one_entry_or_none_is_searched_without_a_model() -> None:
    one = KnowledgeBase(entries=base(asked=True).entries[:1])
    assert [m.entry.id for m in KnowledgeIndex(one).search(QUESTION, DAY, 3)] == ["used_as_new"]
    assert KnowledgeIndex(KnowledgeBase(entries=())).search(QUESTION, DAY, 3) == []
