"""`ivr doctor`: check a deployment and say what is wrong, one line per check."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import typer

from ivr.settings import Settings, get_settings

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
ASTERISK_CONF_DIR = Path(__file__).resolve().parent.parent / "asterisk_conf"


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


def check_redis(settings: Settings) -> Check:
    import redis

    url = settings.redis_url or f"redis://127.0.0.1:{settings.embedded_redis_port}/0"
    try:
        client = redis.Redis.from_url(url, socket_timeout=3)
        client.ping()
        aof = client.config_get("appendonly").get("appendonly")
        save = client.config_get("save").get("save")
    except redis.RedisError as exc:
        return Check("redis", False, f"not reachable: {exc}")
    except Exception as exc:  # noqa: BLE001 - managed Redis may refuse CONFIG
        return Check("redis", True, f"reachable; persistence unknown ({exc})")
    persistent = aof == "yes" or bool(save)
    return Check("redis", persistent, f"reachable; appendonly={aof} save={save!r}"
                 + ("" if persistent else " - NOT persistent: a restart loses queues"))


def check_database(settings: Settings) -> Check:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from records.db import alembic_config, make_engine

    url = settings.effective_database_url
    try:
        engine = make_engine(url)
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_heads()
        engine.dispose()
    except Exception as exc:  # noqa: BLE001 - report any driver error as a failed check
        return Check("database", False, f"not reachable: {type(exc).__name__}: {exc}")
    heads = ScriptDirectory.from_config(alembic_config(url)).get_heads()
    migrated = set(current) == set(heads)
    return Check("database", migrated, f"revision {','.join(current) or 'none'}; head {','.join(heads)}"
                 + ("" if migrated else " - run `ivr records migrate`"))


def check_vosk(settings: Settings) -> Check:
    if settings.vosk_model is None:
        return Check("vosk model", True, "IVR_VOSK_MODEL not set: menus run on keys only")
    from ivr.asr.model import ModelError, load_model

    try:
        load_model(settings.vosk_model)
    except ModelError as exc:
        return Check("vosk model", False, str(exc))
    return Check("vosk model", True, f"loaded {settings.vosk_model}")


def check_prompts(settings: Settings) -> Check:
    from ivr.menus.store import MenuStore

    menuset = MenuStore(settings).current()
    missing = [
        f"{lang}/{menu.menu}/{pid}"
        for menu in menuset.menus.values()
        for pid, prompt in menu.prompts.items()
        for lang, text in prompt.texts.items()
        # Prompts with {slot} placeholders are spoken per call; `ivr prompts build` skips them.
        if not _PLACEHOLDER.search(text)
        and not (settings.sounds_dir / "ivr" / lang / menu.menu / f"{pid}.wav").exists()
    ]
    if missing:
        return Check("prompts", False, f"{len(missing)} prompt sounds missing (e.g. {missing[0]}); "
                     "run `ivr prompts build`")
    return Check("prompts", True, f"all prompts of menu version {menuset.version} built")


def check_asterisk(settings: Settings) -> Check:
    from agi_scripts.confcheck import check_config
    from ivr.menus.store import MenuStore
    from queueing.centres import load_config

    menuset = MenuStore(settings).current()
    centres = sorted(load_config().centres)
    issues = check_config(ASTERISK_CONF_DIR, dnis=menuset.all_dnis(), centres=centres)
    if issues:
        return Check("asterisk config", False, "; ".join(str(i) for i in issues[:5]))
    return Check("asterisk config", True, f"{ASTERISK_CONF_DIR}: every DNIS {', '.join(menuset.all_dnis())} routed")


def run_checks(settings: Settings, quick: bool = False) -> list[Check]:
    checks: list[Callable[[Settings], Check]] = [check_redis, check_database]
    if not quick:
        checks += [check_vosk, check_prompts, check_asterisk]
    results = []
    for check in checks:
        try:
            results.append(check(settings))
        except Exception as exc:  # noqa: BLE001 - a crashing check is a failed check
            results.append(Check(check.__name__.removeprefix("check_"), False, f"{type(exc).__name__}: {exc}"))
    return results


def doctor_command(quick: bool = typer.Option(False, help="Only Redis and the database (for health checks)")) -> None:
    """Check a deployment: Redis persistent, database migrated, Vosk model, prompts built, Asterisk config."""
    results = asyncio.run(asyncio.to_thread(run_checks, get_settings(), quick))
    for result in results:
        typer.echo(f"{'ok  ' if result.ok else 'FAIL'} {result.name}: {result.detail}")
    if not all(r.ok for r in results):
        raise typer.Exit(1)
