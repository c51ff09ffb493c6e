"""Glue between the web and the menu store (ivr.menus.store): drafts, checks, publishing.

Drafts are the whole set of menu files (file name -> YAML text). Every change, whether
made in the editor, the prompt table or the schedule form, becomes a draft that goes
through the same validator and is published as a new immutable version.
"""

from __future__ import annotations

import asyncio
import inspect
import io
import re
from collections.abc import Callable
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError as RuamelError

from ivr.web.context import WebContext

FILE_NAME_RE = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,59}\.yaml$")
PROMPT_ID_RE = re.compile(r"^[a-z0-9_]{1,64}$")
LANGUAGE_RE = re.compile(r"^[a-z]{2}$")
MAX_MENU_FILE_BYTES = 256 * 1024
MAX_MENU_FILES = 64
TRY_TIMEOUT_SECONDS = 30.0


class DraftError(ValueError):
    """A draft cannot even be handed to the validator (bad file name, size, encoding)."""


def menu_store(ctx: WebContext) -> Any:
    """The menu store, made on first use (so the app starts even before menus exist)."""
    store = ctx.extras.get("menu_store")
    if store is None:
        from ivr.menus.store import MenuStore

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


def errors_as_dicts(errors: list[Any]) -> list[dict[str, Any]]:
    out = []
    for err in errors:
        if hasattr(err, "model_dump"):
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
    ctx: WebContext, files: dict[str, str], dnis: str, caller: str, inputs: list[str], language: str
) -> dict[str, Any]:
    """Run a scripted call against the draft with the console-caller engine (no queue, no events)."""
    from ivr.console import run_script
    from ivr.engine import default_services
    from ivr.menus.menuset import build_menuset

    check_draft(files)
    menuset = build_menuset(files, "draft")
    services = default_services(ctx.settings, menus=menuset)
    result: Any = run_script(menuset, dnis=dnis, caller=caller, inputs=inputs, language=language,
                             services=services, spool_dir=ctx.settings.spool_dir / "web-try")
    if inspect.isawaitable(result):
        result = await asyncio.wait_for(result, TRY_TIMEOUT_SECONDS)
    return dict(result)


# --- editing parts of a YAML file -------------------------------------------------------


def load_yaml(name: str, text: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text)
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


def set_schedule(files: dict[str, str], name: str, schedule: dict[str, Any]) -> dict[str, str]:
    if name not in files:
        raise DraftError(f"no menu file {name!r}")

    def change(data: Any) -> None:
        current = data.get("schedule")
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
                    if current[key].get(sub) != sub_value:
                        current[key][sub] = sub_value
            elif _as_text(current.get(key)) != _as_text(value):
                current[key] = value

    return {**files, name: edit_yaml(name, files[name], change)}


def _as_text(value: Any) -> Any:
    """Dates read from YAML compare equal to the ISO strings the form sends."""
    if isinstance(value, dict):
        return {str(k): _as_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_text(v) for v in value]
    return value if isinstance(value, bool | int | float) or value is None else str(value)
