"""`ivr doctor`: check a deployment and say what is wrong, one line per check."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import redis
import typer
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from agi_scripts.confcheck import check_config
from agi_scripts.prompts import PromptSource, composition_problems
from ivr.asr.model import ModelError, load_model
from ivr.exposure import exposure_problems
from ivr.knowledge.questions import SERVICE_KEY
from ivr.knowledge.readiness import knowledge_prompts_ready
from ivr.menus.messages import hours_moved_advice
from ivr.menus.store import MenuStore
from ivr.settings import Settings, get_settings
from ivr.sip.readiness import probe, probe_target
from ivr.system_sounds import BEEP_SOUND, SILENCE_SOUND, missing_system_sounds
from queueing.centres import load_config
from queueing.phones import phone_book
from records.db import alembic_config, make_engine

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
ASTERISK_CONF_DIR = Path(__file__).resolve().parent.parent / "asterisk_conf"


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    warning: bool = False  # works, but someone should act (printed WARN; the exit status stays 0)


def check_redis(settings: Settings) -> Check:
    url = settings.effective_redis_url
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


def check_knowledge_service(settings: Settings) -> Check:
    """The box's retrieval service says it is there (its key, refreshed every second); without it a spoken
    consultation goes to an agent with its text, so calls still work: a warning, not a failure."""
    try:
        alive = redis.Redis.from_url(settings.effective_redis_url, socket_timeout=3).get(SERVICE_KEY)
    except redis.RedisError as exc:
        return Check("knowledge service", False, f"Redis not reachable: {exc}")
    if alive is None:
        return Check("knowledge service", True, "no retrieval service answering: spoken consultations go to an "
                     "agent with their text (start `ivr serve`, or `ivr knowledge serve` on this box)", warning=True)
    said = alive.decode(errors="replace") if isinstance(alive, bytes) else str(alive)
    return Check("knowledge service", True, f"answering: {said[:120]}")


def check_database(settings: Settings) -> Check:
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

    try:
        load_model(settings.vosk_model)
    except ModelError as exc:
        return Check("vosk model", False, str(exc))
    return Check("vosk model", True, f"loaded {settings.vosk_model}")


def check_prompts(settings: Settings) -> Check:

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


def check_menu_hours(settings: Settings) -> Check:
    """A live menu version published before opening hours moved to the ACD runs without them."""
    menuset = MenuStore(settings).current()
    if menuset.hours_moved:
        return Check("menu hours", True, hours_moved_advice(menuset.version, menuset.hours_moved), warning=True)
    return Check("menu hours", True, f"menu version {menuset.version} leaves opening hours to the ACD configuration")


def check_composed_prompts(settings: Settings) -> Check:
    """Sentences with values (positions, regions, tickets) are composed from pieces built ahead."""
    menuset = MenuStore(settings).current()
    prompts = {m.menu: {pid: p.texts for pid, p in m.prompts.items()} for m in menuset.menus.values()}
    problems = composition_problems(prompts, settings.sounds_dir)
    if problems:
        return Check("composed prompts", False, "; ".join(problems[:3]))
    return Check("composed prompts", True, f"every piece of menu version {menuset.version}'s sentences built")


def check_system_sounds(settings: Settings) -> Check:
    missing = missing_system_sounds(settings.sounds_dir)
    if missing:
        return Check("system sounds", False, f"missing {', '.join(missing)} (a stock Asterisk has no beep or "
                     "silence/1: the statement tone and key questions need ours); run `ivr prompts build`")
    return Check("system sounds", True, f"{BEEP_SOUND} and {SILENCE_SOUND} built under {settings.sounds_dir}")


def check_asterisk(settings: Settings, conf_dir: Path | None = None) -> Check:
    """The shipped template (placeholders allowed), or a deployed directory: no placeholder
    passwords or hosts, and every agent phone the ACD may dial exists and cannot reach the trunk."""

    menuset = MenuStore(settings).current()
    config = load_config(settings.centres_file)
    deployed = conf_dir is not None
    directory = conf_dir or ASTERISK_CONF_DIR
    phones = [dial for centre in config.centres.values() for dial in phone_book(centre).values()
              if dial.startswith("PJSIP/")] if deployed else []
    issues = check_config(directory, dnis=menuset.all_dnis(), centres=sorted(config.centres),
                          dial_endpoints=phones, allow_placeholders=not deployed)
    where = f"{directory}" if deployed else "shipped template"
    if issues:
        return Check("asterisk config", False, f"{where}: {len(issues)} problem(s): "
                     + "; ".join(str(i) for i in issues[:5]))
    return Check("asterisk config", True, f"{where}: every DNIS {', '.join(menuset.all_dnis())} routed; "
                 "dialplan signals and agent phones checked")


def check_exposure(settings: Settings) -> Check:
    problems = exposure_problems(settings)
    if problems:
        return Check("exposure", False, "; ".join(problems))
    return Check("exposure", True, "nothing reachable beyond loopback without a secret")


def check_sip(settings: Settings) -> Check:
    if not settings.sip_enabled:
        return Check("sip endpoint", True, "disabled (IVR_SIP_ENABLED=false)")
    host = probe_target(settings.sip_host)
    try:
        status = probe(host, settings.sip_port)
    except (OSError, TimeoutError) as exc:
        return Check("sip endpoint", False, f"no answer to OPTIONS on udp {host}:{settings.sip_port} ({exc})")
    return Check("sip endpoint", status.startswith("SIP/2.0 200"), f"udp {host}:{settings.sip_port}: {status}")


def run_checks(settings: Settings, quick: bool = False, asterisk_conf: Path | None = None) -> list[Check]:
    checks: list[Callable[[Settings], Check]] = [check_redis, check_database]
    if not quick:
        checks += [check_vosk, check_prompts, check_menu_hours, check_composed_prompts, check_system_sounds,
                   check_exposure, check_sip,
                   lambda s: check_asterisk(s, asterisk_conf)]
        checks.append(lambda s: Check(*knowledge_prompts_ready(s, PromptSource)))
        checks.append(check_knowledge_service)
    results = []
    for check in checks:
        try:
            results.append(check(settings))
        except Exception as exc:  # noqa: BLE001 - a crashing check is a failed check
            results.append(Check(getattr(check, "__name__", "check").removeprefix("check_"), False,
                                 f"{type(exc).__name__}: {exc}"))
    return results


def doctor_command(
    quick: bool = typer.Option(False, help="Only Redis and the database (for health checks)"),
    asterisk_conf: Path | None = typer.Option(None, "--asterisk-conf", help="A deployed Asterisk configuration "
                                              "directory (e.g. /etc/asterisk) to check instead of the template"),
) -> None:
    """Check a deployment: Redis persistent, database migrated, Vosk model, prompts and system sounds
    built, nothing exposed without a secret, SIP endpoint answering, Asterisk configuration."""
    results = asyncio.run(asyncio.to_thread(run_checks, get_settings(), quick, asterisk_conf))
    for result in results:
        mark = "FAIL" if not result.ok else "WARN" if result.warning else "ok  "
        typer.echo(f"{mark} {result.name}: {result.detail}")
    if not all(r.ok for r in results):
        raise typer.Exit(1)
