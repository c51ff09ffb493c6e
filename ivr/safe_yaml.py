"""YAML from outside (menu uploads, the ACD configuration, knowledge imports), parsed within bounds.

A few hundred bytes of aliases (the "billion laughs") expand to billions of values, and deep
nesting exhausts the recursion of whoever walks the result. Before the document is built, its
events are counted by the C parser: the text's size, the nesting depth, the number of aliases,
and the number of values it expands to (an alias counts as everything its anchor holds) are
bounded; past any bound :class:`YamlRefused` says which, in Mandarin and English.
``YamlRefused`` is a ``yaml.YAMLError``, so callers that already report bad YAML report it too.

Only the safe constructors are used (no Python objects). Core layer: imports nothing of ours.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml


@dataclass(frozen=True)
class YamlLimits:
    max_bytes: int = 1024 * 1024
    max_depth: int = 50
    max_aliases: int = 100
    max_nodes: int = 100_000  # scalars and collections, aliases expanded


DEFAULT_LIMITS = YamlLimits()


class YamlRefused(yaml.MarkedYAMLError):
    """A YAML text past one of the bounds; ``zh`` and ``en`` say which."""

    def __init__(self, code: str, zh: str, en: str, line: int | None = None) -> None:
        super().__init__(problem=en)
        self.code = code
        self.zh = zh
        self.en = en
        self.line = line  # 1-based line where the bound was passed (None for the size)

    def __str__(self) -> str:
        where = f" (line {self.line})" if self.line else ""
        return f"{self.en}{where} / {self.zh}"


def _too_large(size: int, limits: YamlLimits) -> YamlRefused:
    return YamlRefused("yaml-too-large", f"YAML 文本有 {size} 字节，超过上限 {limits.max_bytes} 字节",
                       f"the YAML text is {size} bytes, more than the limit of {limits.max_bytes}")


def _too_deep(limits: YamlLimits, line: int | None) -> YamlRefused:
    return YamlRefused("yaml-too-deep", f"YAML 嵌套超过 {limits.max_depth} 层",
                       f"the YAML is nested more than {limits.max_depth} levels deep", line)


def _too_many_aliases(limits: YamlLimits, line: int | None) -> YamlRefused:
    return YamlRefused("yaml-too-many-aliases", f"YAML 引用（*名称）超过 {limits.max_aliases} 个",
                       f"the YAML uses more than {limits.max_aliases} aliases (*name)", line)


def _too_many_nodes(limits: YamlLimits, line: int | None) -> YamlRefused:
    return YamlRefused("yaml-too-many-nodes", f"YAML 展开后超过 {limits.max_nodes} 个值（引用按其内容计算）",
                       f"the YAML expands to more than {limits.max_nodes} values (an alias counts as what it "
                       "points to)", line)


def check_yaml(text: str | bytes, limits: YamlLimits = DEFAULT_LIMITS) -> None:
    """Raise YamlRefused if ``text`` is past a bound. Syntax errors are left to the loader that
    follows (it reports them with its own words and line); nothing is built here."""
    size = len(text.encode("utf-8")) if isinstance(text, str) else len(text)
    if size > limits.max_bytes:
        raise _too_large(size, limits)
    try:
        _count(text, limits, yaml.CSafeLoader)
    except YamlRefused:
        raise
    except yaml.YAMLError:
        # libyaml stops at its own limits (or at bad syntax) possibly before ours: count again with
        # the Python parser, which reads one token at a time like the loader that follows
        try:
            _count(text, limits, yaml.SafeLoader)
        except YamlRefused:
            raise
        except yaml.YAMLError:
            return  # the loader reports the syntax error


def _count(text: str | bytes, limits: YamlLimits, loader: Any) -> None:
    depth = nodes = aliases = 0
    anchored: dict[str, int] = {}  # anchor -> values under it (itself included)
    open_anchors: list[tuple[str | None, int]] = []  # per open collection: its anchor, nodes before it
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > limits.max_aliases:
                raise _too_many_aliases(limits, _line(event))
            nodes += anchored.get(event.anchor or "", 1)
        elif isinstance(event, yaml.ScalarEvent):
            nodes += 1
            if event.anchor:
                anchored[event.anchor] = 1
        elif isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > limits.max_depth:
                raise _too_deep(limits, _line(event))
            open_anchors.append((event.anchor, nodes))
            nodes += 1
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
            anchor, before = open_anchors.pop() if open_anchors else (None, nodes)
            if anchor:
                anchored[anchor] = nodes - before
        if nodes > limits.max_nodes:
            raise _too_many_nodes(limits, _line(event))


def _line(event: yaml.Event) -> int | None:
    mark = getattr(event, "start_mark", None)
    return int(mark.line) + 1 if mark is not None else None


def load_yaml(text: str | bytes, limits: YamlLimits = DEFAULT_LIMITS) -> Any:
    """``yaml.safe_load`` within ``limits`` (YamlRefused past them, YAMLError for bad syntax)."""
    check_yaml(text, limits)
    return yaml.load(text, Loader=yaml.CSafeLoader)  # noqa: S506 - the safe loader (libyaml)


def compose_and_load(text: str, limits: YamlLimits = DEFAULT_LIMITS) -> tuple[yaml.Node | None, Any]:
    """The node tree (for line numbers) and the data of one document, within ``limits``."""
    check_yaml(text, limits)
    return yaml.compose(text, Loader=yaml.CSafeLoader), yaml.load(text, Loader=yaml.CSafeLoader)  # noqa: S506
