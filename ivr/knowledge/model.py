"""One consultation answer and a base of them (pydantic).

An entry answers one question callers ask, in Mandarin and English, cites the law it rests on
(article and source), belongs to a subcategory of the platform's goods/services taxonomy
(ivr.refdata.classification) and is answered only between ``valid_from`` and ``valid_to``
(inclusive): a rule of law is data with a start date.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ivr.refdata.classification import SUBCATEGORIES

LANGUAGES = ("zh", "en")
CATEGORY_CODES = frozenset(s.code for s in SUBCATEGORIES)
EntryId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,47}$")]
Phrase = Annotated[str, Field(min_length=1, max_length=200)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Texts(Strict):
    """A text in each language."""

    zh: str = Field(min_length=1, max_length=2000)
    en: str = Field(min_length=1, max_length=2000)

    @field_validator("zh", "en")
    @classmethod
    def _no_braces(cls, value: str) -> str:
        if "{" in value or "}" in value:  # prompt texts with braces are templates, not fixed prompts
            raise ValueError("texts may not contain { or }")
        return value.strip()

    def get(self, language: str) -> str:
        return self.en if language == "en" else self.zh


class Phrases(Strict):
    """Phrases in each language (either list may be empty)."""

    zh: list[Phrase] = Field(default_factory=list, max_length=50)
    en: list[Phrase] = Field(default_factory=list, max_length=50)

    def all(self) -> list[str]:
        return [*self.zh, *self.en]


class AskedPhrases(Strict):
    """Questions callers asked that this entry answered, as they said or typed them: they teach the ranking
    (ivr.knowledge.ranker) which entry a caller's words mean, and nothing else (no grammar, no confidence)."""

    zh: list[Phrase] = Field(default_factory=list, max_length=300)
    en: list[Phrase] = Field(default_factory=list, max_length=300)

    def all(self) -> list[str]:
        return [*self.zh, *self.en]


class ExamplePhrases(AskedPhrases):
    """Questions written the way callers ask, by someone who knew the entry's question (not taken from calls):
    what the ranking learns from before a centre has its own ``asked``; like those, nothing else."""


class Citation(Strict):
    """The law an answer rests on: ``source`` is the instrument's official Chinese title."""

    source: str = Field(min_length=2, max_length=120)
    source_en: str = Field(min_length=2, max_length=160)
    # None: the instrument as a whole, only while its article number is still to be found (checked false)
    article: str | None = Field(default=None, min_length=1, max_length=40, pattern=r"^[0-9]{1,4}$")
    valid_from: date | None = None  # when the cited text took effect
    checked: bool = True  # False: the article number was not confirmed against the official text

    @model_validator(mode="after")
    def _article_or_unchecked(self) -> Citation:
        if self.article is None and self.checked:
            raise ValueError("a citation without its article must say checked: false (the article is still to be "
                             "found)")
        return self

    def text(self, language: str) -> str:
        if language == "en":
            return self.source_en if self.article is None else f"{self.source_en}, Art. {self.article}"
        return f"《{self.source}》" if self.article is None else f"《{self.source}》第{self.article}条"


class Entry(Strict):
    id: EntryId
    category: str
    # a question the hotline does not answer (wages, tax, visas...): its answer says which other public hotline does,
    # and the caller still goes to an agent; never read as a consumer answer nor on the key menus
    refers_elsewhere: bool = False
    question: Texts
    paraphrases: Phrases = Field(default_factory=Phrases)
    keywords: Phrases
    asked: AskedPhrases = Field(default_factory=AskedPhrases)
    examples: ExamplePhrases = Field(default_factory=ExamplePhrases)
    answer: Texts
    law: list[Citation] = Field(min_length=1, max_length=6)
    valid_from: date
    valid_to: date | None = None

    @field_validator("category")
    @classmethod
    def _known_category(cls, value: str) -> str:
        if value not in CATEGORY_CODES:
            raise ValueError(f"unknown category {value!r}; use one of {', '.join(sorted(CATEGORY_CODES))}")
        return value

    @model_validator(mode="after")
    def _dates_and_keywords(self) -> Entry:
        if self.valid_to is not None and self.valid_to < self.valid_from:
            raise ValueError(f"valid_to {self.valid_to} is before valid_from {self.valid_from}")
        if not self.keywords.zh or not self.keywords.en:
            raise ValueError("keywords need at least one phrase in zh and one in en")
        return self

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def ranking_questions(self) -> list[str]:
        """What callers asked of this entry, and the examples written for it: the ranking's own lessons."""
        return [*self.asked.all(), *self.examples.all()]

    def citation_text(self, language: str) -> str:
        return ("; " if language == "en" else "；").join(c.text(language) for c in self.law)


class KnowledgeFile(Strict):
    """One YAML file of the base: ``entries: [...]``."""

    entries: list[Entry] = Field(default_factory=list)


class KnowledgeBase(BaseModel):
    """Every entry of one version, by id (ids are unique across files)."""

    model_config = ConfigDict(frozen=True)

    entries: tuple[Entry, ...]
    version: str = "draft"

    def by_id(self, entry_id: str) -> Entry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    def valid_on(self, day: date) -> list[Entry]:
        return [e for e in self.entries if e.valid_on(day)]
