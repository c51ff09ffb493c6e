"""Reports: per-centre daily performance and complaint counts, as rows for JSON or CSV."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ivr.refdata.classification import classify
from records.models import Call, Complaint, IvrStep, QueueLeg

SERVICE_LEVEL_SECONDS = 20.0  # answered within this wait counts towards the service level
HANGUP_OUTCOMES = ("caller_hangup", "abandoned")  # the caller left; not ended by the menu or an agent
CENTRE_COLUMNS = ["centre", "day", "offered", "answered", "abandoned", "overflowed", "service_level",
                  "asa_seconds", "aht_seconds"]


def day_bounds(start: date, end: date, tz: str) -> tuple[datetime, datetime]:
    zone = ZoneInfo(tz)
    return datetime.combine(start, time(), zone), datetime.combine(end + timedelta(days=1), time(), zone)


def _leg_time(leg: QueueLeg) -> datetime | None:
    return leg.enqueued_at or leg.answered_at or leg.ended_at


def centre_daily(session: Session, start: date, end: date, *, tz: str = "Asia/Shanghai",
                 centre: str | None = None, sl_seconds: float = SERVICE_LEVEL_SECONDS) -> list[dict[str, Any]]:
    """Offered, answered, abandoned, service level, ASA and AHT per (centre, local day)."""
    lo, hi = day_bounds(start, end, tz)
    query = select(QueueLeg).where(
        ((QueueLeg.enqueued_at >= lo) & (QueueLeg.enqueued_at < hi))
        | (QueueLeg.enqueued_at.is_(None) & (QueueLeg.ended_at >= lo) & (QueueLeg.ended_at < hi))
    )
    if centre:
        query = query.where(QueueLeg.centre == centre)
    groups: dict[tuple[str, date], list[QueueLeg]] = defaultdict(list)
    zone = ZoneInfo(tz)
    for leg in session.scalars(query):
        at = _leg_time(leg)
        if at is not None:
            groups[(leg.centre, at.astimezone(zone).date())].append(leg)
    rows = []
    for (centre_id, day), legs in sorted(groups.items()):
        answered = [leg for leg in legs if leg.outcome == "answered" or leg.answered_at is not None]
        abandoned = [leg for leg in legs if leg.outcome == "abandoned"]
        waits = [leg.wait_seconds for leg in answered if leg.wait_seconds is not None]
        handles = [leg.handle_seconds for leg in answered if leg.handle_seconds is not None]
        within = sum(1 for w in waits if w <= sl_seconds)
        rows.append({
            "centre": centre_id,
            "day": day.isoformat(),
            "offered": len(legs),
            "answered": len(answered),
            "abandoned": len(abandoned),
            "overflowed": sum(1 for leg in legs if leg.overflow_to is not None),
            "service_level": round(within / len(legs), 4) if legs else None,
            "asa_seconds": round(sum(waits) / len(waits), 2) if waits else None,
            "aht_seconds": round(sum(handles) / len(handles), 2) if handles else None,
        })
    return rows


COUNT_DIMENSIONS = ("category", "region", "day", "object_class", "subcategory", "problem", "violation")
DEFAULT_DIMENSIONS = ("category", "region", "day")


def complaint_counts(session: Session, start: date, end: date, *, centre: str | None = None,
                     kind: str | None = None, by: Iterable[str] = DEFAULT_DIMENSIONS) -> list[dict[str, Any]]:
    """Complaints received per any of: the IVR category, region, day, and the platform classification
    (object class, subcategory, problem type, kind of violation; ivr.refdata.classification.classify:
    what the agent picked, else what the IVR choice implies, "" where neither says)."""
    dims = [d for d in by if d in COUNT_DIMENSIONS]
    if not dims:
        raise ValueError(f"group by one or more of {', '.join(COUNT_DIMENSIONS)}")
    query = select(Complaint.kind, Complaint.category, Complaint.region, Complaint.received_on,
                   Complaint.subcategory, Complaint.problem, Complaint.violation).where(
        Complaint.received_on >= start, Complaint.received_on <= end
    )
    if centre:
        query = query.where(Complaint.centre == centre)
    if kind:
        query = query.where(Complaint.kind == kind)
    counts: dict[tuple[Any, ...], int] = defaultdict(int)
    for row_kind, category, region, received, sub, problem, violation in session.execute(query):
        found = classify(row_kind, category, sub, problem, violation)
        values = {"category": category or "", "region": region or "", "day": received.isoformat(),
                  "object_class": found.object_class, "subcategory": found.subcategory, "problem": found.problem,
                  "violation": found.violation}
        counts[tuple(values[d] for d in dims)] += 1
    return [{**dict(zip(dims, key, strict=True)), "count": n} for key, n in sorted(counts.items())]


def node_flow(session: Session, start: date, end: date, *, tz: str = "Asia/Shanghai", menu_id: str | None = None,
              menu_version: str | None = None, dnis: str | None = None) -> dict[str, Any]:
    """Where callers go and where they leave, from the stored call paths (local days start..end).

    Per node: ``visits`` (calls that entered it; a call entering twice counts once), ``entries``
    (times entered), ``hangups`` (calls whose caller hung up there: ``hangup_node`` with outcome caller_hangup or
    abandoned), ``ended`` (calls that ended there for any reason) and ``median_ms`` (time spent per
    entry). Per edge ``(from, to)``: how many times it was taken. Only calls of the chosen menu
    version and entry number, when given."""
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
    nodes: dict[str, dict[str, Any]] = defaultdict(lambda: {"visits": 0, "entries": 0, "hangups": 0, "ended": 0})
    times: dict[str, list[float]] = defaultdict(list)
    edges: dict[tuple[str, str], int] = defaultdict(int)
    for call in calls:
        path = steps.get(call.id, [])
        for node in {s.node for s in path}:
            nodes[node]["visits"] += 1
        for step in path:
            nodes[step.node]["entries"] += 1
            times[step.node].append(step.elapsed_ms)
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
    return {
        "calls": len(calls),
        "nodes": dict(sorted(nodes.items())),
        "edges": [{"from": a, "to": b, "count": n} for (a, b), n in sorted(edges.items())],
    }


def to_csv(rows: list[dict[str, Any]], columns: list[str] | None = None) -> str:
    out = io.StringIO()
    fields = columns or (list(rows[0]) if rows else [])
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if row.get(k) is None else row.get(k) for k in fields})
    return out.getvalue()
