"""The structure the import contracts cannot see: no import hidden in a function, no settings read
below the composition, and every entry point building its services through ``ivr.runtime``."""

from __future__ import annotations

import ast
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("ivr", "agi_scripts", "queueing", "records", "recordings")
#: Where a module is chosen by name at run time on purpose: routers other packages own, the parts a
#: process imports only when it runs them (speech, SIP, web app, records writer, the knowledge
#: index where a process searches it itself, pypinyin for recognised speech), and the command
#: line's commands (loaded when run, so that `ivr --help` imports no server library).
DYNAMIC_IMPORT_ALLOWED = {"ivr/web/app.py", "ivr/cli.py", "ivr/optional_parts.py", "ivr/knowledge/in_process.py",
                          "ivr/asr/pinyin.py"}
#: The entry points of the issue: each opens the runtime and builds nothing the runtime owns.
ENTRY_POINTS = ("ivr/serve.py", "ivr/call_cli.py", "ivr/records_serve.py", "agi_scripts/ivr_agi.py",
                "agi_scripts/ivr_eagi.py")
#: What the runtime builds once per process (a Redis client, the pool, the stores, the sink, the recogniser).
RUNTIME_OWNS = {"from_url", "Redis", "EmbeddedRedis", "make_engine", "session_factory", "migrate", "MenuStore",
                "AcdConfigStore", "AcdStore", "KnowledgeStore", "RedisEventSink", "get_recognizer",
                "default_services", "EngineServices", "CaseStatusService", "CallTicketService"}


def project_files() -> Iterator[tuple[str, ast.Module]]:
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            yield relative, ast.parse(path.read_text(encoding="utf-8"), filename=relative)


def imports_in_functions(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, function) of every import statement or importlib/__import__ call inside a function."""
    found: list[tuple[int, str]] = []
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        name = getattr(func, "name", "<lambda>")
        for node in ast.walk(func):
            if isinstance(node, ast.Import | ast.ImportFrom):
                found.append((node.lineno, name))
    return sorted(set(found))


def dynamic_imports(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            called = node.func
            if isinstance(called, ast.Attribute) and called.attr == "import_module":
                lines.append(node.lineno)
            if isinstance(called, ast.Name) and called.id == "__import__":
                lines.append(node.lineno)
    return lines


def called_names(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name):
                names.add(node.func.id)
            elif isinstance(node.func, ast.Attribute):
                names.add(node.func.attr)
    return names


def composition_modules() -> list[str]:
    """The top layer of the layers contract in pyproject.toml, as file path prefixes."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    layers = next(c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers")["layers"]
    return [m.strip().replace(".", "/") for m in layers[0].split(":")]


def test_the_detector_finds_hidden_imports() -> None:
    sample = ast.parse("import os\n\ndef f():\n    import json\n    return json\n\n"
                       "class C:\n    async def g(self):\n        from x import y\n"
                       "h = lambda: importlib.import_module('z')\n")
    assert imports_in_functions(sample) == [(4, "f"), (9, "g")]
    assert dynamic_imports(sample) == [10]
    assert imports_in_functions(ast.parse("import os\nif TYPE_CHECKING:\n    import json\n")) == []


def test_no_import_is_hidden_in_a_function() -> None:
    hidden = {path: found for path, tree in project_files() if (found := imports_in_functions(tree))}
    assert hidden == {}, "imports inside functions (move them to the module top; fix a cycle by moving code)"


def test_no_module_is_imported_by_name_at_run_time() -> None:
    dynamic = {path: lines for path, tree in project_files()
               if path not in DYNAMIC_IMPORT_ALLOWED and (lines := dynamic_imports(tree))}
    assert dynamic == {}


def test_no_settings_are_read_below_the_composition() -> None:
    allowed = composition_modules()
    readers = []
    for path, tree in project_files():
        module = path.removesuffix(".py")
        command_module = path.endswith("/cli.py") or path in ENTRY_POINTS
        in_composition = any(module == m or module.startswith(m + "/") for m in allowed)
        if command_module or in_composition or path == "ivr/settings.py":
            continue
        if "get_settings" in called_names(tree):
            readers.append(path)
    assert readers == [], "library code takes its settings from the composition, never get_settings()"


@pytest.mark.parametrize("entry", ENTRY_POINTS)
def test_each_entry_point_builds_its_services_through_the_runtime(entry: str) -> None:
    tree = ast.parse((ROOT / entry).read_text(encoding="utf-8"))
    calls = called_names(tree)
    assert "open_runtime" in calls, f"{entry} does not open ivr.runtime"
    assert calls & RUNTIME_OWNS == set(), f"{entry} builds what the runtime owns"
    # and it takes the runtime from its one module, not from a copy
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "ivr.runtime" in imported
