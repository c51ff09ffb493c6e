"""The ``consult`` menu node: a consultation answered by the hotline itself.

1. The node's prompt asks for the question; the caller says it (the recogniser listens for the
   base's keywords, questions and paraphrases) or presses a topic key; silence reads the topic
   menu (``kb_topics``), then a topic's questions by key (``kb_topic_<category>``). A list longer
   than nine keys is read in pages of eight, 9 reading the next page (``kb_topics_p2``,
   ``kb_topic_<category>_p2``), so every entry has keys.
2. A spoken question is looked up (in this process, or by the box's retrieval service for a
   FastAGI worker: ivr.knowledge.served); below the confidence threshold, when the recogniser's own
   confidence is below the menu's ``speech_confirm``, for an entry outside its valid dates, or when
   the service did not answer in time (the step's ``search`` is then ``unavailable``), there is no
   good answer: the node's ``no_answer_prompt`` and then ``agent``, with the recognised text in the
   slot ``consult_question`` for the agent.
   When the matches are close, or the best is not sure enough to read, and the node has an
   ``offer_prompt``, the caller is offered them instead (ivr.knowledge.clarify): the offer prompt,
   each entry's question with its key (1, 2, 3), the ``offer_none_prompt``; a key reads that
   entry's answer; the agent key, silence or another key go to ``agent`` with the recognised text.
3. The answer is a fixed prompt per entry (``kb_<id>``, built ahead); then ``after_prompt``:
   1 hears it again, 2 asks another question, 0 (or the menu's agent key) goes to ``agent``;
   no key ends the consultation at ``next``.

The node's step ``detail`` records ``answered`` (the entries read, in order), ``outcome`` and
``question_menus``: each topic's question list read to the caller, with the entries it offered, the
one chosen (or None) and how the menu ended (``chosen``, ``more``, ``invalid_key``, ``silence``,
``agent_key``, ``hangup``), each page read one item, so that the figures can count an entry offered
and passed over. A list offered after a spoken question is one of them with ``topic`` empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol, TypedDict

from ivr.callrecord import CallRecord, SpeechDecision
from ivr.channel import CallerHangup, Channel, Heard, HeardKind, Prompt
from ivr.knowledge.catalog import MORE_KEY, KnowledgeCatalog, Matches
from ivr.knowledge.clarify import Decision, Plan, plan
from ivr.knowledge.model import Entry
from ivr.knowledge.prompts import OFFER_KEYS, answer_id, knowledge_prompt, offered_prompt, topic_id, topics_id
from ivr.menus.schema import ConsultNode, Menu

TOPIC_KEYS = "123456789"
QUESTION_SLOT = "consult_question"
ENTRY_SLOT = "consult_entry"


class ConsultCall(Protocol):
    """What the node needs of the engine's call state (ivr.engine.CallState)."""

    channel: Channel
    record: CallRecord
    menu: Menu
    current: str

    @property
    def language(self) -> str: ...

    def prompt(self, prompt_id: str, **extra: str) -> Prompt: ...


class KnowledgeBook(Protocol):
    """One version of the base, kept for the whole call: its entries and key menus, and the
    matches of a spoken question (None: the search could not answer in time)."""

    @property
    def catalog(self) -> KnowledgeCatalog: ...

    async def matches(self, text: str, day: date, limit: int) -> Matches | None: ...


class KnowledgeSource(Protocol):
    def book(self) -> KnowledgeBook | None: ...


@dataclass
class _Choice:
    entry: Entry | None
    via: str  # "speech" | "keys"
    text: str = ""
    confidence: float = 0.0
    searched: bool = True  # False: the search did not answer in time
    referral: Entry | None = None  # another hotline's question: its answer says where to turn, then an agent


class QuestionMenu(TypedDict):
    """One topic's question list as read to the caller (an item of the step's ``question_menus``)."""

    topic: str  # the category whose questions were read ("" for a list offered after a spoken question)
    offered: list[str]  # entry ids, in key order (key 1 first)
    chosen: str | None
    ended: str | None  # chosen | more (the next page was asked for) | invalid_key | silence | agent_key | hangup
    #        | not_valid_today (the key's question has no entry valid today: to an agent)


class _ToAgent(Exception):
    pass


class _Silent(Exception):
    pass


