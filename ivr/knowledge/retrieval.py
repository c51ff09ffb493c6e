"""Finding the entry that answers a caller's question: words, pinyin, BM25, a confidence.

- Words: jieba with the base's Mandarin keywords as a user dictionary; each word of the precise cut
  is one unit with the shorter words inside it (search mode), so "七日无理由退货" stays one word as
  well as its parts. English words lower-cased with a plain plural "s" dropped; a run of letters in
  any other script (Hangul, Cyrillic, Latin with accents) is one word, and full-width letters and
  digits are read as ASCII (NFKC). Function words and callers' fillers (咋整, 点算) dropped.
- Pinyin: every Mandarin word of two or more characters also counts as its toneless pinyin
  (``py:tuihuo``), so a recogniser's homophone ("推货" for "退货") still finds the entry. A word,
  the words inside it and their pinyin are one unit: BM25 scores each of them, the confidence
  counts the unit once.
- Generic words: words that say something went wrong but not what (找不到, 不给, 商家, seller),
  and 投诉/维权, which nearly every caller to 12315 says, weigh a third of a domain word, in the
  ranking and in the confidence. A compound that holds one (老板跑了) is a domain word.
- Recogniser and web spellings: the spaces Vosk prints between Mandarin words are closed before
  jieba cuts the run again; 4S店 however spelt (四 s 店, 四爱斯店, 4s) is one token; typed digits
  are the number words the base is written in ("7 days" as "seven days").
- Ranking: BM25 (bm25s) over each entry's question, paraphrases and keywords (keywords twice),
  plus a second BM25 over pairs of adjacent Mandarin characters of the same texts at 0.3 of the
  words' best score, for words jieba cuts otherwise ("代购买" as 代/购买). The pairs only rank: the
  confidence is the words'.
- Confidence: the square root of the share of the question's weight, by rarity (IDF), that the
  entry holds (a word the base has never seen weighs its mean IDF), times the evidence: the matched
  weight against 1.3 average words, capped at 1. One matched domain word is never enough: a single
  one caps the confidence under the threshold. Below the threshold there is no good answer.
- Close matches: a match whose BM25 score is within a fifth of the best and whose confidence is
  higher is put first, so a surer second match is read rather than the caller sent to an agent.
- Dates: an entry outside its valid dates is never returned.

Jieba's dictionary ships in its wheel and is loaded once per process, into a compact mapping that
answers as jieba's own (ivr/knowledge/compact_dictionary.py); nothing is downloaded.
"""

from __future__ import annotations

import functools
import logging
import math
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

import bm25s
import jieba
import numpy as np
from pypinyin import lazy_pinyin

from ivr.knowledge.catalog import KnowledgeCatalog
from ivr.knowledge.compact_dictionary import compact_tokenizer
from ivr.knowledge.model import Entry, KnowledgeBase
from ivr.knowledge.ranker import EntryRanker, rankable, ranker_for
from ivr.knowledge.spelling import SpellingNeighbours

DEFAULT_THRESHOLD = 0.5
EVIDENCE_WORDS = 1.3  # matched words of average rarity (a word and its pinyin are one) for full evidence
ONE_WORD_CAP = 0.45  # the most confidence one matched domain word can give (under the threshold)
KEYWORD_WEIGHT = 2
GENERIC_WEIGHT = 1 / 3
GRAM_WEIGHT = 0.3  # character pairs against words, in the ranking only (never in the confidence)
CLOSE_SCORE = 0.8  # a match within this share of the best BM25 score may go first when it is surer
_CJK = re.compile(r"[\u3400-\u9fff]+")
# A run of letters or digits in any other script is one word, as English is: Latin with accents, Hangul,
# Cyrillic, Uyghur (the web channel types them; the test recogniser writes Hangul).
_SPLIT = re.compile(r"([\u3400-\u9fff]+|[^\W_\u3400-\u9fff]+)")
# The recogniser prints Mandarin with spaces between its own words ("退 货 的 运费"); jieba cuts the run again.
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")

