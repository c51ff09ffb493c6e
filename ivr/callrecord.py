"""The result of one call: path of nodes, slots, speech decisions, routing, outcome.

The engine adds a path step per node and a speech decision per recognised answer while the
call runs: those are plain slotted dataclasses, made by our own code and not validated one by
one. Pydantic validates them where a record is read back (``ivr.event_types.CallEnd``) and
serialises them with the record (``CallRecord.model_dump``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, Field

from ivr.outcomes import check_call_outcome, check_queue_outcome


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class PathStep:
    node: str
    kind: str
    entered_at: datetime
    elapsed_ms: float = 0.0
    input: str | None = None  # keys or recognised text, as given
    result: str | None = None  # what the node decided (target, value, "timeout", ...)
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class SpeechDecision:
    node: str
    slot: str
    text: str
    confidence: float
    value: str | None
    match_score: float
    # "accept" | "confirm" | "confirmed" | "rejected" | "no_match" | "fallback_keys" | "to_agent" | "offer"
    decision: str
    alternatives: list[tuple[str, float]] = field(default_factory=list)


class RoutingDecision(BaseModel):
    centre: str
    priority: int = 0
    overflow: list[str] = Field(default_factory=list)
    reason: str = ""


class QueueResult(BaseModel):
    """What happened in the queue; filled by the queue gateway (queueing/)."""

    outcome: Annotated[str, AfterValidator(check_queue_outcome)]  # one of ivr.outcomes.QueueOutcome
    centre: str
    agent: str | None = None
    wait_seconds: float = 0.0
    position_at_entry: int | None = None
    queue_call_id: str | None = None


class CallRecord(BaseModel):
    call_id: str
    transport: str
    dnis: str
    caller: str  # raw number; mask with ivr.privacy.mask_number before logging
    language: str
    menu_id: str
    menu_version: str
    started_at: datetime = Field(default_factory=utcnow)
    ended_at: datetime | None = None
    path: list[PathStep] = Field(default_factory=list)
    slots: dict[str, str] = Field(default_factory=dict)
    speech: list[SpeechDecision] = Field(default_factory=list)
    routing: RoutingDecision | None = None
    queue: QueueResult | None = None
    recording: str | None = None
    outcome: Annotated[str, AfterValidator(check_call_outcome)] = "in_progress"  # one of ivr.outcomes.CallOutcome
    hangup_node: str | None = None
    hangup_reason: str | None = None

    def step(self, node: str, kind: str) -> PathStep:
        entry = PathStep(node, kind, utcnow())
        self.path.append(entry)
        return entry
