"""Prompt management: text per language (audio regenerated), recorded uploads, listening, and
sentences with values recorded whole for given values (``/api/prompts/whole``, ivr.prompts_whole).

espeak-ng and sox run here only when an administrator saves a text: a fixed prompt is
synthesised whole, a sentence with values has its fixed parts built as pieces (ivr.compose)."""

from __future__ import annotations

import asyncio
import json
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field

from ivr import prompts_whole as whole
from ivr.channel import Prompt
from ivr.compose import compose, fixed_parts, placeholders
from ivr.tts import prompt_wav_path, synthesize_pieces, synthesize_wav
from ivr.web import menu_admin as ma
from ivr.web.audio import MAX_UPLOAD_BYTES, AudioRejected, store_recording
from ivr.web.audit import write_audit
from ivr.web.auth import current_admin
from ivr.web.context import WebContext, get_context
from ivr.web.menus_api import bad_draft, publish_draft
from ivr.web.users import WebUser
from ivr.web.whole_slots import whole_templates

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
    raise HTTPException(status_code=404, detail=f"{name} 中没有提示 {prompt_id} / no prompt {prompt_id!r} in {name!r}")


def refused(status: int, field: str, message: str) -> HTTPException:
    """A refusal the page shows at ``field``; ``message`` is "中文 / English"."""
    zh, _, en = message.partition(" / ")
    return HTTPException(status_code=status, detail={"message": message, "field": field, "zh": zh,
                                                     "en": en or zh})


def tts_path(ctx: WebContext, menu: str | None, prompt_id: str, language: str, text: str) -> Path:
    prompt = Prompt(prompt_id=prompt_id, language=language, text=text, menu_id=menu or "")
    return prompt_wav_path(prompt, ctx.settings.sounds_dir)


def recordings_dir(ctx: WebContext, menu: str | None, language: str) -> Path:
    return ctx.settings.sounds_dir / "recorded" / language / (menu or "common")


class WholeRecordingRef(BaseModel):
    file: str
    id: str = Field(pattern=r"^[a-z0-9_]{1,64}$")
    language: str = Field(pattern=r"^[a-z]{2}$")
    values: dict[str, str]
    comment: str = Field(min_length=1, max_length=500)


def whole_values(row: dict[str, Any], language: str, values_json: str) -> dict[str, str]:
    """The values of a whole recording, checked against the prompt's text (422 when they do not fit)."""
    if language not in row["languages"]:
        raise refused(422, "language", f"菜单没有语言 {language!r} / the menu has no language {language!r}")
    try:
        values = json.loads(values_json)
    except ValueError as exc:
        raise refused(422, "values", "values 须为 JSON 对象 / values must be a JSON object") from exc
    if not isinstance(values, dict) or not all(isinstance(v, str | int) for v in values.values()):
        raise refused(422, "values", "values 须为 JSON 对象 / values must be a JSON object of slot names to values")
    try:
        return whole.check_values(str(row["texts"].get(language, "")), language, values)
    except whole.WholeRecordingError as exc:
        raise refused(422, f"values.{exc.slot}" if exc.slot else "values", str(exc)) from exc


def whole_sentence(row: dict[str, Any], prompt_id: str, language: str, values: dict[str, str]) -> str:
    """The sentence the published template makes with these values (what the recording says)."""
    return compose(prompt_id, language, str(row["texts"].get(language, "")), values, menu_id=row["menu"] or "").text


