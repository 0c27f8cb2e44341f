"""Many horizontal bars on lanes drawn as one item: only what is visible, merged below a pixel.

A timeline with 100,000 incidents cannot afford one ``QGraphicsItem`` each. This item keeps
the intervals in numpy arrays and, on each paint, keeps the bars in the visible range, merges
bars on the same lane that touch or lie closer than a minimum bar (they would look as one),
widens the rest to at least ``MIN_BAR_PX`` pixels, and draws them with a single ``drawRects`` call.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import internals
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen


def merge_intervals(
    x0: np.ndarray, x1: np.ndarray, lane: np.ndarray, gap: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Union of intervals per lane, joining those less than ``gap`` apart.

    Input must be sorted by lane, then start. Lanes are laid end to end on one axis (each
    shifted past the previous one's extent) so a single running maximum finds every run.
    """
    if len(x0) == 0:
        return x0, x1, lane
    origin = min(float(x0.min()), float(x1.min()))
    stride = max(float(x1.max()), float(x0.max())) - origin + 2.0 * gap + 1.0
    shift = (lane - lane.min()) * stride - origin
    start, end = x0 + shift, np.maximum.accumulate(x1 + shift)
    first = np.ones(len(start), dtype=bool)
    first[1:] = start[1:] > end[:-1] + gap
    heads = np.flatnonzero(first)
    tails = np.append(heads[1:] - 1, len(start) - 1)
    return x0[heads], end[tails] - shift[tails], lane[heads]


MIN_BAR_PX = 3.0
"""Narrowest bar drawn (and hit by the mouse), in pixels: a one-minute incident in a
two-year view stays visible and easy to point at."""


class IntervalBars(pg.GraphicsObject):
    """Bars ``x0``..``x1`` centred on ``lane`` (y), all in one colour."""

    def __init__(self, colour: str, height: float = 0.7) -> None:
        super().__init__()
        self._brush = QBrush(QColor(colour))
        self._height = height
        self._x0 = self._x1 = self._lane = np.zeros(0)
        self._bounds = QRectF()
        self._rects = internals.PrimitiveArray(QRectF, 4)
        self._cache_key: tuple[float, ...] | None = None
        self.drawn_count = 0

    def set_intervals(self, x0: np.ndarray, x1: np.ndarray, lane: np.ndarray) -> None:
        order = np.lexsort((x0, lane))
        self.prepareGeometryChange()
        self._x0 = np.asarray(x0, dtype="float64")[order]
        self._x1 = np.maximum(np.asarray(x1, dtype="float64")[order], self._x0)
        self._lane = np.asarray(lane, dtype="float64")[order]
        if len(self._x0):
            left, right = float(self._x0.min()), float(self._x1.max())
            top, bottom = float(self._lane.min()), float(self._lane.max())
            self._bounds = QRectF(left, top - 0.5, max(right - left, 1.0), bottom - top + 1.0)
        else:
            self._bounds = QRectF()
        self._cache_key = None
        self.update()

    def __len__(self) -> int:
        return len(self._x0)

    def boundingRect(self) -> QRectF:
        return QRectF(self._bounds)

    def _prepare(self, view: QRectF, pixel: float) -> None:
        key = (view.left(), view.right(), view.top(), view.bottom(), pixel)
        if key == self._cache_key:
            return
        self._cache_key = key
        visible = (
            (self._x1 >= view.left() - pixel)
            & (self._x0 <= view.right() + pixel)
            & (self._lane >= view.top() - 1.0)
            & (self._lane <= view.bottom() + 1.0)
        )
        x0, x1, lane = merge_intervals(
            self._x0[visible], self._x1[visible], self._lane[visible], pixel * MIN_BAR_PX
        )
        self._rects.resize(len(x0))
        rects = self._rects.ndarray()
        rects[:, 0] = x0
        rects[:, 1] = lane - self._height / 2.0
        rects[:, 2] = np.maximum(x1 - x0, pixel * MIN_BAR_PX)
        rects[:, 3] = self._height
        self.drawn_count = len(x0)

    def paint(self, painter: QPainter, *args: object) -> None:
        view_box = self.getViewBox()
        if view_box is None or not len(self._x0):
            return
        pixel = self.pixelWidth() or 0.0
        self._prepare(view_box.viewRect().normalized(), pixel)
        if not len(self._rects):
            return
        painter.setPen(QPen(Qt.PenStyle.NoPen))
        painter.setBrush(self._brush)
        painter.drawRects(*self._rects.drawargs())
