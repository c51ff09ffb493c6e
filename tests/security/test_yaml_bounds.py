"""YAML from outside is parsed within bounds (ivr/safe_yaml.py): an alias bomb ("billion laughs"),
deep nesting and an oversized text are refused before anything is built, with the bound named in
Mandarin and English, at every place that loads YAML from outside: the menu validator and upload,
the ACD configuration, the knowledge base's validation and import."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from ivr.knowledge.loader import parse_file
from ivr.menus.loader import load_menu_text
from ivr.menus.messages import explain
from ivr.safe_yaml import YamlLimits, YamlRefused, check_yaml, compose_and_load, load_yaml
from queueing.centres import ConfigError, load_config
from queueing.config_store import parse_config


def billion_laughs(levels: int = 9) -> str:
    """Under 500 bytes that expand to 10**levels strings."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, levels):
        lines.append(f"a{n}: &a{n} [" + ",".join([f"*a{n - 1}"] * 10) + "]")
    return "\n".join(lines) + "\n"


BOMB = billion_laughs()
DEEP_FLOW = "menu: " + "[" * 5000 + "]" * 5000 + "\n"
DEEP_BLOCK = "".join("  " * i + f"k{i}:\n" for i in range(200)) + "  " * 200 + "leaf: 1\n"
WIDE_ALIASES = "base: &b 1\nlist: [" + ", ".join(["*b"] * 150) + "]\n"


def refusal(text: str, limits: YamlLimits = YamlLimits()) -> YamlRefused:
    with pytest.raises(YamlRefused) as refused:
        load_yaml(text, limits)
    assert refused.value.zh and refused.value.en and refused.value.zh != refused.value.en
    return refused.value


def test_billion_laughs_is_refused_before_it_expands() -> None:
    assert len(BOMB) < 500
    refused = refusal(BOMB)
    assert refused.code == "yaml-too-many-nodes" and "100000" in refused.en and "引用" in refused.zh
    assert refused.line is not None and refused.line <= 7  # found while counting, long before the last line
    assert isinstance(refused, yaml.YAMLError)  # callers that report bad YAML report this too
    with pytest.raises(YamlRefused):
        compose_and_load(BOMB)


def test_deep_nesting_is_refused_in_flow_and_block_style() -> None:
    for text in (DEEP_FLOW, DEEP_BLOCK):
        refused = refusal(text)
        assert refused.code == "yaml-too-deep" and "50" in refused.en and "嵌套" in refused.zh


def test_oversized_text_is_refused_by_its_size() -> None:
    text = "note: " + "x" * (1024 * 1024) + "\n"
    refused = refusal(text)
    assert refused.code == "yaml-too-large" and refused.line is None and "字节" in refused.zh
    assert load_yaml(text, YamlLimits(max_bytes=2 * 1024 * 1024))["note"].startswith("xxx")


def test_aliases_are_limited_in_number_not_forbidden() -> None:
    assert load_yaml("base: &b {x: 1}\nother: *b\n") == {"base": {"x": 1}, "other": {"x": 1}}
    refused = refusal(WIDE_ALIASES)
    assert refused.code == "yaml-too-many-aliases" and "100" in refused.en
    assert len(load_yaml(WIDE_ALIASES, YamlLimits(max_aliases=200))["list"]) == 150


def test_bad_syntax_is_still_the_loaders_error_with_its_line() -> None:
    with pytest.raises(yaml.YAMLError) as bad:
        load_yaml("a: 1\nb: [1, 2\n")
    assert not isinstance(bad.value, YamlRefused)
    check_yaml("a: [1, 2\n")  # the bounds pass; the loader reports the syntax


def test_menu_validator_names_the_bound_in_both_languages() -> None:
    for text, code in ((BOMB, "many"), (DEEP_FLOW, "deep")):
        loaded = load_menu_text(text, "bomb.yaml")
        assert loaded.menu is None
        [error] = loaded.errors
        assert error.code == "yaml-limit" and error.line >= 1
        words = explain(error)
        assert ("嵌套" if code == "deep" else "展开后") in words.message_zh
        assert ("nested" if code == "deep" else "expands") in words.message_en


def test_knowledge_file_with_a_bomb_is_an_error_not_a_hang() -> None:
    parsed, [error] = parse_file("bomb.yaml", BOMB)
    assert parsed is None and error.code == "yaml-too-many-nodes" and "引用" in error.zh


def test_acd_configuration_with_a_bomb_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="expands to more than"):
        parse_config(BOMB)
    path = tmp_path / "centres.yaml"
    path.write_text(DEEP_BLOCK, encoding="utf-8")
    with pytest.raises(ConfigError, match="nested more than"):
        load_config(path)


def test_web_endpoints_refuse_a_bomb_in_both_languages(admin_client: TestClient) -> None:
    menus = admin_client.post("/api/menus/validate", json={"files": {"bomb.yaml": BOMB}})
    assert menus.status_code == 200, menus.text
    [error] = menus.json()["errors"]
    assert error["code"] == "yaml-limit" and "展开后" in error["message_zh"] and "expands" in error["message_en"]
    acd = admin_client.post("/api/acd-config/validate", json={"text": BOMB})
    assert acd.status_code == 200 and acd.json()["ok"] is False
    assert "expands to more than" in acd.json()["errors"][0] and "展开后" in acd.json()["errors"][0]
    knowledge = admin_client.post("/api/knowledge/validate", json={"files": {"bomb.yaml": BOMB}})
    assert knowledge.status_code == 200 and knowledge.json()["ok"] is False
    assert knowledge.json()["errors"][0]["code"] == "yaml-too-many-nodes"
    imported = admin_client.post("/api/knowledge/import", files={"file": ("bomb.yaml", DEEP_FLOW.encode())},
                                 data={"comment": "deep"})
    assert imported.status_code == 422, imported.text
    assert "嵌套" in imported.text and "nested" in imported.text
