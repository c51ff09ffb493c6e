"""The caller's statement during the call: ``GET /api/console/statement/{call_id}``.

While a call lasts its statement is in the spool (the records writer stores it, and
``/api/recordings`` serves it, only after the call). This endpoint serves the spooled file to
the agent who holds the call (offered, connected, or its wrap-up not recorded yet) and to the
supervisors and administrators who see the call's centre; anyone else gets 404, as for a call
without a statement. The file is found by ``recordings.spooled`` from the call id alone; every
access and refusal is audited.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import FileResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from ivr.web.agent_api import agent_holds_call
from ivr.web.audit import write_audit
from ivr.web.auth import current_user
from ivr.web.context import get_context
from ivr.web.i18n import message
from ivr.web.users import WebUser
from recordings.spooled import spooled_statement
from recordings.store import BadRecording
from records.models import Call, QueueLeg

User = Annotated[WebUser, Depends(current_user)]
SUPERVISING = ("supervisor", "admin")


def call_centres(session: Session, call_id: str) -> set[str]:
    """The centres the call belongs to: its home centre and every centre it queued in."""
    centres = {c for c in session.scalars(select(Call.centre).where(Call.call_id == call_id)) if c}
    centres |= {c for c in session.scalars(select(QueueLeg.centre).where(QueueLeg.call_id == call_id)) if c}
    return centres


def statement_router() -> APIRouter:
    router = APIRouter(prefix="/api/console", tags=["agent console"])

    @router.get("/statement/{call_id}")
    async def statement(call_id: str, request: Request, user: User) -> FileResponse:
        ctx = get_context(request)
        try:
            found = spooled_statement(ctx.settings.spool_dir, call_id)
        except BadRecording as exc:
            raise HTTPException(status_code=400, detail=message("bad_call_id")) from exc
        if user.role == "agent":
            allowed = await agent_holds_call(ctx, user, call_id)
        elif user.role in SUPERVISING:
            centres = await ctx.in_db(lambda s: call_centres(s, call_id))
            allowed = any(user.can_see(c) for c in centres)
        else:
            allowed = False
        action = "recording.spool_listen" if allowed and found else "recording.refused"
        await ctx.in_db(lambda s: write_audit(s, user.username, action, f"recording:{call_id}",
                                              {"spooled": found is not None, "allowed": allowed}))
        if found is None or not allowed:
            raise HTTPException(status_code=404, detail=message("no_statement"))
        return FileResponse(found.path, media_type="audio/wav", filename=f"{call_id}.wav",
                            headers={"Cache-Control": "no-store"})

    return router