def store_whole(data: bytes, sounds_dir: Path, menu: str, prompt_id: str, language: str,
                values: dict[str, str], sentence: str) -> tuple[Path, float]:
    """Check and convert the upload (8 kHz mono), then put it where calls find it. Blocking."""
    sounds_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=sounds_dir) as tmp:
        converted, info = store_recording(data, Path(tmp), prompt_id)
        target = whole.save_recording(sounds_dir, menu, prompt_id, language, values, sentence, converted)
    return target, info.seconds


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

    @router.get("/whole/templates")
    async def list_whole_templates(request: Request, admin: Admin) -> dict[str, Any]:
        """Every published prompt with values: its slots as form fields, its whole recordings."""
        ctx = get_context(request)
        number, files = await ma.published_files(ctx)
        try:
            found = await asyncio.to_thread(whole_templates, files, ctx.settings.sounds_dir)
        except ma.DraftError as exc:
            raise bad_draft(exc) from exc
        return {"version": number, "templates": found}

    @router.get("/whole/audio")
    async def whole_audio(request: Request, admin: Admin, file: str, id: str, language: str,
                          key: str) -> FileResponse:
        """One whole recording (``key`` from the listing), to listen to."""
        ctx = get_context(request)
        _, files = await ma.published_files(ctx)
        row = find_prompt(files, file, id)
        if language not in row["languages"]:
            raise HTTPException(status_code=404, detail=f"菜单没有语言 {language} / the menu has no language "
                                f"{language!r}")
        path = await asyncio.to_thread(whole.recording_path, ctx.settings.sounds_dir, row["menu"] or "", id,
                                       language, key)
        if path is None:
            raise HTTPException(status_code=404, detail="没有这段整句录音 / no such whole recording")
        return FileResponse(path, media_type="audio/wav")

    @router.get("/whole")
    async def list_whole(request: Request, admin: Admin, file: str, id: str, language: str) -> dict[str, Any]:
        """The whole recordings of one sentence with values in one language, with their values."""
        ctx = get_context(request)
        _, files = await ma.published_files(ctx)
        row = find_prompt(files, file, id)
        template = str(row["texts"].get(language, ""))
        found = await asyncio.to_thread(whole.recordings, ctx.settings.sounds_dir, row["menu"] or "", id, language,
                                        template)
        return {"file": file, "id": id, "language": language, "text": template, "recordings": found}

    @router.post("/whole")
    async def upload_whole(
        request: Request, admin: Admin, upload: Annotated[UploadFile, File()],
        file: Annotated[str, Form()], id: Annotated[str, Form(pattern=r"^[a-z0-9_]{1,64}$")],
        language: Annotated[str, Form(pattern=r"^[a-z]{2}$")],
        values: Annotated[str, Form(min_length=2, max_length=2000)],
        comment: Annotated[str, Form(min_length=1, max_length=500)],
    ) -> dict[str, Any]:
        """Record a sentence with values whole for one set of values (JSON ``{"slot": "value"}``):
        calls with exactly these values play it instead of the composed pieces."""
        ctx = get_context(request)
        _, files = await ma.published_files(ctx)
        row = find_prompt(files, file, id)
        checked = whole_values(row, language, values)
        sentence = whole_sentence(row, id, language, checked)
        data = await upload.read(MAX_UPLOAD_BYTES + 1)
        if len(data) > MAX_UPLOAD_BYTES:
            mib = MAX_UPLOAD_BYTES // 2**20
            raise refused(413, "upload", f"录音不得超过 {mib} MiB / recordings are at most {mib} MiB")
        sounds = ctx.settings.sounds_dir
        try:
            target, seconds = await asyncio.to_thread(store_whole, data, sounds, row["menu"] or "", id, language,
                                                      checked, sentence)
        except AudioRejected as exc:
            raise refused(422, "upload", f"录音不可用 / unusable recording: {exc}") from exc
        await ctx.in_db(lambda s: write_audit(s, admin.username, "prompt.whole_recording", f"prompt:{file}:{id}",
                                              {"language": language, "values": checked, "comment": comment,
                                               "seconds": round(seconds, 2)}))
        return {"audio": str(target), "values": checked, "sentence": sentence, "seconds": seconds,
                "sound": whole.whole_sound(row["menu"] or "", id, language, checked, sentence)}

    @router.delete("/whole")
    async def delete_whole(body: WholeRecordingRef, request: Request, admin: Admin) -> dict[str, Any]:
        """Remove one whole recording: calls compose that sentence from its pieces again."""
        ctx = get_context(request)
        _, files = await ma.published_files(ctx)
        row = find_prompt(files, body.file, body.id)
        checked = whole_values(row, body.language, json.dumps(body.values))
        removed = await asyncio.to_thread(whole.remove_recording, ctx.settings.sounds_dir, row["menu"] or "",
                                          body.id, body.language, checked, whole_sentence(row, body.id, body.language,
                                                                                          checked))
        if not removed:
            raise HTTPException(status_code=404, detail="没有这组数值的整句录音 / no whole recording for these values")
        await ctx.in_db(lambda s: write_audit(s, admin.username, "prompt.whole_recording_removed",
                                              f"prompt:{body.file}:{body.id}",
                                              {"language": body.language, "values": checked, "comment": body.comment}))
        return {"removed": True, "values": checked}

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
