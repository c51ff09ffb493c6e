"""The one way to read a caller's number in clear: ``POST /api/complaints/{ticket}/caller-number``
with a reason, for supervisors and administrators of the complaint's centre (national staff: any
centre). Every read that passes those checks writes an audit entry (who, when, which ticket, the
reason, what came of it) in the same transaction. POST, not GET: the reason travels in the body,
cookie sessions need the CSRF token, and nothing prefetches or caches it (``Cache-Control:
no-store`` on every /api/ answer).

Mounted by the web app (ivr/web/app.py, OPTIONAL_ROUTERS) with its ``current_user`` dependency.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from ivr.privacy import mask_number
from ivr.privacy_vault import VaultKeyError, VaultOpenError, vault_of
from records.models import Call, Complaint
from records.webdeps import UserLike, audit, context, in_db, require_roles, sees_centre

READERS = ("supervisor", "admin")
AUDIT_ACTION = "complaint.caller_number"
MIN_REASON_CHARS = 4
MAX_REASON_CHARS = 500

MESSAGES: dict[str, tuple[str, str]] = {
    "no_such_complaint": ("没有此工单", "no such complaint"),
    "reason_required": (f"请说明查看来电号码的理由（至少 {MIN_REASON_CHARS} 个字）",
                        f"give the reason for reading the caller's number (at least {MIN_REASON_CHARS} characters)"),
    "no_number_kept": ("此工单没有保存来电号码", "no caller number is kept for this complaint"),
    "key_mismatch": ("无法用当前配置的密钥解密来电号码（IVR_CALLER_NUMBER_KEYS / IVR_SECRET_KEY）",
                     "the caller number cannot be decrypted with the configured keys "
                     "(IVR_CALLER_NUMBER_KEYS / IVR_SECRET_KEY)"),
}


def _message(code: str) -> dict[str, str]:
    zh, en = MESSAGES[code]
    return {"code": code, "zh": zh, "en": en, "message": en}


class NumberRequest(BaseModel):
    reason: str = Field(default="", max_length=MAX_REASON_CHARS)


@dataclass(frozen=True)
class Reading:
    """What one read came to: the number, or the code of the refusal (already audited)."""

    ticket: str
    call_id: str | None
    number: str | None = None
    refused: str | None = None


def read_number(session: Session, user: UserLike, ticket: str, reason: str,
                open_sealed: Callable[[str], str]) -> Reading:
    """Check scope, open the sealed number, audit the read; refusals after the scope check are
    audited too and returned (not raised) so that their audit entry is committed."""
    complaint = session.scalar(select(Complaint).where(Complaint.ticket == ticket))
    if complaint is None or not sees_centre(user, complaint.centre):
        raise HTTPException(status_code=404, detail=_message("no_such_complaint"))
    call = session.scalar(select(Call).where(Call.call_id == complaint.call_id)) if complaint.call_id else None
    sealed = call.caller_sealed if call is not None else None
    reading = Reading(ticket, complaint.call_id, refused="no_number_kept")
    if sealed:
        try:
            reading = Reading(ticket, complaint.call_id, number=open_sealed(sealed))
        except VaultOpenError:
            reading = Reading(ticket, complaint.call_id, refused="key_mismatch")
    audit(session, user, AUDIT_ACTION, ticket,
          {"reason": reason, "call_id": complaint.call_id, "result": reading.refused or "shown"})
    return reading


def caller_number_router(current_user: Callable[..., Any]) -> APIRouter:
    router = APIRouter(prefix="/api", tags=["complaints"])

    @router.post("/complaints/{ticket}/caller-number")
    async def caller_number(ticket: str, body: NumberRequest, request: Request,
                            user: Any = Depends(current_user)) -> dict[str, Any]:
        """The complaint's caller number in clear, for calling the consumer back; audited."""
        require_roles(user, *READERS)
        reason = " ".join(body.reason.split())
        if len(reason) < MIN_REASON_CHARS:
            raise HTTPException(status_code=422, detail=_message("reason_required"))
        try:
            vault = vault_of(context(request).settings)
        except VaultKeyError as exc:
            raise HTTPException(status_code=503, detail={**_message("key_mismatch"), "message": str(exc)}) from exc
        reading = await in_db(request, lambda s: read_number(s, user, ticket, reason, vault.open))
        if reading.refused == "no_number_kept":
            raise HTTPException(status_code=404, detail=_message("no_number_kept"))
        if reading.refused is not None or reading.number is None:
            raise HTTPException(status_code=503, detail=_message("key_mismatch"))
        return {"ticket": reading.ticket, "call_id": reading.call_id, "number": reading.number,
                "masked": mask_number(reading.number)}

    return router
