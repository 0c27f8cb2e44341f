"""pyqtgraph plots that follow the widget palette and font (so dark themes and Hangul work)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

AXES = ("left", "bottom", "right", "top")


def epoch_seconds(times: pd.Series | pd.DatetimeIndex) -> pd.Series:
    """Seconds since 1970 UTC as floats (NaN for NaT), the x unit of ``pg.DateAxisItem``."""
    index = pd.DatetimeIndex(times).as_unit("ns")
    values = np.where(index.isna(), np.nan, index.asi8.astype("float64") / 1e9)
    return pd.Series(values)


LEGEND_HEADROOM = 0.18
"""Share of a plot's height kept free above the data for the legend."""


class ThemedPlotWidget(pg.PlotWidget):
    """A PlotWidget with an optional date axis whose colours and fonts track the Qt palette.

    ``DateAxisItem`` shows times in the machine's local zone; ``utc_offset`` is set from the
    analysis zone so tick labels match the tables.
    """

    def __init__(self, parent: QWidget | None = None, date_axis: bool = True) -> None:
        axis_items = {"bottom": pg.DateAxisItem(orientation="bottom")} if date_axis else None
        self._ready = False
        super().__init__(parent, axisItems=axis_items)
        self._ready = True
        self.setMenuEnabled(False)
        self.hideButtons()
        self.apply_theme()

    def date_axis(self) -> pg.DateAxisItem | None:
        axis = self.getPlotItem().getAxis("bottom")
        return axis if isinstance(axis, pg.DateAxisItem) else None

    def set_utc_offset_hours(self, hours: float) -> None:
        """Show date ticks at this offset from UTC (pyqtgraph counts offsets west-positive)."""
        axis = self.date_axis()
        if axis is not None:
            axis.utcOffset = -hours * 3600.0
            axis.picture = None
            axis.update()

    def add_legend(self) -> pg.LegendItem:
        """A one-row legend in the top right corner, its text and frame in palette colours;
        plots keep headroom above their data for it (``LEGEND_HEADROOM``)."""
        legend = self.getPlotItem().addLegend(offset=(-10, 6), colCount=8)
        self._style_legend(legend)
        return legend

    def _style_legend(self, legend: pg.LegendItem) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        base.setAlpha(200)
        legend.setBrush(pg.mkBrush(base))
        legend.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid)))
        legend.setLabelTextColor(palette.color(QPalette.ColorRole.Text))

    def apply_theme(self) -> None:
        palette = self.palette()
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        plot = self.getPlotItem()
        for name in AXES:
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid)))
            axis.setTextPen(pg.mkPen(text))
            axis.setTickFont(self.font())
            axis.label.setFont(self.font())
        plot.titleLabel.item.setFont(self.font())
        if plot.legend is not None:
            self._style_legend(plot.legend)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self._ready and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.apply_theme()
