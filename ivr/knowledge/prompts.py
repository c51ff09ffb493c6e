"""The fixed prompts of a knowledge base: each answer, the topic menu, each topic's questions, and
for the list offered after a spoken question (ivr.knowledge.clarify) each entry's question and the
keys to press.

They are ordinary prompts of the pseudo-menu ``knowledge`` (sound ``ivr/<lang>/knowledge/<id>``),
built ahead by ``ivr prompts build`` like every other fixed prompt; nothing here is spoken
during a call that was not written before it.
"""

from __future__ import annotations

import re
from typing import Protocol

from ivr.channel import Prompt, PromptPiece
from ivr.knowledge.catalog import MORE_KEY, parse_catalog
from ivr.knowledge.loader import read_dir, shipped_files
from ivr.knowledge.model import LANGUAGES, Entry, KnowledgeBase
from ivr.refdata.classification import subcategory
from ivr.settings import Settings

KNOWLEDGE_MENU = "knowledge"
TOPICS = "kb_topics"
_PAGE = re.compile(r"^(?P<name>.+)_p(?P<page>[2-9]|[1-9][0-9])$")  # kb_topics_p2, kb_topic_<category>_p2
OFFER_KEYS = "123"  # the keys of the list offered after a spoken question (ivr.knowledge.clarify)
OFFERED = "kb_offered"  # the id of that list as played: the pieces below, in order


class KeyMenus(Protocol):
    """A version's entries and key menus: a KnowledgeCatalog, or a KnowledgeIndex (the same menus)."""

    @property
    def base(self) -> KnowledgeBase: ...

    @property
    def entries(self) -> list[Entry]: ...

    def topic_pages(self) -> list[list[str]]: ...

    def question_pages(self, category: str) -> list[list[Entry]]: ...


def answer_id(entry_id: str) -> str:
    return f"kb_{entry_id}"


def topics_id(page: int = 1) -> str:
    """The topic key menu's page ``page`` (1: kb_topics)."""
    return TOPICS if page == 1 else f"{TOPICS}_p{page}"


def topic_id(category: str, page: int = 1) -> str:
    """A topic's question list, page ``page`` (1: kb_topic_<category>)."""
    return f"kb_topic_{category}" if page == 1 else f"kb_topic_{category}_p{page}"


def _more(what: str, language: str) -> str:
    if language == "en":
        return f"For more {what}, press {MORE_KEY}."
    return f"更多{'分类' if what == 'topics' else '问题'}请按{MORE_KEY}。"


def question_id(entry_id: str) -> str:
    return f"kb_q_{entry_id}"


def press_id(key: str) -> str:
    return f"kb_press_{key}"


def press_text(key: str, language: str) -> str:
    return f"Press {key}." if language == "en" else f"请按{key}。"


def answer_text(entry: Entry, language: str) -> str:
    if language == "en":
        return f"{entry.answer.en} This rests on the {entry.citation_text('en')}."
    return f"{entry.answer.zh}依据：{entry.citation_text('zh')}。"


def topics_text(index: KeyMenus, language: str, page: int = 1) -> str:
    pages = index.topic_pages()
    parts = []
    for key, category in enumerate(pages[page - 1], start=1):
        label = subcategory(category)
        parts.append(f"For {label.en}, press {key}." if language == "en" else f"{label.zh}请按{key}，")
    text = " ".join(parts) if language == "en" else "".join(parts).rstrip("，") + "。"
    if page < len(pages):
        text = f"{text} {_more('topics', language)}" if language == "en" else text + _more("topics", language)
    return text


def topic_text(index: KeyMenus, category: str, language: str, page: int = 1) -> str:
    pages = index.question_pages(category)
    parts = []
    for key, entry in enumerate(pages[page - 1], start=1):
        question = entry.question.get(language)
        parts.append(f"{question} {press_text(str(key), language)}" if language == "en"
                     else question + press_text(str(key), language))
    if page < len(pages):
        parts.append(_more("questions", language))
    return " ".join(parts) if language == "en" else "".join(parts)


