"""Knowledge base API: search for agents and supervisors; versions, validate, publish, roll back and
import (CSV or YAML) for administrators. Every change is audited; every refusal says why in
Mandarin and English (``message``, and ``errors`` with ``zh``/``en`` per problem).

- ``GET  /api/knowledge/search?q=…&limit=3&on=YYYY-MM-DD`` (agent, supervisor, admin; 120 a minute
  per user): the best entries valid on the day (Beijing today by default), each with its
  confidence and ``answerable`` (at or above the threshold the IVR answers with).
- ``GET  /api/knowledge/entries`` (agent, supervisor, admin): the published base's entries as JSON.
- ``GET  /api/knowledge/versions``, ``/versions/{n}``, ``/published`` (admin): files per version.
- ``POST /api/knowledge/validate`` ``{files}`` (admin): ``{ok, errors}``.
- ``POST /api/knowledge/publish`` ``{files, comment}`` (admin): a new version, or 422 with the errors;
  the prompts whose text changed are built at once (``prompts: {built, pending, error}``).
- ``POST /api/knowledge/rollback`` ``{number}`` (admin): the files of version n as a new version.
- ``POST /api/knowledge/import`` multipart ``file`` (.csv/.yaml), form ``comment``, ``dry_run``
  (admin): the published files plus the upload, validated as a whole; published unless dry_run.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from datetime import date, datetime
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, Request, UploadFile
from pydantic import BaseModel, Field

from ivr.knowledge.csv_import import merged_import
from ivr.knowledge.loader import KnowledgeError, KnowledgeRejected
from ivr.knowledge.model import Entry
from ivr.knowledge.retrieval import KnowledgeIndex
from ivr.knowledge.store import KnowledgeStore
from ivr.refdata.classification import subcategory
from ivr.versioned_store import VersionInfo
from ivr.web.audit import write_audit
from ivr.web.auth import current_admin, require_role
from ivr.web.context import WebContext, get_context
from ivr.web.knowledge_prompts import rebuild_changed
from ivr.web.users import WebUser

Admin = Annotated[WebUser, Depends(current_admin)]
Staff = Annotated[WebUser, Depends(require_role("agent", "supervisor", "admin"))]
SEARCHES_PER_MINUTE = 120
MAX_IMPORT_BYTES = 2 * 1024 * 1024
STORE_KEY = "knowledge_store"


class Draft(BaseModel):
    files: dict[str, str] = Field(max_length=200)


class PublishRequest(Draft):
    comment: str = Field(min_length=1, max_length=500)


class RollbackRequest(BaseModel):
    number: int = Field(ge=1)


def knowledge_store(ctx: WebContext) -> KnowledgeStore:
    store = ctx.extras.get(STORE_KEY)
    if not isinstance(store, KnowledgeStore):
        store = KnowledgeStore(ctx.settings, redis=ctx.redis)
        ctx.extras[STORE_KEY] = store
    return store


def refused(status: int, zh: str, en: str, errors: list[KnowledgeError] | None = None) -> HTTPException:
    return HTTPException(status_code=status, detail={"message": f"{zh} / {en}", "zh": zh, "en": en,
                                                     "errors": [e.as_dict() for e in errors or []]})


def entry_json(entry: Entry) -> dict[str, Any]:
    label = subcategory(entry.category)
    return {**entry.model_dump(mode="json"), "category_label": {"zh": label.zh, "en": label.en},
            "citation": {"zh": entry.citation_text("zh"), "en": entry.citation_text("en")}}


def version_json(info: VersionInfo) -> dict[str, Any]:
    return {"number": info.number, "comment": info.comment, "author": info.author,
            "created_at": info.created_at, "published": info.published}


def beijing_today(ctx: WebContext) -> date:
    return datetime.now(ZoneInfo(ctx.settings.timezone)).date()


async def _live_index(ctx: WebContext) -> KnowledgeIndex:
    """The published version's index (re-read when another worker published since)."""
    return await asyncio.to_thread(knowledge_store(ctx).current)


# A sliding minute (not the clock's minute, which let a burst of twice the limit straddle its turn): the times of the
# searches allowed in the last 60 s, in a sorted set; a refused search is not added, so a flood keeps it small.
_SLIDING_MINUTE = """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1] - 60)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[3])
redis.call('EXPIRE', KEYS[1], 61)
return 1
"""


async def _within_rate(ctx: WebContext, user: WebUser) -> bool:
    key = f"ivr:knowledge:search:{user.username}"
    allowed = await ctx.redis.eval(_SLIDING_MINUTE, 1, key, time.time(), SEARCHES_PER_MINUTE, uuid.uuid4().hex)
    return int(allowed) == 1


