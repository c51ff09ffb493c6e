"""Menu versions published before opening hours moved to the ACD configuration (issue 13).

Such a version still sets ``schedule.hours``, ``holidays``, ``workdays`` or ``national_calendar``,
which the validator now refuses (code ``hours-moved``). An ALREADY-PUBLISHED version of that kind
must still load after an upgrade (the hotline stays up), so these functions find those keys with
their lines and cut them out of the YAML text, leaving every other line as it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import yaml

from ivr.menus.schema import MOVED_SCHEDULE_KEYS
from ivr.safe_yaml import YamlRefused, compose_and_load


@dataclass(frozen=True)
class MovedKey:
    """One moved schedule key of one file, with its lines (1-based, inclusive)."""

    file: str
    key: str
    first_line: int
    last_line: int

    def __str__(self) -> str:
        lines = (f"{self.first_line}" if self.first_line == self.last_line
                 else f"{self.first_line}-{self.last_line}")
        return f"{self.file}:{lines} schedule.{self.key}"


def _last_line(node: yaml.Node) -> int:
    """The 0-based last line a node's text takes."""
    if isinstance(node, yaml.MappingNode | yaml.SequenceNode) and not node.flow_style:
        # a block collection ends where the next token starts, often on a later key's line
        children = ([part for pair in node.value for part in pair] if isinstance(node, yaml.MappingNode)
                    else list(node.value))
        return max((_last_line(child) for child in children), default=node.start_mark.line)
    end = node.end_mark
    return end.line - 1 if end.column == 0 and end.line > node.start_mark.line else end.line


def _schedule(root: yaml.Node | None) -> tuple[yaml.Node, yaml.MappingNode] | None:
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        return None
    for key, value in root.value:
        if isinstance(key, yaml.ScalarNode) and key.value == "schedule" and isinstance(value, yaml.MappingNode):
            return key, value
    return None


def _cuts(text: str, file: str) -> tuple[list[MovedKey], list[tuple[int, int]]]:
    """The moved keys, and the 0-based line ranges to cut so that none is left."""
    try:
        root, _ = compose_and_load(text)
    except (YamlRefused, yaml.YAMLError):
        return [], []
    found = _schedule(root)
    if found is None:
        return [], []
    schedule_key, schedule = found
    moved = [(key, value) for key, value in schedule.value
             if isinstance(key, yaml.ScalarNode) and key.value in MOVED_SCHEDULE_KEYS]
    keys = [MovedKey(file, key.value, key.start_mark.line + 1, _last_line(value) + 1) for key, value in moved]
    if not moved:
        return [], []
    if len(moved) == len(schedule.value):  # nothing else in the schedule: an empty one would be refused
        return keys, [(schedule_key.start_mark.line, _last_line(schedule))]
    if schedule.flow_style:  # keys share a line with others: cannot be cut line by line
        return keys, []
    return keys, [(key.start_mark.line, _last_line(value)) for key, value in moved]


def find_moved_hours(files: Mapping[str, str]) -> list[MovedKey]:
    """Every moved schedule key the files still set."""
    return [key for name, text in sorted(files.items()) for key in _cuts(text, name)[0]]


def without_moved_hours(files: Mapping[str, str]) -> tuple[dict[str, str], list[MovedKey]]:
    """The files with the moved schedule keys cut out, and the keys that were cut."""
    kept: dict[str, str] = {}
    removed: list[MovedKey] = []
    for name, text in sorted(files.items()):
        keys, ranges = _cuts(text, name)
        if not ranges:
            kept[name] = text
            continue
        lines = text.splitlines(keepends=True)
        dropped = {line for first, last in ranges for line in range(first, last + 1)}
        kept[name] = "".join(line for number, line in enumerate(lines) if number not in dropped)
        removed.extend(keys)
    return kept, removed
