"""A form's input refused before anything changes: errors in the validator's shape (file, line, node,
code, both languages), each naming the form field it belongs to, so the page shows it there."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FieldError:
    field: str  # the form field: "new", "branches.0.value", "pairs.1.slot" ...
    field_zh: str
    field_en: str
    message_zh: str
    message_en: str
    code: str = "bad-field"

    def as_dict(self, file: str, node: str | None) -> dict[str, Any]:
        return {"file": file, "line": 1, "node": node, "code": self.code, "field": self.field,
                "field_zh": self.field_zh, "field_en": self.field_en, "message_zh": self.message_zh,
                "message_en": self.message_en, "message": f"{self.field_en}: {self.message_en}"}


class FieldRefused(ValueError):
    """The draft is unchanged; ``errors`` say which field and why, in both languages."""

    def __init__(self, file: str, node: str | None, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.message_en}" for e in errors))
        self.errors = [e.as_dict(file, node) for e in errors]
