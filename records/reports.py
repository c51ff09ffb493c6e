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

from ivr.outcomes import LegOutcome
from ivr.refdata.classification import classify
from records.models import Complaint, QueueLeg

SERVICE_LEVEL_SECONDS = 20.0  # answered within this wait counts towards the service level
CENTRE_COLUMNS = ["centre", "day", "offered", "answered", "abandoned", "overflowed", "service_level",
                  "asa_seconds", "aht_seconds"]


def day_bounds(start: date, end: date, tz: str) -> tuple[datetime, datetime]:
    zone = ZoneInfo(tz)
    return datetime.combine(start, time(), zone), datetime.combine(end + timedelta(days=1), time(), zone)


def _leg_time(leg: QueueLeg) -> datetime | None:
    return leg.enqueued_at or leg.answered_at or leg.ended_at


#: Ends of a stay the live ACD figures count as offered (queueing.stats): answered, abandoned (a
#: worker lost counts as abandoned there), timed out. Calls still waiting, callbacks still owed or
#: given up, and calls refused (closed, full) are offered in neither.
OFFERED_OUTCOMES = frozenset({LegOutcome.ANSWERED, LegOutcome.CALLBACK_ANSWERED, LegOutcome.ABANDONED,
                              LegOutcome.LOST, LegOutcome.TIMEOUT})
ABANDONED_OUTCOMES = frozenset({LegOutcome.ABANDONED, LegOutcome.LOST})


def counted_legs(legs: list[QueueLeg]) -> list[QueueLeg]:
    """The legs that count as offered where they are, as the live ACD figures count them. A call
    that overflowed waits at several centres at once, one leg each; the ACD counts it once:
    where an agent answered it, or, if nobody did, at the first centre it entered (the copies
    at the other centres are withdrawn uncounted)."""
    first_entered: dict[str, QueueLeg] = {}
    for leg in legs:
        known = first_entered.get(leg.leg_key)
        if known is None or (leg.enqueued_at is not None
                             and (known.enqueued_at is None or leg.enqueued_at < known.enqueued_at)):
            first_entered[leg.leg_key] = leg
    return [leg for leg in legs if leg.outcome in OFFERED_OUTCOMES
            and (leg.outcome == LegOutcome.ANSWERED or leg.answered_at is not None
                 or first_entered[leg.leg_key] is leg)]


def centre_daily(session: Session, start: date, end: date, *, tz: str = "Asia/Shanghai",
                 centre: str | None = None, sl_seconds: float = SERVICE_LEVEL_SECONDS) -> list[dict[str, Any]]:
    """Offered, answered, abandoned, service level, ASA and AHT per (centre, local day); a call
    is counted once, where the live figures count it (:func:`counted_legs`)."""
    lo, hi = day_bounds(start, end, tz)
    query = select(QueueLeg).where(
        ((QueueLeg.enqueued_at >= lo) & (QueueLeg.enqueued_at < hi))
        | (QueueLeg.enqueued_at.is_(None) & (QueueLeg.ended_at >= lo) & (QueueLeg.ended_at < hi))
    )
    groups: dict[tuple[str, date], list[QueueLeg]] = defaultdict(list)
    zone = ZoneInfo(tz)
    found = list(session.scalars(query))
    counted = {id(leg) for leg in counted_legs(found)}
    for leg in found:
        at = _leg_time(leg)
        if at is not None and (not centre or leg.centre == centre):
            groups[(leg.centre, at.astimezone(zone).date())].append(leg)
    rows = []
    for (centre_id, day), stays in sorted(groups.items()):
        legs = [leg for leg in stays if id(leg) in counted]
        answered = [leg for leg in legs if leg.outcome == "answered" or leg.answered_at is not None]
        abandoned = [leg for leg in legs if leg.outcome in ABANDONED_OUTCOMES]
        waits = [leg.wait_seconds for leg in answered if leg.wait_seconds is not None]
        handles = [leg.handle_seconds for leg in answered if leg.handle_seconds is not None]
        within = sum(1 for w in waits if w <= sl_seconds)
        rows.append({
            "centre": centre_id,
            "day": day.isoformat(),
            "offered": len(legs),
            "answered": len(answered),
            "abandoned": len(abandoned),
            "overflowed": sum(1 for leg in stays if leg.overflow_to is not None),
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


def to_csv(rows: list[dict[str, Any]], columns: list[str] | None = None) -> str:
    out = io.StringIO()
    fields = columns or (list(rows[0]) if rows else [])
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if row.get(k) is None else row.get(k) for k in fields})
    return out.getvalue()
