"""The canonical incident table and the records that describe an import.

Every reader produces, and every metric consumes, one pandas DataFrame with exactly
``INCIDENT_COLUMNS`` (see ``empty_incidents``). Times are tz-aware UTC; an open incident has
``resolved_at`` = NaT. Severity and impact are categoricals with fixed categories.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from desktop_app.core.messages import FileMessageError, Message, MessageKind, Term

SEVERITIES: tuple[str, ...] = ("critical", "major", "minor", "unknown")
IMPACTS: tuple[str, ...] = ("full_outage", "partial_outage", "degraded", "maintenance")

SEVERITY_DTYPE = pd.CategoricalDtype(list(SEVERITIES))
IMPACT_DTYPE = pd.CategoricalDtype(list(IMPACTS))
TIME_DTYPE = "datetime64[ns, UTC]"

#: Canonical fields a reader can fill, in display order. ``started_at`` is the only required one.
FIELDS: tuple[str, ...] = (
    "incident_id",
    "service",
    "title",
    "severity",
    "impact",
    "started_at",
    "resolved_at",
    "duration",
    "acknowledged_at",
    "cause",
    "status",
)
#: The service of a row whose service cell is empty while the file has a service column.
#: It is stored so; ``NO_SERVICE_TERM`` is how it is shown (``Text.service`` translates it).
NO_SERVICE_TERM = Term("service", "(no service)")
NO_SERVICE = NO_SERVICE_TERM.word
REQUIRED_FIELDS: tuple[str, ...] = ("started_at",)

INCIDENT_COLUMNS: dict[str, object] = {
    "incident_id": "string",
    "service": "string",
    "title": "string",
    "severity": SEVERITY_DTYPE,
    "severity_raw": "string",
    "impact": IMPACT_DTYPE,
    "impact_raw": "string",
    "started_at": TIME_DTYPE,
    "resolved_at": TIME_DTYPE,
    "acknowledged_at": TIME_DTYPE,
    "cause": "string",
    "source_file": "string",
    "source_line": "int64",
}


def empty_incidents() -> pd.DataFrame:
    """A canonical incident table with no rows."""
    return pd.DataFrame(
        {name: pd.Series(dtype=dtype) for name, dtype in INCIDENT_COLUMNS.items()}  # type: ignore[call-overload]
    )


def shown_headers(headers: list[str], limit: int = 30) -> str:
    """At most ``limit`` headers, each cut to 40 characters: never megabytes in a message."""
    shown = [repr(h if len(h) <= 40 else h[:39] + "…") for h in headers[:limit]]
    more = f" and {len(headers) - limit} more" if len(headers) > limit else ""
    return (", ".join(shown) or "none") + more


MISSING_COLUMN_GUESS = MessageKind(
    "missing_column_guess",
    "no column for '{field}' was found (headers seen: {seen}); '{guess}' holds times and would "
    'be used; confirm with --map {field}="{guess}"',
)
MISSING_COLUMN = MessageKind(
    "missing_column",
    "no column for '{field}' was found (headers seen: {seen}); map one with "
    '--map {field}="HEADER"',
)


class IncidentFileError(FileMessageError):
    """A file that cannot be imported at all. ``str(err)`` is ``"FILE: reason"`` in English;
    ``reason`` is the coded message a person reads in their language."""

    def __init__(self, path: str | Path, reason: Message) -> None:
        self.path = str(path)
        super().__init__(self.path, reason)


class MissingColumnError(IncidentFileError):
    """No column could be detected for a required field; carries what a mapping UI needs."""

    def __init__(
        self,
        path: str | Path,
        field_name: str,
        headers: list[str],
        preview: list[list[str]],
        detected: dict[str, str],
    ) -> None:
        self.field_name = field_name
        self.headers = headers
        self.preview = preview
        self.detected = detected
        seen = shown_headers(headers)
        guess = detected.get(field_name)
        reason = (
            MISSING_COLUMN_GUESS(field=field_name, seen=seen, guess=guess)
            if guess
            else MISSING_COLUMN(field=field_name, seen=seen)
        )
        super().__init__(path, reason)


class ImportCancelled(Exception):
    """Raised from a progress callback to stop an import; nothing is returned."""


@dataclass(frozen=True)
class ReadOptions:
    """How to read incident files. ``tz`` is an IANA zone used for naive timestamps."""

    tz: str = "UTC"
    dayfirst: bool | None = None
    mapping: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RejectedRow:
    """A data row that was not imported. ``line`` is the physical line in the file (header = 1)."""

    line: int
    reason: Message
    values: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Finding:
    """Something the reader or the analysis assumed, reported beside the row accounting.

    ``kind`` is a stable machine word (``no_impact_column``, ``dayfirst``, ``timezone``, ...);
    ``message`` says it to a person (``str()``: English); ``line`` is the physical line when
    one row is concerned.
    """

    file: str
    kind: str
    message: Message
    line: int | None = None

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "file": self.file,
            "kind": self.kind,
            "message": str(self.message),
        }
        if self.line is not None:
            data["line"] = self.line
        return data


@dataclass
class FileImport:
    """What happened to one file. ``rows == imported + duplicates + len(rejected)``."""

    path: str
    encoding: str
    delimiter: str
    rows: int
    imported: int
    duplicates: int
    mapping: dict[str, str]
    rejected: list[RejectedRow]
    incidents: pd.DataFrame
    findings: list[Finding] = field(default_factory=list)
    fallbacks: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {
            "path": self.path,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "rows": self.rows,
            "imported": self.imported,
            "duplicates": self.duplicates,
            "mapping": dict(self.mapping),
            "fallbacks": dict(self.fallbacks),
            "rejected": [{"line": r.line, "reason": str(r.reason)} for r in self.rejected],
        }


@dataclass
class ImportResult:
    """Several files read together; ``incidents`` is merged, later rows winning on equal ids."""

    files: list[FileImport]
    incidents: pd.DataFrame
    failed: list[IncidentFileError] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def rejected_count(self) -> int:
        return sum(len(f.rejected) for f in self.files)

    @property
    def duplicate_count(self) -> int:
        return sum(f.duplicates for f in self.files)
