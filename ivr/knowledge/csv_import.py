"""A CSV sheet of entries -> one YAML file of the base (then validated with the others).

Columns (a header row, UTF-8, a BOM allowed): ``id, category, question_zh, question_en,
paraphrases_zh, paraphrases_en, keywords_zh, keywords_en, answer_zh, answer_en, law_source,
law_source_en, law_article, valid_from, valid_to``, and optionally ``asked_zh, asked_en`` (questions callers
asked that the entry answered) and ``examples_zh, examples_en`` (questions written as callers would ask): both
teach the ranker; and ``refers_elsewhere`` (yes or 是: another hotline's question, whose answer says where to
turn). Lists (paraphrases, keywords, asked, examples) are separated by ``|``; several laws by ``;`` in the three law
columns, in the same order. A row with a problem is
reported with its row number; nothing is imported unless every row is right.
"""

from __future__ import annotations

import csv
import io
from typing import Any

import yaml

from ivr.knowledge.loader import KnowledgeError, validate_files
from ivr.knowledge.model import LANGUAGES

COLUMNS = ("id", "category", "question_zh", "question_en", "paraphrases_zh", "paraphrases_en", "keywords_zh",
           "keywords_en", "answer_zh", "answer_en", "law_source", "law_source_en", "law_article", "valid_from",
           "valid_to", "asked_zh", "asked_en", "examples_zh", "examples_en", "refers_elsewhere")
REFERS_YES = frozenset({"yes", "y", "true", "1", "是"})
REFERS_NO = frozenset({"", "no", "n", "false", "0", "否"})
REQUIRED = ("id", "category", "question_zh", "question_en", "keywords_zh", "keywords_en", "answer_zh", "answer_en",
            "law_source", "law_source_en", "law_article", "valid_from")
MAX_ROWS = 5000


def _split(value: str, sep: str) -> list[str]:
    return [part.strip() for part in value.split(sep) if part.strip()]


def _row_entry(row: dict[str, str], name: str, line: int) -> tuple[dict[str, Any] | None, list[KnowledgeError]]:
    where = f"row {line}"
    missing = [c for c in REQUIRED if not (row.get(c) or "").strip()]
    if missing:
        return None, [KnowledgeError(name, where, ", ".join(missing), "missing",
                                     f"第{line}行缺少：{'、'.join(missing)}", f"row {line} lacks {', '.join(missing)}")]
    sources = _split(row["law_source"], ";")
    sources_en = _split(row["law_source_en"], ";")
    articles = _split(row["law_article"], ";")
    if not len(sources) == len(sources_en) == len(articles):
        return None, [KnowledgeError(name, where, "law", "law-columns",
                                     f"第{line}行的法律名称、英文名称和条款数目不一致",
                                     f"row {line}: law_source, law_source_en and law_article list different numbers "
                                     "of laws")]
    entry: dict[str, Any] = {
        "id": row["id"].strip(),
        "category": row["category"].strip(),
        "question": {"zh": row["question_zh"].strip(), "en": row["question_en"].strip()},
        "paraphrases": {"zh": _split(row.get("paraphrases_zh") or "", "|"),
                        "en": _split(row.get("paraphrases_en") or "", "|")},
        "keywords": {"zh": _split(row["keywords_zh"], "|"), "en": _split(row["keywords_en"], "|")},
        "answer": {"zh": row["answer_zh"].strip(), "en": row["answer_en"].strip()},
        "law": [{"source": s, "source_en": e, "article": a} for s, e, a in zip(sources, sources_en, articles,
                                                                              strict=True)],
        "valid_from": row["valid_from"].strip(),
    }
    refers = (row.get("refers_elsewhere") or "").strip().lower()
    if refers not in REFERS_YES | REFERS_NO:
        return None, [KnowledgeError(name, where, "refers_elsewhere", "refers-elsewhere",
                                     f"第{line}行的转介其他热线一栏应填“是”或“否”",
                                     f"row {line}: refers_elsewhere must be yes or no")]
    if refers in REFERS_YES:
        entry["refers_elsewhere"] = True
    if (row.get("valid_to") or "").strip():
        entry["valid_to"] = row["valid_to"].strip()
    for key in ("asked", "examples"):
        lists = {lang: _split(row.get(f"{key}_{lang}") or "", "|") for lang in LANGUAGES}
        if any(lists.values()):
            entry[key] = lists
    return entry, []


def csv_to_yaml(text: str, name: str) -> tuple[str | None, list[KnowledgeError]]:
    """The YAML file for a CSV sheet, or the errors of its rows (row numbers count the header as 1)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip() for h in reader.fieldnames or []]
    unknown = [h for h in header if h not in COLUMNS]
    absent = [c for c in REQUIRED if c not in header]
    if unknown or absent:
        return None, [KnowledgeError(name, None, "header", "bad-header",
                                     f"表头不对：缺少 {'、'.join(absent) or '无'}；不认识 {'、'.join(unknown) or '无'}",
                                     f"bad header: missing {', '.join(absent) or 'none'}; "
                                     f"unknown {', '.join(unknown) or 'none'}")]
    reader.fieldnames = header
    entries: list[dict[str, Any]] = []
    errors: list[KnowledgeError] = []
    try:
        for line, row in enumerate(reader, start=2):
            if line - 1 > MAX_ROWS:
                errors.append(KnowledgeError(name, None, "", "too-many-rows", f"最多导入{MAX_ROWS}行",
                                             f"at most {MAX_ROWS} rows can be imported"))
                break
            if None in row:
                errors.append(KnowledgeError(name, f"row {line}", "", "extra-cells", f"第{line}行的单元格比表头多",
                                             f"row {line} has more cells than the header"))
                continue
            entry, problems = _row_entry({k: v or "" for k, v in row.items()}, name, line)
            errors += problems
            if entry is not None:
                entries.append(entry)
    except csv.Error as exc:
        errors.append(KnowledgeError(name, None, "", "bad-csv", "CSV 格式有误", f"not valid CSV: {exc}"))
    if errors:
        return None, errors
    if not entries:
        return None, [KnowledgeError(name, None, "", "empty", "CSV 中没有条目", "the CSV has no entries")]
    return yaml.safe_dump({"entries": entries}, allow_unicode=True, sort_keys=False, width=1000), []


def import_name(upload_name: str) -> str:
    """The base's file name for an uploaded file: its stem, made safe, with .yaml."""
    stem = upload_name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1].rsplit(".", 1)[0].lower()
    safe = "".join(ch if ch.isalnum() and ch.isascii() or ch in "_-" else "_" for ch in stem).strip("_-")
    return f"{safe[:60] or 'imported'}.yaml"


def merged_import(published: dict[str, str], upload_name: str, text: str) -> tuple[dict[str, str], str,
                                                                                  list[KnowledgeError]]:
    """The published files with the upload added (a file of the same name is replaced), the name it
    got, and the errors of the whole (the upload's own first). CSV or YAML, by the upload's name."""
    name = import_name(upload_name)
    if upload_name.lower().endswith(".csv"):
        converted, errors = csv_to_yaml(text, name)
        if converted is None:
            return dict(published), name, errors
        text = converted
    elif not upload_name.lower().endswith((".yaml", ".yml")):
        return dict(published), name, [KnowledgeError(name, None, "", "bad-file-type",
                                                      "只能导入 .csv、.yaml 或 .yml 文件",
                                                      "only .csv, .yaml or .yml files can be imported")]
    files = {**published, name: text}
    return files, name, validate_files(files)
