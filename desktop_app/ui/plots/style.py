"""pyqtgraph plots that follow the widget palette and font (so dark themes and Hangul work)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QImage, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from desktop_app.ui.plots.axes import CountAxis, TimeAxis
from desktop_app.ui.plots.chart_image import SLIDE_WIDTH, chart_image, chart_menu

AXES = ("left", "bottom", "right", "top")


def epoch_seconds(times: pd.Series | pd.DatetimeIndex) -> pd.Series:
    """Seconds since 1970 UTC as floats (NaN for NaT), the x unit of ``pg.DateAxisItem``."""
    index = pd.DatetimeIndex(times).as_unit("ns")
    values = np.where(index.isna(), np.nan, index.asi8.astype("float64") / 1e9)
    return pd.Series(values)


LEGEND_ROW = 0
"""The plot layout's title row, where legends go: above the data, never over it."""


class ThemedPlotWidget(pg.PlotWidget):
    """A chart whose colours and fonts track the Qt palette, that zooms and pans in time only.

    Wheel and drag move the x axis; the y range is set by the view (``set_home``), so an
    availability axis never runs above 100 % and the SLO line never leaves the chart.
    Double-click, Esc or "Reset view" restore the full range. Right-click offers "Copy chart"
    and "Save chart as PNG…" (rendered at slide resolution).
    """

    viewReset = Signal()
    themeChanged = Signal()
    """After the palette or font changed and the axes and legend were re-coloured: views
    re-colour the items that depend on light or dark (``palette_colours.readable``)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        date_axis: bool = True,
        count_axis: bool = False,
        name: str = "chart",
    ) -> None:
        axis_items: dict[str, pg.AxisItem] = {}
        if date_axis:
            axis_items["bottom"] = TimeAxis("bottom")
        if count_axis:
            axis_items["left"] = CountAxis("left")
        self._ready = False
        super().__init__(parent, axisItems=axis_items or None)
        self._ready = True
        self.chart_name = name
        self.chart_menu_at: Callable[[QPointF], bool] = lambda _scene_pos: True
        """Whether a right-click at a scene point shows the chart menu (a view may keep the
        click for an item there, as the timeline does for an incident)."""
        self._home: tuple[float, float, float, float] | None = None
        self.setMenuEnabled(False)
        self.hideButtons()
        self.setMouseEnabled(x=True, y=False)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        if date_axis:
            self.sigXRangeChanged.connect(lambda _vb, r: self._show_years(*r))
        self.apply_theme()

    def _show_years(self, first: float, last: float) -> None:
        axis = self.date_axis()
        if axis is not None:
            axis.show_years(first, last)

    def date_axis(self) -> TimeAxis | None:
        axis = self.getPlotItem().getAxis("bottom")
        return axis if isinstance(axis, TimeAxis) else None

    def set_utc_offset_hours(self, hours: float) -> None:
        """Label date ticks at this offset from UTC (the analysis zone's), as the tables do."""
        axis = self.date_axis()
        if axis is not None:
            axis.set_utc_offset(hours * 3600.0)

    # --- range -------------------------------------------------------------------------------
    def set_home(self, x0: float, x1: float, y0: float, y1: float) -> None:
        """The full view, shown now and restored by ``reset_view``; y stays in [y0, y1] and
        x can be panned a little past [x0, x1], never away from the data."""
        self._home = (x0, x1, y0, y1)
        slack = 0.05 * max(x1 - x0, 1.0)
        self.setLimits(xMin=x0 - slack, xMax=x1 + slack, yMin=y0, yMax=y1)
        self.reset_view()

    def home(self) -> tuple[float, float, float, float] | None:
        return self._home

    def reset_view(self) -> None:
        if self._home is None:
            return
        x0, x1, y0, y1 = self._home
        self.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self.viewReset.emit()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.reset_view()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reset_view()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- copy and save -----------------------------------------------------------------------
    def chart_image(self, width: int = SLIDE_WIDTH) -> QImage:
        return chart_image(self, width)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.chart_menu_at(self.mapToScene(event.pos())):
            self.context_menu().popup(event.globalPos())
        event.accept()

    def context_menu(self) -> QMenu:
        menu = chart_menu(self, self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return menu

    # --- theme -------------------------------------------------------------------------------
    def add_legend(self) -> pg.LegendItem:
        """A one-row legend in its own row above the plot area (it never covers data), right
        aligned, its text in palette colours."""
        plot = self.getPlotItem()
        legend = pg.LegendItem(colCount=12)
        plot.titleLabel.hide()
        plot.layout.removeItem(plot.titleLabel)
        plot.layout.addItem(legend, LEGEND_ROW, 1)
        plot.layout.setAlignment(legend, Qt.AlignmentFlag.AlignRight)
        legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        legend.layout.setContentsMargins(2, 0, 2, 0)
        plot.legend = legend
        self._style_legend(legend)
        return legend

    def _style_legend(self, legend: pg.LegendItem) -> None:
        text = self.palette().color(QPalette.ColorRole.Text)
        legend.setBrush(pg.mkBrush(None))
        legend.setPen(pg.mkPen(None))
        legend.setLabelTextColor(text)
        for _sample, label in legend.items:
            label.setText(label.text, color=text)

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
            axis.labelStyle["color"] = text.name()
            if axis.labelText:
                axis.setLabel(axis.labelText, units=axis.labelUnits, **axis.labelStyle)
        plot.titleLabel.item.setFont(self.font())
        if plot.legend is not None:
            self._style_legend(plot.legend)
        self.themeChanged.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self._ready and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.apply_theme()
