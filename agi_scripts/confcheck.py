"""``ivr agi check-conf``: static checks of the Asterisk configuration in ``asterisk_conf/``.

Reads extensions.conf, pjsip.conf, musiconhold.conf (and modules.conf when there is one: the
modules the dialplan uses are loaded) the way Asterisk's config parser
does (sections, templates, ``exten =>``/``same =>``, ``;`` comments, ``#include``) and
reports every reference that would fail at run time:

- each hotline number (DNIS) of the menus has an extension in the inbound context,
- every ``Goto``/``GotoIf``/``Gosub``/``include`` target context and extension exists,
- every application used is a known Asterisk application (and none runs shell commands),
- every ``Dial`` target and every endpoint the server dials is a PJSIP endpoint,
- every endpoint's context, aors, auth and transport exist,
- each answering centre has agent phones, the music-on-hold class the server uses exists,
- no agent phone can reach the trunk (toll fraud): the server dials agent phones directly
  (never ``...@trunk`` or ``Local/``), and no context an agent phone's calls can reach dials
  a number it did not fix (``Dial(PJSIP/${EXTEN}@carrier)``),
- ``AGI()`` points at one of the FastAGI server's scripts (``ivr`` for calls, and the
  dialplan signals ``agent-answered`` and ``callback-result``); the subroutine the server
  names in ``Dial(...,U(ivr-agent-answered^...))`` exists and signals the answer; the
  callback context reports its outcome,
- after a call's ``AGI()`` the dialplan tests ``IVR_DONE`` first (fallback only for calls the
  server did not finish),
- no placeholder is left in a deployed configuration: ``password=change-me`` and the
  ``.invalid`` carrier host (``allow_placeholders`` for checking the shipped template).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from agi_scripts.channel import END_MARKER  # set on a call the server finished; the dialplan tests it

KNOWN_APPS = frozenset({
    "AGI", "Answer", "Background", "Busy", "Congestion", "Dial", "EAGI", "ExecIf", "Gosub", "GosubIf",
    "Goto", "GotoIf", "GotoIfTime", "Hangup", "Log", "MixMonitor", "MusicOnHold", "NoOp", "Playback",
    "Progress", "Queue", "Read", "Record", "Return", "Ringing", "SayDigits", "SayNumber", "Set",
    "StartMusicOnHold", "StopMusicOnHold", "Verbose", "Wait", "WaitExten",
})
#: Applications that run shell commands: never in this dialplan.
FORBIDDEN_APPS = frozenset({"System", "TrySystem", "Shell"})
HOTLINE_NUMBERS = ("12315", "12331", "12365", "12358", "12330")
#: FastAGI scripts the server answers: calls, and the dialplan's signals.
AGI_SCRIPTS = ("ivr", "agent-answered", "callback-result")
#: The subroutine Dial's U() option runs on the agent's channel (agi_scripts/channel.py).
ANSWER_SUBROUTINE = "ivr-agent-answered"
CALLBACK_CONTEXT = "ivr-callback"
#: Values the shipped template carries until a deployment replaces them.
PLACEHOLDER_PASSWORDS = frozenset({"change-me", "changeme", "password", "secret", ""})
_PLACEHOLDER_HOST = re.compile(r"(?:^|[@:/=\s])[A-Za-z0-9.-]*\.invalid(?:$|[:;,\s])")
INBOUND_CONTEXT = "ivr-inbound"
#: What the dialplan and the server's AGI commands need from Asterisk, module by module (a stock
#: build has them all; a modules.conf must not leave them out). Prompts are 8 kHz WAV files
#: played on alaw/ulaw channels, hence the format and the two translators.
REQUIRED_MODULES = {
    "res_agi.so": "AGI(), the server's commands", "res_pjsip.so": "PJSIP", "chan_pjsip.so": "PJSIP channels",
    "res_pjsip_session.so": "PJSIP calls", "pbx_config.so": "extensions.conf",
    "app_dial.so": "Dial()", "app_stack.so": "Dial's U() subroutine: Gosub/Return",
    "app_playback.so": "Playback() in the fallback", "app_verbose.so": "Verbose() in the fallback",
    "res_musiconhold.so": "music on hold while queued", "format_wav.so": "the server's WAV prompts",
    "codec_ulaw.so": "WAV prompts on ulaw calls", "codec_alaw.so": "WAV prompts on alaw calls",
    "func_channel.so": "CHANNEL(language) in the fallback", "func_callerid.so": "CALLERID(num) of callbacks",
}
YES = {"yes", "true", "y", "1", "on"}
MUSIC_CLASS = "default"

_SECTION = re.compile(r"^\[(?P<name>[^\]]+)\](?:\((?P<opts>[^)]*)\))?\s*$")
_KV = re.compile(r"^(?P<key>[A-Za-z0-9_.-]+)\s*=>?\s*(?P<value>.*)$")
_APP = re.compile(r"^(?P<app>[A-Za-z][A-Za-z0-9_]*)(?:\((?P<args>.*)\))?$")
_VAR = re.compile(r"\$\{([A-Za-z0-9_]+)\}")


@dataclass(frozen=True)
class Issue:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass
class Section:
    name: str
    template: bool
    bases: list[str]
    items: list[tuple[str, str, int]] = field(default_factory=list)  # key, value, line

    def get(self, key: str) -> str | None:
        for item_key, value, _ in reversed(self.items):
            if item_key == key:
                return value
        return None


@dataclass
class ConfFile:
    name: str
    sections: list[Section]

    def named(self, name: str) -> list[Section]:
        return [s for s in self.sections if s.name == name]


def strip_comment(line: str) -> str:
    out: list[str] = []
    escaped = False
    for char in line:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
            out.append(char)
        elif char == ";":
            break
        else:
            out.append(char)
    return "".join(out).replace("\\;", ";").strip()


def parse_conf(path: Path, _seen: set[Path] | None = None) -> ConfFile:
    """Sections with their items; templates are resolved (inherited items come first)."""
    seen = _seen if _seen is not None else set()
    seen.add(path.resolve())
    sections: list[Section] = []
    current: Section | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = strip_comment(raw)
        if not line:
            continue
        if line.startswith(("#include", "#tryinclude")):
            target = path.parent / line.split(None, 1)[1].strip().strip('"')
            if target.exists() and target.resolve() not in seen:
                sections.extend(parse_conf(target, seen).sections)
            continue
        header = _SECTION.match(line)
        if header:
            opts = [o.strip() for o in (header.group("opts") or "").split(",") if o.strip()]
            current = Section(header.group("name").strip(), "!" in opts, [o for o in opts if o != "!"])
            templates = {s.name: s for s in sections if s.template}
            for base in current.bases:
                if base in templates:
                    current.items.extend(templates[base].items)
            sections.append(current)
            continue
        item = _KV.match(line)
        if item and current is not None:
            current.items.append((item.group("key"), item.group("value").strip(), number))
    return ConfFile(path.name, sections)


def pattern_matches(pattern: str, exten: str) -> bool:
    """Asterisk extension matching: literal, or ``_`` pattern with X Z N [..] . !"""
    if not pattern.startswith("_"):
        return pattern == exten
    regex = []
    body = pattern[1:]
    index = 0
    while index < len(body):
        char = body[index]
        upper = char.upper()
        if upper == "X":
            regex.append("[0-9]")
        elif upper == "Z":
            regex.append("[1-9]")
        elif upper == "N":
            regex.append("[2-9]")
        elif char == "[":
            end = body.index("]", index)
            regex.append("[" + re.escape(body[index + 1 : end]).replace("\\-", "-") + "]")
            index = end
        elif char == ".":
            regex.append(".+")
        elif char == "!":
            regex.append(".*")
        else:
            regex.append(re.escape(char))
        index += 1
    return re.fullmatch("".join(regex), exten) is not None


@dataclass
class Dialplan:
    contexts: dict[str, list[str]]  # context -> extensions (literal or pattern)
    includes: dict[str, list[tuple[str, int]]]
    calls: list[tuple[str, str, str, int]]  # context, app, args, line
    globals: dict[str, str]

    def has_exten(self, context: str, exten: str) -> bool:
        return any(pattern_matches(p, exten) for p in self.contexts.get(context, []))


def load_dialplan(conf: ConfFile) -> Dialplan:
    contexts: dict[str, list[str]] = {}
    includes: dict[str, list[tuple[str, int]]] = {}
    calls: list[tuple[str, str, str, int]] = []
    globals_: dict[str, str] = {}
    for section in conf.sections:
        if section.name == "general":
            continue
        if section.name == "globals":
            globals_.update({k: v for k, v, _ in section.items})
            continue
        extens = contexts.setdefault(section.name, [])
        for key, value, line in section.items:
            if key == "include":
                includes.setdefault(section.name, []).append((value, line))
                continue
            if key == "exten":
                parts = value.split(",", 2)
                if len(parts) < 3:
                    continue
                extens.append(parts[0].strip())
                calls.append((section.name, *_split_app(parts[2]), line))
            elif key == "same":
                parts = value.split(",", 1)
                if len(parts) == 2:
                    calls.append((section.name, *_split_app(parts[1]), line))
    return Dialplan(contexts, includes, calls, globals_)


def _split_app(text: str) -> tuple[str, str]:
    match = _APP.match(text.strip())
    if not match:
        return text.strip(), ""
    return match.group("app"), match.group("args") or ""


def expand(value: str, variables: dict[str, str]) -> str:
    return _VAR.sub(lambda m: variables.get(m.group(1), m.group(0)), value)


def _goto_targets(app: str, args: str) -> list[list[str]]:
    if app in ("Goto", "Gosub"):
        return [_goto_parts(args)]
    if app in ("GotoIf", "GosubIf") and "?" in args:
        branches = args.split("?", 1)[1]
        return [_goto_parts(b) for b in branches.split(":") if b.strip()]
    return []


def _goto_parts(target: str) -> list[str]:
    target = target.split("(", 1)[0]  # Gosub arguments
    return [p.strip() for p in target.split(",")]


def check_config(
    conf_dir: Path,
    *,
    dnis: Iterable[str] = HOTLINE_NUMBERS,
    dial_endpoints: Iterable[str] = (),
    centres: Iterable[str] = (),
    system_sounds: Iterable[str] = (),
    agi_scripts: Iterable[str] = AGI_SCRIPTS,
    allow_placeholders: bool = False,
) -> list[Issue]:
    """Every problem found; an empty list means the configuration is consistent."""
    issues: list[Issue] = []
    for required in ("extensions.conf", "pjsip.conf", "musiconhold.conf"):
        if not (conf_dir / required).exists():
            issues.append(Issue(required, 0, "file missing"))
    if issues:
        return issues
    ext = parse_conf(conf_dir / "extensions.conf")
    pjsip = parse_conf(conf_dir / "pjsip.conf")
    moh = parse_conf(conf_dir / "musiconhold.conf")
    plan = load_dialplan(ext)
    by_type: dict[str, set[str]] = {}
    for section in pjsip.sections:
        if not section.template:
            by_type.setdefault(section.get("type") or "", set()).add(section.name)
    endpoints = by_type.get("endpoint", set())

    def issue(line: int, message: str, file: str = "extensions.conf") -> None:
        issues.append(Issue(file, line, message))

    for number in dnis:
        if not plan.has_exten(INBOUND_CONTEXT, number):
            issue(0, f"hotline number {number} has no extension in [{INBOUND_CONTEXT}]")
    for context, app, args, line in plan.calls:
        if app in FORBIDDEN_APPS:
            issue(line, f"[{context}] uses {app}(), which runs shell commands")
        elif app not in KNOWN_APPS:
            issue(line, f"[{context}] unknown application {app}()")
        expanded = expand(args, plan.globals)
        for parts in _goto_targets(app, expanded):
            _check_goto(plan, context, parts, line, issue)
        if app == "Dial":
            for target in expanded.split(",", 1)[0].split("&"):
                _check_dial_target(target.strip(), endpoints, line, issue)
        if app in ("AGI", "EAGI"):
            url = expanded.split(",", 1)[0]
            if url.startswith("agi://"):
                path = url.split("/", 3)[3] if url.count("/") >= 3 else ""
                if app == "EAGI":
                    issue(line, "EAGI() cannot use agi:// (no audio over FastAGI); use AGI()")
                if path.split("?", 1)[0] not in set(agi_scripts):
                    issue(line, f"AGI URL {url} names none of the server's scripts ({', '.join(agi_scripts)})")
            elif "${" in url:
                issue(line, f"AGI URL {url} uses an undefined variable")
        if app == "Playback":
            sound = expanded.split(",", 1)[0]
            if sound.startswith("ivr/") and system_sounds and sound not in set(system_sounds):
                issue(line, f"Playback({sound}): no such prompt is built by `ivr prompts build`")
    issues.extend(_signal_issues(plan))
    issues.extend(_end_marker_issues(plan))
    if not allow_placeholders:
        issues.extend(placeholder_issues(pjsip))
    for context, entries in plan.includes.items():
        for target, line in entries:
            if target not in plan.contexts:
                issue(line, f"[{context}] includes unknown context [{target}]")
    for section in pjsip.sections:
        if section.template or section.get("type") != "endpoint":
            continue
        line = section.items[0][2] if section.items else 0
        endpoint_context = section.get("context")
        if endpoint_context and endpoint_context not in plan.contexts:
            issue(line, f"endpoint {section.name}: context [{endpoint_context}] not in extensions.conf", "pjsip.conf")
        for key, kind in (("aors", "aor"), ("auth", "auth"), ("transport", "transport")):
            for ref in filter(None, (r.strip() for r in (section.get(key) or "").split(","))):
                if ref not in by_type.get(kind, set()):
                    issue(line, f"endpoint {section.name}: {key}={ref} is not a {kind} section", "pjsip.conf")
    trunks = trunk_endpoints(pjsip)
    for endpoint in dial_endpoints:
        name = endpoint.split("/", 1)[1] if endpoint.startswith("PJSIP/") else endpoint
        if "@" in name or not endpoint.startswith("PJSIP/") or name in trunks:
            issue(0, f"the server dials {endpoint}, which is not an agent phone: calls must never be "
                  "bridged out through a trunk", "pjsip.conf")
        elif name not in endpoints:
            issue(0, f"the server dials {endpoint}, which is not a PJSIP endpoint", "pjsip.conf")
    issues.extend(agent_trunk_issues(plan, pjsip, trunks))
    for centre in centres:
        if not any(e.startswith(f"agent-{centre}-") for e in endpoints):
            issue(0, f"centre {centre} has no agent phone (agent-{centre}-NN)", "pjsip.conf")
    if not moh.named(MUSIC_CLASS):
        issues.append(Issue("musiconhold.conf", 0, f"music-on-hold class [{MUSIC_CLASS}] missing"))
    if (conf_dir / "modules.conf").exists():
        issues.extend(module_issues(parse_conf(conf_dir / "modules.conf")))
    return issues


def module_issues(modules: ConfFile) -> list[Issue]:
    """modules.conf loads what the dialplan and the server use: with ``autoload=yes`` every
    module Asterisk has (unless ``noload``), otherwise only those named."""
    items = [item for section in modules.named("modules") for item in section.items]
    autoload = next((value for key, value, _ in reversed(items) if key == "autoload"), "no")
    named = {value.strip(): (key, line) for key, value, line in items}
    found: list[Issue] = []
    for module, why in REQUIRED_MODULES.items():
        key, line = named.get(module, ("", 0))
        if key == "noload":
            found.append(Issue("modules.conf", line, f"noload => {module}, but the dialplan needs it ({why})"))
        elif key not in ("load", "require", "preload", "preload-require") and autoload.lower() not in YES:
            found.append(Issue("modules.conf", 0, f"{module} is not loaded (autoload={autoload}): "
                                                  f"add load => {module} ({why})"))
    return found


def _signal_issues(plan: Dialplan) -> list[Issue]:
    """The dialplan reaches the server for the answer signal and the callback outcome."""
    found: list[Issue] = []
    for context, script, why in (
        (ANSWER_SUBROUTINE, "agent-answered", "the agent would stay 'reserved' for the whole talk"),
        (CALLBACK_CONTEXT, "callback-result", "a callback whose caller was not reached would be lost"),
    ):
        calls = [expand(args, plan.globals) for ctx, app, args, _ in plan.calls if ctx == context and app == "AGI"]
        if context not in plan.contexts:
            found.append(Issue("extensions.conf", 0, f"[{context}] missing: {why}"))
        elif not any(url.split(",", 1)[0].rstrip("/").endswith(f"/{script}") for url in calls):
            found.append(Issue("extensions.conf", 0, f"[{context}] does not run AGI(agi://<ivr>/{script},...): {why}"))
    return found


def _tests_end_marker(plan: Dialplan, step: tuple[str, str, str, int] | None) -> bool:
    """Whether ``step`` (or the context it jumps to) asks for the server's end marker first."""
    if step is None:
        return False
    _context, app, args, _line = step
    if app == "GotoIf":
        return END_MARKER in args
    if app == "Goto":
        target = _goto_parts(expand(args, plan.globals))
        first = next((c for c in plan.calls if c[0] == target[0]), None) if len(target) == 3 else None
        return first is not None and first[1] == "GotoIf" and END_MARKER in first[2]
    return False


