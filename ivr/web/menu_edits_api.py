"""The menu edits that were YAML only, by form: rename a node, a condition's tests, slot mappings.

Each takes the administrator's draft and returns the new draft with the validator's verdict (the
same validator as ``ivr menus validate``); nothing is published. A refused field answers 422 with
errors that name the field in both languages, and the draft is unchanged.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field

from ivr.web import menu_admin as ma
from ivr.web.auth import current_admin
from ivr.web.context import get_context
from ivr.web.field_refusal import FieldRefused
from ivr.web.menu_conditions import condition_form, set_condition
from ivr.web.menu_mappings import mapping_form, set_mapping
from ivr.web.menu_rename import rename_node
from ivr.web.menu_slots import catalogue
from ivr.web.users import WebUser

Admin = Annotated[WebUser, Depends(current_admin)]
NodeId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
REFUSED = "表单中有错误，草稿未改动 / the form has errors; the draft is unchanged"


class FileDraft(BaseModel):
    files: dict[str, str]
    file: str


class NodeDraft(FileDraft):
    node: NodeId


class RenameRequest(NodeDraft):
    new: str = Field(max_length=100)  # checked by the form's rules, refused at its field


class ConditionRequest(NodeDraft):
    branches: list[dict[str, Any]] = Field(max_length=50)
    otherwise: str = Field(max_length=100)


class MappingRequest(NodeDraft):
    where: str = Field(pattern=r"^(values|centre_slot|choices\.[0-9]{1,3}\.set)$")
    pairs: list[dict[str, Any]] = Field(default_factory=list, max_length=50)
    centre_slot: str | None = Field(default=None, max_length=40)


def _bad_draft(exc: Exception) -> HTTPException:
    return HTTPException(status_code=422, detail={"message": str(exc), "errors": []})


def _refused(exc: FieldRefused) -> HTTPException:
    return HTTPException(status_code=422, detail={"message": REFUSED, "errors": exc.errors})


async def _verdict(request: Request, files: dict[str, str], **extra: Any) -> dict[str, Any]:
    errors = await ma.validate(get_context(request), files)
    return {"files": files, "ok": not errors, "errors": errors, **extra}


def menu_edits_router() -> APIRouter:
    router = APIRouter(prefix="/api/menus/draft", tags=["menus"])

    @router.post("/catalogue")
    async def slots(body: FileDraft, admin: Admin) -> dict[str, Any]:
        """What the forms choose from: slots with their values, the tests, the numbers, the nodes."""
        try:
            ma.check_draft(body.files)
            return catalogue(body.files, body.file).as_dict()
        except ma.DraftError as exc:
            raise _bad_draft(exc) from exc

    @router.post("/node/form")
    async def node_form(body: NodeDraft, admin: Admin) -> dict[str, Any]:
        """A node's condition tests and slot mappings as the forms show them."""
        try:
            ma.check_draft(body.files)
            mapping = mapping_form(body.files, body.file, body.node)
            kind = ma.load_yaml(body.file, body.files[body.file])["nodes"][body.node].get("kind")
            condition = condition_form(body.files, body.file, body.node) if kind == "condition" else None
        except ma.DraftError as exc:
            raise _bad_draft(exc) from exc
        return {"node": body.node, "kind": kind, "condition": condition, "mapping": mapping}

    @router.post("/node/rename")
    async def rename(body: RenameRequest, request: Request, admin: Admin) -> dict[str, Any]:
        """The node renamed, with every link to it in its file (``renamed`` lists them in words)."""
        try:
            ma.check_draft(body.files)
            files, renamed = rename_node(body.files, body.file, body.node, body.new.strip())
        except FieldRefused as exc:
            raise _refused(exc) from exc
        except ma.DraftError as exc:
            raise _bad_draft(exc) from exc
        return await _verdict(request, files, renamed=renamed)

    @router.post("/node/condition")
    async def condition(body: ConditionRequest, request: Request, admin: Admin) -> dict[str, Any]:
        try:
            ma.check_draft(body.files)
            files = set_condition(body.files, body.file, body.node, body.branches, body.otherwise)
        except FieldRefused as exc:
            raise _refused(exc) from exc
        except ma.DraftError as exc:
            raise _bad_draft(exc) from exc
        return await _verdict(request, files)

    @router.post("/node/mapping")
    async def mapping(body: MappingRequest, request: Request, admin: Admin) -> dict[str, Any]:
        try:
            ma.check_draft(body.files)
            files = set_mapping(body.files, body.file, body.node, body.where, body.pairs, body.centre_slot)
        except FieldRefused as exc:
            raise _refused(exc) from exc
        except ma.DraftError as exc:
            raise _bad_draft(exc) from exc
        return await _verdict(request, files)

    return router
