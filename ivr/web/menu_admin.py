"""Glue between the web and the menu store (ivr.menus.store): drafts, checks, publishing.

Drafts are the whole set of menu files (file name -> YAML text). Every change, whether
made in the editor, the prompt table or the emergency switch's form, becomes a draft that goes
through the same validator and is published as a new immutable version.
"""

from __future__ import annotations

import asyncio
import inspect
import io
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError as RuamelError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from ivr import safe_yaml
from ivr.console import run_script
from ivr.engine import default_services
from ivr.menus.loader import MenuError, load_menu_text
from ivr.menus.menuset import build_menuset
from ivr.menus.messages import explain
from ivr.menus.schema import MOVED_SCHEDULE_KEYS, Schedule
from ivr.menus.store import MenuStore
from ivr.menus.validator import node_edges
from ivr.services import OpeningHours
from ivr.web.context import WebContext

FILE_NAME_RE = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,59}\.yaml\Z")
PROMPT_ID_RE = re.compile(r"^[a-z0-9_]{1,64}\Z")
LANGUAGE_RE = re.compile(r"^[a-z]{2}\Z")
MAX_MENU_FILE_BYTES = 256 * 1024
MAX_MENU_FILES = 64
TRY_TIMEOUT_SECONDS = 30.0


class DraftError(ValueError):
    """A draft cannot even be handed to the validator (bad file name, size, encoding)."""


def menu_store(ctx: WebContext) -> Any:
    """The menu store, made on first use (so the app starts even before menus exist)."""
    store = ctx.extras.get("menu_store")
    if store is None:
        store = MenuStore(ctx.settings, redis=ctx.redis)
        ctx.extras["menu_store"] = store
    return store


def check_draft(files: dict[str, str]) -> None:
    if not files:
        raise DraftError("a draft needs at least one menu file")
    if len(files) > MAX_MENU_FILES:
        raise DraftError(f"at most {MAX_MENU_FILES} menu files")
    for name, text in files.items():
        if not FILE_NAME_RE.match(name):
            raise DraftError(f"bad menu file name {name!r}: use letters, digits, '-', '_' and end in .yaml")
        if len(text.encode("utf-8")) > MAX_MENU_FILE_BYTES:
            raise DraftError(f"{name}: larger than {MAX_MENU_FILE_BYTES // 1024} KiB")
        try:
            safe_yaml.load_yaml(text)
        except yaml.YAMLError:
            pass  # the validator reports it with its line
        except ValueError as exc:  # e.g. a date-like value that is no date (2027-13-01)
            raise DraftError(f"{name}: {exc} / 文件中有无效的值：{exc}") from exc


