"""Changing a draft of the base one entry at a time (the admin page's form), keeping the YAML.

A draft is a version's files (name -> YAML text). ``set_entry`` puts one entry (as the form sends
it: texts, lists of phrases, citations, dates as YYYY-MM-DD) into a file, replacing the entry
with the same id (or the one it was renamed from) wherever it is; ``remove_entry`` takes one out.
Comments, order and the other entries of the file stay as they were. Nothing is validated here:
the draft as a whole is (ivr.knowledge.loader), so the form shows every error at its field.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import date
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from ivr.knowledge.loader import FILE_NAME, KNOWLEDGE_YAML_LIMITS, KnowledgeError
from ivr.knowledge.model import LANGUAGES
from ivr.safe_yaml import YamlRefused, check_yaml, load_yaml

LAW_FIELDS = ("source", "source_en", "article")


class DraftError(ValueError):
    """A draft that cannot be changed (a file missing or not YAML): ``zh`` and ``en`` say why."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(f"{zh} / {en}")
        self.zh = zh
        self.en = en


def _round_trip() -> YAML:
    rt = YAML(typ="rt")
    rt.preserve_quotes = True
    rt.width = 4096
    rt.indent(mapping=2, sequence=4, offset=2)
    return rt


def _load(name: str, text: str) -> Any:
    try:
        check_yaml(text, KNOWLEDGE_YAML_LIMITS)  # bounded before the round-trip parser builds anything
    except YamlRefused as exc:
        raise DraftError(f"{name}：{exc.zh}", f"{name}: {exc.en}") from exc
    try:
        data = _round_trip().load(text) if text.strip() else CommentedMap()
    except YAMLError as exc:
        raise DraftError(f"{name} 不是有效的 YAML，请先在文件中改正", f"{name} is not valid YAML; fix the file first") \
            from exc
    if data is None:
        data = CommentedMap()
    if not isinstance(data, dict):
        raise DraftError(f"{name} 的顶层应为 entries: 列表", f"{name}: the top level must be 'entries:'")
    entries = data.get("entries")
    if entries is None:
        data["entries"] = CommentedSeq()
    elif not isinstance(entries, list):
        raise DraftError(f"{name} 的 entries 应为列表", f"{name}: 'entries' must be a list")
    return data


def _dump(data: Any) -> str:
    out = io.StringIO()
    _round_trip().dump(data, out)
    return out.getvalue()


def _flow(items: list[Any]) -> CommentedSeq:
    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


def _day(value: Any) -> Any:
    """A form's YYYY-MM-DD as a date (so YAML writes it bare); anything else as given, for the
    validator to name at its field."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return value
    return value


def _phrases(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = value.splitlines()
    if not isinstance(value, list):
        raise DraftError("词语应为每行一个的文字或列表", "phrases are lines of text or a list")
    return [str(p).strip() for p in value if str(p).strip()]


def _mapping(value: Any, what_zh: str, what_en: str) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise DraftError(f"{what_zh}的格式不对", f"{what_en} must be a mapping")
    return value


def _texts(value: Any) -> CommentedMap:
    texts = _mapping(value, "文字", "a text")
    return CommentedMap((lang, str(texts.get(lang) or "").strip()) for lang in LANGUAGES)


def entry_yaml(entry: Mapping[str, Any]) -> CommentedMap:
    """The form's entry as the YAML mapping the shipped files use (lists in flow style)."""
    out = CommentedMap()
    out["id"] = str(entry.get("id") or "").strip()
    out["category"] = str(entry.get("category") or "").strip()
    if entry.get("refers_elsewhere") is True:
        out["refers_elsewhere"] = True
    out["question"] = _texts(entry.get("question"))
    for key in ("paraphrases", "keywords"):
        phrases = _mapping(entry.get(key), "词语", key)
        out[key] = CommentedMap((lang, _flow(_phrases(phrases.get(lang)))) for lang in LANGUAGES)
    for key in ("asked", "examples"):
        lists = {lang: _phrases(_mapping(entry.get(key), "词语", key).get(lang)) for lang in LANGUAGES}
        if any(lists.values()):  # one question a line, quoted, as the shipped files write them
            out[key] = CommentedMap((lang, CommentedSeq([DoubleQuotedScalarString(q) for q in questions]))
                                    for lang, questions in lists.items() if questions)
    out["answer"] = _texts(entry.get("answer"))
    laws = CommentedSeq()
    citations = entry.get("law") or []
    if not isinstance(citations, list):
        raise DraftError("法律依据应为列表", "law must be a list of citations")
    for item in citations:
        citation = _mapping(item, "法律依据", "a citation")
        law = CommentedMap((k, str(citation.get(k) or "").strip()) for k in LAW_FIELDS)
        if law["article"]:
            law["article"] = DoubleQuotedScalarString(law["article"])  # "25", as the shipped files write it
        else:  # the instrument without its article: the model asks for checked: false
            del law["article"]
        if citation.get("valid_from") not in (None, ""):
            law["valid_from"] = _day(citation["valid_from"])
        if citation.get("checked") is False:
            law["checked"] = False
        law.fa.set_flow_style()
        laws.append(law)
    out["law"] = laws
    out["valid_from"] = _day(entry.get("valid_from") or "")
    valid_to = entry.get("valid_to")
    if valid_to not in (None, ""):
        out["valid_to"] = _day(valid_to)
    return out


