"""How the first rows of a parsed file would read with a given mapping (mapping dialogs).

The rows hold values, not text: the dialog writes them in the interface's language."""

from __future__ import annotations

from dataclasses import dataclass, replace
from operator import attrgetter
from typing import Any

from desktop_app.core.messages import Message
from desktop_app.core.model import FileImport, IncidentFileError, ReadOptions
from desktop_app.core.reading.column_detection import detect_table
from desktop_app.core.reading.reader import ParsedFile, import_parsed

PREVIEW_ROWS = 5


@dataclass(frozen=True)
class PreviewRow:
    """One row of the preview, by its line in the file: the incident as it would be imported
    (its normalised fields), or the reason the row would be rejected."""

    line: int
    incident: dict[str, Any] | None = None
    reason: Message | None = None


def preview_reading(
    parsed: ParsedFile, options: ReadOptions, rows: int = PREVIEW_ROWS
) -> list[PreviewRow] | Message:
    """The first ``rows`` rows as they would be imported with ``options``, or the reason
    nothing can be read (no start column, a mapping naming a missing header)."""
    table = parsed.shown[0]
    head = replace(table, raw=table.raw.head(rows))
    small = ParsedFile(
        parsed.path, replace(parsed.source, tables=[head]), [detect_table(parsed.path, head)]
    )
    try:
        result = import_parsed(small, options)
    except IncidentFileError as error:
        return error.reason
    return _rows(result)


def _rows(result: FileImport) -> list[PreviewRow]:
    rows = [
        PreviewRow(int(incident["source_line"]), {str(k): v for k, v in incident.items()})
        for incident in result.incidents.to_dict("records")
    ]
    rows += [PreviewRow(r.line, reason=_inner(r.reason)) for r in result.rejected]
    return sorted(rows, key=attrgetter("line"))


def _inner(reason: Message) -> Message:
    """A rejected row's reason without its "line N:" (the preview has a line column)."""
    inner = reason.params.get("message", reason)
    return inner if isinstance(inner, Message) else reason
