"""How the first rows of a parsed file would read with a given mapping (mapping dialogs)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from operator import attrgetter
from typing import Any

from desktop_app.core.model import FileImport, IncidentFileError, ReadOptions
from desktop_app.core.reading.detection import detect_table
from desktop_app.core.reading.reader import ParsedFile, import_parsed

PREVIEW_ROWS = 5


@dataclass(frozen=True)
class PreviewRow:
    """One row of the preview, by its line in the file: the incident as it would be imported
    (its normalised fields), or the reason the row would be rejected."""

    line: int
    incident: dict[str, Any] | None = None
    reason: str = ""


def preview_reading(
    parsed: ParsedFile, options: ReadOptions, rows: int = PREVIEW_ROWS
) -> list[PreviewRow] | str:
    """The first ``rows`` rows as they would be imported with ``options``, in file order, or
    the reason nothing can be read (no start column, a mapping naming a missing header)."""
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
        PreviewRow(int(incident["source_line"]), incident)
        for incident in result.incidents.to_dict("records")
    ]
    rows += [PreviewRow(r.line, reason=r.reason.split(": ", 1)[-1]) for r in result.rejected]
    return sorted(rows, key=attrgetter("line"))
