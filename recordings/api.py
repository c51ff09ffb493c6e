"""Download of stored statements: authenticated roles only, every access (and refusal) logged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import FileResponse
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from recordings.store import BadRecording, check_call_id, recordings_root, resolve_stored
from records.models import Call, Complaint, QueueLeg, Recording
from records.webdeps import UserLike, audit, context, in_db, sees_centre


def _may_download(session: Session, user: UserLike, call_id: str, centre: str | None) -> bool:
    if user.role in ("admin", "supervisor"):
        return sees_centre(user, centre)
    if user.role != "agent":
        return False
    took_call = session.scalar(select(QueueLeg.id).where(QueueLeg.call_id == call_id,
                                                         QueueLeg.agent == user.username).limit(1))
    own_complaint = session.scalar(select(Complaint.id).where(
        or_(Complaint.call_id == call_id, Complaint.statement_recording == call_id),
        Complaint.created_by == user.username).limit(1))
    return took_call is not None or own_complaint is not None


def recordings_router(current_user: Callable[..., Any]) -> APIRouter:
    router = APIRouter(prefix="/api/recordings", tags=["recordings"])
    @router.get("/{call_id}")
    async def download(call_id: str, request: Request, user: Any = Depends(current_user)) -> FileResponse:
        try:
            check_call_id(call_id)
        except BadRecording as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from exc
        root = recordings_root(context(request).settings.data_dir)

        def lookup(session: Session) -> tuple[str, Path, str] | None:
            row = session.scalar(select(Recording).where(Recording.call_id == call_id,
                                                         Recording.deleted_at.is_(None)))
            centre = session.scalar(select(Call.centre).where(Call.call_id == call_id))
            allowed = row is not None and _may_download(session, user, call_id, centre)
            audit(session, user, "recording.download" if allowed else "recording.refused", f"recording:{call_id}",
                  {"found": row is not None})
            if row is None or not allowed:
                return None
            return row.relpath, resolve_stored(root, row.relpath), row.sha256

        found = await in_db(request, lookup)
        if found is None:
            raise HTTPException(status_code=404, detail="no such recording for you")
        _relpath, path, sha = found
        if not path.exists():
            raise HTTPException(status_code=410, detail="recording file is gone")
        return FileResponse(path, media_type="audio/wav", filename=f"{call_id}.wav",
                            headers={"X-Content-SHA256": sha, "Cache-Control": "no-store"})

    return router
