"""Retrieval quality on caller phrasings (tests/knowledge/phrasings.py), dates, and the index's parts."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from ivr.knowledge.loader import parse_knowledge, shipped_files
from ivr.knowledge.model import KnowledgeBase
from ivr.knowledge.retrieval import (
    DEFAULT_THRESHOLD,
    KnowledgeIndex,
    Match,
    bigrams,
    surer_first,
    tokenize,
    units,
)
from tests.knowledge.phrasings import HELD_OUT, HOMOPHONES, OFF_TOPIC, ON_TOPIC

DAY = date(2026, 3, 1)  # every shipped entry is valid on this day


@pytest.fixture(scope="module")
def index() -> KnowledgeIndex:
    return KnowledgeIndex(parse_knowledge(shipped_files()))


@pytest.mark.parametrize(("text", "expected", "rank"), ON_TOPIC + HOMOPHONES,
                         ids=[f"{e}:{t[:24]}" for t, e, _ in ON_TOPIC + HOMOPHONES])
def test_caller_phrasing_finds_its_entry(index: KnowledgeIndex, text: str, expected: str, rank: int) -> None:
    found = [m.entry.id for m in index.search(text, DAY, limit=3)]
    assert expected in found[:rank], (text, found)
    if rank == 1:  # a first-place answer the IVR reads out
        best = index.answer(text, DAY)
        assert best is not None and best.entry.id == expected, (text, index.search(text, DAY, 1))


def test_overall_accuracy_and_off_topic_refusals(index: KnowledgeIndex) -> None:
    table = ON_TOPIC + HOMOPHONES
    top1 = sum(1 for t, e, _ in table if [m.entry.id for m in index.search(t, DAY, 1)] == [e])
    top3 = sum(1 for t, e, _ in table if e in [m.entry.id for m in index.search(t, DAY, 3)])
    refused = [t for t in OFF_TOPIC if index.answer(t, DAY) is None]
    assert len(table) >= 70 and len(OFF_TOPIC) >= 30
    assert top1 / len(table) >= 0.80 and top3 / len(table) >= 0.95, (top1, top3, len(table))
    assert len(refused) / len(OFF_TOPIC) >= 0.90, sorted(set(OFF_TOPIC) - set(refused))


def test_held_out_phrasings_meet_the_targets(index: KnowledgeIndex) -> None:
    """Phrasings written after the base was first tuned (top 1 >= 80 %, top 3 >= 95 %); the third round
    (issue 17) looked at their misses too, so they are a development set now."""
    top1 = sum(1 for t, e, _ in HELD_OUT if [m.entry.id for m in index.search(t, DAY, 1)] == [e])
    top3 = sum(1 for t, e, _ in HELD_OUT if e in [m.entry.id for m in index.search(t, DAY, 3)])
    assert len(HELD_OUT) >= 25
    assert top1 / len(HELD_OUT) >= 0.80 and top3 / len(HELD_OUT) >= 0.95, (top1, top3, len(HELD_OUT))


def test_keywords_are_a_user_dictionary_and_pinyin_is_indexed(index: KnowledgeIndex) -> None:
    tokens = tokenize("七天无理由退货")
    assert "七天无理由" in tokens  # a keyword of the base, kept whole by jieba
    assert "py:tuihuo" in tokens
    assert tokenize("Refunds for the GYM") == ["refund", "gym"]  # plural dropped, stop words gone


def test_homophone_reaches_the_entry_only_through_pinyin(index: KnowledgeIndex) -> None:
    assert "推货" not in {t for e in index.entries for t in tokenize(" ".join(e.keywords.all()))}
    found = [m.entry.id for m in index.search("七天无理由推货", DAY, 3)]
    assert "online_seven_day_return" in found


def test_entry_outside_its_dates_is_never_answered(index: KnowledgeIndex) -> None:
    question = "12315投诉以后多久会受理"
    before = index.answer(question, date(2026, 4, 14))  # Order No. 20 still governs
    assert before is not None and before.entry.id == "complaint_acceptance_time"
    after = index.search(question, date(2026, 4, 15), limit=10)  # Order No. 121 in force
    assert "complaint_acceptance_time" not in [m.entry.id for m in after]
    assert index.answer(question, date(2026, 4, 15)) is None or \
        index.answer(question, date(2026, 4, 15)).entry.id != "complaint_acceptance_time"  # type: ignore[union-attr]
    # an entry not yet in force: the 2024 regulations' answer is not given in 2023
    refund = "退货时商家应该按什么价格退款"
    assert index.answer(refund, date(2024, 7, 1)) is not None
    assert "refund_at_invoice_price" not in [m.entry.id for m in index.search(refund, date(2024, 6, 30), 10)]


def test_empty_and_unknown_questions(index: KnowledgeIndex) -> None:
    assert index.search("", DAY) == []
    assert index.search("的了吗", DAY) == []  # nothing but function words
    assert index.answer("xyzzy plugh", DAY) is None


def test_phrases_for_the_recogniser_cover_keywords_and_questions(index: KnowledgeIndex) -> None:
    zh = index.phrases("zh")
    assert "七天无理由" in zh and "网上买的东西可以七天无理由退货吗？" in zh
    assert len(zh) == len(set(zh))
    assert all(not any("\u4e00" <= ch <= "\u9fff" for ch in p) for p in index.phrases("en"))


def small_base(entries: dict[str, tuple[str, list[str]]]) -> KnowledgeBase:
    """A base of entries given as id -> (Mandarin question, Mandarin keywords), valid from 2014."""
    rows = [{
        "id": entry_id, "category": "sales", "question": {"zh": question, "en": entry_id.replace("_", " ")},
        "keywords": {"zh": keywords, "en": [entry_id]}, "answer": {"zh": "答复。", "en": "An answer."},
        "law": [{"source": "中华人民共和国消费者权益保护法", "source_en": "Consumer Rights Protection Law",
                 "article": "24"}],
        "valid_from": "2014-03-15",
    } for entry_id, (question, keywords) in entries.items()]
    return parse_knowledge({"small.yaml": yaml.safe_dump({"entries": rows}, allow_unicode=True)})


def test_a_word_and_its_pinyin_are_one_matched_word(index: KnowledgeIndex) -> None:
    assert units("吃饭") == [("吃饭", "py:chifan")]
    # one word of the base (吃饭, a paraphrase's word) and its pinyin once passed as two matched words
    assert index.answer("你好吃饭了没", DAY) is None
    found = index.search("你好吃饭了没", DAY, 1)
    assert found and found[0].confidence < DEFAULT_THRESHOLD


def test_one_domain_word_is_never_enough_but_two_are() -> None:
    base = small_base({"warranty": ("三包期内修理两次", ["三包", "保修", "修理"]),
                       "receipt": ("商家不给开发票", ["发票", "收据"])})
    small = KnowledgeIndex(base)
    alone = small.search("三包", DAY, 1)
    assert alone[0].entry.id == "warranty" and alone[0].confidence < DEFAULT_THRESHOLD
    both = small.answer("三包保修", DAY)
    assert both is not None and both.entry.id == "warranty"


def test_generic_words_weigh_less_than_domain_words() -> None:
    base = small_base({"platform": ("网店找不到人了", ["网店", "找不到", "平台"]),
                       "warranty": ("保修期多长", ["保修期", "保修"])})
    small = KnowledgeIndex(base, ranked=False)  # BM25's own order: the weights under test are its
    # 找不到 is the platform entry's keyword, but it says nothing of what was lost: 保修 decides
    found = small.search("保修卡找不到了", DAY, 2)
    assert [m.entry.id for m in found] == ["warranty", "platform"], found
    assert found[1].confidence < found[0].confidence
    assert units("这咋整") == [] and units("点算好啊") == []  # callers' fillers are no words


def test_character_pairs_are_a_second_signal_where_words_are_cut_otherwise() -> None:
    assert bigrams("代购买") == ["代购", "购买"]
    base = small_base({"daigou": ("代购卖假货", ["代购"]), "shop": ("网店不发货", ["网店", "发货"])})
    small = KnowledgeIndex(base)
    # jieba cuts 代购买 as 代/购买, so only the character pair 代购 ties it to the entry
    assert [m.entry.id for m in small.search("朋友的代购买的包", DAY, 1)] == ["daigou"]


def test_a_surer_match_close_behind_goes_first() -> None:
    entries = small_base({"first": ("甲", ["甲乙"]), "second": ("乙", ["乙丙"])}).entries
    best, close = Match(entries[0], 10.0, 0.3), Match(entries[1], 8.5, 0.7)
    assert surer_first([best, close]) == [close, best]
    far = Match(entries[1], 7.0, 0.9)  # more than a fifth below the best score: the ranking stands
    assert surer_first([best, far]) == [best, far]
    assert surer_first([best]) == [best]


def test_every_entry_answers_its_own_question_in_both_languages(index: KnowledgeIndex) -> None:
    for entry in index.entries:
        if not entry.valid_on(DAY):
            continue
        for question in (entry.question.zh, entry.question.en):
            best = index.search(question, DAY, 1)
            assert best and best[0].entry.id == entry.id, (entry.id, question, index.search(question, DAY))
            read = index.answer(question, DAY)
            if entry.refers_elsewhere:  # another hotline's question is found, and no answer of ours is read
                assert read is None, (entry.id, question)
            else:
                assert read is not None and read.entry.id == entry.id, (entry.id, question)


def test_the_shipped_base_refers_other_hotlines_questions_and_keeps_them_off_the_key_menus(
        index: KnowledgeIndex) -> None:
    referrals = [e for e in index.entries if e.refers_elsewhere]
    assert len(referrals) >= 8
    on_menus = {e.id for topic in index.topics() for e in index.topic_entries(topic)}
    assert on_menus and not on_menus & {e.id for e in referrals}
    assert all(e.category in index.topics() for e in index.entries if not e.refers_elsewhere)


def test_every_mandarin_keyword_of_the_base_is_one_word(index: KnowledgeIndex) -> None:
    # the user dictionary keeps each keyword whole (its parts come along inside the same unit)
    split = [(e.id, k, units(k)) for e in index.entries for k in e.keywords.zh if [u[0] for u in units(k)] != [k]]
    assert not split, split


def test_words_in_other_scripts_and_full_width_letters_are_words() -> None:
    assert units("ｉＰｈｏｎｅ　７天") == units("iphone 7天")
    assert units("４Ｓ店") == [("4s",)]
    assert units("환불 café ремонт") == [("환불",), ("café",), ("ремонт",)]
    assert units("_ - …") == []