def _end_marker_issues(plan: Dialplan) -> list[Issue]:
    """After a call's ``AGI()``, the dialplan tests ``IVR_DONE`` before anything else: a call the
    server finished never falls back; one it let go of unfinished (a worker died) always does."""
    found: list[Issue] = []
    steps = [c for c in plan.calls if c[0] == INBOUND_CONTEXT]
    for index, (context, app, args, line) in enumerate(steps):
        url = expand(args, plan.globals).split(",", 1)[0].rstrip("/")
        if app != "AGI" or not url.endswith("/ivr"):
            continue
        following = steps[index + 1] if index + 1 < len(steps) else None
        if not _tests_end_marker(plan, following):
            found.append(Issue("extensions.conf", line, f"[{context}] after AGI() the dialplan does not test "
                               f"{END_MARKER} first: calls the server finished would fall back, or unfinished "
                               "ones would not"))
    return found


def placeholder_issues(pjsip: ConfFile) -> list[Issue]:
    """Passwords and hosts of the shipped template that a deployment must replace."""
    found: list[Issue] = []
    for section in pjsip.sections:
        for key, value, line in section.items:
            if key == "password" and value.strip() in PLACEHOLDER_PASSWORDS:
                found.append(Issue("pjsip.conf", line, f"[{section.name}] password is the placeholder "
                                   f"{value.strip()!r}: set a real one"))
            elif key in ("contact", "match", "server_uri", "client_uri", "outbound_proxy") and \
                    _PLACEHOLDER_HOST.search(f" {value.strip()} "):
                found.append(Issue("pjsip.conf", line, f"[{section.name}] {key}={value.strip()} is a placeholder "
                                   "host (.invalid): set the carrier's address"))
    return found


