"""ACD configuration administration: centres, opening hours, overflow and routing rules.

The same cycle as menus: validate, diff against the published version, publish as a new
immutable version with a comment, roll back in one step. Reading is for supervisors and
administrators; every change is for administrators and is written to the audit log.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field

from ivr import safe_yaml
from ivr.callrecord import RoutingDecision
from ivr.refdata import NATIONAL_CENTRE, provinces
from ivr.web import menu_admin as ma
from ivr.web.audit import write_audit
from ivr.web.auth import current_admin, current_supervisor
from ivr.web.context import WebContext, get_context
from ivr.web.users import WebUser
from queueing.centres import MATCH_KEYS, WEEKDAYS, AcdConfig, ConfigError, Hours, Strategy, match_choices
from queueing.config_store import (
    MAX_CONFIG_BYTES,
    AcdConfigStore,
    AcdVersionInfo,
    ConfigRejected,
    parse_config,
)
from queueing.routing import route
from queueing.store import AcdStore

Admin = Annotated[WebUser, Depends(current_admin)]
Reader = Annotated[WebUser, Depends(current_supervisor)]


class ConfigDraft(BaseModel):
    text: str = Field(max_length=MAX_CONFIG_BYTES)


class ConfigPublish(ConfigDraft):
    comment: str = Field(min_length=1, max_length=500)


class ConfigRollback(BaseModel):
    number: int = Field(ge=1)


class RuleRow(BaseModel):
    name: str = Field(default="", max_length=200)
    match: dict[str, str] = Field(default_factory=dict)
    priority: int = Field(default=0, ge=-100, le=100)
    centre: str | None = None


class CentreFields(BaseModel):
    """The fields of the form for the defaults or one centre; None = not set here (inherited)."""
    hours: dict[str, Any] | None = None
    max_queue: int | None = None
    strategy: str | None = None
    overflow: list[str] | None = None
    overflow_after: float | None = None
    ring_time: float | None = None
    wrapup: float | None = None
    service_level: dict[str, float] | None = None


class FormParts(BaseModel):
    """What the form changes: the rules (None = as they are), the shared fields, centres' own fields."""
    rules: list[RuleRow] | None = None
    defaults: CentreFields | None = None
    centres: dict[str, CentreFields] = Field(default_factory=dict)


class ConfigForm(FormParts):
    rules: list[RuleRow]
    comment: str = Field(min_length=1, max_length=500)


class AcdDraft(FormParts):
    """The ACD configuration a try routes with: the expert editor's text (None = the published one)
    with the form's unsaved changes written in."""
    text: str | None = Field(default=None, max_length=MAX_CONFIG_BYTES)


FORM_FIELDS = tuple(CentreFields.model_fields)
UNCHANGED = {"message": "没有改动，未生成新版本 / Nothing changed: no new version was made", "errors": []}

# (English pattern, Mandarin) for the configuration's error lines; groups go into {0}, {1}, ...
ERROR_WORDS: tuple[tuple[str, str], ...] = (
    (r"rule '(.*)': unknown (category|service_type|language|region|business_region) '(.*)'; known: (.*)",
     "规则“{0}”：没有这个{1}值 {2}（可选：{3}）"),
    (r"rule '(.*)': unknown centre '(.*)'", "规则“{0}”：没有受理中心 {1}"),
    (r"rule '(.*)': unknown match keys (.*)", "规则“{0}”：不认识的匹配条件 {1}"),
    (r"rule '(.*)': dnis '(.*)' is not a phone number.*", "规则“{0}”：被叫号码 {1} 不是电话号码"),
    (r"centre (\S+): overflow to unknown centre '(.*)'", "中心 {0}：溢出到不存在的中心 {1}"),
    (r"centre (\S+): overflow to itself", "中心 {0}：不能溢出到自己"),
    (r"defaults \(every centre\) (\S+): time out of range: '(.*)'", "默认设置（所有中心）{0}：时间 {1} 超出范围"),
    (r"defaults \(every centre\) (\S+): (.*)", "默认设置（所有中心）{0}：{1}"),
    (r"centre (\S+) (\S+): (.*)", "中心 {0} 的 {1}：{2}"),
    (r"not valid YAML: (.*)", "YAML 格式错误：{0}"),
)
KEY_WORDS = {"category": "投诉类别", "service_type": "业务类型", "language": "语言", "region": "来电地区",
             "business_region": "经营者所在地"}


