"""The ranker (ivr.knowledge.ranker): the questions callers asked teach it which entry words mean, it orders
only entries that share evidence with the question, and it never changes a confidence, the recogniser's
phrases, or a base too large to train in a few seconds (BM25's order then)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

import pytest
import yaml

from ivr.knowledge import ranker, retrieval
from ivr.knowledge.loader import parse_knowledge
from ivr.knowledge.model import Entry, KnowledgeBase
from ivr.knowledge.retrieval import KnowledgeIndex

DAY = date(2026, 3, 1)
QUESTION = "新买的笔记本电脑里有别人的照片"
ASKED = ["笔记本 里 有 别人 的 照片", "新 手机 里 有 别人 的 聊天 记录", "电脑 开机 发现 别人 的 文件",
         "new laptop has someone elses photos on it"]


def base(asked: bool, field: str = "asked") -> KnowledgeBase:
    def entry(entry_id: str, question: str, keywords: list[str], questions: list[str]) -> dict[str, Any]:
        row: dict[str, Any] = {
            "id": entry_id, "category": "sales", "question": {"zh": question, "en": entry_id.replace("_", " ")},
            "keywords": {"zh": keywords, "en": [entry_id]}, "answer": {"zh": "答复。", "en": "An answer."},
            "law": [{"source": "中华人民共和国消费者权益保护法", "source_en": "Consumer Rights Protection Law",
                     "article": "55"}],
            "valid_from": "2014-03-15"}
        if asked and questions:
            row[field] = {"zh": [q for q in questions if not q.isascii()],
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


def test_written_examples_teach_the_order_as_callers_questions_do_and_nothing_else() -> None:
    """The same questions as written examples (not from calls): the same order, no confidence, no grammar."""
    written = KnowledgeIndex(base(asked=True, field="examples"))
    assert all(not e.asked.all() for e in written.entries)
    assert written.search(QUESTION, DAY, 3)[0].entry.id == "used_as_new"
    sure = {m.entry.id: m.confidence for m in written.search(QUESTION, DAY, 3)}
    assert sure == {m.entry.id: m.confidence for m in KnowledgeIndex(base(asked=False), ranked=False).search(
        QUESTION, DAY, 3)}
    assert not set(written.phrases("zh")) & set(ASKED) and not set(written.phrases("en")) & set(ASKED)


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


def with_successor(rows: KnowledgeBase) -> KnowledgeBase:
    """used_as_new until 2026-04-14, and from 2026-04-15 a successor asking the same (a new rule's answer)."""
    old = rows.entries[0].model_copy(update={"valid_to": date(2026, 4, 14)})
    new = old.model_copy(update={"id": "used_as_new_2026", "valid_from": date(2026, 4, 15), "valid_to": None})
    return KnowledgeBase(entries=(old, new, *rows.entries[1:]))


def test_a_successor_is_ranked_as_its_predecessor_was_each_on_its_own_days(monkeypatch: pytest.MonkeyPatch) -> None:
    trained: list[list[str]] = []

    def spy(entries: Sequence[Entry], words: Callable[[str], list[str]]) -> ranker.EntryRanker | None:
        trained.append([e.id for e in entries])
        return ranker.ranker_for(entries, words)

    monkeypatch.setattr(retrieval, "ranker_for", spy)
    index = KnowledgeIndex(with_successor(base(asked=True)))
    before = [m.entry.id for m in index.search(QUESTION, DAY, 3)]
    after = [m.entry.id for m in index.search(QUESTION, date(2026, 12, 1), 3)]
    assert before[0] == "used_as_new" and "used_as_new_2026" not in before, before
    assert after[0] == "used_as_new_2026" and "used_as_new" not in after, after
    # one ranker over both would learn that the callers' questions mean neither (each one's are the other's too):
    # each day's ranker knows only the entries valid together, trained once per set
    index.search(QUESTION, date(2026, 3, 2), 3)
    assert sorted(map(sorted, trained)) == [["laptop_repair", "photo_studio", "used_as_new"],
                                            ["laptop_repair", "photo_studio", "used_as_new_2026"]], trained


def test_a_rule_starting_tomorrow_is_ranked_before_anyone_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Beijing's date is the machine's (UTC) tomorrow from 16:00: the entries valid then are trained with the index,
    so the first caller under a new rule does not wait seconds for a ranker."""
    trained: list[list[str]] = []

    def spy(entries: Sequence[Entry], words: Callable[[str], list[str]]) -> ranker.EntryRanker | None:
        trained.append([e.id for e in entries])
        return ranker.ranker_for(entries, words)

    monkeypatch.setattr(retrieval, "ranker_for", spy)
    tomorrow = date.today() + timedelta(days=1)
    rows = base(asked=True)
    old = rows.entries[0].model_copy(update={"valid_to": tomorrow - timedelta(days=1)})
    new = old.model_copy(update={"id": "used_as_new_2026", "valid_from": tomorrow, "valid_to": None})
    index = KnowledgeIndex(KnowledgeBase(entries=(old, new, *rows.entries[1:])))
    built = len(trained)
    assert sorted(map(sorted, trained)) == [["laptop_repair", "photo_studio", "used_as_new"],
                                            ["laptop_repair", "photo_studio", "used_as_new_2026"]], trained
    assert index.search(QUESTION, tomorrow, 3)[0].entry.id == "used_as_new_2026"
    assert len(trained) == built, "a question asked under tomorrow's rule waited for a ranker"
