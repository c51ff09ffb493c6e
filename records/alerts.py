"""Early warning: a category's complaints in a region rising well above their own baseline.

The series are per (group, region), the group being the IVR category (default) or a dimension of
the platform classification (``by``: object_class, subcategory, problem, violation; see
ivr.refdata.classification.classify). ``Alert.category`` holds the group's value, ``Alert.by`` its
dimension.

Per (category, region) the daily counts before today feed an exponentially weighted mean
and variance (alpha = weight of the newest day). Today alerts when its count exceeds
mean + k * deviation, where the deviation is at least sqrt(mean) (counts are roughly
Poisson, so a quiet series must not alert on noise) and at least 1, and today has at
least ``min_count`` complaints.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, timedelta

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from ivr.refdata import NATIONAL_CENTRE
from ivr.refdata.classification import classify
from records.models import Complaint

ALERT_DIMENSIONS = ("category", "object_class", "subcategory", "problem", "violation")


class Alert(BaseModel):
    category: str  # the group's value (the IVR category unless ``by`` says otherwise)
    region: str
    day: date
    count: int
    baseline_mean: float
    baseline_deviation: float
    threshold: float
    score: float  # (count - mean) / deviation
    by: str = "category"


def ewma(counts: list[float], alpha: float) -> tuple[float, float]:
    """Exponentially weighted mean and standard deviation of a series (oldest first)."""
    if not counts:
        return 0.0, 0.0
    mean, var = counts[0], 0.0
    for x in counts[1:]:
        diff = x - mean
        mean += alpha * diff
        var = (1 - alpha) * (var + alpha * diff * diff)
    return mean, math.sqrt(var)


def check_series(history: list[float], today: float, *, alpha: float = 0.3, k: float = 3.0,
                 min_count: int = 5) -> tuple[bool, float, float, float]:
    """(alert?, mean, deviation, threshold) for today's count against the history."""
    mean, dev = ewma(history, alpha)
    dev = max(dev, math.sqrt(mean), 1.0)
    threshold = mean + k * dev
    return today >= min_count and today > threshold, mean, dev, threshold


def detect(session: Session, today: date, *, lookback_days: int = 28, centre: str | None = None,
           alpha: float = 0.3, k: float = 3.0, min_count: int = 5, by: str = "category") -> list[Alert]:
    if by not in ALERT_DIMENSIONS:
        raise ValueError(f"early warning groups by one of {', '.join(ALERT_DIMENSIONS)}")
    start = today - timedelta(days=lookback_days)
    query = select(Complaint.kind, Complaint.category, Complaint.region, Complaint.received_on,
                   Complaint.subcategory, Complaint.problem, Complaint.violation).where(
        Complaint.received_on >= start, Complaint.received_on <= today
    )
    if centre and centre != NATIONAL_CENTRE:
        query = query.where(Complaint.centre == centre)
    daily: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0] * (lookback_days + 1))
    for kind, category, region, received, sub, problem, violation in session.execute(query):
        if by == "category":
            group = category or ""
        else:
            group = getattr(classify(kind, category, sub, problem, violation), by)
            if not group:
                continue  # not classified on this dimension: no series of its own
        daily[(group, region or "")][(received - start).days] += 1
    alerts = []
    for (category, region), series in sorted(daily.items()):
        fire, mean, dev, threshold = check_series(series[:-1], series[-1], alpha=alpha, k=k, min_count=min_count)
        if fire:
            alerts.append(Alert(category=category, region=region, day=today, count=int(series[-1]),
                                baseline_mean=round(mean, 3), baseline_deviation=round(dev, 3),
                                threshold=round(threshold, 3), score=round((series[-1] - mean) / dev, 2), by=by))
    return sorted(alerts, key=lambda a: -a.score)


def current_alerts(session: Session, today: date, centre: str | None = None) -> list[Alert]:
    """What the supervisors' dashboard shows (ivr/web calls this with its session and its day)."""
    return detect(session, today, centre=centre)
