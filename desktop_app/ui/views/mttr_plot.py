"""The MTTR distribution: how many resolved incidents took how long, on a log time axis,
with the median and the p90 marked (the analysis' ``repair``, from ``core.metrics.durations``)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from desktop_app.core.analysis import Analysis
from desktop_app.core.metrics.durations import TIME_TICKS, RepairDistribution
from desktop_app.core.settings import DEFAULT_LIMITS
from desktop_app.text.kpis import interval_note
from desktop_app.text.method import definition
from desktop_app.theme import BAD_COLOUR, MTTR_COLOUR, NEUTRAL_COLOUR
from desktop_app.ui.i18n import translate, ui_text
from desktop_app.ui.plots.style import ThemedPlotWidget
from desktop_app.ui.widgets.palette_colours import readable

TICK_GAP = 10
"""Pixels kept clear between two tick labels."""


def fitting_ticks(
    ticks: list[tuple[float, str]], pixels_per_unit: float, width_of: Callable[[str], int]
) -> list[tuple[float, str]]:
    """The ticks, left to right, whose labels (centred on them) do not touch the last kept."""
    kept: list[tuple[float, str]] = []
    right = -np.inf
    for x, label in ticks:
        centre, half = x * pixels_per_unit, width_of(label) / 2
        if centre - half >= right + TICK_GAP:
            kept.append((x, label))
            right = centre + half
    return kept


class MttrDistributionPlot(ThemedPlotWidget):
    """Bars per log-spaced duration bin; dashed lines at the median and the p90."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._ticks: list[tuple[float, str]] = []
        super().__init__(parent, date_axis=False, count_axis=True, name="mttr-distribution")
        self.getPlotItem().getViewBox().sigResized.connect(lambda _view: self._show_ticks())
        self.sigXRangeChanged.connect(lambda _view, _range: self._show_ticks())
        plot = self.getPlotItem()
        plot.setLabel("bottom", translate("MttrPlot", "Time to resolve (log scale)"))
        plot.setLabel("left", translate("MttrPlot", "Incidents"))
        plot.showGrid(x=True, y=True, alpha=0.15)
        self.distribution: RepairDistribution | None = None
        self.bars = pg.BarGraphItem(x0=[], x1=[], height=[], brush=MTTR_COLOUR, pen=None)
        self.addItem(self.bars)
        self.band = pg.LinearRegionItem(movable=False, pen=pg.mkPen(None))
        self.band.setZValue(-10)
        self.band.setVisible(False)
        self.addItem(self.band, ignoreBounds=True)
        self.median_line = self._marker()
        self.p90_line = self._marker()
        self.legend = self.add_legend()
        self._median_sample = pg.PlotDataItem()
        self._p90_sample = pg.PlotDataItem()
        self.legend.addItem(self._median_sample, translate("MttrPlot", "median"))
        self.legend.addItem(self._p90_sample, "p90")
        self.themeChanged.connect(self._recolour)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._recolour()

    def _marker(self) -> pg.InfiniteLine:
        """A vertical line; its figure is written in the legend above the plot (a label on
        the line would run off the edge when the line is near it)."""
        line = pg.InfiniteLine(angle=90)
        line.setVisible(False)
        self.addItem(line, ignoreBounds=True)
        return line

    def _recolour(self) -> None:
        palette = self.palette()
        self.bars.setOpts(brush=readable(MTTR_COLOUR, palette))
        band = pg.mkColor(NEUTRAL_COLOUR)
        band.setAlpha(60)
        self.band.setBrush(band)
        pairs = (
            (self.median_line, self._median_sample, palette.color(QPalette.ColorRole.Text)),
            (self.p90_line, self._p90_sample, readable(BAD_COLOUR, palette)),
        )
        for line, sample, colour in pairs:
            pen = pg.mkPen(colour, width=1.5, style=Qt.PenStyle.DashLine)
            line.setPen(pen)
            sample.setPen(pen)

    def set_analysis(self, analysis: Analysis | None) -> None:
        if analysis is None:
            self.distribution = None
            self.band.setVisible(False)
            self.bars.setOpts(x0=[], x1=[], height=[])
            for line in (self.median_line, self.p90_line):
                line.setVisible(False)
            return
        dist = analysis.repair
        self.distribution = dist
        logs = np.log10(dist.edges) if len(dist.edges) else np.zeros(0)
        self.bars.setOpts(x0=logs[:-1], x1=logs[1:], height=dist.counts)
        marks = (
            (self.median_line, dist.median, translate("MttrPlot", "median")),
            (self.p90_line, dist.p90, "p90"),
        )
        for index, (line, value, name) in enumerate(marks):
            line.setVisible(value is not None)
            label = self.legend.items[index][1]
            shown = ui_text().minutes(value) if value is not None else ""
            label.setText(f"{name} {shown}".strip())
            if value is not None:
                line.setValue(np.log10(max(value, 1 / 60)))
        self._show_interval(analysis)
        self._set_ticks(logs)
        if len(logs):
            top = float(np.ceil(max(int(dist.counts.max()), 1) * 1.15))
            self.set_home(float(logs[0]), float(logs[-1]), 0.0, top)

    def _show_interval(self, analysis: Analysis) -> None:
        """The median's bootstrap interval as a shaded band behind the bars, its n and range
        in the tooltip; the definition one F1 away."""
        overall = analysis.metrics.overall
        interval = overall.mttr_interval
        self.band.setVisible(interval is not None)
        if interval is not None:
            self.band.setRegion([np.log10(max(end, 1 / 60)) for end in interval])
        note = interval_note(
            ui_text(),
            DEFAULT_LIMITS.bootstrap_confidence,
            overall.mttr_median_low_minutes,
            overall.mttr_median_high_minutes,
        )
        self.setToolTip(f"n = {overall.mttr_n} · {note}")
        self.setWhatsThis(definition(ui_text(), "mttr_interval", analysis.settings))

    def _set_ticks(self, logs: np.ndarray) -> None:
        low, high = (logs[0], logs[-1]) if len(logs) else (0.0, 0.0)
        text = ui_text()
        self._ticks = [
            (np.log10(m), text.duration_tick(m)) for m in TIME_TICKS if low <= np.log10(m) <= high
        ]
        self._show_ticks()

    def _show_ticks(self) -> None:
        """The time ticks whose labels fit side by side at the chart's width (the rest are
        left out rather than written over each other)."""
        view = self.getPlotItem().getViewBox()
        (x0, x1), width = view.viewRange()[0], view.width()
        per_unit = width / (x1 - x0) if x1 > x0 and width > 0 else 0.0
        self.getPlotItem().getAxis("bottom").setTicks(
            [fitting_ticks(self._ticks, per_unit, self.fontMetrics().horizontalAdvance), []]
        )

    def bin_text(self, index: int) -> str:
        assert self.distribution is not None
        edges, count = self.distribution.edges, int(self.distribution.counts[index])
        words = ui_text()
        span = f"{words.minutes(edges[index])} – {words.minutes(edges[index + 1])}"
        if count == 1:
            return translate("MttrPlot", "1 incident resolved in {span}").format(span=span)
        text = translate("MttrPlot", "{count} incidents resolved in {span}")
        return text.format(count=words.count(count), span=span)

    def bin_at(self, x: float) -> int | None:
        """The bin at log10-minutes ``x``, if any."""
        if self.distribution is None or not len(self.distribution.counts):
            return None
        index = int(np.searchsorted(np.log10(self.distribution.edges), x, side="right")) - 1
        return index if 0 <= index < len(self.distribution.counts) else None

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        view_box = self.getPlotItem().getViewBox()
        index = None
        if view_box.sceneBoundingRect().contains(scene_pos):
            index = self.bin_at(view_box.mapSceneToView(scene_pos).x())
        if index is None:
            QToolTip.hideText()
            return
        QToolTip.showText(self.mapToGlobal(self.mapFromScene(scene_pos)), self.bin_text(index))
