"""Flow figures of a menu from the stored call paths: where callers go, fail and leave."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ivr.knowledge.figures import ConsultStep, DayFigure, daily_figures
from records.models import Call, IvrStep
from records.reports import day_bounds

HANGUP_OUTCOMES = ("caller_hangup", "abandoned")  # the caller left; not ended by the menu or an agent
#: Failures a node counts in its step's ``detail["failures"]`` (ivr.engine): no answer in time, keys
#: that are no choice, speech that was not understood or not confirmed.
FAILURE_KINDS = ("timeout", "invalid", "speech_rejected")
MAX_FAILURES = "max_failures"  # a step's result when its retries ran out and the call was sent on
CONSULT_KIND = "consult"  # a step of a knowledge-base consultation (ivr.knowledge.consult)


def _new_node() -> dict[str, Any]:
    return {"visits": 0, "entries": 0, "hangups": 0, "ended": 0, "gave_up": 0,
            "failures": dict.fromkeys(FAILURE_KINDS, 0)}


def _failures(step: IvrStep) -> dict[str, int]:
    found = (step.detail or {}).get("failures") or {}
    if not isinstance(found, dict):
        return {}
    return {kind: int(n) for kind, n in found.items() if kind in FAILURE_KINDS and isinstance(n, int) and n > 0}


def consult_figures(steps: list[ConsultStep], start: date) -> dict[str, Any]:
    """A consult node's consultations, self-served, to-an-agent and self-service rate over the range,
    and per local day: the figures of the supervisor's reports (ivr.knowledge.figures), summed."""
    days = daily_figures(steps)
    whole = DayFigure(start, consultations=sum(d.consultations for d in days),
                      self_served=sum(d.self_served for d in days), to_agent=sum(d.to_agent for d in days))
    totals = {key: value for key, value in whole.as_dict().items() if key != "day"}
    return {**totals, "days": [d.as_dict() for d in days]}


def consult_steps(session: Session, start: date, end: date, tz: str = "Asia/Shanghai") -> list[ConsultStep]:
    """The consult steps of calls that started in [start, end] (local days of ``tz``), each with its
    call's local day: what the knowledge figures (ivr.knowledge.figures) are counted from."""
    lo, hi = day_bounds(start, end, tz)
    zone = ZoneInfo(tz)
    query = (select(Call.started_at, IvrStep.detail).join(IvrStep, IvrStep.call_pk == Call.id)
             .where(IvrStep.kind == CONSULT_KIND, Call.started_at >= lo, Call.started_at < hi))
    return [ConsultStep.from_detail(started.astimezone(zone).date(), detail)
            for started, detail in session.execute(query) if started is not None]


def node_flow(session: Session, start: date, end: date, *, tz: str = "Asia/Shanghai", menu_id: str | None = None,
              menu_version: str | None = None, dnis: str | None = None) -> dict[str, Any]:
    """Where callers go, fail and leave, from the stored call paths (local days start..end).

    Per node: ``visits`` (calls that entered it; a call entering twice counts once), ``entries``
    (times entered), ``failures`` by kind (``timeout``, ``invalid``, ``speech_rejected``: every
    failed answer, over all entries), ``gave_up`` (entries whose retries ran out), ``hangups`` (calls
    whose caller hung up there: ``hangup_node`` with outcome caller_hangup or abandoned), ``ended``
    (calls that ended there for any reason) and ``median_ms`` (time spent per entry); a node with
    consultations also ``consult`` (:func:`consult_figures`, by the call's local day). Per edge
    ``(from, to)``: how many times it was taken. Only calls of the chosen menu version and entry
    number, when given."""
    lo, hi = day_bounds(start, end, tz)
    query = select(Call).where(Call.started_at >= lo, Call.started_at < hi)
    if menu_id:
        query = query.where(Call.menu_id == menu_id)
    if menu_version:
        query = query.where(Call.menu_version == menu_version)
    if dnis:
        query = query.where(Call.dnis == dnis)
    calls = list(session.scalars(query))
    steps: dict[int, list[IvrStep]] = defaultdict(list)
    if calls:
        ids = [c.id for c in calls]
        for step in session.scalars(select(IvrStep).where(IvrStep.call_pk.in_(ids)).order_by(IvrStep.seq)):
            steps[step.call_pk].append(step)
    nodes: dict[str, dict[str, Any]] = defaultdict(_new_node)
    times: dict[str, list[float]] = defaultdict(list)
    edges: dict[tuple[str, str], int] = defaultdict(int)
    consults: dict[str, list[ConsultStep]] = defaultdict(list)
    zone = ZoneInfo(tz)
    for call in calls:
        path = steps.get(call.id, [])
        day = call.started_at.astimezone(zone).date() if call.started_at is not None else start
        for node in {s.node for s in path}:
            nodes[node]["visits"] += 1
        for step in path:
            figures = nodes[step.node]
            figures["entries"] += 1
            times[step.node].append(step.elapsed_ms)
            for kind, n in _failures(step).items():
                figures["failures"][kind] += n
            if step.result == MAX_FAILURES:
                figures["gave_up"] += 1
            if step.kind == CONSULT_KIND:
                consults[step.node].append(ConsultStep.from_detail(day, step.detail))
        for before, after in zip(path, path[1:], strict=False):
            edges[(before.node, after.node)] += 1
        last = call.hangup_node or (path[-1].node if path else None)
        if last:
            nodes[last]["ended"] += 1
            if call.outcome in HANGUP_OUTCOMES:
                nodes[last]["hangups"] += 1
    for node, spent in times.items():
        ordered = sorted(spent)
        middle = len(ordered) // 2
        median = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
        nodes[node]["median_ms"] = round(median, 1)
    for node, consulted in consults.items():
        nodes[node]["consult"] = consult_figures(consulted, start)
    return {
        "calls": len(calls),
        "nodes": dict(sorted(nodes.items())),
        "edges": [{"from": a, "to": b, "count": n} for (a, b), n in sorted(edges.items())],
    }
