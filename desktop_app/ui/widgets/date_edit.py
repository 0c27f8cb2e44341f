"""A date box that takes a typed date as typed.

``QDateEdit`` types section by section: with the whole text selected, "2024-01-01" typed
over "2019-12-01" is read into whichever section the cursor is in, and a day often comes out
that nobody typed. This box validates the whole text instead: ISO dates (2024-01-01) and the
Korean forms (2024. 1. 1., 2024년 1월 1일) are taken when complete, a part of one is let
through while typing, anything else is refused; the arrows and the calendar work as before.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

_TYPED = re.compile(r"\s*(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*[.일]?\s*")
_TYPING = re.compile(r"[\d\s./\-년월일]{0,16}")


def typed_date(text: str) -> date | None:
    """The day ``text`` names (year first, in either language's form), else None."""
    match = _TYPED.fullmatch(text)
    if match is None:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


class TypedDateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd")

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        day = typed_date(text)
        if day is not None and self.minimumDate() <= QDate(day) <= self.maximumDate():
            return QValidator.State.Acceptable, text, pos
        if _TYPING.fullmatch(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:
        day = typed_date(text)
        return QDateTime(QDate(day), QTime(0, 0)) if day else self.dateTime()

    def fixup(self, text: str) -> str:
        """An unfinished date left in the box: the date it showed before."""
        return self.textFromDateTime(self.dateTime())
