"""Interfaces the engine depends on; each is implemented by its own package.

- EventSink: events to the Redis Stream (queueing/ and records/ read them).
- QueueGateway: queueing/ — enqueue, wait with music/position, bridge to an agent.
- CaseStatusProvider: records/ — status of a complaint by ticket number (progress by phone).
- TicketLookup: records/ — the ticket an agent filed for a call, told to the caller at the end.
- StatementTranscriber: ivr/asr — transcribe a recorded statement after the call moved on.
- OpeningHours: queueing/ — open now for this call? (the ACD configuration is the one source
  of opening hours; the menu's ``open`` test asks it).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Protocol

from ivr.callrecord import CallRecord, QueueResult, RoutingDecision
from ivr.channel import CallerHangup, Channel, Prompt


class EventSink(Protocol):
    async def emit(self, event_type: str, payload: dict[str, Any]) -> None: ...


class PromptMaker(Protocol):
    """The menu of a call in progress: the queue speaks its prompts (queueing.prompts)."""

    def menu_prompt(self, prompt_id: str, **values: str) -> Prompt | None:
        """The call's menu prompt ``prompt_id`` with ``values``, None if the menu has none."""


class QueueGateway(Protocol):
    async def queue_call(
        self, channel: Channel, record: CallRecord, decision: RoutingDecision, prompts: PromptMaker | None = None
    ) -> QueueResult: ...


class QueueAbandoned(CallerHangup):
    """The caller left while queued; ``result`` is the queue's own account of it (with its
    queue call id, so the records write one leg for the call, not a second one)."""

    def __init__(self, result: QueueResult, reason: str = "caller hangup") -> None:
        super().__init__(reason)
        self.result = result


class TicketLookup(Protocol):
    async def ticket_for_call(self, call_id: str) -> str | None:
        """The ticket number of the complaint filed for this call, if any."""


class CaseStatus(Protocol):
    ticket: str
    status_text: dict[str, str]  # language -> sentence to speak


class CaseStatusProvider(Protocol):
    async def case_status(self, ticket: str, language: str) -> str | None:
        """A sentence to speak, or None when the ticket is unknown."""


class StatementTranscriber(Protocol):
    def submit(self, record: CallRecord, path: str) -> None:
        """Schedule transcription; must not block the call."""


class OpeningHours(Protocol):
    def is_open(self, now: datetime, slots: Mapping[str, str], dnis: str) -> bool:
        """Open at ``now`` for a call with these slots and dialled number: the hours of the centre
        it is routed to, or the shared hours while no centre is chosen."""


class NullEventSink:
    """Used when no Redis is configured (validator dry runs); drops events."""

    async def emit(self, event_type: str, payload: dict[str, Any]) -> None:
        return None