STOP_ZH = frozenset("""
我 我们 你 你们 您 他 她 它 他们 的 地 得 了 着 过 吗 呢 吧 啊 呀 嘛 哦 哈 是 在 有 想 想要 要 请 请问 问 问问 一下 下
怎么 怎么办 怎样 怎么样 如何 什么 啥 可以 能 能不能 可不可以 会 会不会 这个 那个 这 那 这样 那样 就 都 也 还 和 与 及 或
或者 被 把 给 对 从 到 说 一个 个 么 多少 哪 哪里 哪儿 为什么 应该 需要 好 该 咨询 知道 告诉 谢谢 你好 喂 现在 已经 然后
里 上 时候 时 后 之后 以后 事 事情 问题 情况 所以 因为 但是 可是 如果 一 些 一些 自己 人 东西
咋 咋整 咋弄 咋办 怎么弄 怎么整 点算 晓得 俺 侬 咱 咱们 啥子 就是 那种 这种 这种情况 一直 到底 还是 能够 是不是
有没有 算不算 对不对 行不行 合理 合理吗 正常 嗯 呃 额 哎 唉 诶 讲 听 听到 能听到 麻烦 帮 帮我 帮忙 一点
我想 我要 想问 想问一下 我问 问一问
""".split())
STOP_EN = frozenset("""
a an the i me my we our you your he she it its they them their is are was were be been am do does did
can could would should will shall may might must to of in on at for from by with about as into and or but
if then so that this these those what which who whom how why when where there here have has had not no
please tell want know get got just any some there's it's i'm im dont don't question ask hi hello thanks
say says said told also still even really very too much many since until after before again ever yet
its wont cant didnt doesnt isnt arent wasnt havent thing things way ok okay yes
""".split())
# Words that say something went wrong, or with whom, but not what: a third of a domain word's weight.
GENERIC_ZH = frozenset("""
找不到 找不着 联系不上 不给 不让 不肯 不管 不理 不处理 拖着 推脱 商家 卖家 店家 老板 客服 店 店里 商店
买 买了 买的 购买 收到 花了 钱 说是 结果 发现 后来 当时 还能 找谁 谁 管 人管 要求 可以吗 合法 合法吗
投诉 维权 好几千 几千 一万多 块钱
""".split())
GENERIC_EN = frozenset("""
seller shop store business company bought buy pay paid money got find found cannot item product goods
""".split())
# Digits typed on the web channel ("return after 7 days") count as the words the base is written in.
NUMBER_WORDS = {"1": "one", "2": "two", "3": "three", "5": "five", "7": "seven", "10": "ten", "15": "fifteen",
                "30": "thirty"}
# 4S店 (a car dealer) as recognised or typed: "四 s 店", "4S店", "4s shop" all become the one token 4s.
_FOUR_S = re.compile(r"(?:4|四)\s*(?:s(?![a-z])|爱斯|艾斯)\s*店?")

jieba.setLogLevel(logging.WARNING)
_tokenizer_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None


def _shared_tokenizer() -> jieba.Tokenizer:
    """One jieba tokenizer per process (its dictionary takes a second or two to load), on the
    compact copy of jieba's prefix dictionary (27 MB less per process, same words)."""
    global _tokenizer
    with _tokenizer_lock:
        if _tokenizer is None:
            _tokenizer = compact_tokenizer()
        return _tokenizer


_user_words: set[str] = set()


def add_user_words(words: list[str]) -> None:
    """The base's Mandarin keywords into jieba's dictionary, each once per process: jieba's add_word
    raises a word's frequency and the dictionary's total every time it is called, so indexing one base
    again (every version, every test) would drift how overlapping keywords (七天无理由退货) are cut."""
    tokenizer = _shared_tokenizer()
    with _tokenizer_lock:
        added = False
        for word in words:
            word = word.strip()
            if len(word) >= 2 and _CJK.fullmatch(word) and word not in _user_words:
                tokenizer.add_word(word, freq=max(tokenizer.suggest_freq(word, tune=False), 1000))
                _user_words.add(word)
                added = True
        if added:  # a new word may change how longer words are cut; a base indexed again keeps its texts' cuts
            _word_unit.cache_clear()
            _tokens.cache_clear()