def prompt_texts(index: KeyMenus) -> dict[str, dict[str, str]]:
    """Every fixed prompt of the base: prompt id -> language -> text."""
    texts: dict[str, dict[str, str]] = {}
    topic_pages = index.topic_pages()
    for page in range(1, len(topic_pages) + 1):
        texts[topics_id(page)] = {lang: topics_text(index, lang, page) for lang in LANGUAGES}
    for category in (c for pages in topic_pages for c in pages):
        for page in range(1, len(index.question_pages(category)) + 1):
            texts[topic_id(category, page)] = {lang: topic_text(index, category, lang, page) for lang in LANGUAGES}
    for entry in index.entries:
        texts[answer_id(entry.id)] = {lang: answer_text(entry, lang) for lang in LANGUAGES}
        texts[question_id(entry.id)] = {lang: entry.question.get(lang) for lang in LANGUAGES}
    for key in OFFER_KEYS:
        texts[press_id(key)] = {lang: press_text(key, lang) for lang in LANGUAGES}
    return texts


def knowledge_prompt(index: KeyMenus, prompt_id: str, language: str) -> Prompt:
    """A prompt of the base, to play: the transports find the file built for it."""
    language = language if language in LANGUAGES else "zh"
    paged = _PAGE.match(prompt_id)
    name, page = (paged["name"], int(paged["page"])) if paged else (prompt_id, 1)
    if name == TOPICS:
        if page > len(index.topic_pages()):
            raise KeyError(prompt_id)
        text = topics_text(index, language, page)
    elif name.startswith("kb_topic_"):
        if page > len(index.question_pages(name.removeprefix("kb_topic_"))):
            raise KeyError(prompt_id)
        text = topic_text(index, name.removeprefix("kb_topic_"), language, page)
    elif prompt_id.startswith("kb_press_") and prompt_id.removeprefix("kb_press_") in OFFER_KEYS:
        text = press_text(prompt_id.removeprefix("kb_press_"), language)
    elif prompt_id.startswith("kb_q_"):
        entry = index.base.by_id(prompt_id.removeprefix("kb_q_"))
        if entry is None:
            raise KeyError(prompt_id)
        text = entry.question.get(language)
    else:
        entry = index.base.by_id(prompt_id.removeprefix("kb_"))
        if entry is None:
            raise KeyError(prompt_id)
        text = answer_text(entry, language)
    return Prompt(prompt_id=prompt_id, language=language, text=text, menu_id=KNOWLEDGE_MENU)


def offered_prompt(index: KeyMenus, entries: list[Entry], language: str) -> Prompt:
    """The list offered after a spoken question: each entry's question, then its key (1, 2, 3), each
    a prompt built ahead and played in turn; a key pressed during any of them stops the rest."""
    parts = [knowledge_prompt(index, pid, language) for key, entry in zip(OFFER_KEYS, entries, strict=False)
             for pid in (question_id(entry.id), press_id(key))]
    separator = " " if language == "en" else ""
    return Prompt(prompt_id=OFFERED, language=parts[0].language if parts else language,
                  text=separator.join(p.text for p in parts), menu_id=KNOWLEDGE_MENU,
                  pieces=tuple(PromptPiece(text=p.text, sound=p.sound_name) for p in parts))


def published_prompt_texts(settings: Settings) -> dict[str, dict[str, str]]:
    """The prompts of the published base (its version directory), else of the shipped base."""
    root = settings.data_dir / "knowledge"
    pointer = root / "published"
    files = shipped_files()
    if pointer.is_file():
        number = pointer.read_text(encoding="utf-8").strip()
        directory = root / "versions" / number
        if number.isdigit() and directory.is_dir():
            files = read_dir(directory)
    return prompt_texts(parse_catalog(files))
