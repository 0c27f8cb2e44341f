"""Excel workbooks (.xlsx, .xls) as sheets of text cells, read with ``python-calamine``.

calamine (Rust) reads a sheet several times faster than openpyxl and in a fraction of its
memory, and reads the old binary ``.xls`` too. Cells keep Excel's types until they become
text here: dates and times as ISO text, whole numbers without ``.0``, numbers in a date
column stay numbers and are read as Excel serial days by ``timestamps``.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook

from desktop_app.core.messages import MessageError, MessageKind

WORKBOOK_SUFFIXES: tuple[str, ...] = (".xlsx", ".xlsm", ".xls")
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"


UNREADABLE_WORKBOOK = MessageKind("unreadable_workbook", "cannot read the workbook ({why})")


class WorkbookError(MessageError):
    """The workbook cannot be opened; ``message`` is the reason."""


@dataclass(frozen=True)
class Sheet:
    """One worksheet's cells as text (``""`` for empty), row 1 first."""

    name: str
    rows: list[list[str]]


def is_workbook(path: str | Path, head: bytes) -> bool:
    """A workbook by its name and its first bytes (a ZIP or OLE container)."""
    return Path(path).suffix.lower() in WORKBOOK_SUFFIXES and head.startswith((_ZIP, _OLE))


def read_workbook(data: bytes) -> list[Sheet]:
    """Every worksheet of the workbook in ``data``, in the workbook's order."""
    try:
        book = CalamineWorkbook.from_object(io.BytesIO(data))
        sheets = [_sheet(book, name) for name in book.sheet_names]
    except (CalamineError, ValueError, OSError) as exc:
        raise WorkbookError(UNREADABLE_WORKBOOK(why=str(exc))) from None
    return sheets


def _sheet(book: CalamineWorkbook, name: str) -> Sheet:
    rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    return Sheet(name, [[_text(cell) for cell in row] for row in rows])


def _text(cell: object) -> str:
    if cell is None or cell == "":
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, dt.datetime):
        return cell.isoformat(sep=" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, dt.time):
        return cell.isoformat()
    if isinstance(cell, dt.timedelta):
        return f"{cell.total_seconds()}s"
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() and abs(cell) < 1e15 else repr(cell)
    return str(cell)
