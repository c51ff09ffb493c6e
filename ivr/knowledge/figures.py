"""How well the base serves callers, from the consult steps of the call records.

Each ``consult`` step records the entries read to the caller (``answered``, in order), how the
consultation ended (``outcome``) and each topic's question list read to the caller
(``question_menus``: the entries offered and the one chosen; ivr.knowledge.consult). From those:

- per entry: ``answered`` — consultations in which it was read; ``then_agent`` — of those, the ones
  where the caller then went on to an agent (pressed the agent key after an answer, or asked a
  further question that had no good answer); ``self_service_rate`` — the share that did not;
  ``offered`` — times it was among the questions of a topic's key menu, or of the list of close
  questions offered after a spoken question (``topic`` empty), read to the caller;
  ``offered_not_chosen`` — of those, the times the caller pressed another question's key, a key
  that chose nothing, the agent key, nothing, or hung up. Records from before ``question_menus``
  was kept count as no menu read.
- per day (the call's local day): consultations, the ones ended by an answer (``self_served``),
  the ones that went to an agent, and the self-service rate.

An entry read in a consultation that ended at an agent counts for that agent only when it was
the last entry read (the caller heard it and still wanted a person); the ones before it had
answered their question.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

SELF_SERVED = "answered"
TO_AGENT = frozenset({"agent_after_answer", "agent_key", "no_answer"})


@dataclass(frozen=True)
class OfferedMenu:
    """A topic's question list read to the caller: the entries it offered and the one chosen."""

    offered: tuple[str, ...]
    chosen: str | None

    @classmethod
    def from_detail(cls, menu: Any) -> OfferedMenu | None:
        if not isinstance(menu, dict) or not isinstance(menu.get("offered"), list):
            return None
        chosen = menu.get("chosen")
        return cls(tuple(e for e in menu["offered"] if isinstance(e, str)), chosen if isinstance(chosen, str) else None)


@dataclass(frozen=True)
class ConsultStep:
    day: date
    answered: tuple[str, ...]
    outcome: str
    question_menus: tuple[OfferedMenu, ...] = ()

    @classmethod
    def from_detail(cls, day: date, detail: dict[str, Any] | None) -> ConsultStep:
        detail = detail or {}
        answered = detail.get("answered") or []
        menus = detail.get("question_menus")
        read = [OfferedMenu.from_detail(m) for m in menus] if isinstance(menus, list) else []
        return cls(day, tuple(str(a) for a in answered if isinstance(a, str)), str(detail.get("outcome") or ""),
                   tuple(m for m in read if m is not None))


@dataclass
class EntryFigure:
    entry: str
    answered: int = 0
    then_agent: int = 0
    offered: int = 0
    offered_not_chosen: int = 0

    @property
    def self_service_rate(self) -> float | None:
        return round(1 - self.then_agent / self.answered, 3) if self.answered else None

    def as_dict(self) -> dict[str, Any]:
        return {"entry": self.entry, "answered": self.answered, "then_agent": self.then_agent,
                "self_service_rate": self.self_service_rate, "offered": self.offered,
                "offered_not_chosen": self.offered_not_chosen}


@dataclass
class DayFigure:
    day: date
    consultations: int = 0
    self_served: int = 0
    to_agent: int = 0

    @property
    def self_service_rate(self) -> float | None:
        return round(self.self_served / self.consultations, 3) if self.consultations else None

    def as_dict(self) -> dict[str, Any]:
        return {"day": self.day.isoformat(), "consultations": self.consultations, "self_served": self.self_served,
                "to_agent": self.to_agent, "self_service_rate": self.self_service_rate}


def entry_figures(steps: Iterable[ConsultStep]) -> list[EntryFigure]:
    """Per entry read or offered in a key menu at least once: most answered first, then most offered,
    then by id."""
    figures: dict[str, EntryFigure] = {}
    for step in steps:
        for entry in dict.fromkeys(step.answered):  # once per consultation
            figures.setdefault(entry, EntryFigure(entry)).answered += 1
        if step.answered and step.outcome in TO_AGENT:
            figures[step.answered[-1]].then_agent += 1
        for menu in step.question_menus:  # every time the list was read, even twice in one call
            for entry in dict.fromkeys(menu.offered):
                figure = figures.setdefault(entry, EntryFigure(entry))
                figure.offered += 1
                figure.offered_not_chosen += entry != menu.chosen
    return sorted(figures.values(), key=lambda f: (-f.answered, -f.offered, f.entry))


def daily_figures(steps: Iterable[ConsultStep]) -> list[DayFigure]:
    days: dict[date, DayFigure] = defaultdict(lambda: DayFigure(date.min))
    for step in steps:
        figure = days[step.day]
        figure.day = step.day
        figure.consultations += 1
        figure.self_served += step.outcome == SELF_SERVED
        figure.to_agent += step.outcome in TO_AGENT
    return [days[d] for d in sorted(days)]
