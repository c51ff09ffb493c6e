"""A version's files (name -> YAML text) -> a KnowledgeBase, or every error in Mandarin and English.

Nothing is half-loaded: a set of files with any error is refused as a whole
(:class:`KnowledgeRejected`), so a bad import or publish leaves the published base as it was.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ivr.knowledge.model import KnowledgeBase, KnowledgeFile
from ivr.safe_yaml import YamlLimits, YamlRefused, load_yaml

SHIPPED_DIR = Path(__file__).parent / "shipped"
FILE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}\.yaml\Z")
#: An imported file may be as large as an import (ivr/web/knowledge_api.py); its values are bounded.
KNOWLEDGE_YAML_LIMITS = YamlLimits(max_bytes=2 * 1024 * 1024, max_nodes=200_000)

# pydantic error types -> Mandarin; the English is pydantic's own message
ZH_BY_TYPE = {
    "missing": "缺少必填项",
    "extra_forbidden": "不认识的字段",
    "string_too_short": "文字不能为空或太短",
    "string_too_long": "文字太长",
    "string_pattern_mismatch": "格式不对",
    "string_type": "应为文字",
    "date_from_datetime_parsing": "日期格式应为 YYYY-MM-DD",
    "date_parsing": "日期格式应为 YYYY-MM-DD",
    "date_type": "日期格式应为 YYYY-MM-DD",
    "list_type": "应为列表",
    "too_short": "至少需要一项",
    "too_long": "项数太多",
    "value_error": "取值无效",
    "model_type": "应为键值映射",
    "dict_type": "应为键值映射",
}


@dataclass(frozen=True)
class KnowledgeError:
    file: str
    entry: str | None  # the entry's id (or its position) when the error is inside one
    field: str
    code: str
    zh: str
    en: str

    @property
    def message(self) -> str:
        return f"{self.zh} / {self.en}"

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "message": self.message}

    def __str__(self) -> str:
        where = f"{self.file}" + (f" [{self.entry}]" if self.entry else "") + (f" {self.field}" if self.field else "")
        return f"{where}: {self.message}"


class KnowledgeRejected(ValueError):
    def __init__(self, errors: list[KnowledgeError]) -> None:
        super().__init__("; ".join(str(e) for e in errors[:5]) + (" …" if len(errors) > 5 else ""))
        self.errors = errors


def _pydantic_errors(file: str, exc: ValidationError, raw: Any) -> list[KnowledgeError]:
    found: list[KnowledgeError] = []
    entries = raw.get("entries") if isinstance(raw, dict) else None
    for item in exc.errors():
        loc = list(item["loc"])
        entry: str | None = None
        if len(loc) >= 2 and loc[0] == "entries" and isinstance(loc[1], int):
            position = loc[1]
            given = entries[position] if isinstance(entries, list) and position < len(entries) else None
            entry = str(given.get("id")) if isinstance(given, dict) and given.get("id") else f"#{position + 1}"
            loc = loc[2:]
        field = ".".join(str(p) for p in loc)
        message = str(item["msg"]).removeprefix("Value error, ")
        zh = ZH_BY_TYPE.get(str(item["type"]), "取值无效")
        if item["type"] == "value_error":
            zh = _zh_value_error(message)
        found.append(KnowledgeError(file, entry, field, str(item["type"]), zh, message))
    return found


def _zh_value_error(message: str) -> str:
    if message.startswith("unknown category"):
        return "分类不在平台商品/服务分类中"
    if "valid_to" in message:
        return "失效日期早于生效日期"
    if "{ or }" in message:
        return "文字中不能有 { 或 }"
    if message.startswith("keywords"):
        return "关键词须至少各有一个中文和英文词语"
    return "取值无效"


def parse_file(name: str, text: str) -> tuple[KnowledgeFile | None, list[KnowledgeError]]:
    if not FILE_NAME.match(name):
        return None, [KnowledgeError(name, None, "", "bad-file-name",
                                     "文件名只能用小写字母、数字、'_'、'-'，以 .yaml 结尾",
                                     "file names are lower-case letters, digits, '_', '-' and end in .yaml")]
    try:
        raw = load_yaml(text, KNOWLEDGE_YAML_LIMITS)
    except YamlRefused as exc:
        return None, [KnowledgeError(name, None, "", exc.code, exc.zh, exc.en)]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark is not None else ""
        return None, [KnowledgeError(name, None, "", "bad-yaml", f"不是有效的 YAML{line}",
                                     f"not valid YAML{line}: {getattr(exc, 'problem', exc)}")]
    if raw is None:
        raw = {}
    try:
        return KnowledgeFile.model_validate(raw), []
    except ValidationError as exc:
        return None, _pydantic_errors(name, exc, raw)


def validate_files(files: Mapping[str, str]) -> list[KnowledgeError]:
    """Every error of a set of files (empty when they make a valid base)."""
    return _load(files)[1]


def _load(files: Mapping[str, str]) -> tuple[KnowledgeBase | None, list[KnowledgeError]]:
    errors: list[KnowledgeError] = []
    seen: dict[str, str] = {}
    entries = []
    if not files:
        errors.append(KnowledgeError("", None, "", "empty", "知识库至少需要一个文件",
                                     "a knowledge base needs at least one file"))
    for name in sorted(files):
        parsed, problems = parse_file(name, files[name])
        errors += problems
        for entry in parsed.entries if parsed else []:
            if entry.id in seen:
                errors.append(KnowledgeError(name, entry.id, "id", "duplicate-id",
                                             f"条目编号与 {seen[entry.id]} 中的重复",
                                             f"the entry id is already used in {seen[entry.id]}"))
                continue
            seen[entry.id] = name
            entries.append(entry)
    if errors:
        return None, errors
    return KnowledgeBase(entries=tuple(entries)), []


def parse_knowledge(files: Mapping[str, str]) -> KnowledgeBase:
    """The base of a version's files; KnowledgeRejected with every error when they have any."""
    base, errors = _load(files)
    if base is None:
        raise KnowledgeRejected(errors)
    return base


def read_dir(directory: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.yaml"))}


def shipped_files() -> dict[str, str]:
    return read_dir(SHIPPED_DIR)
