"""The MTTR trend: the median time to resolve per period, each inside its bootstrap interval
and labelled with how many resolved incidents it rests on, as the PDF draws it (the same
``build_trends`` series and minutes-or-hours rule)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop_app.core.analysis import Analysis
from desktop_app.core.reporting.trends import Trends, build_trends
from desktop_app.core.settings import DEFAULT_LIMITS
from desktop_app.text.kpis import confidence
from desktop_app.theme import MTTR_COLOUR
from desktop_app.ui.i18n import translate
from desktop_app.ui.plots.period_axis import PeriodAxis
from desktop_app.ui.plots.style import ThemedPlotWidget
from desktop_app.ui.widgets.palette_colours import readable

COUNTS_UP_TO = 24
"""With more periods the n labels would overlap: the hover text gives each one's n."""


def _values(values: list[float | None]) -> np.ndarray:
    return np.array([np.nan if v is None else v for v in values], dtype="float64")


class MttrTrendPlot(ThemedPlotWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, name="mttr-per-period")
        self.getPlotItem().showGrid(x=False, y=True, alpha=0.2)
        self.getPlotItem().getAxis("left").setStyle(maxTickLevel=1)
        self.trends: Trends | None = None
        self.median = self.plot([], [], connect="finite", symbol="o", symbolSize=6)
        self.interval = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), beam=0.0)
        self.addItem(self.interval)
        self.counts: list[pg.TextItem] = []
        legend = self.add_legend()
        legend.addItem(self.median, translate("MttrTrend", "median"))
        self._interval_sample = pg.PlotDataItem()
        share = confidence(DEFAULT_LIMITS.bootstrap_confidence)
        legend.addItem(self._interval_sample, translate("MttrTrend", "{} interval").format(share))
        self.themeChanged.connect(self._recolour)
        self._recolour()

    def _recolour(self) -> None:
        colour = readable(MTTR_COLOUR, self.palette())
        band = QColor(colour)
        band.setAlphaF(0.45)
        self.median.setPen(pg.mkPen(colour, width=2))
        self.median.setSymbolBrush(colour)
        self.median.setSymbolPen(None)
        self.interval.setData(pen=pg.mkPen(band, width=6))
        self._interval_sample.setPen(pg.mkPen(band, width=6))
        for label in self.counts:
            label.setColor(self.palette().text().color())

    def set_trend(self, analysis: Analysis | None, axis: PeriodAxis) -> None:
        for label in self.counts:
            self.removeItem(label)
        self.counts = []
        if analysis is None or not len(axis.centres):
            self.trends = None
            self.median.setData([], [])
            none = np.zeros(0)
            self.interval.setData(x=none, y=none, top=none, bottom=none)
            return
        trends = build_trends(analysis.metrics, analysis.settings.slo_pct)
        self.trends = trends
        x = axis.centres
        median, low, high = (
            _values(v) for v in (trends.mttr_median, trends.mttr_low, trends.mttr_high)
        )
        self.median.setData(x, median)
        known = np.isfinite(low) & np.isfinite(high)
        middle = (low + high) / 2
        self.interval.setData(
            x=x[known], y=middle[known], top=(high - middle)[known], bottom=(middle - low)[known]
        )
        hours = trends.mttr_unit == "h"
        unit = translate("MttrTrend", "hours") if hours else translate("MttrTrend", "minutes")
        self.setLabel("left", translate("MttrTrend", "MTTR, median ({unit})").format(unit=unit))
        top = float(np.nanmax(np.concatenate([high, median, [1.0]])))
        if len(x) <= COUNTS_UP_TO:
            for cx, y, n in zip(x, np.fmax(high, median), trends.mttr_counts, strict=True):
                if n and np.isfinite(y):
                    label = pg.TextItem(f"n={n}", anchor=(0.5, 1.0))
                    label.setPos(float(cx), float(y))
                    self.addItem(label, ignoreBounds=True)
                    self.counts.append(label)
        self._recolour()
        span = axis.ends[-1] - axis.starts[0]
        self.set_home(axis.starts[0] - 0.01 * span, axis.ends[-1] + 0.01 * span, 0.0, top * 1.15)

    def resolved_in(self, index: int) -> int:
        """How many resolved incidents period ``index``'s median rests on."""
        return self.trends.mttr_counts[index] if self.trends else 0
