"""The compact copy of jieba's prefix dictionary (ivr/knowledge/compact_dictionary.py) answers as
jieba's own dict: every key and value, the total, what is not in it, words added later, and the
words it cuts from the knowledge base's texts and the held-out questions."""

from __future__ import annotations

import io
import logging
import random

import jieba
import pytest

from ivr.knowledge.compact_dictionary import compact_tokenizer, read_frequencies
from ivr.knowledge.loader import parse_knowledge, shipped_files
from tests.knowledge.held_out import HELD_OUT_2, OFF_TOPIC_2

jieba.setLogLevel(logging.WARNING)


@pytest.fixture(scope="module")
def jieba_own() -> jieba.Tokenizer:
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


@pytest.fixture(scope="module")
def compact() -> jieba.Tokenizer:
    return compact_tokenizer()


def test_every_word_and_prefix_has_jiebas_frequency(jieba_own: jieba.Tokenizer, compact: jieba.Tokenizer) -> None:
    assert compact.total == jieba_own.total
    assert len(compact.FREQ) == len(jieba_own.FREQ) > 400_000
    differ = [k for k, v in jieba_own.FREQ.items() if k not in compact.FREQ or compact.FREQ[k] != v]
    assert differ == []
    assert sum(1 for v in jieba_own.FREQ.values() if v == 0) > 100_000  # the prefixes were compared too


def test_what_jieba_does_not_hold_the_compact_one_does_not_either(jieba_own: jieba.Tokenizer,
                                                                  compact: jieba.Tokenizer) -> None:
    chance = random.Random(14)
    common = [chr(c) for c in range(0x4E00, 0x9FA6)]
    probes = ["".join(chance.choice(common) for _ in range(chance.randint(1, 4))) for _ in range(50_000)]
    probes += [k + "\x00" for k in list(jieba_own.FREQ)[:1000]] + ["", "\x01", "a\x00b"]
    differ = [p for p in probes if (p in compact.FREQ) != (p in jieba_own.FREQ)
              or compact.FREQ.get(p, -1) != jieba_own.FREQ.get(p, -1)]
    assert differ == []
    assert any(p not in jieba_own.FREQ for p in probes)
    with pytest.raises(KeyError):
        compact.FREQ["\x00"]


def test_the_same_words_from_the_base_and_the_questions_after_the_same_user_words() -> None:
    base = parse_knowledge(shipped_files())
    own, mine = jieba.Tokenizer(), compact_tokenizer()
    own.initialize()
    keywords = [w for e in base.entries for w in e.keywords.zh] + ["七日无理由退货", "推货"]
    for tokenizer in (own, mine):
        for word in keywords:
            tokenizer.add_word(word, freq=max(tokenizer.suggest_freq(word, tune=False), 1000))
    assert mine.total == own.total and len(mine.FREQ) == len(own.FREQ)
    texts = [t for e in base.entries for t in (e.question.zh, *e.paraphrases.zh)]
    texts += [t for t, _ in HELD_OUT_2] + list(OFF_TOPIC_2)
    differ = [t for t in texts if list(own.cut_for_search(t)) != list(mine.cut_for_search(t))]
    assert differ == [] and len(texts) > 200


def test_a_bad_dictionary_line_is_named() -> None:
    with pytest.raises(ValueError, match="line 2"):
        read_frequencies(io.StringIO("退货 30 v\n退款\n"))
    frequencies, total = read_frequencies(io.StringIO("退货 30 v\n退货 40 v\n退款 5\n"))
    assert total == 75 and frequencies["退货"] == 40 and frequencies["退"] == 0 and "货" not in frequencies
