"""The call-flow engine: runs one call through a menu over any Channel, yields a CallRecord."""

from __future__ import annotations

import functools
import logging
import os
import string
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ivr.asr.grammars import Grammar, get_grammar
from ivr.callrecord import CallRecord, PathStep, QueueResult, RoutingDecision, SpeechDecision, utcnow
from ivr.channel import CallerHangup, Channel, HeardKind, Prompt
from ivr.compose import built_lexicon, compose, compose_text
from ivr.event_types import EventType, call_end_data, call_start_data
from ivr.knowledge.consult import KnowledgeSource, run_consult
from ivr.knowledge.store import KnowledgeStore
from ivr.menus.menuset import MenuSet, load_menu_dir
from ivr.menus.schema import (
    CallNode,
    CollectNode,
    ConditionNode,
    ConsultNode,
    HangupNode,
    LookupNode,
    Menu,
    MenuNode,
    MenuOptions,
    PlayNode,
    PromptDef,
    QueueNode,
    RecordNode,
    ReturnNode,
    SetNode,
    StatusNode,
    Test,
    TransferNode,
)
from ivr.observability import (
    CALLS_ACTIVE,
    CALLS_ENDED,
    CALLS_IN_NODE,
    NODE_DROPOUT,
    NODE_VISITS,
    SPEECH_DECISIONS,
    bound,
    current_call_id,
)
from ivr.privacy import mask_number
from ivr.privacy_vault import seal_caller
from ivr.prompts_whole import WholeIndex, whole_index
from ivr.refdata import NATIONAL_CENTRE, area_code_lookup, province_by_code
from ivr.refdata.holidays import national_calendar
from ivr.services import (
    CaseStatusProvider,
    EventSink,
    NullEventSink,
    OpeningHours,
    QueueAbandoned,
    QueueGateway,
    StatementTranscriber,
    TicketLookup,
)
from ivr.settings import Settings

log = logging.getLogger("ivr.engine")
MAX_STEPS = 400
SPEECH_FAILURES_BEFORE_KEYS = 2


@dataclass
class EngineServices:
    menus: MenuSet
    settings: Settings
    events: EventSink = field(default_factory=NullEventSink)
    queue: QueueGateway | None = None
    cases: CaseStatusProvider | None = None
    tickets: TicketLookup | None = None
    transcriber: StatementTranscriber | None = None
    router: Callable[[dict[str, str], str, int], RoutingDecision] | None = None
    clock: Callable[[], datetime] = utcnow
    emergency_override: bool | None = None  # set by administrators at run time
    worker_id: str = ""  # names this process in CALL_START; its heartbeat tells the sweeper it lives
    knowledge: KnowledgeSource | None = None  # the consult node's base (ivr.knowledge.store)
    # the ACD's opening hours (queueing.opening_hours, from ivr.runtime); None only where no ACD
    # configuration is given (engine tests, `ivr sip serve`): the `open` test is then always true
    hours: OpeningHours | None = None


def default_services(settings: Settings, **overrides: Any) -> EngineServices:
    """Services without Redis or a database (tests, the admin page's try): the shipped menus
    unless ``menus`` is given, no queue, no events. Servers build theirs from ``ivr.runtime``."""
    menus = overrides.pop("menus", None) or load_menu_dir(settings.menus_dir)
    overrides.setdefault("knowledge", KnowledgeStore(settings))  # loaded at the first consultation
    return EngineServices(menus=menus, settings=settings, **overrides)


class Failed(Exception):
    """Counters exhausted at a node; carries the node to go to."""

    def __init__(self, target: str | None) -> None:
        super().__init__(target or "")
        self.target = target