def _keep_trailing_comment(old: Any, new: CommentedMap) -> None:
    """The blank line or comment after an entry (held by its last key) stays after the new one."""
    if isinstance(old, CommentedMap) and old:
        kept = old.ca.items.get(list(old)[-1])
        if kept is not None:
            new.ca.items[list(new)[-1]] = kept


def _where(files: Mapping[str, str], entry_id: str) -> tuple[str, int] | None:
    for name in sorted(files):
        data = _load(name, files[name])
        for position, item in enumerate(data["entries"]):
            if isinstance(item, dict) and str(item.get("id")) == entry_id:
                return name, position
    return None


def set_entry(files: Mapping[str, str], file: str, entry: Mapping[str, Any],
              replaces: str | None = None) -> dict[str, str]:
    """A new draft with ``entry`` in ``file``: in place of the entry ``replaces`` (or of the same id)
    when there is one (moved to ``file`` if it was in another file), else added at the end."""
    if not FILE_NAME.match(file):
        raise DraftError("文件名只能用小写字母、数字、'_'、'-'，以 .yaml 结尾",
                         "file names are lower-case letters, digits, '_', '-' and end in .yaml")
    out = dict(files)
    new = entry_yaml(entry)
    found = _where(out, replaces or new["id"]) or (_where(out, new["id"]) if replaces else None)
    if found is not None and found[0] == file:
        data = _load(file, out[file])
        _keep_trailing_comment(data["entries"][found[1]], new)
        data["entries"][found[1]] = new
        out[file] = _dump(data)
        return out
    if found is not None:  # moved to another file
        old = _load(found[0], out[found[0]])
        del old["entries"][found[1]]
        out[found[0]] = _dump(old)
    data = _load(file, out.get(file, ""))
    data["entries"].append(new)
    out[file] = _dump(data)
    return out


def remove_entry(files: Mapping[str, str], entry_id: str) -> dict[str, str]:
    """A new draft without the entry ``entry_id``; DraftError when no file holds it."""
    found = _where(files, entry_id)
    if found is None:
        raise DraftError(f"草稿中没有条目 {entry_id}", f"the draft has no entry {entry_id}")
    out = dict(files)
    data = _load(found[0], out[found[0]])
    del data["entries"][found[1]]
    out[found[0]] = _dump(data)
    return out


def form_field(error: KnowledgeError) -> str:
    """The form field an error belongs to: the error's own field, or for an entry-wide rule the
    field it is about (dates, keywords)."""
    if error.field:
        return error.field
    if "valid_to" in error.en:
        return "valid_to"
    if error.en.startswith("keywords"):
        return "keywords"
    return ""


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def draft_entries(files: Mapping[str, str]) -> list[dict[str, Any]]:
    """Every entry of a draft as written (valid or not, so the form can show and mend it), with
    its file: ``[{file, entry}]``. A file that is not YAML lists nothing (its error says why)."""
    out: list[dict[str, Any]] = []
    for name in sorted(files):
        try:
            raw = load_yaml(files[name], KNOWLEDGE_YAML_LIMITS)
        except yaml.YAMLError:  # YamlRefused too: its error is in the draft's errors
            continue
        entries = raw.get("entries") if isinstance(raw, dict) else None
        for item in entries if isinstance(entries, list) else []:
            if isinstance(item, dict):
                out.append({"file": name, "entry": _plain(item)})
    return out
