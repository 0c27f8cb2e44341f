"""How the first rows of a parsed file would read with a given mapping (mapping dialogs)."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from desktop_app.core.formatting import format_minutes, format_time
from desktop_app.core.messages import Message
from desktop_app.core.model import FileImport, IncidentFileError, ReadOptions
from desktop_app.core.reading.column_detection import detect_table
from desktop_app.core.reading.reader import ParsedFile, import_parsed

PREVIEW_ROWS = 5
#: A preview row's cells: texts, and the reason of a rejected row as its coded message.
PreviewRow = list[str | Message]
#: What a preview row shows, by column title.
PREVIEW_COLUMNS: tuple[str, ...] = (
    "Line", "Id", "Service", "Title", "Severity", "Impact", "Start", "End", "Duration",
)  # fmt: skip


def preview_reading(
    parsed: ParsedFile, options: ReadOptions, rows: int = PREVIEW_ROWS
) -> list[PreviewRow] | Message:
    """The first ``rows`` rows as they would be imported with ``options`` (one list of texts
    per row, see ``PREVIEW_COLUMNS``; rejected rows show their reason), or the reason nothing
    can be read (no start column, a mapping naming a missing header)."""
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
        duration = "open" if pd.isna(end) else format_minutes((end - start).total_seconds() / 60)
        rows.append(
            (
                int(incident["source_line"]),
                [
                    str(incident["source_line"]),
                    str(incident["incident_id"]),
                    str(incident["service"]),
                    str(incident["title"]),
                    str(incident["severity"]),
                    str(incident["impact"]).replace("_", " "),
                    format_time(start, tz),
                    "" if pd.isna(end) else format_time(end, tz),
                    duration,
                ],
            )
        )
    for rejected in result.rejected:
        inner = rejected.reason.params.get("message", rejected.reason)
        reason = inner if isinstance(inner, Message) else rejected.reason
        rows.append((rejected.line, [str(rejected.line), "rejected:", reason, *[""] * 6]))
    return [cells for _line, cells in sorted(rows, key=lambda item: item[0])]