@dataclass
class CallState:
    channel: Channel
    menu: Menu
    record: CallRecord
    services: EngineServices
    history: list[str] = field(default_factory=list)  # menu/collect nodes visited, for the back key
    returns: list[str] = field(default_factory=list)  # sub-menu return stack
    current: str = ""
    whole: WholeIndex | None = None  # the sentences recorded whole, read at the call's first sentence with values
    sounds_dir: Path = field(init=False)  # read once: the settings make a new Path per read
    sounds_root: str = field(init=False)  # the same as text, which keys the prompt texts

    def __post_init__(self) -> None:
        self.sounds_dir = self.services.settings.sounds_dir
        self.sounds_root = str(self.sounds_dir)

    @property
    def language(self) -> str:
        return self.record.slots.get("language", self.menu.default_language)

    def prompt(self, prompt_id: str, **extra: str) -> Prompt:
        text = _prompt_text(self.menu, prompt_id, self.language, self.sounds_root)
        if text.fixed is not None:  # a fixed prompt: transports play the file built from it
            return text.fixed
        values = {k: extra[k] if k in extra else self.record.slots.get(k, "") for k in text.names}
        # filled in per call from pieces built ahead (ivr.compose): nothing is synthesised now
        composed = compose(prompt_id, text.language, text.template, values, menu_id=self.menu.menu)
        # recorded whole for exactly these values (ivr.prompts_whole): the recording instead
        if self.whole is None:
            self.whole = whole_index(self.sounds_dir)
        return self.whole.played(composed, values)

    def menu_prompt(self, prompt_id: str, **values: str) -> Prompt | None:
        return self.prompt(prompt_id, **values) if prompt_id in self.menu.prompts else None

    def label(self, slot: str, value: str) -> str:
        grammar = {"region": "province", "business_region": "province", "caller_region": "province",
                   "category": "category", "service_type": "service_type"}.get(slot)
        found = get_grammar(grammar) if grammar else None
        return found.label(value, self.language) if found else value


@dataclass(frozen=True, slots=True)
class _PromptText:
    """One prompt in one language as a menu version holds it, read once per process (the menu
    schema builds a prompt's texts per read); ``fixed`` is the whole prompt when it has no values
    (a frozen value: calls share it)."""

    definition: PromptDef  # held, so that the id keying it is not reused while it is
    language: str
    template: str
    names: tuple[str, ...]
    fixed: Prompt | None


_PROMPT_TEXTS_HELD = 8192  # menu versions come and go in a long-running worker: start again past this
_prompt_texts: dict[tuple[int, str, str, str, str, str], _PromptText] = {}


def _prompt_text(menu: Menu, prompt_id: str, language: str, sounds_root: str) -> _PromptText:
    definition = menu.prompts[prompt_id]
    # the directory as text: a call's Path is a new object, and comparing two Paths costs more than the rest
    key = (id(definition), prompt_id, language, menu.menu, menu.default_language, sounds_root)
    held = _prompt_texts.get(key)
    if held is not None and held.definition is definition:
        return held
    texts = definition.texts
    lang = language if language in texts else menu.default_language
    template = texts.get(lang, "")
    names = _placeholders(template)
    fixed = None
    if not names:
        recorded = definition.audio.get(lang)
        audio = _safe_audio(recorded, Path(sounds_root)) if recorded else None
        fixed = Prompt(prompt_id=prompt_id, language=lang, text=template, audio=audio, menu_id=menu.menu)
    if len(_prompt_texts) >= _PROMPT_TEXTS_HELD:
        _prompt_texts.clear()
    found = _prompt_texts[key] = _PromptText(definition, lang, template, names, fixed)
    return found


_MENU_ANSWERS_HELD = 8192  # as _PROMPT_TEXTS_HELD
_menu_answers_held: dict[tuple[int, int], tuple[MenuNode, MenuOptions, str, list[str]]] = {}


def _menu_answers(menu: Menu, node: MenuNode) -> tuple[str, list[str]]:
    """A menu node's escape digits (its choices' keys and the menu-wide keys; none without
    barge-in) and the words its choices may be said with, made once per menu version."""
    opts = menu.options
    held = _menu_answers_held.get((id(node), id(opts)))
    if held is not None and held[0] is node and held[1] is opts:
        return held[2], held[3]
    escape = "".join(c.key for c in node.choices) + _menu_keys(menu) if opts.barge_in else ""
    speech_words = [w for c in node.choices for w in c.say]
    if len(_menu_answers_held) >= _MENU_ANSWERS_HELD:
        _menu_answers_held.clear()
    _menu_answers_held[(id(node), id(opts))] = (node, opts, escape, speech_words)
    return escape, speech_words


@functools.lru_cache(maxsize=8192)
def _node_metrics(menu: str, node: str) -> tuple[Any, Any]:
    return CALLS_IN_NODE.labels(menu, node), NODE_VISITS.labels(menu, node)


@functools.lru_cache(maxsize=4096)
def _placeholders(template: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in string.Formatter().parse(template) if name)