def _stem(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@functools.lru_cache(maxsize=65536)
def _pinyin(word: str) -> tuple[str, ...]:
    return ("py:" + "".join(lazy_pinyin(word)),) if len(word) >= 2 else ()  # one syllable says too little


@functools.lru_cache(maxsize=65536)
def _word_unit(word: str) -> tuple[str, ...]:
    """A word of the precise cut, the shorter words inside it (search mode) and the pinyin of each."""
    inside = [w for w in _shared_tokenizer().cut_for_search(word) if w != word and w not in STOP_ZH]
    words = list(dict.fromkeys([word, *inside]))
    return tuple(words + [p for w in words for p in _pinyin(w)])


_GENERIC_PINYIN = frozenset(p for w in GENERIC_ZH for p in _pinyin(w))


def _mandarin_units(tokenizer: jieba.Tokenizer, part: str) -> list[tuple[str, ...]]:
    return [_word_unit(w) for w in tokenizer.cut(part) if w not in STOP_ZH and _CJK.fullmatch(w)]


def units(text: str) -> list[tuple[str, ...]]:
    """The words of a text in either language, each with the words inside it and their pinyin
    (see the module doc): a unit matches once and counts as one word."""
    tokenizer = _shared_tokenizer()
    out: list[tuple[str, ...]] = []
    # NFKC: full-width letters and digits typed with a Chinese input method are the ASCII ones
    normal = unicodedata.normalize("NFKC", text).lower()
    for part in _SPLIT.findall(_CJK_GAP.sub("", _FOUR_S.sub(" 4s ", normal))):
        if _CJK.fullmatch(part):
            out += _mandarin_units(tokenizer, part)
        elif part not in STOP_EN and (len(part) > 1 or part.isdigit()):
            out.append((NUMBER_WORDS.get(part) or _stem(part),))
    return out


def tokenize(text: str) -> list[str]:
    """Words and pinyin of a text in either language, flat (see the module doc)."""
    return list(_tokens(text))


@functools.lru_cache(maxsize=32768)
def _tokens(text: str) -> tuple[str, ...]:
    # an index's texts are cut again by the next index of the base (a new version, each day's ranker)
    return tuple(token for unit in units(text) for token in unit)


def is_generic(unit: tuple[str, ...]) -> bool:
    """Whether a unit's word is generic, or heard as one (its pinyin is a generic word's: 头诉, 投诉)."""
    # only the unit's own word is heard as generic: 老板跑了 holds 老板 but says what went wrong
    return unit[0] in GENERIC_ZH or unit[0] in GENERIC_EN or any(t in _GENERIC_PINYIN for t in _pinyin(unit[0]))


def bigrams(text: str) -> list[str]:
    """Pairs of adjacent Mandarin characters: a second signal where the words are cut differently."""
    return [run[i:i + 2] for run in _CJK.findall(_CJK_GAP.sub("", text)) for i in range(len(run) - 1)]


def entry_bigrams(entry: Entry) -> list[str]:
    texts = [entry.question.zh, *entry.paraphrases.zh, *entry.keywords.zh * KEYWORD_WEIGHT]
    return [g for text in texts for g in bigrams(text)] or ["_"]


def entry_document(entry: Entry) -> list[str]:
    texts = [entry.question.zh, entry.question.en, *entry.paraphrases.all()]
    texts += entry.keywords.all() * KEYWORD_WEIGHT
    return [token for text in texts for token in tokenize(text)]


@dataclass(frozen=True)
class Match:
    entry: Entry
    score: float
    confidence: float


def surer_first(found: list[Match]) -> list[Match]:
    """Put first the surest match among those scoring within CLOSE_SCORE of the best (module doc)."""
    if len(found) < 2:
        return found
    close = [m for m in found if m is found[0] or m.score >= CLOSE_SCORE * found[0].score]
    surest = max(close, key=lambda m: m.confidence)
    if surest is found[0]:
        return found
    return [surest, *[m for m in found if m is not surest]]


def _days_somewhere_today() -> tuple[date, ...]:
    """The dates it is now in some time zone: a centre asks by its own (Beijing's is the machine's tomorrow from
    16:00 UTC), and a rule that starts tomorrow by the machine's clock may already apply there."""
    today = date.today()
    return (today - timedelta(days=1), today, today + timedelta(days=1))


class KnowledgeIndex(KnowledgeCatalog):
    """BM25 over one base's entries; built once per published version. The key menus (topics, a
    topic's entries, the recogniser's phrases) are the catalog's, which a FastAGI worker holds alone."""

    def __init__(self, base: KnowledgeBase, threshold: float = DEFAULT_THRESHOLD, ranked: bool = True) -> None:
        super().__init__(base)
        self.threshold = threshold
        add_user_words([w for e in self.entries for w in e.keywords.zh])
        # ranked=False: BM25's order (the bench's comparison); the confidence is the same either way.
        # One ranker per set of entries valid together: a successor entry (the same questions, a new rule from
        # its valid_from) must not be told apart from the entry it replaces, only from the others of its day.
        self._ranked = ranked and rankable(self.entries)
        self._rankers: dict[bytes, tuple[EntryRanker | None, np.ndarray]] = {}
        # a base of no entries (a file of `entries: []`) indexes one empty document: bm25s needs one
        documents = [entry_document(e) for e in self.entries] or [["_"]]
        self._sets = [frozenset(d) for d in documents]
        # the words of the questions callers asked of an entry (and of its examples): evidence for the ranker to
        # order it, never confidence (what is read stays the entry's own words)
        self._asked = ([frozenset(t for q in e.ranking_questions() for t in tokenize(q)) for e in self.entries]
                       if self._ranked else [])
        self._bm25 = bm25s.BM25()
        self._bm25.index(documents, show_progress=False)
        self._vocab: dict[str, int] = dict(self._bm25.vocab_dict)  # type: ignore[arg-type]
        self._grams = bm25s.BM25()
        self._grams.index([entry_bigrams(e) for e in self.entries] or [["_"]], show_progress=False)
        self._gram_vocab = set(self._grams.vocab_dict)
        frequency: Counter[str] = Counter(t for s in self._sets for t in s)
        count = max(len(documents), 1)
        self._idf = {t: math.log(1 + (count - n + 0.5) / (n + 0.5)) for t, n in frequency.items()}
        mean_idf = sum(self._idf.values()) / len(self._idf) if self._idf else 1.0
        self._unknown_idf = mean_idf
        self._spelling = SpellingNeighbours(frequency)
        self._evidence = EVIDENCE_WORDS * mean_idf
        self._masks: dict[date, np.ndarray] = {}
        if self._ranked:  # trained now for today's entries, so no caller's question waits for it
            for day in _days_somewhere_today():
                self._ranker_of(self._valid_mask(day))  # the same entries (most days) are one ranker

    @property
    def ranked(self) -> bool:
        """Whether a ranker orders the matches (False: BM25's order)."""
        return self._ranked

    def _ranking(self, mask: np.ndarray, text: str, words: list[str]) -> tuple[np.ndarray, np.ndarray] | None:
        """The ranker's two scores (the first entry's, the order of the rest; ivr.knowledge.ranker) of the entries
        valid together (``mask``), zero elsewhere; None when unranked. Trained on the first question of a new set
        of valid entries (a rule's valid_from), then kept."""
        if not self._ranked:
            return None
        ranker, where = self._ranker_of(mask)
        first, rest = np.zeros(len(self.entries)), np.zeros(len(self.entries))
        if ranker is not None:
            first[where], rest[where] = ranker.scores(text, words)
        return first, rest

    def _ranker_of(self, mask: np.ndarray) -> tuple[EntryRanker | None, np.ndarray]:
        key = mask.tobytes()
        kept = self._rankers.get(key)
        if kept is None:
            where = np.flatnonzero(mask)
            kept = (ranker_for([self.entries[i] for i in where], tokenize), where)
            self._rankers[key] = kept
        return kept

    def search(self, text: str, day: date, limit: int = 3) -> list[Match]:
        """The best entries valid on ``day`` (at most ``limit``), best first, each with a confidence."""
        heard = units(text)
        asked = list(dict.fromkeys(self._spelled(u) for u in heard))
        known = [(u, [t for t in u if t in self._vocab]) for u in asked]
        grams = [g for g in dict.fromkeys(bigrams(text)) if g in self._gram_vocab]
        if not (grams or any(tokens for _, tokens in known)) or not self.entries:
            return []
        weight = {u: GENERIC_WEIGHT if is_generic(u) else 1.0 for u in asked}
        domain = [t for u, tokens in known if weight[u] == 1.0 for t in tokens]
        generic = [t for u, tokens in known if weight[u] != 1.0 for t in tokens]
        scores = np.zeros(len(self.entries))
        if domain:
            scores += np.asarray(self._bm25.get_scores(domain), dtype=float)
        if generic:
            scores += GENERIC_WEIGHT * np.asarray(self._bm25.get_scores(generic), dtype=float)
        if grams:  # on the words' scale, so the pairs weigh GRAM_WEIGHT of the best word score
            gram_scores = np.asarray(self._grams.get_scores(grams), dtype=float)
            if gram_scores.max() > 0:
                scale = scores.max() / gram_scores.max() if scores.max() > 0 else 1.0
                scores = scores + GRAM_WEIGHT * scale * gram_scores
        valid = self._valid_mask(day)
        scores = np.where(valid, scores, -np.inf)
        evidence = np.isfinite(scores) & (scores > 0)  # only an entry sharing words or characters is a match
        if self._ranked and domain:  # ... with it or with the questions callers asked of it
            said = set(domain)
            evidence |= valid & np.array([not said.isdisjoint(words) for words in self._asked], dtype=bool)
        # the ranker learnt from tokenize()'s words: the same, made once here
        ranking = self._ranking(valid, text, [t for u in heard for t in u])
        if ranking is None:
            key = np.where(evidence, scores, -np.inf)
        else:  # the SVM's best first, the logistic model's order after it (ivr.knowledge.ranker)
            first, rest = ranking
            key = np.where(evidence, rest, -np.inf)
            best = int(np.argmax(np.where(evidence, first, -np.inf)))
            if evidence[best]:
                key[best] = np.inf
        order = np.argsort(-key, kind="stable")[: limit + 2]
        rarity = {u: max((self._idf.get(t, 0.0) for t in u), default=0.0) or self._unknown_idf for u in asked}
        # a unit matched through a shorter word inside it weighs that word's rarity
        total = sum(weight[u] * rarity[u] for u in asked)
        found: list[Match] = []
        for i in order:
            if not evidence[i]:
                break
            held = {u: max((self._idf[t] for t in u if t in self._sets[i]), default=0.0) for u in asked}
            matched = [u for u in asked if held[u] > 0]
            covered = sum(weight[u] * held[u] for u in matched)
            confidence = math.sqrt(covered / total) * min(1.0, covered / self._evidence) if total else 0.0
            if sum(1 for u in matched if not is_generic(u)) < 2:
                confidence = min(confidence, ONE_WORD_CAP)
            found.append(Match(self.entries[i], float(scores[i]), round(confidence, 3)))
        return (found if self._ranked else surer_first(found))[:limit]

    def _spelled(self, unit: tuple[str, ...]) -> tuple[str, ...]:
        """An English word the base does not hold, read as the base's word it was typed for."""
        if len(unit) == 1 and unit[0] not in self._vocab:
            meant = self._spelling.correct(unit[0])
            if meant is not None:
                return (meant,)
        return unit

    def _valid_mask(self, day: date) -> np.ndarray:
        """Which entries are valid on ``day`` (kept for the last few days asked)."""
        mask = self._masks.get(day)
        if mask is None:
            mask = np.array([e.valid_on(day) for e in self.entries], dtype=bool)
            if len(self._masks) >= 8:
                self._masks.clear()
            self._masks[day] = mask
        return mask

    def answerable(self, match: Match) -> bool:
        """Whether a match is read as the answer: sure enough, and not another hotline's question
        (``refers_elsewhere``), which is no answer of ours."""
        return match.confidence >= self.threshold and not match.entry.refers_elsewhere

    def answer(self, text: str, day: date) -> Match | None:
        """The best entry when it is ``answerable``, else None (offer an agent)."""
        best = self.search(text, day, limit=1)
        return best[0] if best and self.answerable(best[0]) else None
