"""What the library says about its imports: plain records, to and from its JSON columns.

A stored reason or finding keeps its English text (readable in the file) and its code and
values, so it is said in the reader's language again when read back; one stored by an older
version, without a code, is shown as its English text (``STORED``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Literal, cast

import pandas as pd

from desktop_app.core.messages import Day, Message, MessageKind, Term, kind_of
from desktop_app.core.model import Finding, RejectedRow

Status = Literal["imported", "already", "failed"]

ACCOUNTING = MessageKind(
    "accounting",
    "{rows} rows: {imported} imported ({new} new, {updated} updated, {unchanged} unchanged), "
    "{merged} merged, {rejected} rejected",
)
FILE_FAILED = MessageKind("file_failed", "{path}: {reason}")
ALREADY_IMPORTED = MessageKind(
    "already_imported",
    "{path}: already in the library (import {id}); nothing changed (remove that import to "
    "read the file again with other options)",
)
FILE_IMPORTED = MessageKind("file_imported", "{path}: import {id}, {accounting}")
#: A reason or finding stored without its code (by an older version): its English text.
STORED = MessageKind("stored", "{text}")


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

    def accounting(self) -> Message:
        """``120 rows: 118 imported (100 new, 15 updated, 3 unchanged), 0 merged, 2 rejected``"""
        return ACCOUNTING(
            rows=self.rows,
            imported=self.imported,
            new=self.new,
            updated=self.updated,
            unchanged=self.unchanged,
            merged=self.duplicates,
            rejected=len(self.rejected),
        )


@dataclass(frozen=True)
class FileOutcome:
    """What an import did with one file: ``imported`` (``record``), ``already`` in the library
    (``record`` is the earlier import) or ``failed`` (``message`` says why)."""

    path: str
    status: Status
    record: ImportRecord | None = None
    message: Message | None = None

    def describe(self) -> Message:
        """What happened to the file."""
        if self.status == "failed":
            return FILE_FAILED(path=self.path, reason=self.message)
        assert self.record is not None
        if self.status == "already":
            return ALREADY_IMPORTED(path=self.path, id=self.record.id)
        return FILE_IMPORTED(path=self.path, id=self.record.id, accounting=self.record.accounting())


def message_json(message: Message) -> dict[str, object]:
    """The code and values of ``message`` (nested messages and terms kept as such)."""
    return {"code": message.code, "params": {k: _value_json(v) for k, v in message.params.items()}}


def _value_json(value: object) -> object:
    if isinstance(value, Message):
        return {"message": message_json(value)}
    if isinstance(value, Term):
        return {"term": [value.context, value.word]}
    if isinstance(value, Day):
        return {"day": [value.at.isoformat(), value.tz]}
    return value


def message_from_json(coded: object, english: str) -> Message:
    """The message stored as ``coded``; its ``english`` text when it has no known code."""
    if not isinstance(coded, dict) or (kind := kind_of(str(coded.get("code")))) is None:
        return STORED(text=english)
    params = {k: _value_from_json(v) for k, v in dict(coded.get("params", {})).items()}
    return kind(**params)


def _value_from_json(value: object) -> object:
    if isinstance(value, dict) and "message" in value:
        inner = value["message"]
        return message_from_json(inner, str(inner))
    if isinstance(value, dict) and "term" in value:
        context, word = value["term"]
        return Term(context, word)
    if isinstance(value, dict) and "day" in value:
        at, tz = value["day"]
        return Day(pd.Timestamp(at), tz)
    return value


def rejected_json(rows: list[RejectedRow]) -> str:
    return json.dumps(
        [
            {
                "line": r.line,
                "reason": str(r.reason),
                "coded": message_json(r.reason),
                "values": r.values,
            }
            for r in rows
        ],
        ensure_ascii=False,
    )


def rejected_from_json(text: str | None) -> list[RejectedRow]:
    return [
        RejectedRow(r["line"], message_from_json(r.get("coded"), r["reason"]), r.get("values", {}))
        for r in json.loads(text or "[]")
    ]


def findings_json(findings: list[Finding]) -> str:
    return json.dumps(
        [{**f.to_json(), "coded": message_json(f.message)} for f in findings], ensure_ascii=False
    )


def findings_from_json(text: str | None) -> list[Finding]:
    return [
        Finding(
            item["file"],
            item["kind"],
            message_from_json(item.get("coded"), item["message"]),
            item.get("line"),
        )
        for item in json.loads(text or "[]")
    ]