def errors_as_dicts(errors: list[Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for err in errors:
        if isinstance(err, MenuError):
            words = explain(err)
            out.append({"file": err.file, "line": err.line, "node": err.node, "code": err.code,
                        "message": f"{words.field_en}: {words.message_en}" if words.field_en else words.message_en,
                        "field_zh": words.field_zh, "field_en": words.field_en,
                        "message_zh": words.message_zh, "message_en": words.message_en})
        elif hasattr(err, "model_dump"):
            out.append(err.model_dump(mode="json"))
        elif hasattr(err, "__dict__"):
            out.append({k: v for k, v in vars(err).items() if not k.startswith("_")})
        else:
            out.append({"message": str(err)})
    return out


def version_as_dict(info: Any) -> dict[str, Any]:
    if hasattr(info, "model_dump"):
        data: dict[str, Any] = info.model_dump(mode="json")
        return data
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in vars(info).items()}


async def published_files(ctx: WebContext) -> tuple[int, dict[str, str]]:
    store = menu_store(ctx)
    number = await asyncio.to_thread(store.published_number)
    files = await asyncio.to_thread(store.read_version, number)
    return number, dict(files)


async def validate(ctx: WebContext, files: dict[str, str]) -> list[dict[str, Any]]:
    check_draft(files)
    errors = await asyncio.to_thread(menu_store(ctx).validate_files, files)
    return errors_as_dicts(list(errors))


async def diff(ctx: WebContext, files: dict[str, str]) -> str:
    check_draft(files)
    return str(await asyncio.to_thread(menu_store(ctx).diff, files))


async def try_draft(
    ctx: WebContext, files: dict[str, str], dnis: str, caller: str, inputs: list[str], language: str,
    at: datetime | None = None, router: Callable[[dict[str, str], str, int], Any] | None = None,
    hours: OpeningHours | None = None,
) -> dict[str, Any]:
    """Run a scripted call against the draft with the console-caller engine (no queue, no events);
    ``router`` chooses the centre and ``hours`` say whether it is open (the draft's or the
    published ACD configuration)."""
    check_draft(files)
    menuset = build_menuset(files, "draft")
    services = default_services(ctx.settings, menus=menuset, router=router, hours=hours)
    if at is not None:
        services.clock = lambda: at  # the try happens at the chosen time (opening hours, holidays)
    result: Any = run_script(menuset, dnis=dnis, caller=caller, inputs=inputs, language=language,
                             services=services, spool_dir=ctx.settings.spool_dir / "web-try")
    if inspect.isawaitable(result):
        result = await asyncio.wait_for(result, TRY_TIMEOUT_SECONDS)
    return dict(result)


# --- editing parts of a YAML file -------------------------------------------------------


def load_yaml(name: str, text: str) -> dict[str, Any]:
    try:
        data = safe_yaml.load_yaml(text)
    except yaml.YAMLError as exc:
        raise DraftError(f"{name}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise DraftError(f"{name}: the top level must be a mapping")
    return data


def _round_trip() -> YAML:
    rt = YAML(typ="rt")
    rt.preserve_quotes = True
    rt.width = 4096
    rt.indent(mapping=2, sequence=4, offset=2)
    return rt


def edit_yaml(name: str, text: str, change: Callable[[Any], None]) -> str:
    """Apply ``change`` to the document and write it back, keeping comments, order and quotes."""
    load_yaml(name, text)  # clear errors for broken files first
    rt = _round_trip()
    try:
        data = rt.load(text)
    except RuamelError as exc:
        raise DraftError(f"{name}: not valid YAML: {exc}") from exc
    change(data)
    out = io.StringIO()
    rt.dump(data, out)
    return out.getvalue()


def list_prompts(files: dict[str, str]) -> list[dict[str, Any]]:
    """Every prompt of every file: id, texts per language, recorded audio per language."""
    rows = []
    for name in sorted(files):
        data = load_yaml(name, files[name])
        languages = [str(x) for x in data.get("languages") or []]
        for prompt_id, spec in (data.get("prompts") or {}).items():
            spec = spec or {}
            texts = {lang: spec.get(lang) for lang in languages if isinstance(spec.get(lang), str)}
            audio = spec.get("audio") if isinstance(spec.get("audio"), dict) else {}
            rows.append({"file": name, "menu": data.get("menu"), "id": str(prompt_id), "languages": languages,
                         "texts": texts, "audio": audio})
    return rows


def set_prompt(
    files: dict[str, str], name: str, prompt_id: str, language: str,
    text: str | None = None, audio: str | None = None, clear_audio: bool = False,
) -> dict[str, str]:
    """A new draft with one prompt's text and/or recorded audio changed."""
    if name not in files:
        raise DraftError(f"no menu file {name!r}")
    if not PROMPT_ID_RE.match(prompt_id) or not LANGUAGE_RE.match(language):
        raise DraftError("bad prompt id or language")
    if prompt_id not in (load_yaml(name, files[name]).get("prompts") or {}):
        raise DraftError(f"{name}: no prompt {prompt_id!r}")

    def change(data: Any) -> None:
        spec = data["prompts"][prompt_id]
        if text is not None:
            spec[language] = text
        if audio is not None:
            if not isinstance(spec.get("audio"), dict):
                spec["audio"] = {}
            spec["audio"][language] = audio
        elif clear_audio and isinstance(spec.get("audio"), dict):
            spec["audio"].pop(language, None)
            if not spec["audio"]:
                del spec["audio"]

    return {**files, name: edit_yaml(name, files[name], change)}


def get_schedule(files: dict[str, str], name: str) -> dict[str, Any]:
    if name not in files:
        raise DraftError(f"no menu file {name!r}")
    schedule = load_yaml(name, files[name]).get("schedule") or {}
    return dict(schedule)


def schedule_form(files: dict[str, str], name: str) -> dict[str, Any]:
    """The menu's schedule as the form shows it: the emergency switch (opening hours are the ACD's,
    edited in the centres form)."""
    raw = get_schedule(files, name)
    try:
        parsed = Schedule.model_validate({"emergency": raw.get("emergency") or {}})
    except ValueError:
        parsed = Schedule()
    return {"emergency": parsed.emergency.model_dump()}


HOURS_ELSEWHERE = ("开放时间和节假日不在菜单中设置：请在“受理中心”表单中修改开放时间，节假日见 /admin/calendar / "
                   "opening hours and holidays are not set in the menu: edit the hours in the centres form, "
                   "the holidays in /admin/calendar")


def schedule_from_form(form: dict[str, Any]) -> dict[str, Any]:
    """What the YAML gets from the form: the emergency switch; opening hours are refused here."""
    if any(key in form for key in MOVED_SCHEDULE_KEYS + ("always_open",)):
        raise DraftError(HOURS_ELSEWHERE)
    emergency = form.get("emergency") or {}
    if not isinstance(emergency, dict):
        raise DraftError("emergency must be a mapping / 紧急开关格式不对")
    return {"emergency": {k: v for k, v in {"enabled": bool(emergency.get("enabled")),
                                            "prompt": emergency.get("prompt") or None}.items() if v is not None}}


def set_schedule(files: dict[str, str], name: str, schedule: dict[str, Any]) -> dict[str, str]:
    if name not in files:
        raise DraftError(f"no menu file {name!r}")

    def change(data: Any) -> None:
        current: Any = data.get("schedule")
        if not isinstance(current, dict):
            data["schedule"] = schedule
            return
        # Touch only what changed, so the rest of the section keeps its layout.
        for key in [k for k in current if k not in schedule]:
            del current[key]
        for key, value in schedule.items():
            if isinstance(value, dict) and isinstance(current.get(key), dict) and key == "emergency":
                for sub in [k for k in current[key] if k not in value]:
                    del current[key][sub]
                for sub, sub_value in value.items():
                    if as_text(current[key].get(sub)) != as_text(sub_value):
                        current[key][sub] = flow_style(sub_value)
            elif key not in current:
                place = list(current).index("holidays") + 1 if "holidays" in current else len(current)
                section: Any = current
                section.insert(place, key, flow_style(value))
            elif as_text(current.get(key)) != as_text(value):
                current[key] = flow_style(value)

    return {**files, name: edit_yaml(name, files[name], change)}


def flow_style(value: Any) -> Any:
    """Short lists (dates, periods) are written on one line, like the shipped files; strings are
    quoted (YAML 1.1 would read an unquoted 25:00 as a number)."""
    if isinstance(value, dict):
        return {k: flow_style(v) for k, v in value.items()}
    if isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        seq = CommentedSeq([flow_style(v) for v in value])
        seq.fa.set_flow_style()
        return seq
    if isinstance(value, str) and not isinstance(value, DoubleQuotedScalarString):
        return DoubleQuotedScalarString(value)
    return value


def flow_map(value: dict[str, Any]) -> Any:
    """A short mapping written on one line ({category: food})."""
    mapping = CommentedMap({k: flow_style(v) for k, v in value.items()})
    mapping.fa.set_flow_style()
    return mapping


def as_text(value: Any) -> Any:
    """Dates read from YAML compare equal to the ISO strings the form sends."""
    if isinstance(value, dict):
        return {str(k): as_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_text(v) for v in value]
    return value if isinstance(value, bool | int | float) or value is None else str(value)


def unchanged(draft: dict[str, str], published: dict[str, str]) -> bool:
    """The draft is the published version (ignoring a missing final newline)."""
    def norm(files: dict[str, str]) -> dict[str, str]:
        return {name: text.rstrip("\n") for name, text in files.items()}
    return norm(draft) == norm(published)


def menu_graph(files: dict[str, str]) -> list[dict[str, Any]]:
    """Each menu file as a graph: nodes (id, kind, prompt text) and edges (from, to, label)."""
    graphs = []
    for name in sorted(files):
        loaded = load_menu_text(files[name], name)
        menu = loaded.menu
        if menu is None:
            continue
        nodes = []
        for node_id, node in menu.nodes.items():
            prompt = getattr(node, "prompt", None)
            texts = menu.prompts[prompt].texts if prompt and prompt in menu.prompts else {}
            fields = {k: getattr(node, k) for k in NODE_FIELDS if k in type(node).model_fields}
            choices = [{"key": c.key, "target": c.target} for c in getattr(node, "choices", [])]
            nodes.append({"id": node_id, "kind": node.kind, "prompt": prompt, "text": texts, "fields": fields,
                          "choices": choices})
        edges = []
        for node_id, node in menu.nodes.items():
            for edge in node_edges(node, menu):
                if edge.field == "agent_key":
                    continue  # from every question: drawn once as the legend, not 30 times
                edges.append({"from": node_id, "to": edge.target, "label": _edge_label(node, edge.field),
                              "field": edge.field})
        entries = sorted({menu.entry.default, *menu.entry.dnis.values()})
        graphs.append({"file": name, "menu": menu.menu, "entries": entries, "dnis": menu.dnis,
                       "nodes": nodes, "edges": edges, "prompts": sorted(menu.prompts)})
    return graphs


def _edge_label(node: Any, field: str) -> str:
    parts = field.split(".")
    if parts[0] == "choices" and len(parts) > 1:
        choice = node.choices[int(parts[1])]
        return str(choice.key) + (" / " + choice.say[0] if choice.say else "")
    if parts[0] == "branches" and len(parts) > 1:
        when = node.branches[int(parts[1])].when
        shown = {k: v for k, v in when.model_dump(by_alias=True).items() if v is not None}
        return ", ".join(f"{k}={v}" for k, v in shown.items())
    return field


NODE_FIELDS = ("prompt", "next", "timeout", "max_timeouts")


def set_node(files: dict[str, str], name: str, node_id: str, fields: dict[str, Any],
             targets: dict[int, str]) -> dict[str, str]:
    """A new draft with one node's simple fields (prompt, next, timeout, max_timeouts) and its
    choices' targets (by index) changed; the validator then checks the draft as a whole."""
    if name not in files:
        raise DraftError(f"no menu file {name!r}")
    strange = sorted(set(fields) - set(NODE_FIELDS))
    if strange:
        raise DraftError(f"these node fields are edited in the YAML editor: {', '.join(strange)}")
    nodes = load_yaml(name, files[name]).get("nodes") or {}
    if node_id not in nodes:
        raise DraftError(f"{name}: no node {node_id!r}")
    choices = nodes[node_id].get("choices") or []
    if any(i < 0 or i >= len(choices) for i in targets):
        raise DraftError(f"{name}: node {node_id} has {len(choices)} choices")

    def change(data: Any) -> None:
        node = data["nodes"][node_id]
        for key, value in fields.items():
            if value in (None, ""):
                if key in node:
                    del node[key]
            elif as_text(node.get(key)) != as_text(value):
                node[key] = value
        for index, target in targets.items():
            if node["choices"][index].get("target") != target:
                node["choices"][index]["target"] = target

    return {**files, name: edit_yaml(name, files[name], change)}
