"""Try a draft menu interactively: a console call whose caller is the administrator's browser.

Protocol of ``/api/menus/try/ws`` (JSON messages, administrators only):
  browser -> {"type": "start", "dnis": "12315", "caller": "...", "language": "zh", "files": {...},
              "acd": {"text"?, "rules"?, "defaults"?, "centres"?}}
             (``files`` left out: the published menus)
  server  -> {"type": "started", "call_id", "menu_version"}
  server  -> {"type": "prompt", "prompt_id", "language", "text"}  for every prompt played
  server  -> {"type": "line", "text"}   other call events (answer, dial, music on hold, hangup)
  server  -> {"type": "ask", "ask": "keys" | "say or keys" | "statement" | ...}  waiting for input
  browser -> {"type": "input", "text": "1" | "say: 北京" | "statement: ..." | "timeout" | "hangup"}
  server  -> {"type": "summary", ...ivr.console.summary(...)}  then closes
  server  -> {"type": "error", "message", "errors"}  bad start or input; a bad start closes
The call runs the real engine (ivr.engine.run_call) with no queue and no events; routing uses
the draft ACD configuration sent as ``acd`` ({text?, rules?, defaults?, centres?}: the expert
editor's text with the form's unsaved changes), else the published one. It is limited to
TRY_SECONDS and ends when the page goes away.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, WebSocket, WebSocketDisconnect
from pydantic import BaseModel, Field, ValidationError

from ivr.channel import CallerHangup, Prompt
from ivr.console import ConsoleChannel, summary
from ivr.engine import default_services, run_call
from ivr.menus.menuset import build_menuset
from ivr.privacy import mask_number
from ivr.web import menu_admin as ma
from ivr.web.acd_config_api import AcdDraft, config_router, draft_config
from ivr.web.auth import current_admin
from ivr.web.context import WebContext, get_context
from ivr.web.users import WebUser
from queueing.centres import AcdConfig
from queueing.opening_hours import AcdOpeningHours

log = logging.getLogger(__name__)
Admin = Annotated[WebUser, Depends(current_admin)]
TRY_SECONDS = 600.0
START_SECONDS = 30.0
MAX_SESSIONS = 20
MAX_INPUT_CHARS = 500
Send = Callable[[dict[str, Any]], None]


class TryStart(BaseModel):
    type: str = Field(pattern=r"^start$")
    dnis: str = Field(default="12315", pattern=r"^[0-9]{3,16}$")
    caller: str = Field(default="01088886666", pattern=r"^\+?[0-9]{3,20}$")
    language: str = Field(default="", pattern=r"^([a-z]{2})?$")
    files: dict[str, str] | None = None
    acd: AcdDraft | None = None  # the draft ACD configuration to route with (None: the published one)


class TryInput(BaseModel):
    type: str = Field(pattern=r"^input$")
    text: str = Field(max_length=MAX_INPUT_CHARS)


class BrowserChannel(ConsoleChannel):
    """The console channel with the browser as the caller: prompts go out as messages, each
    input is awaited from ``inputs`` (the same input language as ``ivr call``)."""

    def __init__(self, dnis: str, caller: str, spool_dir: Path, send: Send, inputs: asyncio.Queue[str]) -> None:
        super().__init__(dnis, caller, spool_dir, script=None, echo=self._line)
        self.send = send
        self.inputs = inputs
        self._quiet = False

    def _line(self, text: str) -> None:
        if not self._quiet:
            self.send({"type": "line", "text": text})

    async def play(self, prompt: Prompt, escape_digits: str = "") -> str | None:
        self._quiet = True  # the prompt goes out as its own message below
        try:
            barged = await super().play(prompt, escape_digits)
        finally:
            self._quiet = False
        self.send({"type": "prompt", "prompt_id": prompt.prompt_id, "language": prompt.language,
                   "text": prompt.text})
        return barged

    async def _next(self, ask: str) -> str:
        if self.hung_up:
            raise CallerHangup("caller hung up")
        self.send({"type": "ask", "ask": ask})
        item = (await self.inputs.get()).strip()
        if item == "hangup":
            self.hung_up = True
            raise CallerHangup("caller hung up")
        return item


def _error(message: str, errors: list[Any] | None = None) -> dict[str, Any]:
    return {"type": "error", "message": message, "errors": errors or []}


async def _start_call(ctx: WebContext, websocket: WebSocket) -> tuple[TryStart, dict[str, str], AcdConfig] | None:
    """Read and check the start message; None (after telling the page why) when refused."""
    try:
        start = TryStart.model_validate(await asyncio.wait_for(websocket.receive_json(), START_SECONDS))
    except (ValidationError, ValueError, TimeoutError) as exc:
        await websocket.send_json(_error(f"bad start message: {str(exc)[:300]}"))
        return None
    if start.files is None:
        _, files = await ma.published_files(ctx)
    else:
        files = start.files
    try:
        errors = await ma.validate(ctx, files)
    except ma.DraftError as exc:
        await websocket.send_json(_error(str(exc)))
        return None
    if errors:
        await websocket.send_json(_error("the menu has errors", errors))
        return None
    try:
        config = await draft_config(ctx, start.acd)
    except HTTPException as exc:
        detail: dict[str, Any] = exc.detail if isinstance(exc.detail, dict) else {}
        await websocket.send_json(_error(str(detail.get("message", exc.detail)), detail.get("errors")))
        return None
    return start, files, config


async def _read_inputs(websocket: WebSocket, inputs: asyncio.Queue[str], send: Send) -> None:
    """Until the page goes away: queue each input for the channel."""
    while True:
        try:
            message = await websocket.receive_json()
        except WebSocketDisconnect:
            return
        except ValueError:
            send(_error("messages are JSON"))
            continue
        try:
            inputs.put_nowait(TryInput.model_validate(message).text)
        except ValidationError as exc:
            send(_error(f"bad input message: {str(exc)[:300]}"))


async def run_try_session(ctx: WebContext, websocket: WebSocket, user: WebUser) -> None:
    started = await _start_call(ctx, websocket)
    if started is None:
        await websocket.close(code=1008)
        return
    start, files, config = started
    outgoing: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    inputs: asyncio.Queue[str] = asyncio.Queue()
    channel = BrowserChannel(start.dnis, start.caller, ctx.settings.spool_dir / "web-try", outgoing.put_nowait,
                             inputs)
    channel.language_hint = start.language
    menuset = build_menuset(files, "draft" if start.files is not None else "published")
    services = default_services(ctx.settings, menus=menuset, router=config_router(config),
                                hours=AcdOpeningHours(config))
    log.info("try call %s by %s: dnis=%s caller=%s", channel.call_id, user.username, start.dnis,
             mask_number(start.caller))
    await websocket.send_json({"type": "started", "call_id": channel.call_id, "menu_version": menuset.version})
    call = asyncio.create_task(run_call(channel, services, transport="web-try"))
    reader = asyncio.create_task(_read_inputs(websocket, inputs, outgoing.put_nowait))
    deadline = asyncio.get_running_loop().time() + TRY_SECONDS
    try:
        while not call.done():
            message = asyncio.create_task(outgoing.get())
            remaining = deadline - asyncio.get_running_loop().time()
            await asyncio.wait({call, reader, message}, timeout=max(remaining, 0),
                               return_when=asyncio.FIRST_COMPLETED)
            if message.done():
                await websocket.send_json(message.result())
            else:
                message.cancel()
            if reader.done():
                return  # the page went away: the finally block ends the call
            if remaining <= 0 and not call.done():
                outgoing.put_nowait(_error(f"time limit of {TRY_SECONDS / 60:.0f} minutes reached"))
                inputs.put_nowait("hangup")
                deadline += 5.0  # the engine gets a moment to finish on its own
        while not outgoing.empty():
            await websocket.send_json(outgoing.get_nowait())
        if call.cancelled() or call.exception() is not None:
            log.error("try call %s failed", channel.call_id, exc_info=None if call.cancelled() else call.exception())
            await websocket.send_json(_error("the call failed inside the engine; see the server log"))
        else:
            await websocket.send_json({"type": "summary", **summary(call.result(), channel)})
        await websocket.close()
    finally:
        for task in (call, reader):
            task.cancel()
        for task in (call, reader):
            with contextlib.suppress(BaseException):
                await task


def try_router() -> APIRouter:
    router = APIRouter(prefix="/api/menus/try", tags=["menus"])

    @router.websocket("/ws")
    async def try_ws(websocket: WebSocket, admin: Admin) -> None:
        """Run the draft (or the published menus) as a call driven from the page."""
        ctx = get_context(websocket)
        active: int = ctx.extras.get("try_sessions", 0)
        await websocket.accept()
        if active >= MAX_SESSIONS:
            await websocket.send_json(_error(f"at most {MAX_SESSIONS} try calls at once"))
            await websocket.close(code=1013)
            return
        ctx.extras["try_sessions"] = active + 1
        try:
            await run_try_session(ctx, websocket, admin)
        except (WebSocketDisconnect, RuntimeError):
            pass  # the page went away mid-send
        finally:
            ctx.extras["try_sessions"] = ctx.extras.get("try_sessions", 1) - 1

    return router