async def _publish(ctx: WebContext, user: WebUser, files: dict[str, str], comment: str, action: str,
                   detail: dict[str, Any]) -> dict[str, Any]:
    before = await _live_index(ctx)
    try:
        info = await knowledge_store(ctx).publish(files, comment, user.username)
    except KnowledgeRejected as exc:
        raise refused(422, "知识库有错误，未发布", "the knowledge base has errors; nothing was published",
                      exc.errors) from exc
    version = version_json(info)
    # the changed answers are spoken now, so callers hear them at once (ivr.web.knowledge_prompts)
    rebuilt = await asyncio.to_thread(rebuild_changed, ctx.settings.sounds_dir, before, await _live_index(ctx))
    version["prompts"] = rebuilt.as_dict()
    await ctx.in_db(lambda s: write_audit(s, user.username, action, f"knowledge:{info.number}",
                                          {"comment": comment, **detail}))
    return version


def knowledge_router() -> APIRouter:
    router = APIRouter(prefix="/api/knowledge", tags=["knowledge"])

    @router.get("/search")
    async def search(request: Request, user: Staff, q: Annotated[str, Query(min_length=1, max_length=300)],
                     limit: Annotated[int, Query(ge=1, le=10)] = 3, on: date | None = None) -> dict[str, Any]:
        ctx = get_context(request)
        if not await _within_rate(ctx, user):
            raise refused(429, "查询过于频繁，请稍后再试", "too many searches; try again in a minute")
        index = await _live_index(ctx)
        day = on or beijing_today(ctx)
        found = await asyncio.to_thread(index.search, q, day, limit)
        return {"query": q, "on": day.isoformat(), "version": index.version, "threshold": index.threshold,
                "results": [{**entry_json(m.entry), "score": round(m.score, 3), "confidence": m.confidence,
                             "answerable": index.answerable(m)} for m in found]}

    @router.get("/entries")
    async def entries(request: Request, user: Staff) -> dict[str, Any]:
        index = await _live_index(get_context(request))
        return {"version": index.version, "entries": [entry_json(e) for e in index.entries]}

    @router.get("/versions")
    async def versions(request: Request, admin: Admin) -> list[dict[str, Any]]:
        store = knowledge_store(get_context(request))
        return [version_json(v) for v in await asyncio.to_thread(store.list_versions)]

    @router.get("/versions/{number}")
    async def version(number: int, request: Request, admin: Admin) -> dict[str, Any]:
        store = knowledge_store(get_context(request))
        try:
            files = await asyncio.to_thread(store.read_version, number)
        except KeyError as exc:
            raise refused(404, f"没有第{number}版", f"no version {number}") from exc
        return {"number": number, "files": files}

    @router.get("/published")
    async def published(request: Request, admin: Admin) -> dict[str, Any]:
        store = knowledge_store(get_context(request))
        number = await asyncio.to_thread(store.published_number)
        return {"number": number, "files": await asyncio.to_thread(store.read_version, number)}

    @router.post("/validate")
    async def validate(body: Draft, request: Request, admin: Admin) -> dict[str, Any]:
        store = knowledge_store(get_context(request))
        errors = await asyncio.to_thread(store.validate_files, body.files)
        return {"ok": not errors, "errors": [e.as_dict() for e in errors]}

    @router.post("/publish")
    async def publish(body: PublishRequest, request: Request, admin: Admin) -> dict[str, Any]:
        return await _publish(get_context(request), admin, body.files, body.comment, "knowledge.publish",
                              {"files": sorted(body.files)})

    @router.post("/rollback")
    async def rollback(body: RollbackRequest, request: Request, admin: Admin) -> dict[str, Any]:
        ctx = get_context(request)
        store = knowledge_store(ctx)
        try:
            files = await asyncio.to_thread(store.read_version, body.number)
        except KeyError as exc:
            raise refused(404, f"没有第{body.number}版", f"no version {body.number}") from exc
        return await _publish(ctx, admin, files, f"rollback to version {body.number}", "knowledge.rollback",
                              {"to": body.number})

    @router.post("/import")
    async def import_file(request: Request, admin: Admin, file: Annotated[UploadFile, File()],
                          comment: Annotated[str, Form(max_length=500)] = "",
                          dry_run: Annotated[bool, Form()] = False) -> dict[str, Any]:
        ctx = get_context(request)
        data = await file.read(MAX_IMPORT_BYTES + 1)
        if len(data) > MAX_IMPORT_BYTES:
            raise refused(413, f"导入文件不能超过 {MAX_IMPORT_BYTES // 1024} KiB",
                          f"an imported file is at most {MAX_IMPORT_BYTES // 1024} KiB")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise refused(422, "导入文件必须是 UTF-8 编码的文本", "imported files must be UTF-8 text") from exc
        store = knowledge_store(ctx)
        number = await asyncio.to_thread(store.published_number)
        current = await asyncio.to_thread(store.read_version, number)
        files, name, errors = await asyncio.to_thread(merged_import, current, file.filename or "import.csv", text)
        if errors:
            raise refused(422, "导入的内容有错误，未做任何改动", "the import has errors; nothing was changed", errors)
        if dry_run:
            return {"ok": True, "file": name, "files": files, "published": None}
        version = await _publish(ctx, admin, files, comment or f"import {name}", "knowledge.import",
                                 {"file": name, "upload": file.filename})
        return {"ok": True, "file": name, "files": files, "published": version}

    return router
