"""A file's bytes as one or more tables of text: a CSV file, or each sheet of a workbook.

The header is looked for among the first rows (a title block above it is skipped); a units
row right under it is skipped too; both are reported as findings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from desktop_app.core.messages import MessageKind, Term
from desktop_app.core.model import Finding, IncidentFileError
from desktop_app.core.reading.dialect import DELIMITERS, first_rows, read_header
from desktop_app.core.reading.encoding import Decoded, UndecodableError, decode_to_utf8
from desktop_app.core.reading.excel import Sheet, WorkbookError, is_workbook, read_workbook
from desktop_app.core.reading.header_scoring import unique_headers
from desktop_app.core.reading.headerrow import (
    HEADER_SEARCH_ROWS,
    find_header_row,
    header_strength,
    is_units_row,
)
from desktop_app.core.reading.rawtable import RawTable, from_rows, read_body


@dataclass
class Table:
    """One table's unique headers and rows; ``sheet`` names a workbook's sheet."""

    headers: list[str]
    raw: RawTable
    sheet: str | None = None
    serials: bool = False
    units: dict[str, str] = field(default_factory=dict)
    #: Date and time-of-day columns joined into one (``None``: not looked for yet).
    joined_parts: tuple[str, ...] | None = None


@dataclass
class Source:
    """What a file holds: its tables, how it was decoded, and what was skipped."""

    encoding: str
    delimiter: str
    tables: list[Table]
    findings: list[Finding] = field(default_factory=list)
    damaged: bool = False


NOT_CSV_TEXT = MessageKind("not_csv_text", "cannot read it as CSV text: {reason}")
EMPTY_FILE = MessageKind("empty_file", "the file is empty")
GUESSED_ENCODING = MessageKind(
    "encoding",
    "the text is not UTF-8; it was read as {encoding} (a guess from its bytes); save it as "
    "UTF-8 if names look wrong",
)
TITLE_BLOCK = MessageKind(
    "title_block", "the header is on row {row}; the title lines above it were skipped"
)
SHEET_TITLE_BLOCK = MessageKind(
    "sheet_title_block",
    "the header is on row {row} of sheet '{sheet}'; the title lines above it were skipped",
)
UNITS_ROW = MessageKind("units_row", "row {row} holds units, not an incident; skipped")
NO_SHEET_WITH_HEADER = MessageKind(
    "no_sheet_with_header",
    "no sheet of the workbook has an incident header (a start time column)",
)
SHEET_SKIPPED = MessageKind("sheet_skipped", "sheet '{sheet}' skipped: {reason}")
EMPTY_SHEET = Term("sheet skipped", "it is empty")
NO_HEADER_SHEET = Term("sheet skipped", "it has no incident header")


def load_source(path: str | Path, raw: bytes) -> Source:
    """Split ``raw`` into tables; raises ``IncidentFileError`` for unreadable files."""
    if is_workbook(path, raw[:8]):
        return _workbook(path, raw)
    try:
        decoded = decode_to_utf8(raw)
    except UndecodableError as exc:
        raise IncidentFileError(path, NOT_CSV_TEXT(reason=exc.message)) from None
    return _csv(path, decoded)


def _csv(path: str | Path, decoded: Decoded) -> Source:
    findings = []
    if decoded.guessed:
        findings.append(Finding(str(path), "encoding", GUESSED_ENCODING(encoding=decoded.encoding)))
    first = read_header(decoded.data)
    if first is None:
        raise IncidentFileError(path, EMPTY_FILE())
    delimiter, skip = _header_position(decoded.data, first.delimiter)
    header = read_header(decoded.data, skip, delimiter) if skip else first
    assert header is not None
    if skip:
        findings.append(_title_finding(str(path), header.lines, None))
    headers = unique_headers(header.cells)
    table = Table(headers, read_body(decoded.data, header, headers))
    findings += _drop_units_row(table, str(path))
    return Source(decoded.encoding, header.delimiter, [table], findings, decoded.damaged)


def _header_position(data: bytes, first_delimiter: str) -> tuple[str, int]:
    """(delimiter, rows to skip): the row naming the most fields among the first rows, for
    the delimiter that makes it name the most."""
    head = first_rows(data, first_delimiter, 1)
    if not head or header_strength(head[0]) >= 2:
        return first_delimiter, 0
    best = (first_delimiter, 0, -1)
    for delimiter in (first_delimiter, *[d for d in DELIMITERS if d != first_delimiter]):
        index, strength = find_header_row(first_rows(data, delimiter, HEADER_SEARCH_ROWS))
        if strength > best[2]:
            best = (delimiter, index, strength)
    if best[1] == 0:
        return first_delimiter, 0
    return best[0], best[1]


def _title_finding(path: str, header_line: int, sheet: str | None) -> Finding:
    message = (
        SHEET_TITLE_BLOCK(row=header_line, sheet=sheet) if sheet else TITLE_BLOCK(row=header_line)
    )
    return Finding(path, "title_block", message, line=header_line)


def _drop_units_row(table: Table, path: str) -> list[Finding]:
    """A row of unit labels right under the header is not data: drop it, keep its units."""
    raw = table.raw
    if raw.rows == 0:
        return []
    first = raw.table.slice(0, 1).to_pylist()[0]
    if not is_units_row(first.values()):
        return []
    table.units = {h: (v or "").strip("()[] ").casefold() for h, v in first.items() if v}
    table.raw = RawTable(raw.table.slice(1), raw.lines[1:], raw.unclosed)
    line = int(raw.lines[0])
    return [Finding(path, "units_row", UNITS_ROW(row=line), line)]


def _workbook(path: str | Path, raw: bytes) -> Source:
    try:
        sheets = read_workbook(raw)
    except WorkbookError as exc:
        raise IncidentFileError(path, exc.message) from None
    tables, findings = [], []
    for sheet in sheets:
        table, finding = _sheet_table(str(path), sheet)
        if table is not None:
            tables.append(table)
        findings += finding
    if not tables:
        raise IncidentFileError(path, NO_SHEET_WITH_HEADER())
    return Source("xlsx", "", tables, findings)


def _sheet_table(path: str, sheet: Sheet) -> tuple[Table | None, list[Finding]]:
    rows = sheet.rows
    index, strength = find_header_row(rows)
    if strength < 2 or not rows:
        reason = EMPTY_SHEET if not any(any(r) for r in rows) else NO_HEADER_SHEET
        return None, [
            Finding(path, "sheet_skipped", SHEET_SKIPPED(sheet=sheet.name, reason=reason))
        ]
    headers = unique_headers(rows[index])
    body = [(number, cells) for number, cells in enumerate(rows[index + 1 :], start=index + 2)]
    body = [(n, c) for n, c in body if any(c)]
    raw = from_rows([c for _, c in body], [n for n, _ in body], headers, None)
    table = Table(headers, RawTable(raw.table, np.asarray(raw.lines), None), sheet.name, True)
    findings = [_title_finding(path, index + 1, sheet.name)] if index else []
    return table, findings + _drop_units_row(table, path)
