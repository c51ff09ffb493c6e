"""The fixed prompts of a knowledge base: each answer, the topic menu, each topic's questions, and
for the list offered after a spoken question (ivr.knowledge.clarify) each entry's question and the
keys to press.

They are ordinary prompts of the pseudo-menu ``knowledge`` (sound ``ivr/<lang>/knowledge/<id>``),
built ahead by ``ivr prompts build`` like every other fixed prompt; nothing here is spoken
during a call that was not written before it.
"""

from __future__ import annotations

from typing import Protocol

from ivr.channel import Prompt, PromptPiece
from ivr.knowledge.catalog import parse_catalog
from ivr.knowledge.loader import read_dir, shipped_files
from ivr.knowledge.model import LANGUAGES, Entry, KnowledgeBase
from ivr.refdata.classification import subcategory
from ivr.settings import Settings

KNOWLEDGE_MENU = "knowledge"
TOPICS = "kb_topics"
MAX_KEYS = 9
OFFER_KEYS = "123"  # the keys of the list offered after a spoken question (ivr.knowledge.clarify)
OFFERED = "kb_offered"  # the id of that list as played: the pieces below, in order


class KeyMenus(Protocol):
    """A version's entries and key menus: a KnowledgeCatalog, or a KnowledgeIndex (the same menus)."""

    @property
    def base(self) -> KnowledgeBase: ...

    @property
    def entries(self) -> list[Entry]: ...

    def topics(self, limit: int = 9) -> list[str]: ...

    def topic_entries(self, category: str, limit: int = 9) -> list[Entry]: ...


def answer_id(entry_id: str) -> str:
    return f"kb_{entry_id}"


def topic_id(category: str) -> str:
    return f"kb_topic_{category}"


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


def topics_text(index: KeyMenus, language: str) -> str:
    parts = []
    for key, category in enumerate(index.topics(MAX_KEYS), start=1):
        label = subcategory(category)
        parts.append(f"For {label.en}, press {key}." if language == "en" else f"{label.zh}请按{key}，")
    return " ".join(parts) if language == "en" else "".join(parts).rstrip("，") + "。"


def topic_text(index: KeyMenus, category: str, language: str) -> str:
    parts = []
    for key, entry in enumerate(index.topic_entries(category, MAX_KEYS), start=1):
        question = entry.question.get(language)
        parts.append(f"{question} Press {key}." if language == "en" else f"{question}请按{key}。")
    return " ".join(parts) if language == "en" else "".join(parts)


def prompt_texts(index: KeyMenus) -> dict[str, dict[str, str]]:
    """Every fixed prompt of the base: prompt id -> language -> text."""
    texts: dict[str, dict[str, str]] = {TOPICS: {lang: topics_text(index, lang) for lang in LANGUAGES}}
    for category in index.topics(MAX_KEYS):
        texts[topic_id(category)] = {lang: topic_text(index, category, lang) for lang in LANGUAGES}
    for entry in index.entries:
        texts[answer_id(entry.id)] = {lang: answer_text(entry, lang) for lang in LANGUAGES}
        texts[question_id(entry.id)] = {lang: entry.question.get(lang) for lang in LANGUAGES}
    for key in OFFER_KEYS:
        texts[press_id(key)] = {lang: press_text(key, lang) for lang in LANGUAGES}
    return texts


def knowledge_prompt(index: KeyMenus, prompt_id: str, language: str) -> Prompt:
    """A prompt of the base, to play: the transports find the file built for it."""
    language = language if language in LANGUAGES else "zh"
    if prompt_id == TOPICS:
        text = topics_text(index, language)
    elif prompt_id.startswith("kb_topic_"):
        text = topic_text(index, prompt_id.removeprefix("kb_topic_"), language)
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
