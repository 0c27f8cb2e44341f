"""How one table is read (``Spec``) and how a row is rejected (``Rule``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from desktop_app.core.messages import Message, MessageKind

#: Where a rejected row is: every reason starts so, the rule's message nested.
AT_LINE = MessageKind("at_line", "line {line}: {message}")
AT_SHEET_ROW = MessageKind("at_sheet_row", "sheet '{sheet}', row {row}: {message}")


@dataclass(frozen=True)
class Spec:
    """Field -> header, per-row fallback headers, seconds per unit of duration fields,
    fields holding numbers counted from the start, whether numbers in date columns are Excel
    serial days, and how a row is named in reasons (line, or sheet and row)."""

    mapping: dict[str, str]
    fallbacks: dict[str, str]
    units: dict[str, float]
    offsets: frozenset[str]
    serials: bool
    path: str
    sheet: str | None = None
    damaged: bool = False

    def where(self, line: int, message: Message) -> Message:
        """``message`` said of the row at ``line`` (of the sheet, for a workbook)."""
        if self.sheet:
            return AT_SHEET_ROW(sheet=self.sheet, row=line, message=message)
        return AT_LINE(line=line, message=message)


@dataclass(frozen=True)
class Rule:
    """Rows where ``mask`` is set are rejected with ``message(row)`` unless an earlier rule hit."""

    mask: np.ndarray
    message: Callable[[int], Message]
    totals: bool = False
    #: What the rule leaves out, for the findings that count it (``request``, ``event``).
    kind: str = ""