# Per field: (pattern of the validator's message, Mandarin); groups go into {0}, {1}, ...
FIELD_WORDS: tuple[tuple[str, str], ...] = (
    (r"Input should be greater than or equal to (\S+)", "不能小于 {0}"),
    (r"Input should be greater than (\S+)", "必须大于 {0}"),
    (r"Input should be less than or equal to (\S+)", "不能大于 {0}"),
    (r"Input should be a valid integer.*", "必须是整数"),
    (r"Input should be a valid number.*", "必须是数字"),
    (r"Input should be (?:'[a-z_]+'(?:, | or )?)+", "不是可选的值"),
    (r"time out of range: '(.*)'", "时间 {0} 超出范围"),
    (r"time must be HH:MM, got '(.*)'", "时间须为 时:分（HH:MM），不是 {0}"),
    (r"closing time (\S+) must be later than opening time (\S+) \(24:00 = end of day\)",
     "关闭时间 {0} 必须晚于开放时间 {1}（24:00 表示当天结束）"),
    (r"days are 1 \(Monday\) \.\. 7 \(Sunday\)", "星期须为 1（星期一）到 7（星期日）"),
    (r"([a-z]{3}) range (\S+): closing time (\S+) must be later than opening time (\S+) \(24:00 = end of day\)",
     "{0}时段 {1}：关闭时间 {2} 必须晚于开放时间 {3}（24:00 表示当天结束）"),
    (r"([a-z]{3}) ranges (\S+) and (\S+) overlap", "{0}的时段 {1} 与 {2} 重叠"),
    (r"([a-z]{3}) range '(.*)': time must be HH:MM, got '(.*)'", "{0}时段 {1}：时间须为 时:分（HH:MM），不是 {2}"),
    (r"([a-z]{3}) range '(.*)': time out of range: '(.*)'", "{0}时段 {1}：时间 {2} 超出范围"),
    (r"([a-z]{3}) range '(.*)' must be HH:MM-HH:MM", "{0}时段 {1} 须写成 时:分-时:分（HH:MM-HH:MM）"),
    (r"unknown weekday (.*); weekdays are .*", "没有这个星期：{0}（可用 mon tue wed thu fri sat sun）"),
    (r"overflow to unknown centre '(.*)'", "溢出到不存在的中心 {0}"),
    (r"overflow to itself", "不能溢出到自己"),
)
# One line of the validator (queueing.centres.friendly) about a centre's or the defaults' field.
FIELD_LINE = re.compile(r"(?:defaults \(every centre\)|centre (?P<centres>[a-z]+(?:, [a-z]+)*)) "
                        r"(?P<field>[a-z_.0-9]+): (?P<message>.*)")
OVERFLOW_LINE = re.compile(r"centre (?P<centres>[a-z]+): (?P<message>overflow to .*)")


