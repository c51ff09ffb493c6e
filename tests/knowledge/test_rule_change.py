"""When a rule changes on a date: an entry with a valid_to is followed by one asking the same question from the
next day, on the same key; a citation whose article is still to be found says so; no question goes silent."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from ivr.knowledge.catalog import KnowledgeCatalog
from ivr.knowledge.loader import parse_knowledge, shipped_files
from ivr.knowledge.model import Citation, KnowledgeBase
from ivr.knowledge.prompts import answer_text, prompt_texts

LAW = {"source": "市场监督管理投诉举报处理办法", "source_en": "SAMR Measures for Handling Complaints and Reports"}


def row(entry_id: str, question: str, valid_from: str, valid_to: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": entry_id, "category": "other_services", "question": {"zh": question, "en": entry_id},
        "keywords": {"zh": ["投诉"], "en": ["complaint"]}, "answer": {"zh": "答复。", "en": "An answer."},
        "law": [{**LAW, "article": "14"}], "valid_from": valid_from}
    if valid_to:
        out["valid_to"] = valid_to
    return out


def catalog(*rows: dict[str, Any]) -> KnowledgeCatalog:
    return KnowledgeCatalog(parse_knowledge({"k.yaml": yaml.safe_dump({"entries": list(rows)}, allow_unicode=True)}))


def test_a_successor_shares_its_predecessors_key_and_each_day_reads_its_own() -> None:
    book = catalog(row("accept_old", "投诉多久受理？", "2020-01-01", "2026-04-14"),
                   row("accept_new", "投诉多久受理？", "2026-04-15"),
                   row("expired_alone", "旧规定问什么？", "2020-01-01", "2026-04-14"),
                   row("evidence", "要什么证据？", "2020-01-01"))
    (page,) = book.question_pages("other_services")
    assert [e.id for e in page] == ["accept_old", "expired_alone", "evidence"]  # one key per question
    assert len(prompt_texts(book)["kb_topic_other_services"]["zh"].split("请按")) == 4  # three keys read
    old, alone = page[0], page[1]
    assert book.version_on(old, date(2026, 4, 14)).id == "accept_old"  # type: ignore[union-attr]
    assert book.version_on(old, date(2026, 4, 15)).id == "accept_new"  # type: ignore[union-attr]
    assert book.version_on(alone, date(2026, 4, 15)) is None  # a key with nothing to read: the call goes to an agent


def test_a_citation_without_its_article_must_say_it_is_unchecked() -> None:
    with pytest.raises(ValidationError, match="checked: false"):
        Citation(**LAW)
    unchecked = Citation(**LAW, checked=False)
    new_rule = parse_knowledge({"k.yaml": yaml.safe_dump({"entries": [
        {**row("accept_new", "投诉多久受理？", "2026-04-15"), "law": [{**LAW, "checked": False}]}]},
        allow_unicode=True)}).entries[0]
    assert new_rule.law == [unchecked]
    assert answer_text(new_rule, "zh").endswith("依据：《市场监督管理投诉举报处理办法》。")
    assert answer_text(new_rule, "en").endswith("This rests on the SAMR Measures for Handling Complaints and Reports.")


def test_no_shipped_question_goes_silent_when_its_rule_ends() -> None:
    base: KnowledgeBase = parse_knowledge(shipped_files())
    book = KnowledgeCatalog(base)
    ended = [e for e in base.entries if e.valid_to is not None]
    assert ended, "the shipped base has rules that ended (SAMR Order No. 20 on 2026-04-14)"
    for entry in ended:
        after = book.version_on(entry, entry.valid_to + timedelta(days=1))  # type: ignore[operator]
        assert after is not None and after.id != entry.id, entry.id
        assert any(c.source == "市场监督管理投诉举报处理办法" for c in after.law), after.law