def trunk_endpoints(pjsip: ConfFile) -> set[str]:
    """Endpoints that lead to the carrier: those an ``identify`` section matches by address."""
    return {s.get("endpoint") or "" for s in pjsip.sections
            if not s.template and s.get("type") == "identify"} - {""}


def reachable_contexts(plan: Dialplan, start: str) -> set[str]:
    """Contexts a call entering ``start`` can get to (includes, Goto, Gosub)."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        context = todo.pop()
        if context in seen or context not in plan.contexts:
            continue
        seen.add(context)
        todo.extend(target for target, _ in plan.includes.get(context, []))
        for call_context, app, args, _ in plan.calls:
            if call_context != context:
                continue
            for parts in _goto_targets(app, expand(args, plan.globals)):
                if len(parts) == 3 and "${" not in parts[0]:
                    todo.append(parts[0])
    return seen


def agent_trunk_issues(plan: Dialplan, pjsip: ConfFile, trunks: set[str]) -> list[Issue]:
    """A Dial through a trunk to a number that is not fixed, in reach of an agent phone's context."""
    found: list[Issue] = []
    agent_contexts = {s.get("context") or "" for s in pjsip.sections
                      if not s.template and s.get("type") == "endpoint" and s.name not in trunks} - {""}
    for start in sorted(agent_contexts):
        for context in sorted(reachable_contexts(plan, start)):
            for call_context, app, args, line in plan.calls:
                if call_context != context or app != "Dial":
                    continue
                for target in expand(args, plan.globals).split(",", 1)[0].split("&"):
                    target = target.strip()
                    rest = target.split("/", 1)[1] if "/" in target else target
                    number, _, via = rest.rpartition("@")
                    through_trunk = via in trunks or target.startswith("Local/")
                    if through_trunk and "${" in number + via:
                        found.append(Issue("extensions.conf", line,
                                           f"agent phones (context [{start}]) reach [{context}], which dials "
                                           f"{target}: an agent could call any number through the trunk"))
    return found


def _check_goto(plan: Dialplan, context: str, parts: list[str], line: int, issue) -> None:  # type: ignore[no-untyped-def]
    if len(parts) == 3:
        target_context, exten = parts[0], parts[1]
    elif len(parts) == 2:
        target_context, exten = context, parts[0]
    else:
        return  # priority or label in the same extension
    if "${" in target_context:
        return
    if target_context not in plan.contexts:
        issue(line, f"[{context}] goes to unknown context [{target_context}]")
    elif "${" not in exten and not plan.has_exten(target_context, exten):
        issue(line, f"[{context}] goes to {exten} which is not in [{target_context}]")


def _check_dial_target(target: str, endpoints: set[str], line: int, issue) -> None:  # type: ignore[no-untyped-def]
    if not target.startswith("PJSIP/"):
        issue(line, f"Dial target {target} is not a PJSIP channel")
        return
    rest = target[len("PJSIP/"):]
    name = rest.split("@", 1)[1] if "@" in rest else rest
    if "${" in name:
        return
    if name not in endpoints:
        issue(line, f"Dial target {target}: no PJSIP endpoint [{name}]")
