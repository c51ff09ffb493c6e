"""The platform classification for the agent's complaint form, and early warning by it.

- ``GET /api/classification?category=&kind=`` (agent, supervisor, admin): goods/services classes,
  every subcategory (``suggested`` for those the IVR choice points to), problem types, kinds of
  violation (for reports), and ``preset``: what the IVR choice already says (ivr/refdata/classification.py).
- ``GET /api/alerts/classified?by=&day=&centre=`` (supervisor, admin): early warning per
  subcategory, object class, problem type or kind of violation and region (records.alerts), scoped
  to the user's centre like the other reports (another centre: 404).

Mounted from ivr/web/app.py OPTIONAL_ROUTERS with the app's ``current_user``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from ivr.refdata.classification import (
    MENU_CATEGORIES,
    OBJECT_CLASSES,
    PROBLEMS,
    SUBCATEGORIES,
    VIOLATIONS,
    Label,
    MenuMapping,
    choices_for,
)
from ivr.web.records_api import local_today
from records import alerts as early_warning
from records.webdeps import UserLike, in_db, is_national, require_roles

STAFF = ("agent", "supervisor", "admin")
MANAGERS = ("supervisor", "admin")
Dimension = Literal["object_class", "subcategory", "problem", "violation"]


def _label(item: Label) -> dict[str, Any]:
    return {"code": item.code, "zh": item.zh, "en": item.en, "sourced": item.sourced}


def choices_json(category: str | None, kind: str) -> dict[str, Any]:
    if category and category not in MENU_CATEGORIES:
        raise HTTPException(status_code=422, detail=f"未知的菜单类别 / unknown menu category {category!r}; one of: "
                                                    f"{', '.join(MENU_CATEGORIES)}")
    mapping = MENU_CATEGORIES.get(category or "other", MenuMapping())
    narrows = bool(category) and (bool(mapping.subcategories) or mapping.object_class is not None)
    suggested = {s.code for s in choices_for(category)} if narrows else set()
    preset: dict[str, Any] = {"object_class": mapping.object_class,
                              "subcategory": mapping.subcategories[0] if len(mapping.subcategories) == 1 else None,
                              "online_platform": mapping.online_platform}
    if kind == "report":
        preset["violation"] = mapping.violation
    else:
        preset["problem"] = mapping.problem
    return {
        "category": category, "kind": kind,
        "object_classes": [_label(c) for c in OBJECT_CLASSES.values()],
        "subcategories": [{**_label(s), "object_class": s.object_class, "suggested": s.code in suggested}
                          for s in SUBCATEGORIES],
        "problems": [_label(p) for p in PROBLEMS],
        "violations": [_label(v) for v in VIOLATIONS],
        "preset": preset,
    }


def _scope(user: UserLike, centre: str | None) -> str | None:
    if is_national(user):
        return centre
    if centre and centre != user.centre:
        raise HTTPException(status_code=404, detail="no such centre for you")
    return user.centre


def classification_router(current_user: Callable[..., Any]) -> APIRouter:
    router = APIRouter(prefix="/api", tags=["classification"])

    @router.get("/classification")
    async def classification(user: Any = Depends(current_user), category: str | None = Query(None, max_length=32),
                             kind: Literal["complaint", "report", "consultation"] = "complaint") -> dict[str, Any]:
        require_roles(user, *STAFF)
        return choices_json(category or None, kind)

    @router.get("/alerts/classified")
    async def classified_alerts(request: Request, by: Dimension, user: Any = Depends(current_user),
                                day: date | None = None, centre: str | None = None) -> list[dict[str, Any]]:
        require_roles(user, *MANAGERS)
        scope = _scope(user, centre)
        today = day or local_today(request)
        found = await in_db(request, lambda s: early_warning.detect(s, today, centre=scope, by=by))
        return [a.model_dump(mode="json") for a in found]

    return router
