"""The closed vocabularies of call and queue results and of agent states (core: imports nothing
of the project). They are ``StrEnum``s, so a member equals its text and the stream, the
database and the pages keep the plain strings."""

from __future__ import annotations

from enum import StrEnum


class CallOutcome(StrEnum):
    """How a call ended (``CallRecord.outcome``; ``calls.outcome``)."""

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ANSWERED = "answered"
    ABANDONED = "abandoned"
    CALLBACK = "callback"
    CALLBACK_PROMISED = "callback_promised"  # a hangup node's outcome
    TRANSFERRED = "transferred"
    CALLER_HANGUP = "caller_hangup"
    CLOSED = "closed"
    ERROR = "error"
    QUEUED = "queued"
    WORKER_LOST = "worker_lost"  # set by the records writer when the ACD reclaimed the call


class QueueOutcome(StrEnum):
    """What the queue did with a call (``QueueResult.outcome``)."""

    ANSWERED = "answered"
    ABANDONED = "abandoned"
    CALLBACK = "callback"
    TIMEOUT = "timeout"
    FULL = "full"
    CLOSED = "closed"
    NO_ACD = "no_acd"
    WAITING = "waiting"


class LegOutcome(StrEnum):
    """A call's stay in one centre's queue (``queue_legs.outcome``)."""

    WAITING = "waiting"
    ANSWERED = "answered"
    ANSWERED_ELSEWHERE = "answered_elsewhere"
    ABANDONED = "abandoned"
    TIMEOUT = "timeout"
    CALLBACK = "callback"
    CALLBACK_ANSWERED = "callback_answered"
    CALLBACK_FAILED = "callback_failed"
    FULL = "full"
    CLOSED = "closed"
    LOST = "lost"  # the worker died; the ACD reclaimed the call
    NO_ACD = "no_acd"


class AgentState(StrEnum):
    """An agent's state in the ACD (the ``state`` field of the agent hash)."""

    READY = "ready"
    PAUSED = "paused"
    RESERVED = "reserved"
    BUSY = "busy"
    WRAPUP = "wrapup"
    OUT = "out"


class AgentActivity(StrEnum):
    """The last thing the records know an agent did (``agents.last_state``), from the
    ``AGENT_*`` event type."""

    LOGIN = "login"
    READY = "ready"
    PAUSE = "pause"
    WRAPUP = "wrapup"
    LOGOUT = "logout"


def check_call_outcome(value: str) -> str:
    """Validator for ``CallRecord.outcome``: one of :class:`CallOutcome`."""
    return str(CallOutcome(value))


def check_queue_outcome(value: str) -> str:
    """Validator for ``QueueResult.outcome``: one of :class:`QueueOutcome`."""
    return str(QueueOutcome(value))