async def run_consult(call: ConsultCall, node: ConsultNode, step: Any, knowledge: KnowledgeSource | None,
                      today: date) -> str | None:
    """Answer questions until the caller is done (``next``) or wants or needs an agent (``agent``)."""
    book = knowledge.book() if knowledge is not None else None
    answered: list[str] = []
    menus: list[QuestionMenu] = []
    step.detail = {"answered": answered, "question_menus": menus}
    if book is None:
        step.detail["outcome"] = "no_knowledge_base"
        await call.channel.play(call.prompt(node.no_answer_prompt))
        return node.agent
    timeouts = 0
    max_timeouts = node.max_timeouts or call.menu.options.max_timeouts
    for _ in range(node.max_questions):
        try:
            choice = await _ask(call, node, book, today, menus)
        except _ToAgent:
            step.detail["outcome"] = "agent_key"
            return node.agent
        except _Silent:
            timeouts += 1
            if timeouts >= max_timeouts:
                step.detail["outcome"] = "silence"
                return node.on_failure or node.agent
            continue
        if choice is None:  # a key that names no topic or question: ask again
            continue
        step.input = choice.text or step.input
        entry = choice.entry
        if entry is None or not entry.valid_on(today):
            step.detail["outcome"] = "no_answer" if choice.referral is None else "referred"
            if not choice.searched:
                step.detail["search"] = "unavailable"
            if choice.text:
                call.record.slots[QUESTION_SLOT] = choice.text
            if choice.referral is None:
                await call.channel.play(call.prompt(node.no_answer_prompt))
            else:  # its words say where to turn and that an agent follows
                step.detail["referred"] = choice.referral.id
                await call.channel.play(knowledge_prompt(book.catalog, answer_id(choice.referral.id), call.language))
            return node.agent
        call.record.slots[ENTRY_SLOT] = entry.id
        answered.append(entry.id)
        after = await _answer(call, node, book.catalog, entry)
        if after == "agent":
            step.detail["outcome"] = "agent_after_answer"
            return node.agent
        if after == "done":
            step.detail["outcome"] = "answered"
            return node.next
    step.detail["outcome"] = "answered"
    return node.next


async def _ask(call: ConsultCall, node: ConsultNode, book: KnowledgeBook, today: date,
               menus: list[QuestionMenu]) -> _Choice | None:
    """The caller's question, by speech or keys; None for a key that chose nothing."""
    agent_key = call.menu.options.agent_key or ""
    escape = TOPIC_KEYS + agent_key
    catalog = book.catalog
    phrases = catalog.phrases(call.language)
    timeout = node.timeout or call.menu.options.timeout
    heard = await call.channel.listen(call.prompt(node.prompt), phrases, timeout, escape)
    if heard.kind == HeardKind.SILENCE:  # read the topics, then wait for a key or the question
        topics = knowledge_prompt(catalog, topics_id(1), call.language)
        heard = await call.channel.listen(topics, phrases, timeout, escape)
    pages = catalog.topic_pages()
    page, pressed = 1, ""
    while heard.kind == HeardKind.KEYS and heard.digits[:1] == MORE_KEY and page < len(pages):
        page, pressed = page + 1, pressed + MORE_KEY  # the next page of topics
        heard = await call.channel.listen(knowledge_prompt(catalog, topics_id(page), call.language), phrases,
                                          timeout, escape)
    if heard.kind == HeardKind.SILENCE:
        raise _Silent
    if heard.kind == HeardKind.KEYS:
        key = heard.digits[:1]
        if agent_key and key == agent_key:
            raise _ToAgent
        return await _by_keys(call, node, catalog, pages[page - 1], pressed + key, today, menus)
    return await _by_speech(call, node, book, heard, today, menus)


async def _by_speech(call: ConsultCall, node: ConsultNode, book: KnowledgeBook, heard: Heard, today: date,
                     menus: list[QuestionMenu]) -> _Choice:
    text = heard.text
    matches = await book.matches(text, today, 3)
    found = [f for f in matches.found if f.entry.valid_on(today)] if matches is not None else []
    best = found[0] if found else None
    # the recogniser unsure of the words (below the menu's confirm level) is no basis for reading an answer
    heard_well = heard.confidence >= call.menu.options.speech_confirm
    chosen = plan(found, matches.threshold, heard_well) if matches is not None else Plan(Decision.AGENT, [])
    offer_prompt = node.offer_prompt if chosen.decision == Decision.OFFER else None
    decision = Decision.AGENT if chosen.decision == Decision.OFFER and offer_prompt is None else chosen.decision
    call.record.speech.append(SpeechDecision(
        node=call.current, slot=QUESTION_SLOT, text=text, confidence=round(heard.confidence, 3),
        value=best.entry.id if best else None, match_score=best.confidence if best else 0.0,
        decision={Decision.READ: "accept", Decision.OFFER: "offer", Decision.AGENT: "to_agent"}[decision],
        alternatives=heard.alternatives))
    score = best.confidence if best else 0.0
    if decision == Decision.READ:
        return _Choice(chosen.entries[0].entry, "speech", text, score)
    if offer_prompt is not None:
        entry = await _offer(call, node, offer_prompt, book.catalog, [f.entry for f in chosen.entries], menus)
        return _Choice(entry, "speech", text, score)
    # the plan's own referral: an OFFER turned AGENT (no offer prompt) holds consumer entries, never one
    return _Choice(None, "speech", text, score, searched=matches is not None, referral=chosen.referral)