def _safe_audio(audio: str | None, sounds_dir: Path) -> str | None:
    """A recorded prompt is played only from inside the sounds directory; else the text is spoken."""
    if not audio:
        return None
    root = sounds_dir.resolve()
    path = (root / audio).resolve()
    if not path.is_relative_to(root):
        log.warning("prompt audio %r is outside %s; using the text instead", audio, root)
        return None
    return str(path)


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


async def run_call(channel: Channel, services: EngineServices, transport: str) -> CallRecord:
    """Run one call from answer to hangup. Never raises for caller behaviour."""
    menu = services.menus.for_dnis(channel.dnis)
    record = CallRecord(
        call_id=channel.call_id or uuid.uuid4().hex, transport=transport, dnis=channel.dnis,
        caller=channel.caller, language=menu.default_language, menu_id=menu.menu,
        menu_version=services.menus.version,
        slots={"dnis": channel.dnis, "caller": channel.caller, "language": menu.default_language},
    )
    # the console's --lang is an explicit choice; a network's default language is not
    trusted_hint = transport == "console" or menu.options.language_from_channel
    if trusted_hint and channel.language_hint in menu.languages:
        record.slots["language"] = record.language = channel.language_hint
    state = CallState(channel, menu, record, services)
    current_call_id.set(record.call_id)
    bound(CALLS_ACTIVE, transport).inc()
    if log.isEnabledFor(logging.INFO):  # the number is masked only for a line that is written
        log.info("call start id=%s dnis=%s caller=%s", record.call_id, record.dnis, mask_number(record.caller))
    start = call_start_data(record, _secret(services), transport=transport, worker=services.worker_id,
                            sealed=seal_caller(services.settings, record.caller))
    await _emit(services, EventType.CALL_START, record.call_id, start)
    node_id: str | None = menu.entry_for(channel.dnis)
    try:
        await channel.answer()
        steps = 0
        while node_id is not None:  # each node's handler awaited from here: no frame between
            steps += 1
            if steps > MAX_STEPS:
                raise RuntimeError(f"call exceeded {MAX_STEPS} steps at node {node_id}")
            state.current = node_id
            node = menu.nodes[node_id]
            step = record.step(node_id, node.kind)
            started = time.perf_counter()
            in_node, visits = _node_metrics(menu.menu, node_id)
            visits.inc()
            in_node.inc()
            try:
                node_id = await _HANDLERS[type(node)](state, node, step)
            except Failed as failed:
                step.result = "max_failures"
                node_id = failed.target
            finally:
                in_node.dec()
                step.elapsed_ms = round((time.perf_counter() - started) * 1000, 2)
            if step.result is None:
                step.result = node_id or "end"
        if record.outcome == "in_progress":
            record.outcome = "completed"
    except CallerHangup as exc:
        _mark_hangup(record, state.current, exc.reason)
    except Exception as exc:  # the call record must survive any bug in a node
        log.exception("call %s failed at node %s", record.call_id, state.current)
        record.outcome = "error"
        record.hangup_node = state.current
        record.hangup_reason = f"error: {type(exc).__name__}: {exc}"[:300]
    finally:
        record.ended_at = utcnow()
        record.language = state.language
        try:
            await channel.hangup()
        except Exception:  # noqa: BLE001 - hanging up a gone channel is not an error
            log.debug("hangup after end failed", exc_info=True)
        await _emit(services, EventType.CALL_END, record.call_id, call_end_data(record, _secret(services)))
        bound(CALLS_ACTIVE, transport).dec()
        bound(CALLS_ENDED, transport, record.outcome).inc()
        if record.outcome == "caller_hangup" and record.hangup_node:
            bound(NODE_DROPOUT, menu.menu, record.hangup_node).inc()
        for decision in record.speech:
            bound(SPEECH_DECISIONS, decision.slot, decision.decision).inc()
        log.info("call end id=%s outcome=%s node=%s", record.call_id, record.outcome, record.hangup_node)
    return record


def _mark_hangup(record: CallRecord, node: str, reason: str) -> None:
    if record.outcome == "in_progress":
        record.outcome = "caller_hangup"
    record.hangup_node = node or "answer"
    record.hangup_reason = reason
    if record.path and record.path[-1].node == node and record.path[-1].result is None:
        record.path[-1].result = "hangup"


