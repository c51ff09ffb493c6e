"""Which entry a caller's words mean: a linear classifier (scikit-learn's LinearSVC) over each entry's
texts, the questions callers asked that it answered (``asked``) and the examples written for it (``examples``).

BM25 scores the words a question shares with an entry; it cannot learn that "a laptop sold as new holds
someone's photos" is the used-goods-as-new entry unless those words are in it. The classifier learns, from
every text of every entry at once, which words and characters tell one entry from the others: Mandarin
character runs of one to three characters (the recogniser's spaces closed) and the retrieval's own words
and pinyin. It orders the entries that share any evidence with the question; the confidence, and so what is
read, offered or refused, stays the words' (ivr.knowledge.retrieval).

Two models learn from the same features: the linear SVM's best entry goes first, and a logistic model (scikit-learn's
SGDClassifier, log loss) orders the rest. Leaving each development set out (fifth to twelfth, 1,599 questions), the
SVM alone ranked 1,322 first and 1,493 in the top 3; the logistic model's order after the SVM's first gave 1,322 and
1,519 (its scores compare across entries better than the SVM's margins; alone it put 1,317 first): one-off runs,
not kept in bench/, summarised in docs/knowledge.md.

Training takes about six seconds for the shipped base (91 entries valid together, about 8,300 texts;
bench/knowledge_RESULTS.md); a base's ranker is kept for the next index of the same texts (a new version with the
same entries, the tests' many indexes of one base). Its cost grows with entries times texts, so a base above
RANKED_WORK_LIMIT (about seven times the shipped base's) is not ranked: its index keeps BM25's order, and says so in
the log once.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.svm import LinearSVC

from ivr.knowledge.model import Entry

RANKED_WORK_LIMIT = 5_000_000  # entries x training texts; the shipped base is about 670,000
REGULARISATION = 0.5  # LinearSVC's C: chosen leaving each development set out in turn (bench/knowledge_ranker.py)
# the logistic model's: alpha 3e-5 to 1e-4, one seed or another, three to twenty passes over the texts all gave
# 1,517-1,522 in the top 3 leaving each development set out; five passes train it in about two seconds
FOLLOWING_ALPHA = 5e-5
FOLLOWING_PASSES = 5
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")


def _characters(text: str) -> str:
    """The Mandarin runs of a text with the recogniser's spaces closed, else the text lower-cased."""
    closed = text.replace(" ", "")
    runs = _CJK_RUN.findall(closed)
    return " ".join(runs) if runs else text.lower()


def entry_texts(entry: Entry) -> list[str]:
    """Every text that says what the entry is about, each one training example."""
    return [entry.question.zh, entry.question.en, *entry.paraphrases.all(), *entry.keywords.all(),
            *entry.ranking_questions()]


def _given(words: list[str]) -> list[str]:
    """The words vectorizer's analyzer: a text's words arrive already made by the retrieval."""
    return words


@dataclass(frozen=True)
class _Weights:
    """A trained linear model's weights laid out for one text at a time. scikit-learn's decision_function multiplies
    by ``coef_.T``, which scipy copies whole (about 10 ms for the shipped base) on every call."""

    by_feature: np.ndarray  # features x classes, C order
    intercept: np.ndarray

    @classmethod
    def of(cls, model: LinearSVC | SGDClassifier) -> _Weights:
        return cls(np.ascontiguousarray(model.coef_.T, dtype=float), np.asarray(model.intercept_, dtype=float))

    def decision(self, features: csr_matrix) -> np.ndarray:
        return np.asarray(features @ self.by_feature, dtype=float).reshape(-1) + self.intercept


class EntryRanker:
    """Scores of every entry for a text, in the order of the entries it was trained on."""

    def __init__(self, entries: Sequence[Entry], words: Callable[[str], list[str]]) -> None:
        texts = [(text, i) for i, entry in enumerate(entries) for text in entry_texts(entry)]
        self._characters = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), preprocessor=_characters,
                                           sublinear_tf=True)
        self._words = TfidfVectorizer(analyzer=_given, sublinear_tf=True)
        self._classes: np.ndarray = np.zeros(0, dtype=int)
        self._model: _Weights | None = None
        self._following: _Weights | None = None
        self._count = len(entries)
        if len(entries) < 2:  # no entry, or one: nothing to tell apart
            return
        features = hstack([self._characters.fit_transform([t for t, _ in texts]),
                           self._words.fit_transform([words(t) for t, _ in texts])]).tocsr()
        labels = np.array([i for _, i in texts], dtype=int)
        first = LinearSVC(C=REGULARISATION).fit(features, labels)
        following = SGDClassifier(loss="log_loss", alpha=FOLLOWING_ALPHA, max_iter=FOLLOWING_PASSES, tol=None,
                                  random_state=0).fit(features, labels)
        self._model, self._following = _Weights.of(first), _Weights.of(following)
        self._classes = np.asarray(first.classes_, dtype=int)

    def scores(self, text: str, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Two scores per entry for a text and its words as the retrieval made them (higher: the text more likely
        means it): the SVM's, whose best goes first, and the logistic model's, which orders the rest; zeros when
        there is no model."""
        if self._model is None or self._following is None:
            return np.zeros(self._count), np.zeros(self._count)
        features: csr_matrix = hstack([self._characters.transform([text]), self._words.transform([words])]).tocsr()
        return self._per_entry(self._model, features), self._per_entry(self._following, features)

    def _per_entry(self, model: _Weights, features: csr_matrix) -> np.ndarray:
        out = np.zeros(self._count)
        decision = model.decision(features)
        if len(self._classes) == 2:  # two entries: one score, for the second
            decision = np.array([-decision[0], decision[0]])
        out[self._classes] = decision
        return out


log = logging.getLogger(__name__)
_too_large_logged: set[int] = set()
_trained: OrderedDict[tuple[tuple[str, ...], ...], EntryRanker] = OrderedDict()
_trained_lock = threading.Lock()
KEPT_RANKERS = 8


def rankable(entries: Sequence[Entry]) -> bool:
    """Whether a base is small enough to train its ranker in a few seconds (module doc); says so once if not."""
    work = len(entries) * sum(len(entry_texts(e)) for e in entries)
    if work > RANKED_WORK_LIMIT:
        if work not in _too_large_logged:
            _too_large_logged.add(work)
            log.warning("knowledge ranking: %d entries with %d texts are too many to train (limit %d entries x "
                        "texts); BM25's order is used", len(entries), work // max(len(entries), 1), RANKED_WORK_LIMIT)
        return False
    return True


def ranker_for(entries: Sequence[Entry], words: Callable[[str], list[str]]) -> EntryRanker | None:
    """The ranker of entries with these texts, trained once per process (the last few kept); None for a base
    too large to train in a few seconds."""
    if not rankable(entries):
        return None
    key = tuple((e.id, *entry_texts(e)) for e in entries)
    with _trained_lock:
        ranker = _trained.get(key)
        if ranker is not None:
            _trained.move_to_end(key)
            return ranker
    ranker = EntryRanker(entries, words)
    with _trained_lock:
        _trained[key] = ranker
        while len(_trained) > KEPT_RANKERS:
            _trained.popitem(last=False)
    return ranker
