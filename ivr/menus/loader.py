"""Load menu YAML into the schema, keeping line numbers for error messages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ivr.menus.schema import NODE_KINDS, Menu
from ivr.safe_yaml import YamlRefused, compose_and_load


@dataclass(frozen=True)
class MenuError:
    file: str
    line: int
    node: str | None
    code: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}"
        node = f" [node {self.node}]" if self.node else ""
        return f"{where}{node} {self.code}: {self.message}"


class LineIndex:
    """Maps a path of keys/indices inside a YAML document to the line it starts on."""

    def __init__(self, root: yaml.Node | None) -> None:
        self.root = root

    def line_of(self, path: tuple[Any, ...]) -> int:
        node = self.root
        line = node.start_mark.line + 1 if node is not None else 1
        for part in path:
            child = _child(node, part)
            if child is None:
                break
            node = child
            line = node.start_mark.line + 1
        return line


def _child(node: yaml.Node | None, part: Any) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                # point at the key line for scalars, the value for collections
                return value if not isinstance(value, yaml.ScalarNode) else key
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        return node.value[part]
    return None


@dataclass
class LoadedMenu:
    file: str
    menu: Menu | None
    lines: LineIndex
    errors: list[MenuError]

    def node_line(self, node_id: str, *rest: Any) -> int:
        return self.lines.line_of(("nodes", node_id, *rest))


def load_menu_text(text: str, file: str = "<menu>") -> LoadedMenu:
    try:
        root, data = compose_and_load(text)
    except YamlRefused as exc:  # an alias bomb, deep nesting, a huge file: said before anything is built
        return LoadedMenu(file, None, LineIndex(None), [MenuError(file, exc.line or 1, None, "yaml-limit", exc.en)])
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        return LoadedMenu(file, None, LineIndex(None), [MenuError(file, line, None, "yaml-syntax", str(exc))])
    lines = LineIndex(root)
    if not isinstance(data, dict):
        return LoadedMenu(file, None, lines, [MenuError(file, 1, None, "schema", "a menu file is a YAML mapping")])
    duplicates = list(_duplicate_keys(root, file))
    if duplicates:  # YAML keeps the last of two equal keys; a node or prompt defined twice would vanish
        return LoadedMenu(file, None, lines, duplicates)
    try:
        return LoadedMenu(file, Menu.model_validate(data), lines, [])
    except ValidationError as exc:
        return LoadedMenu(file, None, lines, [_schema_error(file, lines, err) for err in exc.errors()])


def _duplicate_keys(root: yaml.Node | None, file: str) -> list[MenuError]:
    found: list[MenuError] = []
    stack: list[tuple[yaml.Node, tuple[str, ...]]] = [(root, ())] if root is not None else []
    while stack:
        node, path = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                name = key.value if isinstance(key, yaml.ScalarNode) else ""
                if name and name in seen:
                    where = ".".join((*path, name))
                    owner = path[1] if len(path) >= 2 and path[0] == "nodes" else (
                        name if path == ("nodes",) else None)
                    found.append(MenuError(file, key.start_mark.line + 1, owner, "duplicate-yaml-key",
                                           f"{where} is defined twice"))
                seen.add(name)
                stack.append((value, (*path, name)))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, (*path, str(i))) for i, item in enumerate(node.value))
    return sorted(found, key=lambda e: e.line)


def _schema_error(file: str, lines: LineIndex, err: Any) -> MenuError:
    loc = tuple(err["loc"])
    node = str(loc[1]) if len(loc) >= 2 and loc[0] == "nodes" else None
    code = "unknown-kind" if err["type"] in ("union_tag_invalid", "union_tag_not_found") else "schema"
    # pydantic puts the union tag ("menu", "play", ...) after the node id; drop it for line lookup
    clean = loc[:2] + loc[3:] if len(loc) >= 3 and loc[0] == "nodes" and loc[2] in NODE_KINDS else loc
    where = ".".join(str(p) for p in loc)
    return MenuError(file, lines.line_of(clean), node, code, f"{where}: {err['msg']}")


def load_menu_file(path: Path) -> LoadedMenu:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return LoadedMenu(str(path), None, LineIndex(None), [MenuError(str(path), 1, None, "unreadable", str(exc))])
    return load_menu_text(text, str(path))