def _secret(services: EngineServices) -> str:
    return services.settings.secret_key.get_secret_value()


async def _emit(services: EngineServices, event_type: str, call_id: str, data: dict[str, Any]) -> None:
    """An event's ``data`` goes to the sink: the caller's number masked, its keyed hash beside."""
    try:
        await services.events.emit(event_type, data)
    except Exception:  # noqa: BLE001 - losing Redis must not drop the caller; the writer replays CALL_END
        log.exception("could not emit %s for call %s", event_type, call_id)


# --- node handlers -----------------------------------------------------------------------------

async def _play(state: CallState, node: PlayNode, step: PathStep) -> str | None:
    opts = state.menu.options
    escape = _menu_keys(state.menu) if node.barge_in and opts.barge_in else ""
    key = await state.channel.play(state.prompt(node.prompt), escape)
    if key:
        step.input = key
        special = _special_key(state, key)
        if special is not None:
            return special
    return node.next


async def _menu(state: CallState, node: MenuNode, step: PathStep) -> str | None:
    counters = _Counters(state, node)
    escape, speech_words = _menu_answers(state.menu, node)
    prompt = state.prompt(node.prompt)
    while True:
        if speech_words:
            heard = await state.channel.listen(prompt, speech_words, counters.timeout, escape)
            key = heard.digits[:1] if heard.kind == HeardKind.KEYS else ""
            text = heard.text if heard.kind == HeardKind.SPEECH else ""
        else:
            pressed = await state.channel.play(prompt, escape)
            if not pressed:
                pressed = (await state.channel.collect_digits(None, 1, counters.timeout, "")).digits[:1]
            key, text = pressed, ""
        step.input = key or text or None
        if not key and not text:
            await counters.timed_out()
            continue
        if key:
            special = _special_key(state, key, node_id=state.current)
            if special == "__repeat__":
                continue
            if special is not None:
                return special
        choice = next((c for c in node.choices if key and c.key == key), None)
        if choice is None and text:
            choice = next((c for c in node.choices if any(_same(w, text) for w in c.say)), None)
        if choice is None:
            await counters.invalid(kind="speech_rejected" if text else "invalid")
            continue
        state.record.slots.update(_expand(choice.set, state.record.slots))
        state.history.append(state.current)
        return choice.target


async def _collect(state: CallState, node: CollectNode, step: PathStep) -> str | None:
    counters = _Counters(state, node)
    grammar = get_grammar(node.grammar) if node.grammar else None
    speech_failures = 0
    attempts = 0
    prompt = state.prompt(node.prompt)
    while attempts < node.max_attempts:
        value: str | None = None
        if node.mode == "speech" and grammar is not None:
            heard = await state.channel.listen(prompt, grammar.phrases(state.language), counters.timeout)
            if heard.kind == HeardKind.SILENCE:
                await counters.timed_out()
                continue
            if heard.kind == HeardKind.KEYS:
                step.input = heard.digits
                special = _special_key(state, heard.digits, node_id=state.current)
                if special == "__repeat__":
                    continue
                if special is not None:
                    return special
                match = grammar.match_digits(heard.digits)
                value = match.value if match else None
            else:
                step.input = heard.text
                value, decision = await _speech_decision(state, node, grammar, heard.text, heard.confidence,
                                                         heard.alternatives)
                if decision in ("rejected", "no_match"):
                    speech_failures += 1
                    attempts += 1
                    counters.failures["speech_rejected"] = speech_failures
                    if speech_failures >= SPEECH_FAILURES_BEFORE_KEYS and node.fallback:
                        state.record.speech[-1].decision = "fallback_keys"
                        return node.fallback
                    await counters.invalid(enforce_max=False, kind=None)
                    continue
        else:
            result = await state.channel.collect_digits(prompt, node.max_digits, counters.timeout,
                                                        node.terminator or "")
            if result.timed_out and not result.digits:
                await counters.timed_out()
                continue
            step.input = result.digits
            special = _special_key(state, result.digits, node_id=state.current)
            if special == "__repeat__":
                continue
            if special is not None:
                return special
            value = _digits_value(node, grammar, result.digits)
            if value is not None and node.confirm and grammar is not None:
                if not await _confirm(state, node, grammar, value):
                    attempts += 1
                    continue
        if value is None:
            attempts += 1
            await counters.invalid(enforce_max=False)
            continue
        state.record.slots[node.slot] = value
        state.history.append(state.current)
        step.result = f"{node.slot}={value}"
        return node.next
    raise Failed(node.on_failure or state.menu.options.failure_target or state.menu.options.agent_target)


