"""A calendar popup that names the month in the language's order: ``2019년 12월``, not
``12월 2019``.

``QCalendarWidget`` always puts the month button before the year; in a language that names
the year first (``Text.year_first``; Korean) the year comes first, written as the language
writes it (``2019년``). The navigation bar's buttons are Qt's own (found by their object
names), so an unknown layout is left as it is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QToolButton, QWidget

from desktop_app.text import Text, text_for
from desktop_app.text.language import Language


def _year_first(calendar: QCalendarWidget, text: Text) -> None:
    bar = calendar.findChild(QWidget, "qt_calendar_navigationbar")
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    year = calendar.findChild(QToolButton, "qt_calendar_yearbutton")
    layout = bar.layout() if bar is not None else None
    if not isinstance(layout, QHBoxLayout) or month is None or year is None:
        return
    layout.removeWidget(month)
    layout.insertWidget(layout.indexOf(year) + 1, month)

    def name_year(year_number: int, _month: int) -> None:
        year.setText(text.year(year_number))

    calendar.currentPageChanged.connect(name_year)
    name_year(calendar.yearShown(), calendar.monthShown())


def calendar_for(lang: Language, parent: QWidget | None = None) -> QCalendarWidget:
    """A calendar for a date edit's popup, its header in ``lang``'s order."""
    calendar = QCalendarWidget(parent)
    text = text_for(lang)
    if text.year_first:
        _year_first(calendar, text)
    return calendar
