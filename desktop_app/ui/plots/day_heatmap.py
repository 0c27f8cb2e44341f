"""A day-by-day heatmap of a ``DayCalendar``: one square per day, coloured by SLO band.

Overall, the rows are months and the columns days 1-31 (a wall calendar). By service, the
rows are services and the columns every day of the window, months marked along the top; a
long window scrolls sideways rather than squeezing days below a few pixels.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

from desktop_app.core.metrics.calendar import FUTURE, NO_DATA, DayCalendar
from desktop_app.text import Text
from desktop_app.theme import DAY_COLOURS
from desktop_app.ui.i18n import translate, ui_text
from desktop_app.ui.plots.chart_image import SLIDE_WIDTH, chart_menu

MAX_LABEL = 170
"""Row labels longer than this many pixels are elided (the full name is in the tooltip)."""
MIN_CELL = 3.0
GAP = 1.0


@dataclass(frozen=True)
class Grid:
    """Where each (row, day) cell is drawn: grid row and column, and the labels."""

    row: np.ndarray
    col: np.ndarray
    row_labels: list[str]
    col_labels: list[tuple[int, str]]
    n_cols: int


def wall_grid(calendar: DayCalendar, text: Text) -> Grid:
    """Months down, days 1-31 across (the overall calendar)."""
    month, day, firsts = calendar.wall()
    labels = [text.month(first) for first in firsts]
    return Grid(
        month[np.newaxis, :], day[np.newaxis, :], labels, [(i, str(i + 1)) for i in range(31)], 31
    )


def service_grid(calendar: DayCalendar, text: Text) -> Grid:
    """Services down, every day of the window across, the first day of each month labelled
    (with its year where the year changes)."""
    n_rows, n_days = calendar.band.shape
    row = np.repeat(np.arange(n_rows)[:, np.newaxis], n_days, axis=1)
    col = np.repeat(np.arange(n_days)[np.newaxis, :], n_rows, axis=0)
    marks, year = [], None
    for index, day in enumerate(calendar.days):
        if index == 0 or day.day == 1:
            marks.append((index, text.month(day) if day.year != year else text.month_name(day)))
            year = day.year
    return Grid(row, col, [text.service(name) for name in calendar.rows], marks, n_days)


class DayHeatmap(QWidget):
    """Hover shows a day's figures; a click emits ``dayClicked(row, day)``."""

    dayClicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.calendar: DayCalendar | None = None
        self.grid: Grid | None = None
        self.chart_name = "calendar"

    def set_calendar(self, calendar: DayCalendar | None, by_service: bool) -> None:
        self.calendar = calendar
        if calendar is None:
            self.grid = None
        else:
            grid = service_grid if by_service else wall_grid
            self.grid = grid(calendar, ui_text())
        self._fit()
        self.update()

    # --- geometry ----------------------------------------------------------------------------
    def label_width(self) -> float:
        if self.grid is None:
            return 0.0
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(t) for t in self.grid.row_labels), default=0)
        return min(widest + 4, MAX_LABEL) + 10.0

    def header_height(self) -> float:
        return self.fontMetrics().height() + 6.0

    def cell_size(self, width: float) -> tuple[float, float]:
        """(width, height) of a day's square for a widget ``width`` pixels wide."""
        if self.grid is None:
            return 0.0, 0.0
        across = (width - self.label_width() - 8) / self.grid.n_cols
        cell_w = max(min(across, 34.0), MIN_CELL)
        return cell_w, min(max(cell_w, 14.0), 26.0)

    def _fit(self) -> None:
        """Ask the scroll area for the room the grid needs at the current width."""
        if self.grid is None:
            self.setMinimumSize(0, 0)
            return
        cell_w, cell_h = self.cell_size(self.width())
        rows = int(self.grid.row.max()) + 1 if self.grid.row.size else 0
        needed_w = self.label_width() + self.grid.n_cols * cell_w + 8
        self.setMinimumSize(
            int(needed_w if cell_w <= MIN_CELL else 0),
            int(self.header_height() + rows * cell_h + 4),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def cell_rect(self, row: int, day: int, width: float) -> QRectF:
        assert self.grid is not None
        cell_w, cell_h = self.cell_size(width)
        x = self.label_width() + self.grid.col[row, day] * cell_w
        y = self.header_height() + self.grid.row[row, day] * cell_h
        gap = GAP if cell_w > 6 else 0.0
        return QRectF(x, y, cell_w - gap, cell_h - GAP)

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        """The (row, day) drawn at widget point (x, y), if any."""
        if self.grid is None:
            return None
        cell_w, cell_h = self.cell_size(self.width())
        col = int((x - self.label_width()) // cell_w)
        grid_row = int((y - self.header_height()) // cell_h)
        if x < self.label_width() or y < self.header_height():
            return None
        hits = np.argwhere((self.grid.row == grid_row) & (self.grid.col == col))
        return (int(hits[0][0]), int(hits[0][1])) if len(hits) else None

    # --- painting ----------------------------------------------------------------------------
    def paint_into(self, painter: QPainter, width: float) -> None:
        if self.calendar is None or self.grid is None:
            return
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        painter.setFont(self.font())
        painter.setPen(text)
        metrics = self.fontMetrics()
        cell_w, cell_h = self.cell_size(width)
        label_w, header_h = self.label_width(), self.header_height()
        for index, name in enumerate(self.grid.row_labels):
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(label_w - 10))
            rect = QRectF(0, header_h + index * cell_h, label_w - 6, cell_h)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown
            )
        every = max(1, math.ceil((metrics.horizontalAdvance("30") + 4) / cell_w))
        for col, label in self.grid.col_labels:
            if len(self.grid.col_labels) == 31 and col % every:
                continue
            rect = QRectF(label_w + col * cell_w, 0, max(cell_w, 60.0), header_h)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
            )
        self._paint_days(painter, width)

    def _paint_days(self, painter: QPainter, width: float) -> None:
        """Every day's square, one ``drawRects`` call per colour."""
        assert self.calendar is not None and self.grid is not None
        cell_w, cell_h = self.cell_size(width)
        gap = GAP if cell_w > 6 else 0.0
        xs = self.label_width() + self.grid.col * cell_w
        ys = self.header_height() + self.grid.row * cell_h
        keys = self.calendar.shade
        for key in np.unique(keys):
            where = np.argwhere(keys == key)
            rects = [QRectF(xs[r, d], ys[r, d], cell_w - gap, cell_h - GAP) for r, d in where]
            if key in (FUTURE, NO_DATA):
                mid = self.palette().color(QPalette.ColorRole.Mid)
                painter.setPen(QPen(mid, 0.8, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(DAY_COLOURS[key]))
            painter.drawRects(rects)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint_into(painter, self.width())
        painter.end()

    def chart_image(self, width: int = SLIDE_WIDTH) -> QImage:
        """The heatmap redrawn ``width`` pixels wide (scaled, so text and squares stay sharp)."""
        scale = width / max(self.width(), 1)
        image = QImage(width, max(1, round(self.height() * scale)), QImage.Format.Format_ARGB32)
        image.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        self.paint_into(painter, self.width())
        painter.end()
        return image

    def reset_view(self) -> None:
        """Nothing to zoom; kept so every chart answers the same commands."""

    def context_menu(self) -> QMenu:
        menu = chart_menu(self, self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_menu().popup(event.globalPos())

    # --- hover and click ---------------------------------------------------------------------
    def day_text(self, row: int, day: int) -> str:
        assert self.calendar is not None
        cal = self.calendar
        when = f"{cal.days[day]:%a %Y-%m-%d}"
        name = cal.service_of(row)
        head = f"{when} · {ui_text().service(name)}" if name else when
        if cal.band[row, day] == FUTURE:
            return f"{head}\n" + translate("Calendar", "not yet measured")
        if cal.band[row, day] == NO_DATA:
            return f"{head}\n" + ui_text().no_data()
        count = int(cal.incidents[row, day])
        text = ui_text()
        availability = translate("Calendar", "Availability {value} (target {target})")
        downtime = translate("Calendar", "Downtime {value}")
        started = (
            translate("Calendar", "1 incident started")
            if count == 1
            else translate("Calendar", "{count} incidents started").format(count=text.count(count))
        )
        return "\n".join(
            [
                head,
                availability.format(
                    value=text.pct(float(cal.availability_pct[row, day]), 3),
                    target=text.pct(float(cal.targets[row])),
                ),
                downtime.format(value=text.minutes(float(cal.downtime_minutes[row, day]))),
                started,
            ]
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.cell_at(event.position().x(), event.position().y())
        if hit is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), self.day_text(*hit), self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.cell_at(event.position().x(), event.position().y())
        if hit is not None:
            self.dayClicked.emit(*hit)