DAY_WORDS = dict(zip(WEEKDAYS, ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"), strict=True))


def field_in_words(message: str) -> str:
    for pattern, words in FIELD_WORDS:
        found = re.fullmatch(pattern, message, re.S)
        if found:
            return words.format(*(DAY_WORDS.get(g, g) for g in found.groups()))
    return "取值有误：" + message


def field_errors(errors: list[str]) -> list[dict[str, str]]:
    """The validator's lines that name a field of the defaults or of centres, as
    ``{scope: "defaults" | centre id, field: "wrapup" | "hours.close" | ..., zh, en}``, so that a
    form shows each at its field in the page's language."""
    out: list[dict[str, str]] = []
    for error in errors:
        for line in re.split(r"; (?=defaults |centre |rule |unknown )", error):
            found = FIELD_LINE.fullmatch(line) or OVERFLOW_LINE.fullmatch(line)
            if found is None:
                continue
            field = found.groupdict().get("field") or "overflow"
            message = found["message"]
            scopes = found["centres"].split(", ") if found["centres"] else ["defaults"]
            out.extend({"scope": scope, "field": field, "zh": field_in_words(message), "en": message}
                       for scope in scopes)
    return out


def centre_names() -> dict[str, dict[str, str]]:
    """北京 / Beijing for every province centre, 全国 / National for the national one."""
    names = {p.centre: {"zh": p.short_zh, "en": p.name_en} for p in provinces()}
    return {**names, NATIONAL_CENTRE: {"zh": "全国", "en": "National"}}


def effective_fields(config: Any) -> dict[str, dict[str, Any]]:
    """Every centre's settings as the calls get them (defaults with the centre's own values)."""
    out: dict[str, dict[str, Any]] = {}
    for cid, centre in config.centres.items():
        data = centre.model_dump(mode="json")
        out[cid] = {k: data[k] for k in FORM_FIELDS}
        out[cid]["hours"] = hours_of(centre.hours)
    return out


def hours_of(hours: Hours) -> dict[str, Any]:
    """Hours as the form shows them: every weekday's ranges, whichever form the file uses."""
    return {"weekly": hours.week(), "national_calendar": hours.national_calendar}


def in_words(error: str) -> str:
    """An error line in Mandarin and English: "规则“x”：没有这个投诉类别值 fod … / rule 'x': unknown …"."""
    for line_pattern, words in ERROR_WORDS:
        found = re.fullmatch(line_pattern, error, re.S)
        if found:
            groups = [KEY_WORDS.get(g, g) for g in found.groups()]
            return words.format(*groups) + " / " + error
    return "配置有误 / " + error


def attach_acd_config_store(ctx: WebContext, store: AcdConfigStore) -> AcdConfigStore:
    """Keep ``store`` for the API and make the web's own ACD view (dashboard, agent console)
    use the published configuration and follow publishes."""
    ctx.extras["acd_config_store"] = store
    if "acd_store" not in ctx.extras:
        ctx.extras["acd_store"] = AcdStore(ctx.redis, store.current())

    def follow(config: Any) -> None:
        acd = ctx.extras.get("acd_store")
        if acd is not None:
            acd.config = config  # Redis copies are written by the workers' AcdStore.replace_config

    store.on_change(follow)
    return store


def acd_config_store(ctx: WebContext) -> AcdConfigStore:
    store = ctx.extras.get("acd_config_store")
    if isinstance(store, AcdConfigStore):
        return store
    return attach_acd_config_store(ctx, AcdConfigStore(ctx.settings, redis=ctx.redis))


def version_dict(info: AcdVersionInfo) -> dict[str, Any]:
    return {"number": info.number, "comment": info.comment, "author": info.author,
            "created_at": info.created_at, "published": info.published}


def refused(errors: list[str]) -> HTTPException:
    return HTTPException(status_code=422, detail={"message": "配置有误 / the ACD configuration has errors",
                                                  "errors": [in_words(e) for e in errors],
                                                  "fields": field_errors(errors)})


async def check_publishable(ctx: WebContext, store: AcdConfigStore, text: str) -> None:
    """409 when nothing changed; 422 when invalid. (The menus read their opening hours from here.)"""
    number = await asyncio.to_thread(store.published_number)
    if (await asyncio.to_thread(store.read_version, number)).rstrip("\n") == text.rstrip("\n"):
        raise HTTPException(status_code=409, detail=UNCHANGED)
    errors = await asyncio.to_thread(store.validate, text)
    if errors:
        raise refused(errors)


def form_of(text: str) -> dict[str, Any]:
    raw = safe_yaml.load_yaml(text) or {}
    defaults = raw.get("defaults") or {}
    centres = raw.get("centres") or {}
    return {
        "defaults": {k: defaults.get(k) for k in FORM_FIELDS},
        "centres": {cid: {k: (c or {}).get(k) for k in FORM_FIELDS} for cid, c in centres.items()},
        "rules": [{"name": r.get("name", ""), "match": {str(k): str(v) for k, v in (r.get("match") or {}).items()},
                   "priority": r.get("priority", 0), "centre": r.get("centre")} for r in raw.get("rules") or []],
    }


def apply_form(text: str, form: FormParts) -> str:
    """The configuration text with the form's rules and fields written in (comments kept)."""

    def fields(section: Any, values: CentreFields) -> None:
        for key, value in values.model_dump().items():
            if value is None:
                if key in section:
                    del section[key]
            elif ma.as_text(section.get(key)) != ma.as_text(value):
                section[key] = ma.flow_style(value)

    def change(data: Any) -> None:
        if form.defaults is not None:
            fields(data.setdefault("defaults", {}), form.defaults)
        for cid, values in form.centres.items():
            centres = data.setdefault("centres", {})
            fields(centres.setdefault(cid, {}), values)
            if not centres[cid]:
                del centres[cid]  # every field back to the shared value
        if form.rules is None:
            return
        rules = [{k: v for k, v in (("name", r.name), ("match", ma.flow_map(r.match)), ("priority", r.priority),
                                    ("centre", r.centre)) if v not in (None, "")} for r in form.rules]
        if ma.as_text(data.get("rules")) != ma.as_text(rules):
            data["rules"] = rules

    return ma.edit_yaml("centres.yaml", text, change)


async def draft_config(ctx: WebContext, draft: AcdDraft | None) -> AcdConfig:
    """The configuration of an ACD draft (the published one when there is none); 422 with the
    validator's errors in words when the draft is invalid."""
    store = acd_config_store(ctx)
    if draft is None:
        return store.current()
    text = draft.text
    if text is None:
        text = await asyncio.to_thread(store.read_version, await asyncio.to_thread(store.published_number))
    try:
        if draft.rules is not None or draft.defaults is not None or draft.centres:
            text = apply_form(text, draft)
        return await asyncio.to_thread(parse_config, text)
    except ma.DraftError as exc:
        raise refused([str(exc)]) from exc
    except ConfigError as exc:
        raise refused([str(exc)]) from exc


def config_router(config: AcdConfig) -> Callable[[dict[str, str], str, int], RoutingDecision]:
    """The engine's router for a try: the centre and priority ``config``'s rules give the call."""
    return lambda slots, dnis, priority: route(slots, dnis, config)


def acd_config_router() -> APIRouter:
    router = APIRouter(prefix="/api/acd-config", tags=["acd-config"])

    @router.get("")
    async def published(request: Request, user: Reader) -> dict[str, Any]:
        """The published configuration's text and every version."""
        store = acd_config_store(get_context(request))
        number = await asyncio.to_thread(store.published_number)
        text = await asyncio.to_thread(store.read_version, number)
        versions = await asyncio.to_thread(store.list_versions)
        return {"number": number, "text": text, "versions": [version_dict(v) for v in versions]}

    @router.get("/versions/{number}")
    async def version(number: int, request: Request, user: Reader) -> dict[str, Any]:
        store = acd_config_store(get_context(request))
        try:
            text = await asyncio.to_thread(store.read_version, number)
        except KeyError as exc:
            raise HTTPException(status_code=404, detail=f"no version {number}") from exc
        return {"number": number, "text": text}

    @router.post("/validate")
    async def validate(body: ConfigDraft, request: Request, admin: Admin) -> dict[str, Any]:
        errors = await asyncio.to_thread(acd_config_store(get_context(request)).validate, body.text)
        return {"ok": not errors, "errors": [in_words(e) for e in errors]}

    @router.post("/diff")
    async def diff(body: ConfigDraft, request: Request, admin: Admin) -> dict[str, Any]:
        return {"diff": await asyncio.to_thread(acd_config_store(get_context(request)).diff, body.text)}

    @router.get("/form")
    async def get_form(request: Request, user: Reader) -> dict[str, Any]:
        """The published configuration as the form shows it, and the values a rule may match."""
        store = acd_config_store(get_context(request))
        number = await asyncio.to_thread(store.published_number)
        text = await asyncio.to_thread(store.read_version, number)
        choices = {key: [{"value": v, "zh": zh, "en": en} for v, (zh, en) in values.items()]
                   for key, values in match_choices().items()}
        config = await asyncio.to_thread(parse_config, text)
        return {"number": number, **form_of(text), "choices": choices, "match_keys": sorted(MATCH_KEYS),
                "centre_ids": sorted(config.centres), "centre_names": centre_names(),
                "effective": effective_fields(config), "shared_hours": hours_of(config.defaults.hours),
                "strategies": [s.value for s in Strategy]}

    @router.post("/form")
    async def post_form(body: ConfigForm, request: Request, admin: Admin) -> dict[str, Any]:
        """Rules and centre fields from the form: written into the YAML, checked, published."""
        ctx = get_context(request)
        store = acd_config_store(ctx)
        number = await asyncio.to_thread(store.published_number)
        try:
            text = apply_form(await asyncio.to_thread(store.read_version, number), body)
        except ma.DraftError as exc:
            raise refused([str(exc)]) from exc
        await check_publishable(ctx, store, text)
        try:
            info = await store.publish(text, body.comment, admin.username)
        except ConfigRejected as exc:
            raise refused(exc.errors) from exc
        await ctx.in_db(lambda s: write_audit(s, admin.username, "acd.publish", f"acd-config:{info.number}",
                                              {"comment": body.comment, "form": True}))
        return version_dict(info)

    @router.post("/publish")
    async def publish(body: ConfigPublish, request: Request, admin: Admin) -> dict[str, Any]:
        ctx = get_context(request)
        await check_publishable(ctx, acd_config_store(ctx), body.text)
        try:
            info = await acd_config_store(ctx).publish(body.text, body.comment, admin.username)
        except ConfigRejected as exc:
            raise refused(exc.errors) from exc
        await ctx.in_db(lambda s: write_audit(s, admin.username, "acd.publish", f"acd-config:{info.number}",
                                              {"comment": body.comment}))
        return version_dict(info)

    @router.post("/rollback")
    async def rollback(body: ConfigRollback, request: Request, admin: Admin) -> dict[str, Any]:
        ctx = get_context(request)
        store = acd_config_store(ctx)
        known = {v.number for v in await asyncio.to_thread(store.list_versions)}
        if body.number not in known:
            raise HTTPException(status_code=404, detail=f"no version {body.number}")
        await check_publishable(ctx, store, await asyncio.to_thread(store.read_version, body.number))
        try:
            info = await store.rollback(body.number, admin.username)
        except ConfigRejected as exc:  # an old version no longer valid (e.g. reference data changed)
            raise refused(exc.errors) from exc
        await ctx.in_db(lambda s: write_audit(s, admin.username, "acd.rollback", f"acd-config:{info.number}",
                                              {"to": body.number}))
        return version_dict(info)

    return router
