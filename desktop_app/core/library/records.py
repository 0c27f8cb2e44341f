"""What the library says about its imports: plain records, to and from its JSON columns."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Literal, cast

import pandas as pd

from desktop_app.core.language import Language
from desktop_app.core.model import Finding, RejectedRow

Status = Literal["imported", "already", "failed"]


@dataclass(frozen=True)
class ImportRecord:
    """One recorded import: the file, how it was read, and what became of each row.

    ``rows == imported + duplicates + len(rejected)`` as for any file; of the ``imported``
    incidents, ``new`` were not in the library, ``updated`` replaced different earlier values
    and ``unchanged`` repeated them."""

    id: int
    path: str
    size: int
    sha256: str
    imported_at: pd.Timestamp
    options: dict[str, object]
    encoding: str
    delimiter: str
    rows: int
    imported: int
    duplicates: int
    rejected: list[RejectedRow] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    new: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def mapping(self) -> dict[str, str]:
        return dict(cast("dict[str, str]", self.options.get("mapping", {})))

    def accounting(self, lang: Language = "en") -> str:
        """``120 rows: 118 imported (100 new, 15 updated, 3 unchanged), 0 merged, 2 rejected``"""
        if lang == "ko":
            return (
                f"{self.rows}행: {self.imported}행 가져옴(새 장애 {self.new}건, 갱신 "
                f"{self.updated}건, 변경 없음 {self.unchanged}건), 중복 병합 {self.duplicates}행, "
                f"제외 {len(self.rejected)}행"
            )
        return (
            f"{self.rows} rows: {self.imported} imported ({self.new} new, {self.updated} "
            f"updated, {self.unchanged} unchanged), {self.duplicates} merged, "
            f"{len(self.rejected)} rejected"
        )


@dataclass(frozen=True)
class FileOutcome:
    """What an import did with one file: ``imported`` (``record``), ``already`` in the library
    (``record`` is the earlier import) or ``failed`` (``message`` says why)."""

    path: str
    status: Status
    record: ImportRecord | None = None
    message: str = ""

    def describe(self, lang: Language = "en") -> str:
        """What happened to the file; a failure's ``message`` is left as it is (the caller
        renders it in ``lang``)."""
        if self.status == "failed":
            return f"{self.path}: {self.message}"
        assert self.record is not None
        if self.status == "already":
            if lang == "ko":
                return (
                    f"{self.path}: 이미 라이브러리에 있음(가져오기 {self.record.id}), 바뀐 것 없음 "
                    "(다른 옵션으로 다시 읽으려면 그 가져오기를 제거하세요)"
                )
            return (
                f"{self.path}: already in the library (import {self.record.id}); "
                "nothing changed (remove that import to read the file again with other options)"
            )
        word = "가져오기" if lang == "ko" else "import"
        return f"{self.path}: {word} {self.record.id}, {self.record.accounting(lang)}"


def rejected_json(rows: list[RejectedRow]) -> str:
    return json.dumps(
        [{"line": r.line, "reason": r.reason, "values": r.values} for r in rows],
        ensure_ascii=False,
    )


def rejected_from_json(text: str | None) -> list[RejectedRow]:
    return [
        RejectedRow(r["line"], r["reason"], r.get("values", {})) for r in json.loads(text or "[]")
    ]


def findings_json(findings: list[Finding]) -> str:
    return json.dumps([f.to_json() for f in findings], ensure_ascii=False)


def findings_from_json(text: str | None) -> list[Finding]:
    return [Finding(**item) for item in json.loads(text or "[]")]
