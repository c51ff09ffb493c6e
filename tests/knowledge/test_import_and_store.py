"""Validation (every error, in Mandarin and English), CSV/YAML import, and versions of the base:
publish, refuse with nothing changed, roll back, and a publish followed by another worker (Redis)."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest
import pytest_asyncio
import redis.asyncio as aioredis
import yaml

from ivr.knowledge.csv_import import COLUMNS, csv_to_yaml, import_name, merged_import
from ivr.knowledge.loader import KnowledgeRejected, parse_knowledge, shipped_files, validate_files
from ivr.knowledge.prompts import answer_id, prompt_texts
from ivr.knowledge.store import KNOWLEDGE, KnowledgeStore
from ivr.settings import Settings

ROW = {
    "id": "umbrella_broke", "category": "household_goods",
    "question_zh": "雨伞用了一次就坏了能退吗", "question_en": "My umbrella broke after one use; can I return it?",
    "paraphrases_zh": "伞坏了|雨伞质量差", "paraphrases_en": "broken umbrella",
    "keywords_zh": "雨伞|伞骨", "keywords_en": "umbrella",
    "answer_zh": "商品不符合质量要求的，可以要求退货、更换或者修理。",
    "answer_en": "Goods that fail quality requirements can be returned, replaced or repaired.",
    "law_source": "中华人民共和国消费者权益保护法", "law_source_en": "Consumer Rights Protection Law",
    "law_article": "24", "valid_from": "2014-03-15", "valid_to": "",
}


def sheet(*rows: dict[str, str], columns: tuple[str, ...] = COLUMNS) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def test_shipped_base_is_valid_cites_its_law_and_speaks_both_languages() -> None:
    base = parse_knowledge(shipped_files())
    assert len(base.entries) >= 30
    categories = {e.category for e in base.entries}
    assert {"internet", "general_food", "home_appliances", "vehicles", "education", "telecom"} <= categories
    for entry in base.entries:
        assert entry.law and all(c.source and (c.article.isdigit() if c.article else not c.checked) for c in entry.law)
        for text in (entry.answer.en, entry.question.en, *entry.keywords.en, *entry.paraphrases.en):
            assert not any("\u4e00" <= ch <= "\u9fff" for ch in text), (entry.id, text)  # espeak's English voice
        assert any("\u4e00" <= ch <= "\u9fff" for ch in entry.answer.zh)
    by_id = {e.id: e for e in base.entries}
    assert [c.article for c in by_id["online_seven_day_return"].law] == ["25"]
    assert [c.article for c in by_id["fraud_three_fold"].law] == ["55"]
    food = by_id["food_ten_fold"].law[0]
    assert (food.source, food.article) == ("中华人民共和国食品安全法", "148")


def test_every_error_is_reported_in_both_languages_with_where_it_is() -> None:
    bad = yaml.safe_dump({"entries": [
        {"id": "Bad Id", "category": "spaceships", "question": {"zh": "问"}, "keywords": {"zh": ["词"], "en": []},
         "answer": {"zh": "答", "en": "a {slot}"}, "law": [], "valid_from": "2024-02-30"},
    ]}, allow_unicode=True)
    duplicate = yaml.safe_dump({"entries": yaml.safe_load(shipped_files()["returns.yaml"])["entries"][:1]},
                               allow_unicode=True)
    errors = validate_files({**shipped_files(), "zz.yaml": bad, "zz_dup.yaml": duplicate})
    fields = {(e.file, e.entry, e.field) for e in errors}
    assert ("zz.yaml", "Bad Id", "id") in fields
    assert ("zz.yaml", "Bad Id", "category") in fields
    assert ("zz.yaml", "Bad Id", "question.en") in fields
    assert ("zz.yaml", "Bad Id", "answer.en") in fields
    assert ("zz.yaml", "Bad Id", "law") in fields
    assert ("zz.yaml", "Bad Id", "valid_from") in fields
    assert any(e.code == "duplicate-id" and e.entry == "online_seven_day_return" for e in errors)
    for error in errors:
        assert error.zh and error.en and any("\u4e00" <= ch <= "\u9fff" for ch in error.zh)
        assert " / " in error.message
    category = next(e for e in errors if e.field == "category")
    assert category.zh == "分类不在平台商品/服务分类中" and "spaceships" in category.en
    assert validate_files({"x.yaml": "entries: [\n"})[0].code == "bad-yaml"
    assert validate_files({"../x.yaml": "entries: []"})[0].code == "bad-file-name"
    assert validate_files({})[0].code == "empty"


def test_valid_to_before_valid_from_is_refused() -> None:
    row = {**ROW, "valid_from": "2025-01-01", "valid_to": "2024-01-01"}
    text, errors = csv_to_yaml(sheet(row), "u.yaml")
    assert not errors and text is not None
    problems = validate_files({"u.yaml": text})
    assert [p.zh for p in problems] == ["失效日期早于生效日期"]


def test_csv_becomes_yaml_that_loads_with_every_column() -> None:
    text, errors = csv_to_yaml("\ufeff" + sheet(ROW, {**ROW, "id": "umbrella_2", "law_source": "甲法;乙法",
                                                         "law_source_en": "Law A;Law B", "law_article": "1;2",
                                                         "valid_to": "2030-12-31", "asked_zh": "伞 一 吹 就 翻|伞骨 断",
                                                         "asked_en": "umbrella snapped",
                                                         "examples_zh": "雨伞 用 一 次 就 坏 了",
                                                         "examples_en": "umbrella broke first day"}),
                               "umbrella.yaml")
    assert errors == [] and text is not None
    base = parse_knowledge({"umbrella.yaml": text})
    first, second = base.entries
    assert first.paraphrases.zh == ["伞坏了", "雨伞质量差"] and first.keywords.en == ["umbrella"]
    assert first.valid_to is None and second.valid_to == date(2030, 12, 31)
    assert [(c.source, c.article) for c in second.law] == [("甲法", "1"), ("乙法", "2")]
    assert first.asked.all() == [] and second.asked.zh == ["伞 一 吹 就 翻", "伞骨 断"]
    assert second.asked.en == ["umbrella snapped"]
    assert first.examples.all() == [] and second.examples.zh == ["雨伞 用 一 次 就 坏 了"]
    assert second.examples.en == ["umbrella broke first day"]


def test_csv_marks_another_hotlines_question_and_refuses_a_doubtful_mark() -> None:
    text, errors = csv_to_yaml(sheet({**ROW, "refers_elsewhere": "是"}, {**ROW, "id": "u2", "refers_elsewhere": "no"},
                                     {**ROW, "id": "u3"}), "u.yaml")
    assert errors == [] and text is not None
    assert [e.refers_elsewhere for e in parse_knowledge({"u.yaml": text}).entries] == [True, False, False]
    text, errors = csv_to_yaml(sheet({**ROW, "refers_elsewhere": "maybe"}), "u.yaml")
    assert text is None and [(e.entry, e.code) for e in errors] == [("row 2", "refers-elsewhere")]
    assert "yes or no" in errors[0].en and "是" in errors[0].zh


def test_bad_csv_rows_name_their_row_and_nothing_is_kept() -> None:
    missing = {**ROW, "answer_en": "", "law_article": ""}
    uneven = {**ROW, "id": "x2", "law_source": "甲法;乙法"}
    text, errors = csv_to_yaml(sheet(ROW, missing, uneven), "u.yaml")
    assert text is None
    assert [(e.entry, e.code) for e in errors] == [("row 3", "missing"), ("row 4", "law-columns")]
    assert errors[0].zh == "第3行缺少：answer_en、law_article"
    assert "row 3 lacks answer_en, law_article" == errors[0].en
    _, header_errors = csv_to_yaml(sheet(ROW, columns=tuple(c for c in COLUMNS if c != "keywords_en")) +
                                   "", "u.yaml")
    assert header_errors[0].code == "bad-header" and "keywords_en" in header_errors[0].en
    _, extra = csv_to_yaml(sheet(ROW).rstrip("\r\n") + ",surplus\r\n", "u.yaml")
    assert extra[0].code == "extra-cells"


def test_import_merges_with_the_published_files_and_names_the_file_safely() -> None:
    published = shipped_files()
    files, name, errors = merged_import(published, "../../新 Umbrella!.CSV", sheet(ROW))
    assert errors == [] and name == "umbrella.yaml" and set(files) == set(published) | {"umbrella.yaml"}
    assert import_name("知识.yaml") == "imported.yaml"
    clash, _, clash_errors = merged_import(published, "extra.csv", sheet({**ROW, "id": "fraud_three_fold"}))
    assert [e.code for e in clash_errors] == ["duplicate-id"]
    _, _, type_errors = merged_import(published, "base.xlsx", "")
    assert type_errors[0].code == "bad-file-type"


@pytest_asyncio.fixture(loop_scope="function")
async def redis_client(redis_url: str) -> AsyncIterator[aioredis.Redis]:
    client = aioredis.Redis.from_url(redis_url)
    for key in await client.keys("ivr:knowledge:*"):
        await client.delete(key)
    yield client
    await client.aclose()


async def test_publish_refuse_rollback_and_follow(tmp_path: Path, redis_client: aioredis.Redis) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    store = KnowledgeStore(settings, redis_client)
    other = KnowledgeStore(settings.model_copy(update={"data_dir": tmp_path / "other"}), redis_client)
    first = await store.load_current()
    assert first.version == "1" and store.published_number() == 1
    assert (await other.load_current()).version == "1"
    follow = asyncio.create_task(other.watch())
    await asyncio.sleep(0.2)
    try:
        files, _, errors = merged_import(store.read_version(1), "umbrella.csv", sheet(ROW))
        assert not errors
        info = await store.publish(files, "umbrellas", "admin1")
        assert info.number == 2 and store.index().version == "2"
        assert store.index().answer("雨伞用了一次就坏了", date(2026, 3, 1)) is not None
        for _ in range(100):  # the other worker follows through Redis
            if other.index().version == "2":
                break
            await asyncio.sleep(0.05)
        assert other.index().version == "2" and other.index().base.by_id("umbrella_broke") is not None
        assert await redis_client.get(KNOWLEDGE.published_key) == b"2"
        with pytest.raises(KnowledgeRejected) as refused:
            await store.publish({**files, "bad.yaml": "entries: [{id: x}]"}, "bad", "admin1")
        assert refused.value.errors and store.published_number() == 2
        assert [v.number for v in store.list_versions()] == [1, 2]  # nothing written for the refusal
        back = await store.rollback(1, "admin1")
        assert back.number == 3 and store.read_version(3) == store.read_version(1)
        assert store.index().base.by_id("umbrella_broke") is None
    finally:
        follow.cancel()


def test_fixed_prompts_per_entry_and_topic() -> None:
    index = KnowledgeStore(Settings(data_dir=Path("/nonexistent"))).versions.kind.parse(shipped_files())
    texts = prompt_texts(index)
    assert texts[answer_id("fraud_three_fold")]["zh"].endswith("依据：《中华人民共和国消费者权益保护法》第55条。")
    assert texts[answer_id("fraud_three_fold")]["en"].endswith("Consumer Rights Protection Law, Art. 55.")
    assert texts["kb_topics"]["zh"].count("请按") == len(index.topics(9)) == 9
    assert all("{" not in t for by_lang in texts.values() for t in by_lang.values())  # fixed, built ahead
