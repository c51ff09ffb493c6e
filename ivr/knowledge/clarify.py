"""What a consultation does with the matches of a spoken question: read one answer, offer a short
list of questions to choose from by key, or hand the caller to an agent.

- Read: the best match reaches the base's confidence threshold, the recogniser heard the words
  well, and no other match comes close to it.
- Offer: several matches are close (each at least ``CLOSE`` of the best's BM25 score), or the best
  is not sure enough to be read (or was heard badly) but reaches ``FLOOR``. The caller hears each
  offered entry's question and the key to press; pressing it reads that answer.
- Agent: nothing reaches ``FLOOR``; or the best match is another hotline's question (``refers_elsewhere``):
  then the plan holds it, so the caller hears where to turn before the agent. Such an entry is never offered.

Why a list rather than a guess: on the question sets written by people who never saw the base,
the right entry is first for about three callers in four but among the first three for nearly nine
in ten (bench/knowledge_*_RESULTS.md). When the top matches are close, or the best is unsure, the
caller who hears two or three questions knows which is theirs; reading the first would give a
wrong answer in the cases where it is not.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ivr.knowledge.catalog import Found
from ivr.knowledge.model import Entry

FLOOR = 0.4  # the least confidence an entry needs to be offered at all
CLOSE = 0.7  # a match with at least this share of the best's BM25 score is close to it
MAX_OFFERED = 3


class Decision(StrEnum):
    READ = "read"
    OFFER = "offer"
    AGENT = "agent"


@dataclass(frozen=True)
class Plan:
    decision: Decision
    entries: list[Found]  # the one to read, or the ones to offer (best first); for an agent, empty or the referral

    @property
    def referral(self) -> Entry | None:
        """Another hotline's question the caller hears before the agent (module doc), if any."""
        return self.entries[0].entry if self.decision == Decision.AGENT and self.entries else None


def plan(found: list[Found], threshold: float, heard_well: bool = True, floor: float = FLOOR,
         close: float = CLOSE, limit: int = MAX_OFFERED) -> Plan:
    """The module doc's rule over ``found`` (best first, as the search returns them)."""
    if not found or found[0].confidence < floor:
        return Plan(Decision.AGENT, [])
    best = found[0]
    if best.entry.refers_elsewhere:
        return Plan(Decision.AGENT, [best])
    offered = [best, *(f for f in found[1:limit] if f.confidence >= floor and f.score >= close * best.score
                       and not f.entry.refers_elsewhere)]
    if heard_well and best.confidence >= threshold and len(offered) == 1:
        return Plan(Decision.READ, [best])
    return Plan(Decision.OFFER, offered)
