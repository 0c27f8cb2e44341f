"""How the first rows of a parsed file would read with a given mapping (mapping dialogs).

The rows hold values, not text: the dialog writes them in the interface's language."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from desktop_app.core.messages import Message, Term
from desktop_app.core.model import FileImport, IncidentFileError, ReadOptions
from desktop_app.core.reading.column_detection import detect_table
from desktop_app.core.reading.reader import ParsedFile, import_parsed

PREVIEW_ROWS = 5
#: What a preview row shows, by column title.
PREVIEW_COLUMNS: tuple[str, ...] = (
    "Line", "Id", "Service", "Title", "Severity", "Impact", "Start", "End", "Duration",
)  # fmt: skip
#: A preview row's cells: the line, texts, the severity and impact keys, the start and end
#: in the reading's zone (None while open), the duration (None while open); a rejected row
#: is its line, ``REJECTED`` and the reason.
PreviewCell = int | str | pd.Timestamp | pd.Timedelta | Message | Term | None
PreviewRow = list[PreviewCell]
REJECTED = Term("reading preview", "rejected:")


def preview_reading(
    parsed: ParsedFile, options: ReadOptions, rows: int = PREVIEW_ROWS
) -> list[PreviewRow] | Message:
    """The first ``rows`` rows as they would be imported with ``options`` (one list of cells
    per row, see ``PREVIEW_COLUMNS``), or the reason nothing can be read (no start column,
    a mapping naming a missing header)."""
    table = parsed.shown[0]
    head = replace(table, raw=table.raw.head(rows))
    small = ParsedFile(
        parsed.path, replace(parsed.source, tables=[head]), [detect_table(parsed.path, head)]
    )
    try:
        result = import_parsed(small, options)
    except IncidentFileError as error:
        return error.reason
    return _rows(result, options.tz)


def _rows(result: FileImport, tz: str) -> list[PreviewRow]:
    rows: list[tuple[int, PreviewRow]] = []
    for incident in result.incidents.to_dict("records"):
        start, end = incident["started_at"], incident["resolved_at"]
        is_open = pd.isna(end)
        line = int(incident["source_line"])
        rows.append(
            (
                line,
                [
                    line,
                    str(incident["incident_id"]),
                    str(incident["service"]),
                    str(incident["title"]),
                    str(incident["severity"]),
                    str(incident["impact"]),
                    start.tz_convert(tz),
                    None if is_open else end.tz_convert(tz),
                    None if is_open else end - start,
                ],
            )
        )
    for rejected in result.rejected:
        inner = rejected.reason.params.get("message", rejected.reason)
        reason = inner if isinstance(inner, Message) else rejected.reason
        rows.append((rejected.line, [rejected.line, REJECTED, reason, *[""] * 6]))
    return [cells for _line, cells in sorted(rows, key=lambda item: item[0])]
