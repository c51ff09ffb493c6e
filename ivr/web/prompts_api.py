"""Prompt management: text per language (audio regenerated), recorded uploads, listening.

espeak-ng and sox run here only when an administrator saves a text: a fixed prompt is
synthesised whole, a sentence with values has its fixed parts built as pieces (ivr.compose)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field

from ivr.channel import Prompt
from ivr.compose import fixed_parts, placeholders
from ivr.tts import prompt_wav_path, synthesize_pieces, synthesize_wav
from ivr.web import menu_admin as ma
from ivr.web.audio import MAX_UPLOAD_BYTES, AudioRejected, store_recording
from ivr.web.auth import current_admin
from ivr.web.context import WebContext, get_context
from ivr.web.menus_api import bad_draft, publish_draft
from ivr.web.users import WebUser

Admin = Annotated[WebUser, Depends(current_admin)]


class PromptText(BaseModel):
    file: str
    id: str = Field(pattern=r"^[a-z0-9_]{1,64}$")
    language: str = Field(pattern=r"^[a-z]{2}$")
    text: str = Field(min_length=1, max_length=2000)
    comment: str = Field(min_length=1, max_length=500)


def find_prompt(files: dict[str, str], name: str, prompt_id: str) -> dict[str, Any]:
    for row in ma.list_prompts(files):
        if row["file"] == name and row["id"] == prompt_id:
            return row
    raise HTTPException(status_code=404, detail=f"no prompt {prompt_id!r} in {name!r}")


def tts_path(ctx: WebContext, menu: str | None, prompt_id: str, language: str, text: str) -> Path:
    prompt = Prompt(prompt_id=prompt_id, language=language, text=text, menu_id=menu or "")
    return prompt_wav_path(prompt, ctx.settings.sounds_dir)


def recordings_dir(ctx: WebContext, menu: str | None, language: str) -> Path:
    return ctx.settings.sounds_dir / "recorded" / language / (menu or "common")


def prompts_router() -> APIRouter:
    router = APIRouter(prefix="/api/prompts", tags=["prompts"])

    @router.get("")
    async def list_prompts(request: Request, admin: Admin) -> dict[str, Any]:
        number, files = await ma.published_files(get_context(request))
        try:
            return {"version": number, "prompts": ma.list_prompts(files)}
        except ma.DraftError as exc:
            raise bad_draft(exc) from exc

    @router.post("/text")
    async def set_text(body: PromptText, request: Request, admin: Admin) -> dict[str, Any]:
        """Change one prompt's text, publish it as a new version, regenerate its audio."""
        ctx = get_context(request)
        _, files = await ma.published_files(ctx)
        row = find_prompt(files, body.file, body.id)
        if body.language not in row["languages"]:
            raise HTTPException(status_code=422, detail=f"the menu has no language {body.language!r}")
        try:
            draft = ma.set_prompt(files, body.file, body.id, body.language, text=body.text)
        except ma.DraftError as exc:
            raise bad_draft(exc) from exc
        version = await publish_draft(ctx, admin, draft, body.comment, "prompt.text",
                                      {"file": body.file, "prompt": body.id, "language": body.language})
        wav = tts_path(ctx, row["menu"], body.id, body.language, body.text)
        audio_error = None
        try:
            if placeholders(body.text):  # a sentence with values: its fixed parts are pieces, built now
                await asyncio.to_thread(synthesize_pieces, fixed_parts(body.text), body.language,
                                        ctx.settings.sounds_dir)
            else:
                await asyncio.to_thread(synthesize_wav, body.text, body.language, wav)
        except Exception as exc:  # the text is published; audio can be rebuilt with `ivr prompts build`
            audio_error = str(exc)
        return {"version": version, "audio_error": audio_error}

    @router.post("/recording")
    async def upload_recording(
        request: Request, admin: Admin, upload: Annotated[UploadFile, File()],
        file: Annotated[str, Form()], id: Annotated[str, Form(pattern=r"^[a-z0-9_]{1,64}$")],
        language: Annotated[str, Form(pattern=r"^[a-z]{2}$")],
        comment: Annotated[str, Form(min_length=1, max_length=500)],
    ) -> dict[str, Any]:
        """Upload a recording for one prompt and language; converted to 8 kHz, then published."""
        ctx = get_context(request)
        _, files = await ma.published_files(ctx)
        row = find_prompt(files, file, id)
        if language not in row["languages"]:
            raise HTTPException(status_code=422, detail=f"the menu has no language {language!r}")
        data = await upload.read(MAX_UPLOAD_BYTES + 1)
        if len(data) > MAX_UPLOAD_BYTES:
            raise HTTPException(status_code=413, detail=f"recordings are at most {MAX_UPLOAD_BYTES // 2**20} MiB")
        try:
            path, info = await asyncio.to_thread(store_recording, data, recordings_dir(ctx, row["menu"], language), id)
        except AudioRejected as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        draft = ma.set_prompt(files, file, id, language, audio=str(path))
        version = await publish_draft(ctx, admin, draft, comment, "prompt.recording",
                                      {"file": file, "prompt": id, "language": language,
                                       "seconds": round(info.seconds, 2)})
        return {"version": version, "audio": str(path), "seconds": info.seconds, "rate": info.rate}

    @router.get("/audio")
    async def audio(request: Request, admin: Admin, file: str, id: str, language: str) -> FileResponse:
        """The audio callers hear for the prompt: the recording if any, else the speech synthesis."""
        ctx = get_context(request)
        _, files = await ma.published_files(ctx)
        row = find_prompt(files, file, id)
        recorded = row["audio"].get(language)
        if recorded:
            path = Path(str(recorded))
        else:
            text = row["texts"].get(language)
            if not text:
                raise HTTPException(status_code=404, detail=f"no {language!r} text for {id!r}")
            if placeholders(text):
                raise HTTPException(status_code=404, detail="这句提示含有数值，通话时由预制片段组合 / this prompt has "
                                    "values: calls compose it from built pieces, there is no single file")
            path = tts_path(ctx, row["menu"], id, language, text)
            if not path.exists():  # audio is made when a prompt is saved or built, never on listening
                raise HTTPException(status_code=404, detail="提示音尚未生成，请运行 `ivr prompts build` / prompt "
                                    "audio not built yet: run `ivr prompts build`")
        # The menu names the file; serve only WAV files under the sounds directory.
        sounds = ctx.settings.sounds_dir.resolve()
        real = path.resolve()
        if real.suffix != ".wav" or not real.is_relative_to(sounds):
            raise HTTPException(status_code=404, detail="audio outside the sounds directory is not served")
        if not real.is_file():
            raise HTTPException(status_code=404, detail="audio file missing")
        return FileResponse(real, media_type="audio/wav")

    return router
