"""`ivr menus validate`: the shipped menus pass; each kind of broken menu is rejected with file, line and node."""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from ivr.menus.loader import MenuError
from ivr.menus.menuset import MenuRejected, build_menuset, validate_files
from ivr.menus.validator import validate_text

HERE = Path(__file__).parent
BROKEN = HERE / "broken"
TINY = HERE / "tiny.yaml"
SHIPPED = Path(__file__).parents[2] / "ivr" / "menus" / "shipped"
REPO = Path(__file__).parents[2]

# fixture file, error code, line of the offending YAML, node id (None for menu-wide errors)
CASES: list[tuple[str, str, int, str | None]] = [
    ("yaml_syntax.yaml", "yaml-syntax", 6, None),
    ("schema.yaml", "schema", 12, "start"),
    ("unknown_kind.yaml", "unknown-kind", 15, "done"),
    ("unknown_target.yaml", "unknown-target", 14, "start"),
    ("unknown_prompt.yaml", "unknown-prompt", 16, "done"),
    ("unreachable.yaml", "unreachable", 15, "orphan"),
    ("dead_end.yaml", "dead-end", 16, "spin"),
    ("input_free_loop.yaml", "input-free-loop", 16, "again"),
    ("missing_translation.yaml", "missing-translation", 10, None),
    ("unknown_grammar.yaml", "unknown-grammar", 13, "start"),
    ("slot_before_set.yaml", "slot-before-set", 21, "queue"),
    ("unknown_centre.yaml", "unknown-centre", 16, "queue"),
    ("retry_bounds.yaml", "retry-bounds", 12, "start"),
    ("speech_without_fallback.yaml", "speech-without-fallback", 13, "start"),
    ("duplicate_key.yaml", "duplicate-key", 14, "start"),
    ("reserved_key.yaml", "reserved-key", 14, "start"),
    ("bad_placeholder.yaml", "bad-placeholder", 9, None),
    ("duplicate_node.yaml", "duplicate-yaml-key", 16, "start"),
    ("hours_in_menu.yaml", "hours-moved", 8, None),
]


@pytest.fixture(scope="module")
def cli() -> Any:
    from ivr.cli import app

    return app


def run_cli(app: Any, *args: str) -> Any:
    return CliRunner().invoke(app, ["menus", "validate", *args])


def test_at_least_ten_distinct_error_kinds_have_a_fixture() -> None:
    codes = {code for _, code, _, _ in CASES}
    assert len(codes) >= 10
    on_disk = {p.name for p in BROKEN.glob("*.yaml")}
    assert on_disk == {name for name, *_ in CASES}, "every broken fixture has an expectation and vice versa"


def test_tiny_menu_the_fixtures_derive_from_is_valid() -> None:
    assert validate_text(TINY.read_text(encoding="utf-8"), "tiny.yaml") == []


def test_shipped_menus_pass_the_real_command() -> None:
    done = subprocess.run([sys.executable, "-m", "ivr.cli", "menus", "validate", str(SHIPPED)],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"ok: 1 menu file\(s\) valid", done.stdout)


def test_shipped_menus_pass_in_process(cli: Any) -> None:
    result = run_cli(cli, str(SHIPPED))
    assert result.exit_code == 0, result.output
    files = {p.name: p.read_text(encoding="utf-8") for p in SHIPPED.glob("*.yaml")}
    assert files and validate_files(files) == []


@pytest.mark.parametrize(("fixture", "code", "line", "node"), CASES, ids=[c[1] for c in CASES])
def test_broken_menu_is_rejected_with_file_line_and_node(fixture: str, code: str, line: int,
                                                         node: str | None) -> None:
    path = BROKEN / fixture
    errors = validate_text(path.read_text(encoding="utf-8"), str(path))
    assert errors, f"{fixture} passed validation"
    assert all(isinstance(e, MenuError) for e in errors)
    # the fixture breaks exactly one rule, so only that kind of error comes back
    assert {e.code for e in errors} == {code}, [str(e) for e in errors]
    first = errors[0]
    assert first.file == str(path)
    assert (first.line, first.node) == (line, node), str(first)
    assert first.message


@pytest.mark.parametrize(("fixture", "code", "line", "node"), CASES, ids=[c[1] for c in CASES])
def test_cli_prints_the_error_and_exits_1(cli: Any, fixture: str, code: str, line: int, node: str | None) -> None:
    path = BROKEN / fixture
    result = run_cli(cli, str(path))
    assert result.exit_code == 1, result.output
    where = f"{path}:{line}" + (f" [node {node}]" if node else "")
    assert f"{where} {code}:" in result.stdout, result.stdout


