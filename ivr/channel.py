"""The transport-neutral channel the call-flow engine talks to.

FastAGI, classic AGI/EAGI, the embedded SIP endpoint and the console caller each
implement :class:`Channel`. Every method may raise :class:`CallerHangup`; the engine
turns that into a complete call record that says where the caller left.
"""

from __future__ import annotations

import abc
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum


class CallerHangup(Exception):
    """The caller (or the far side) hung up; nothing more can be played."""

    def __init__(self, reason: str = "caller hangup") -> None:
        super().__init__(reason)
        self.reason = reason


class ChannelError(Exception):
    """The transport failed in a way that is not a hangup (protocol error, lost socket)."""


@dataclass(frozen=True)
class PromptPiece:
    """One built piece of a composed sentence: its words and the sound built from them
    (``ivr/<lang>/pieces/<digest>``, by ``ivr prompts build``)."""

    text: str
    sound: str


@dataclass(frozen=True)
class Prompt:
    """One prompt rendered for one language.

    ``prompt_id`` is a safe identifier (``[a-z0-9_]+``) validated by the menu schema,
    so transports may build file names from it. ``audio`` is a recorded file that
    replaces the text when present; otherwise transports speak ``text`` (console)
    or play the prompt file built from it (``ivr prompts build``).

    ``pieces`` is set for a sentence with values (a position, a region, a ticket): it is
    played as these built pieces in order, never synthesised while the call is up; ``text``
    is the whole sentence (the console prints it).
    """

    prompt_id: str
    language: str
    text: str
    audio: str | None = None
    menu_id: str = ""
    pieces: tuple[PromptPiece, ...] = ()

    @property
    def sound_name(self) -> str:
        """Asterisk-style sound name, without extension: ``ivr/<lang>/<menu>/<prompt>``."""
        menu_part = self.menu_id or "common"
        return f"ivr/{self.language}/{menu_part}/{self.prompt_id}"


@dataclass(frozen=True)
class DigitsResult:
    digits: str
    timed_out: bool = False


class HeardKind(StrEnum):
    KEYS = "keys"
    SPEECH = "speech"
    SILENCE = "silence"


@dataclass(frozen=True)
class Heard:
    """What came back from a speech question: keys, recognised speech, or nothing."""

    kind: HeardKind
    digits: str = ""
    text: str = ""
    confidence: float = 0.0
    alternatives: list[tuple[str, float]] = field(default_factory=list)


@dataclass(frozen=True)
class Recording:
    """A statement recorded into the spool; ``path`` is server-side, never caller-built."""

    path: str
    duration_seconds: float
    ended_by: str  # "silence" | "max_length" | "dtmf" | "hangup" | "failed:<reason>" (path "")


@dataclass(frozen=True)
class DialResult:
    status: str  # "ANSWER" | "NOANSWER" | "BUSY" | "CHANUNAVAIL" | "CONGESTION" | "CANCEL"
    talk_seconds: float = 0.0
    #: The far side ended an answered call and the caller is still on the line.
    caller_still_up: bool = False


@dataclass(frozen=True)
class AnswerHook:
    """Told the moment the dialled party answers, so the agent is connected while they talk.

    A transport that sees the answer itself (the SIP endpoint's 200 OK) awaits ``notify``;
    Asterisk learns it on the agent's channel, so the AGI channel asks Dial to run a dialplan
    subroutine that comes back to the server as its own FastAGI request carrying ``key``
    (safe words only: centre, queue call id, agent)."""

    key: tuple[str, ...]
    notify: Callable[[], Awaitable[None]]


class Channel(abc.ABC):
    """What the engine may do with one call. Implementations are one per transport."""

    #: Caller number as presented by the network ("" when withheld).
    caller: str = ""
    #: Dialled number (DNIS).
    dnis: str = ""
    #: Transport call id (AGI uniqueid, SIP Call-ID, console uuid).
    call_id: str = ""
    #: Extra arguments from the transport (``agi_arg_N``), used for menu entry.
    args: list[str]
    #: Language the transport suggests (``agi_language``, ``--lang``); used if the menu offers it.
    language_hint: str = ""

    @property
    def is_up(self) -> bool:
        """The caller is still on the line (as far as the transport knows)."""
        return True

    @abc.abstractmethod
    async def answer(self) -> None: ...

    @abc.abstractmethod
    async def play(self, prompt: Prompt, escape_digits: str = "") -> str | None:
        """Play a prompt; return the key that interrupted it (barge-in) or None."""

    @abc.abstractmethod
    async def collect_digits(
        self,
        prompt: Prompt | None,
        max_digits: int,
        timeout: float,
        terminator: str = "#",
    ) -> DigitsResult:
        """Play ``prompt`` (interruptible) and collect up to ``max_digits`` keys."""

    @abc.abstractmethod
    async def listen(
        self,
        prompt: Prompt | None,
        phrases: list[str],
        timeout: float,
        escape_digits: str = "0123456789*#",
    ) -> Heard:
        """Play ``prompt`` and listen for speech restricted to ``phrases`` or a key."""

    @abc.abstractmethod
    async def record(
        self,
        prompt: Prompt | None,
        name: str,
        max_seconds: float,
        silence_seconds: float,
        beep: bool = True,
    ) -> Recording:
        """Record the caller into the spool under ``name`` (a server-generated id)."""

    @abc.abstractmethod
    async def hold(self, seconds: float, escape_digits: str = "") -> str | None:
        """Music on hold for up to ``seconds``; return a key pressed to leave, else None."""

    @abc.abstractmethod
    async def dial(self, endpoint: str, timeout: float, on_answer: AnswerHook | None = None) -> DialResult:
        """Bridge the caller to ``endpoint`` (agent phone or transfer number).

        Returns when the talk is over. Raises :class:`CallerHangup` only when the caller
        left before an answer; a caller who hangs up during the talk is an ``ANSWER``
        with ``caller_still_up`` False (and the next channel step raises)."""

    @abc.abstractmethod
    async def set_variable(self, name: str, value: str) -> None: ...

    @abc.abstractmethod
    async def get_variable(self, name: str) -> str | None: ...

    @abc.abstractmethod
    async def hangup(self) -> None:
        """Hang up from the server side. Must not raise if the caller already left."""
