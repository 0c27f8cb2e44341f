"""A table header whose titles break over two lines, so figure columns are as narrow as their
figures rather than their titles."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget


def two_lines(title: str) -> str:
    """``title`` broken at the space nearest its middle (unchanged without a space)."""
    spaces = [i for i, c in enumerate(title) if c == " "]
    if not spaces:
        return title
    middle = len(title) / 2
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{title[:cut]}\n{title[cut + 1 :]}"


class WrappingHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def _option(self, logical: int, rect: QRect) -> QStyleOptionHeader:
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, logical)
        option.text = two_lines(option.text)
        option.rect = rect
        return option

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid():
            return
        option = self._option(logical, rect)
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)

    def sectionSizeFromContents(self, logical: int) -> QSize:
        option = self._option(logical, QRect())
        text = option.fontMetrics.size(0, option.text)
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_HeaderSection, option, text, self
        )