def _digits_value(node: CollectNode, grammar: Grammar | None, digits: str) -> str | None:
    if grammar is not None and grammar.keys:
        match = grammar.match_digits(digits)
        return match.value if match else None
    if node.min_digits <= len(digits) <= node.max_digits and digits.isdigit():
        return digits
    return None


async def _speech_decision(state: CallState, node: CollectNode, grammar: Grammar, text: str, confidence: float,
                           alternatives: list[tuple[str, float]]) -> tuple[str | None, str]:
    opts = state.menu.options
    match = grammar.match_text(text)
    score = match.score if match else 0.0
    combined = confidence * score
    decision = "no_match"
    value: str | None = None
    if match is not None:
        if combined >= opts.speech_accept and not node.confirm:
            decision, value = "accept", match.value
        elif combined >= opts.speech_confirm or (node.confirm and combined >= opts.speech_accept):
            decision = "confirm"
        else:
            decision = "rejected"
    entry = SpeechDecision(node=state.current, slot=node.slot, text=text, confidence=round(confidence, 3),
                           value=match.value if match else None, match_score=round(score, 3),
                           decision=decision, alternatives=alternatives)
    state.record.speech.append(entry)
    if decision == "confirm" and match is not None:
        if await _confirm(state, node, grammar, match.value):
            entry.decision = "confirmed"
            return match.value, "confirmed"
        entry.decision = "rejected"
        return None, "rejected"
    return value, decision


async def _confirm(state: CallState, node: CollectNode, grammar: Grammar, value: str) -> bool:
    """"您说的是北京，对吗？确认请按1": 1 or yes confirms; anything else declines."""
    prompt_id = node.confirm_prompt or "confirm_value"
    if prompt_id not in state.menu.prompts:
        return True
    prompt = state.prompt(prompt_id, value=grammar.label(value, state.language))
    yes_no = get_grammar("yes_no")
    assert yes_no is not None
    heard = await state.channel.listen(prompt, yes_no.phrases(state.language), state.menu.options.timeout, "12")
    if heard.kind == HeardKind.KEYS:
        return heard.digits[:1] == "1"
    if heard.kind == HeardKind.SPEECH:
        match = yes_no.match_text(heard.text)
        return bool(match and match.value == "yes")
    return False


async def _record(state: CallState, node: RecordNode, step: PathStep) -> str | None:
    name = f"{_safe_id(state.record.call_id)}-{node.slot}"
    recording = await state.channel.record(state.prompt(node.prompt), name, node.max_seconds,
                                           node.silence_seconds, node.beep)
    step.detail = {"duration_seconds": recording.duration_seconds, "ended_by": recording.ended_by}
    if not recording.path:  # the transport could not record (Asterisk: writefile); go on without it
        step.result = "not_recorded"
        return node.next
    state.record.slots[node.slot] = os.path.basename(recording.path)
    state.record.recording = recording.path
    if state.services.transcriber is not None:
        state.services.transcriber.submit(state.record, recording.path)
    return node.next


async def _condition(state: CallState, node: ConditionNode, step: PathStep) -> str | None:
    for branch in node.branches:
        if _test(state, branch.when):
            return branch.target
    return node.otherwise


async def _set(state: CallState, node: SetNode, step: PathStep) -> str | None:
    state.record.slots.update(_expand(node.values, state.record.slots))
    if "language" in node.values:
        state.record.language = state.record.slots["language"]
    return node.next


async def _lookup(state: CallState, node: LookupNode, step: PathStep) -> str | None:
    found = area_code_lookup(state.channel.caller) if state.channel.caller else None
    if found is None:
        return node.missing
    state.record.slots[node.slot] = found.province_code
    step.detail = {"area_code": found.area_code, "city": found.city_en}
    return node.found


