"""The menu language: a pydantic schema for the YAML files administrators write.

A menu file has prompts (text per language, optional recorded audio), a schedule
(the emergency switch; opening hours are the ACD's), menu-wide options (barge-in, repeat, back
and agent keys, failure counters) and nodes of the kinds below, keyed by id.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

NodeId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
PromptId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
SlotName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,31}$")]
Key = Annotated[str, Field(pattern=r"^[0-9*#]$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _audio_path(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9_./-]{1,200}\.wav", value) or ".." in value.split("/"):
        raise ValueError("audio is a .wav path of letters, digits, '_', '-', '.', '/' without '..'")
    return value


class PromptDef(BaseModel):
    """``{zh: "...", en: "...", audio: {zh: "file.wav"}}``: text per language, optional audio."""

    model_config = ConfigDict(extra="allow")
    # a WAV inside the sounds directory (relative to it, or absolute under it); checked again at play time
    audio: dict[str, Annotated[str, AfterValidator(_audio_path)]] = Field(default_factory=dict)

    @property
    def texts(self) -> dict[str, str]:
        return {k: v for k, v in (self.model_extra or {}).items() if isinstance(v, str)}

    @model_validator(mode="after")
    def _texts_are_strings(self) -> PromptDef:
        for lang, value in (self.model_extra or {}).items():
            if not isinstance(value, str):
                raise ValueError(f"prompt text for language {lang!r} must be a string")
        return self


class Emergency(Strict):
    enabled: bool = False
    prompt: PromptId | None = None


class Schedule(Strict):
    """The emergency switch. Opening hours are not the menu's: they live in the ACD configuration
    (the centres form, ``queueing/centres.yaml``) and the one national calendar decides holidays;
    the ``open`` and ``holiday`` tests of a condition read those (ivr/menus/validator.py refuses a menu
    that still names ``hours``, ``holidays``, ``workdays`` or ``national_calendar`` here)."""

    emergency: Emergency = Field(default_factory=Emergency)


#: keys a schedule had before opening hours moved to the ACD (each refused with code hours-moved)
MOVED_SCHEDULE_KEYS = ("hours", "holidays", "workdays", "national_calendar")


class MenuOptions(Strict):
    barge_in: bool = True
    repeat_key: Key | None = "*"
    back_key: Key | None = "#"
    agent_key: Key | None = "0"
    agent_target: NodeId | None = None
    timeout: float = Field(default=6.0, gt=0, le=60)
    max_timeouts: int = 3
    max_invalid: int = 3
    timeout_prompt: PromptId | None = None
    invalid_prompt: PromptId | None = None
    failure_target: NodeId | None = None
    # Take the starting language from the transport (agi_language, a SIP header)? Off by default:
    # Asterisk reports "en" for every channel unless configured, which would greet in English.
    language_from_channel: bool = False
    speech_accept: float = Field(default=0.80, ge=0, le=1)
    speech_confirm: float = Field(default=0.45, ge=0, le=1)


class FailureFields(Strict):
    """Per-node overrides of the menu-wide timeout/invalid behaviour."""

    timeout: float | None = Field(default=None, gt=0, le=60)
    max_timeouts: int | None = None
    max_invalid: int | None = None
    timeout_prompt: PromptId | None = None
    invalid_prompt: PromptId | None = None
    on_failure: NodeId | None = None


class PlayNode(Strict):
    kind: Literal["play"]
    prompt: PromptId
    next: NodeId
    barge_in: bool = False


class Choice(Strict):
    key: Key
    target: NodeId
    say: list[str] = Field(default_factory=list)
    set: dict[SlotName, str] = Field(default_factory=dict)


class MenuNode(FailureFields):
    kind: Literal["menu"]
    prompt: PromptId
    choices: list[Choice] = Field(min_length=1)


class CollectNode(FailureFields):
    kind: Literal["collect"]
    slot: SlotName
    prompt: PromptId
    mode: Literal["digits", "speech"] = "digits"
    grammar: str | None = None
    min_digits: int = Field(default=1, ge=1, le=32)
    max_digits: int = Field(default=1, ge=1, le=32)
    terminator: Key | None = "#"
    max_attempts: int = 3
    confirm: bool = False
    confirm_prompt: PromptId | None = None
    fallback: NodeId | None = None
    next: NodeId


class RecordNode(Strict):
    kind: Literal["record"]
    slot: SlotName = "statement"
    prompt: PromptId
    max_seconds: float = Field(default=120, gt=0, le=600)
    silence_seconds: float = Field(default=5, gt=0, le=60)
    beep: bool = True
    next: NodeId


class Test(Strict):
    """Exactly one of the fields is given."""

    open: bool | None = None
    holiday: bool | None = None
    emergency: bool | None = None
    dnis: list[str] | None = None
    slot: SlotName | None = None
    equals: str | None = None
    in_: list[str] | None = Field(default=None, alias="in")
    is_set: bool | None = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @model_validator(mode="after")
    def _one_test(self) -> Test:
        chosen = [n for n in ("open", "holiday", "emergency", "dnis", "slot") if getattr(self, n) is not None]
        if len(chosen) != 1:
            raise ValueError("a test names exactly one of: open, holiday, emergency, dnis, slot")
        if self.slot is not None and [self.equals, self.in_, self.is_set].count(None) != 2:
            raise ValueError("a slot test needs exactly one of: equals, in, is_set")
        if self.slot is None and (self.equals is not None or self.in_ is not None or self.is_set is not None):
            raise ValueError("equals/in/is_set only go with slot")
        return self


class Branch(Strict):
    when: Test
    target: NodeId


class ConditionNode(Strict):
    kind: Literal["condition"]
    branches: list[Branch] = Field(min_length=1)
    otherwise: NodeId


class SetNode(Strict):
    kind: Literal["set"]
    values: dict[SlotName, str] = Field(min_length=1)
    next: NodeId


class LookupNode(Strict):
    """Fill a slot from data the network gave us (caller-ID area code -> province)."""

    kind: Literal["lookup"]
    source: Literal["caller_province"]
    slot: SlotName
    found: NodeId
    missing: NodeId


class QueueNode(Strict):
    kind: Literal["queue"]
    centre_slot: SlotName | None = None
    centre: str | None = None
    priority: int = Field(default=0, ge=0, le=9)
    prompt: PromptId | None = None
    next: NodeId | None = None  # where to go when not answered (full, closed, callback); None hangs up
    # where the caller goes when the agent hung up first (slot ``ticket`` holds the ticket
    # number if the agent filed one); None hangs up at once
    answered: NodeId | None = None


class TransferNode(Strict):
    kind: Literal["transfer"]
    destination: str = Field(pattern=r"^[A-Za-z0-9_./@:-]{1,80}$")
    prompt: PromptId | None = None
    timeout: float = Field(default=30, gt=0, le=300)
    on_failure: NodeId | None = None


class CallNode(Strict):
    kind: Literal["call"]
    target: NodeId
    next: NodeId


class ReturnNode(Strict):
    kind: Literal["return"]


class HangupNode(Strict):
    kind: Literal["hangup"]
    prompt: PromptId | None = None
    outcome: Literal["completed", "closed", "callback_promised", "error"] = "completed"


class StatusNode(Strict):
    """Speak the status of a case by ticket number (progress by phone)."""

    kind: Literal["status"]
    slot: SlotName
    unknown_prompt: PromptId
    next: NodeId


class ConsultNode(FailureFields):
    """Answer a consultation from the knowledge base (ivr.knowledge.consult): the caller says the
    question or picks a topic by keys; the answer is read; then 1 again, 2 another question, 0 an agent."""

    kind: Literal["consult"]
    prompt: PromptId  # asks for the question (say it, or wait for the topics and press a key)
    after_prompt: PromptId  # "1 to hear it again, 2 for another question, 0 for an agent"
    no_answer_prompt: PromptId  # no good answer: an agent will help
    agent: NodeId  # no good answer, or the caller asked for an agent
    next: NodeId  # the caller is done
    max_questions: int = Field(default=5, ge=1, le=20)
    # Matches that are close, or not sure enough to read, are offered as a list to choose by key
    # (ivr.knowledge.clarify): this prompt comes before the list, offer_none_prompt after it ("none of
    # these: 0 for an agent"). Without offer_prompt an unsure question goes straight to an agent.
    offer_prompt: PromptId | None = None
    offer_none_prompt: PromptId | None = None


Node = Annotated[
    PlayNode | MenuNode | CollectNode | RecordNode | ConditionNode | SetNode | LookupNode | QueueNode
    | TransferNode | CallNode | ReturnNode | HangupNode | StatusNode | ConsultNode,
    Field(discriminator="kind"),
]
NODE_KINDS = ("play", "menu", "collect", "record", "condition", "set", "lookup", "queue", "transfer",
              "call", "return", "hangup", "status", "consult")
INPUT_KINDS = frozenset({"menu", "collect", "record", "consult"})
TERMINAL_KINDS = frozenset({"hangup", "queue", "transfer"})


class Entry(Strict):
    default: NodeId
    dnis: dict[str, NodeId] = Field(default_factory=dict)


class Menu(Strict):
    menu: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")]
    title: str = ""
    dnis: list[str] = Field(default_factory=list)  # dialled numbers this menu answers
    languages: list[Literal["zh", "en"]] = Field(default=["zh", "en"], min_length=1)
    default_language: Literal["zh", "en"] = "zh"
    entry: Entry
    options: MenuOptions = Field(default_factory=MenuOptions)
    schedule: Schedule = Field(default_factory=Schedule)
    prompts: dict[PromptId, PromptDef]
    nodes: dict[NodeId, Node]

    def entry_for(self, dnis: str) -> str:
        return self.entry.dnis.get(dnis, self.entry.default)