def test_cli_checks_every_file_given_and_reports_each(cli: Any) -> None:
    result = run_cli(cli, str(BROKEN / "unknown_centre.yaml"), str(TINY), str(BROKEN / "unreachable.yaml"))
    assert result.exit_code == 1
    assert "unknown-centre" in result.stdout and "unreachable" in result.stdout
    # the files form one menu set: the valid one is only blamed for reusing the menu id
    tiny_lines = [line for line in result.stdout.splitlines() if line.startswith(str(TINY))]
    assert tiny_lines and all(" duplicate-menu: " in line for line in tiny_lines)


def test_cli_on_a_directory_of_broken_menus_reports_every_fixture(cli: Any) -> None:
    result = run_cli(cli, str(BROKEN))
    assert result.exit_code == 1
    for fixture, code, _, _ in CASES:
        assert f"{BROKEN / fixture}:" in result.stdout, fixture
        assert f" {code}:" in result.stdout


def test_cli_reports_an_unreadable_file(cli: Any, tmp_path: Path) -> None:
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes("menu: caf\xe9\n".encode("latin-1"))
    result = run_cli(cli, str(bad))
    assert result.exit_code == 1
    assert "unreadable" in result.output


def test_two_files_with_the_same_menu_id_are_rejected(tmp_path: Path) -> None:
    text = TINY.read_text(encoding="utf-8")
    errors = validate_files({"a.yaml": text, "b.yaml": text})
    assert [(e.code, e.file) for e in errors] == [("duplicate-menu", "b.yaml")]
    with pytest.raises(MenuRejected) as caught:
        build_menuset({"a.yaml": text, "b.yaml": text}, "x")
    assert caught.value.errors == errors


def test_menu_wide_unknown_prompt_and_target_point_at_options() -> None:
    doc = yaml.safe_load(TINY.read_text(encoding="utf-8"))
    doc["options"].update({"timeout_prompt": "missing_prompt", "failure_target": "missing_node"})
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
    lines = text.splitlines()
    errors = validate_text(text, "opts.yaml")
    by_code = {e.code: e for e in errors}
    assert set(by_code) == {"unknown-prompt", "unknown-target"}, [str(e) for e in errors]
    assert "timeout_prompt" in lines[by_code["unknown-prompt"].line - 1]
    assert "failure_target" in lines[by_code["unknown-target"].line - 1]


def test_unknown_entry_target_is_reported() -> None:
    doc = yaml.safe_load(TINY.read_text(encoding="utf-8"))
    doc["entry"]["dnis"] = {"12345": "ghost"}
    errors = validate_text(yaml.safe_dump(doc, allow_unicode=True), "entry.yaml")
    assert [e.code for e in errors] == ["unknown-target"]
    assert "ghost" in errors[0].message


# --- random documents ------------------------------------------------------------------------

BASE: dict[str, Any] = yaml.safe_load(TINY.read_text(encoding="utf-8"))
SHIPPED_DOC: dict[str, Any] = yaml.safe_load((SHIPPED / "12315.yaml").read_text(encoding="utf-8"))

scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 100), st.floats(allow_nan=False, width=32),
                    st.text(max_size=12), st.sampled_from(["start", "done", "agent", "hello", "menu", "play",
                                                           "queue", "province", "cn", "*", "1", "speech"]))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                        st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                      max_leaves=12)


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(doc, dict):
        for key, value in doc.items():
            found.extend(_paths(value, (*prefix, key)))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            found.extend(_paths(value, (*prefix, i)))
    return found


@st.composite
def mutated_menus(draw: st.DrawFn) -> dict[str, Any]:
    doc = copy.deepcopy(draw(st.sampled_from([BASE, SHIPPED_DOC])))
    for _ in range(draw(st.integers(1, 4))):
        paths = _paths(doc)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent: Any = doc
        for part in path[:-1]:
            parent = parent[part]
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "delete" and isinstance(parent, dict):
            del parent[path[-1]]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=8))] = draw(values)
        else:
            parent[path[-1]] = draw(values)
    return doc


def _check(errors: list[MenuError], text: str) -> None:
    assert isinstance(errors, list)
    last = max(1, len(text.splitlines()) + 1)
    for error in errors:
        assert isinstance(error, MenuError)
        assert error.code and re.fullmatch(r"[a-z-]+", error.code)
        assert 1 <= error.line <= last, str(error)
        assert str(error).startswith("random.yaml:")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_menus())
def test_random_menu_documents_never_crash_the_validator(doc: dict[str, Any]) -> None:
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
    errors = validate_text(text, "random.yaml")
    _check(errors, text)
    if not errors:  # a valid result must load as a menu set
        assert build_menuset({"random.yaml": text}, "r").menus


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_random_text_never_crashes_the_validator(text: str) -> None:
    _check(validate_text(text, "random.yaml"), text)


def test_menu_hours_are_refused_saying_where_they_went_in_both_languages(cli: Any) -> None:
    result = run_cli(cli, str(BROKEN / "hours_in_menu.yaml"))
    assert result.exit_code == 1
    assert "“受理中心”表单" in result.stdout and "centres form of /admin" in result.stdout
    assert "queueing/centres.yaml" in result.stdout