async def _queue(state: CallState, node: QueueNode, step: PathStep) -> str | None:
    decision = _route(state, node)
    state.record.routing = decision
    step.detail = {"centre": decision.centre, "priority": decision.priority}
    if node.prompt:
        await state.channel.play(state.prompt(node.prompt))
    gateway = state.services.queue
    if gateway is None:
        state.record.queue = QueueResult(outcome="no_acd", centre=decision.centre)
        return node.next
    try:
        # the queue's sentences are prompts of this call's menu (queueing.prompts)
        result = await gateway.queue_call(state.channel, state.record, decision, prompts=state)
    except QueueAbandoned as abandoned:
        state.record.queue = abandoned.result
        state.record.outcome = "abandoned"
        raise
    except CallerHangup:
        state.record.queue = QueueResult(outcome="abandoned", centre=decision.centre)
        state.record.outcome = "abandoned"
        raise
    state.record.queue = result
    step.result = result.outcome
    if result.outcome == "answered":
        state.record.outcome = "answered"
        if not state.channel.is_up or node.answered is None:
            return None
        # The agent hung up first: the caller hears how to follow up, then the call ends.
        ticket = await _filed_ticket(state)
        if ticket:
            state.record.slots["ticket"] = ticket
        return node.answered
    # Not answered (full, closed, timeout, callback): the menu says what happens next.
    return node.next


async def _filed_ticket(state: CallState) -> str | None:
    if state.services.tickets is None:
        return None
    try:
        return await state.services.tickets.ticket_for_call(state.record.call_id)
    except Exception:  # noqa: BLE001 - the closing words must not fail on a database outage
        log.warning("call %s: could not look up its ticket", state.record.call_id, exc_info=True)
        return None


def _route(state: CallState, node: QueueNode) -> RoutingDecision:
    slots = state.record.slots
    if state.services.router is not None:
        return state.services.router(slots, state.record.dnis, node.priority)
    centre = node.centre
    if centre is None and node.centre_slot:
        province = province_by_code(slots.get(node.centre_slot, ""))
        centre = province.centre if province else NATIONAL_CENTRE
    centre = centre or NATIONAL_CENTRE
    overflow = [NATIONAL_CENTRE] if centre != NATIONAL_CENTRE else []
    return RoutingDecision(centre=centre, priority=node.priority, overflow=overflow,
                           reason=f"slot {node.centre_slot}" if node.centre_slot else "fixed")


async def _transfer(state: CallState, node: TransferNode, step: PathStep) -> str | None:
    if node.prompt:
        await state.channel.play(state.prompt(node.prompt))
    result = await state.channel.dial(node.destination, node.timeout)
    step.detail = {"dial_status": result.status}
    if result.status == "ANSWER":
        state.record.outcome = "transferred"
        return None
    return node.on_failure


async def _call(state: CallState, node: CallNode, step: PathStep) -> str | None:
    state.returns.append(node.next)
    return node.target


async def _return(state: CallState, node: ReturnNode, step: PathStep) -> str | None:
    if not state.returns:
        raise RuntimeError("return without a sub-menu call")
    return state.returns.pop()


async def _hangup(state: CallState, node: HangupNode, step: PathStep) -> str | None:
    if node.prompt:
        await state.channel.play(state.prompt(node.prompt))
    if state.record.outcome == "in_progress" or node.outcome != "completed":
        state.record.outcome = node.outcome
    return None


async def _status(state: CallState, node: StatusNode, step: PathStep) -> str | None:
    ticket = state.record.slots.get(node.slot, "")
    sentence = None
    if state.services.cases is not None and ticket:
        sentence = await state.services.cases.case_status(ticket, state.language)
    step.detail = {"found": sentence is not None}
    if sentence is None:
        await state.channel.play(state.prompt(node.unknown_prompt))
    else:
        lexicon = built_lexicon(state.sounds_dir, state.language)
        await state.channel.play(compose_text("case_status", state.language, sentence, lexicon,
                                              menu_id=state.menu.menu))
    return node.next


async def _consult(state: CallState, node: ConsultNode, step: PathStep) -> str | None:
    today = state.services.clock().astimezone(ZoneInfo(state.services.settings.timezone)).date()
    return await run_consult(state, node, step, state.services.knowledge, today)


_HANDLERS: dict[type, Any] = {
    PlayNode: _play, MenuNode: _menu, CollectNode: _collect, RecordNode: _record, ConditionNode: _condition,
    SetNode: _set, LookupNode: _lookup, QueueNode: _queue, TransferNode: _transfer, CallNode: _call,
    ReturnNode: _return, HangupNode: _hangup, StatusNode: _status, ConsultNode: _consult,
}