async def _offer(call: ConsultCall, node: ConsultNode, offer_prompt: str, catalog: KnowledgeCatalog,
                 entries: list[Entry], menus: list[QuestionMenu]) -> Entry | None:
    """The close questions by key (module doc); the one chosen, or None for an agent."""
    offered = QuestionMenu(topic="", offered=[e.id for e in entries], chosen=None, ended=None)
    menus.append(offered)
    agent_key = call.menu.options.agent_key or "0"
    keys = OFFER_KEYS[:len(entries)] + agent_key
    timeout = node.timeout or call.menu.options.timeout
    try:
        pressed = await call.channel.play(call.prompt(offer_prompt), keys)
        if not pressed:
            pressed = await call.channel.play(offered_prompt(catalog, entries, call.language), keys)
        if not pressed:
            after = call.prompt(node.offer_none_prompt) if node.offer_none_prompt else None
            pressed = (await call.channel.collect_digits(after, 1, timeout, "")).digits[:1]
    except CallerHangup:
        offered["ended"] = "hangup"
        raise
    if pressed and pressed in OFFER_KEYS[:len(entries)]:
        chosen = entries[OFFER_KEYS.index(pressed)]
        offered["chosen"], offered["ended"] = chosen.id, "chosen"
        return chosen
    offered["ended"] = "agent_key" if pressed == agent_key else ("invalid_key" if pressed else "silence")
    return None


async def _by_keys(call: ConsultCall, node: ConsultNode, catalog: KnowledgeCatalog, topics: list[str], keys: str,
                   today: date, menus: list[QuestionMenu]) -> _Choice | None:
    """A topic chosen by the last of ``keys`` (on the page ``topics``), then its questions page by page; a key
    picks its question's entry valid today (a question no entry answers today goes to an agent)."""
    key = keys[-1:]
    if not key.isdigit() or not 1 <= int(key) <= len(topics):
        await _invalid(call)
        return None
    category = topics[int(key) - 1]
    pages = catalog.question_pages(category)
    agent_key = call.menu.options.agent_key or ""
    for page, questions in enumerate(pages, start=1):
        entries = [catalog.version_on(e, today) for e in questions]
        heard = QuestionMenu(topic=category, offered=[e.id for e in entries if e is not None], chosen=None,
                             ended=None)
        menus.append(heard)
        prompt = knowledge_prompt(catalog, topic_id(category, page), call.language)
        try:
            result = await call.channel.collect_digits(prompt, 1, node.timeout or call.menu.options.timeout, "")
        except CallerHangup:
            heard["ended"] = "hangup"
            raise
        pressed = result.digits[:1]
        keys += pressed
        if agent_key and pressed == agent_key:
            heard["ended"] = "agent_key"
            raise _ToAgent
        if pressed == MORE_KEY and page < len(pages):
            heard["ended"] = "more"
            continue
        if not pressed.isdigit() or not 1 <= int(pressed) <= len(entries):
            heard["ended"] = "invalid_key" if pressed else "silence"
            await _invalid(call)
            return None
        chosen = entries[int(pressed) - 1]
        if chosen is None:
            heard["ended"] = "not_valid_today"
            raise _ToAgent
        heard["chosen"], heard["ended"] = chosen.id, "chosen"
        return _Choice(chosen, "keys", keys)
    return None


async def _invalid(call: ConsultCall) -> None:
    prompt_id = call.menu.options.invalid_prompt
    if prompt_id and prompt_id in call.menu.prompts:
        await call.channel.play(call.prompt(prompt_id))


async def _answer(call: ConsultCall, node: ConsultNode, catalog: KnowledgeCatalog, entry: Entry) -> str:
    """Read the answer, then 1 again, 2 another question, 0 an agent: "again" never leaves here."""
    answer = knowledge_prompt(catalog, answer_id(entry.id), call.language)
    agent_key = call.menu.options.agent_key or "0"
    timeout = node.timeout or call.menu.options.timeout
    while True:
        pressed = await call.channel.play(answer, "12" + agent_key)
        if not pressed:
            result = await call.channel.collect_digits(call.prompt(node.after_prompt), 1, timeout, "")
            pressed = result.digits[:1]
        if pressed == "1":
            continue
        if pressed == "2":
            return "another"
        if pressed == agent_key:
            return "agent"
        return "done"