# --- helpers -----------------------------------------------------------------------------------

class _Counters:
    """Timeout and invalid counters of one node visit, with prompts and a maximum."""

    def __init__(self, state: CallState, node: MenuNode | CollectNode) -> None:
        opts = state.menu.options
        self.state = state
        self.timeout = node.timeout or opts.timeout
        self.max_timeouts = node.max_timeouts or opts.max_timeouts
        self.max_invalid = node.max_invalid or opts.max_invalid
        self.timeout_prompt = node.timeout_prompt or opts.timeout_prompt
        self.invalid_prompt = node.invalid_prompt or opts.invalid_prompt
        self.failure = node.on_failure or opts.failure_target or opts.agent_target
        self.timeouts = 0
        self.invalids = 0
        # failures by kind in this visit's step (the flow figures read them from the call records)
        self.failures: dict[str, int] = state.record.path[-1].detail.setdefault("failures", {})

    async def timed_out(self) -> None:
        self.timeouts += 1
        self.failures["timeout"] = self.timeouts
        if self.timeouts >= self.max_timeouts:
            raise Failed(self.failure)
        if self.timeout_prompt:
            await self.state.channel.play(self.state.prompt(self.timeout_prompt))

    async def invalid(self, enforce_max: bool = True, kind: str | None = "invalid") -> None:
        """Count an invalid answer; collect nodes bound retries by max_attempts instead."""
        self.invalids += 1
        if kind:
            self.failures[kind] = self.failures.get(kind, 0) + 1
        if enforce_max and self.invalids >= self.max_invalid:
            raise Failed(self.failure)
        if self.invalid_prompt:
            await self.state.channel.play(self.state.prompt(self.invalid_prompt))


def _expand(values: dict[str, str], slots: dict[str, str]) -> dict[str, str]:
    """Set values may copy other slots: ``region: "{caller_region}"``."""
    return {name: value.format_map(_Blank(slots)) for name, value in values.items()}


def _menu_keys(menu: Menu) -> str:
    opts = menu.options
    return "".join(k for k in (opts.repeat_key, opts.back_key, opts.agent_key) if k)


def _special_key(state: CallState, keys: str, node_id: str | None = None) -> str | None:
    """Menu-wide keys: repeat (returns a marker), back (previous question), agent."""
    opts = state.menu.options
    if keys == opts.repeat_key:
        return "__repeat__" if node_id else None
    if keys == opts.back_key and state.history:
        previous = state.history.pop()
        return previous
    if keys == opts.agent_key and opts.agent_target:
        state.record.slots.setdefault("agent_requested_at", state.current)
        return opts.agent_target
    return None


def _same(phrase: str, heard: str) -> bool:
    norm = "".join(ch for ch in phrase.lower() if ch.isalnum())
    got = "".join(ch for ch in heard.lower() if ch.isalnum())
    return bool(norm) and (norm == got or norm in got)


def _safe_id(call_id: str) -> str:
    cleaned = "".join(ch for ch in call_id if ch.isalnum() or ch in "-_.")[:64].strip(".")
    return cleaned or uuid.uuid4().hex


def _test(state: CallState, test: Test) -> bool:
    if test.open is not None:
        return _is_open(state, _local_now(state)) == test.open
    if test.holiday is not None:
        return national_calendar().is_holiday(_local_now(state).date()) == test.holiday
    if test.emergency is not None:
        enabled = state.services.emergency_override
        enabled = state.menu.schedule.emergency.enabled if enabled is None else enabled
        return enabled == test.emergency
    if test.dnis is not None:
        return state.record.dnis in test.dnis
    value = state.record.slots.get(test.slot or "")
    if test.is_set is not None:
        return (value is not None and value != "") == test.is_set
    if test.equals is not None:
        return value == test.equals
    return value in (test.in_ or [])


def _local_now(state: CallState) -> datetime:
    """The clock read for a test of the time only (most tests are of slots)."""
    return state.services.clock().astimezone(ZoneInfo(state.services.settings.timezone))


def _is_open(state: CallState, now: datetime) -> bool:
    """The ACD's hours: of the centre the call is routed to, else the shared ones."""
    hours = state.services.hours
    if hours is None:
        return True
    return hours.is_open(now, state.record.slots, state.record.dnis)
