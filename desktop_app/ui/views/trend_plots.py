"""Availability per period (with the SLO line) above incidents per period stacked by severity.

The x axes are linked; hovering either plot shows the period's exact figures; clicking a bar
emits ``periodClicked``. Per-service availability lines are toggled in the list beside them.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.analysis import Analysis
from desktop_app.core.model import SEVERITIES
from desktop_app.core.settings import DEFAULT_LIMITS
from desktop_app.text import text_for
from desktop_app.text.kpis import interval_note
from desktop_app.text.method import definition
from desktop_app.theme import (
    AVAILABILITY_COLOUR,
    SEVERITY_COLOURS,
    SLO_COLOUR,
    service_colour,
)
from desktop_app.ui.i18n import current_language, service_text, translate, ui_text
from desktop_app.ui.linguist import QT_TRANSLATE_NOOP
from desktop_app.ui.plots.period_axis import PeriodAxis, period_title
from desktop_app.ui.plots.stacked_bars import StackedBars
from desktop_app.ui.plots.style import ThemedPlotWidget
from desktop_app.ui.views.mttr_plot import MttrDistributionPlot
from desktop_app.ui.views.mttr_trend import MttrTrendPlot
from desktop_app.ui.views.timeline import utc_offset_hours
from desktop_app.ui.widgets.palette_colours import readable

#: The overall line's key; the series list shows it translated (items keep keys in KEY_ROLE).
OVERALL = QT_TRANSLATE_NOOP("TrendPlots", "Overall")
KEY_ROLE = Qt.ItemDataRole.UserRole
AXIS_WIDTH = 64
SYMBOLS_UP_TO = 60


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class TrendPlots(QWidget):
    periodClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.availability = ThemedPlotWidget(self, name="availability-per-period")
        self.frequency = ThemedPlotWidget(self, count_axis=True, name="incidents-per-period")
        self.mttr_trend = MttrTrendPlot(self)
        linked = (self.availability, self.frequency, self.mttr_trend)
        for source in linked:
            for target in linked:
                if target is not source:
                    source.sigXRangeChanged.connect(lambda _vb, r, t=target: self._follow_x(t, r))
        self.mttr = MttrDistributionPlot(self)
        self.availability.setLabel("left", translate("TrendPlots", "Availability (%)"))
        self.frequency.setLabel("left", translate("TrendPlots", "Incidents"))
        self.availability_legend = self.availability.add_legend()
        self.frequency_legend = self.frequency.add_legend()
        for plot in (self.availability, self.frequency, self.mttr_trend):
            value_axis = plot.getPlotItem().getAxis("left")
            value_axis.setWidth(AXIS_WIDTH)
            # Major and minor ticks: the grid of a third, finest level took most of the
            # Overview's repaint at every analysis (25 of 60 ms) for lines barely seen.
            value_axis.setStyle(maxTickLevel=1)
            plot.getPlotItem().showGrid(x=False, y=True, alpha=0.2)
            plot.scene().sigMouseMoved.connect(lambda pos, p=plot: self._on_mouse_moved(p, pos))
        self.frequency.scene().sigMouseClicked.connect(self._on_clicked)
        self.series = QListWidget(self)
        self.series.setToolTip(translate("TrendPlots", "Lines shown in the availability plot"))
        words = text_for(current_language())
        periods = definition(words, "periods")
        self.availability.setWhatsThis(f"{definition(words, 'availability')}\n\n{periods}")
        self.frequency.setWhatsThis(f"{definition(words, 'incidents')}\n\n{periods}")
        self.mttr_trend.setWhatsThis(f"{definition(words, 'mttr_interval')}\n\n{periods}")
        self.series.setMaximumWidth(220)
        self.series.itemChanged.connect(self._on_series_toggled)
        self.readout = QLabel(self)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reset_button = QToolButton(self)
        self.reset_button.setText(translate("TrendPlots", "Reset view"))
        self.reset_button.setToolTip(
            translate("TrendPlots", "Show every period again (or double-click a chart, or Esc)")
        )
        self.reset_button.clicked.connect(self.reset_view)
        self.availability.themeChanged.connect(self._recolour)
        self._lay_out()
        self._analysis: Analysis | None = None
        self._axis = PeriodAxis(np.zeros(0), np.zeros(0))
        self.lines: dict[str, pg.PlotDataItem] = {}
        self._service_y: dict[str, tuple[int, np.ndarray]] = {}
        self._make_items()
        self._recolour()

    def _lay_out(self) -> None:
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.setObjectName("overviewBottomSplitter")
        for index, chart in enumerate((self.frequency, self.mttr_trend, self.mttr)):
            bottom.addWidget(chart)
            bottom.setStretchFactor(index, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("overviewSplitter")
        splitter.addWidget(self.availability)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(splitter, 1)
        row.addWidget(self.series)
        readout = QHBoxLayout()
        readout.addWidget(self.readout, 1)
        readout.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row, 1)
        layout.addLayout(readout)

    # --- drawing -----------------------------------------------------------------------------
    def set_analysis(self, analysis: Analysis | None) -> None:
        shown = self.shown_series()
        self._analysis = analysis
        self.readout.clear()
        self.mttr.set_analysis(analysis)
        for name in [n for n in self.lines if n != OVERALL]:
            self.availability.removeItem(self.lines.pop(name))
        self._service_y = {}
        periods = analysis.metrics.periods if analysis is not None else None
        if analysis is None or periods is None or not len(periods):
            self._axis = PeriodAxis(np.zeros(0), np.zeros(0))
            self.lines[OVERALL].setData([], [])
            self.bars.set_data(np.zeros(0), np.zeros(0), [np.zeros(0)] * len(SEVERITIES))
            self.mttr_trend.set_trend(None, self._axis)
            self._fill_series_list([], shown)
            return
        self._axis = PeriodAxis.from_periods(periods)
        offset = utc_offset_hours(analysis)
        for plot in (self.availability, self.frequency, self.mttr_trend):
            plot.set_utc_offset_hours(offset)
        self._draw_availability(analysis)
        self.bars.set_data(
            self._axis.starts, self._axis.ends, [periods[s].to_numpy() for s in SEVERITIES]
        )
        self.mttr_trend.set_trend(analysis, self._axis)
        self._fill_series_list(list(analysis.services), shown)
        self._fit()

    def _make_items(self) -> None:
        """Items that live as long as the plots; ``set_analysis`` replaces their data."""
        self.lines[OVERALL] = self.availability.plot(
            [],
            [],
            pen=pg.mkPen(AVAILABILITY_COLOUR, width=2.5),
            name=translate("TrendPlots", OVERALL),
        )
        slo_pen = pg.mkPen(SLO_COLOUR, width=1.5, style=Qt.PenStyle.DashLine)
        self.slo_line = pg.InfiniteLine(
            pos=100.0,
            angle=0,
            pen=slo_pen,
            labelOpts={"position": 0.06, "color": SLO_COLOUR, "anchors": [(0, 1), (0, 1)]},
            label="",
        )
        self.availability.addItem(self.slo_line, ignoreBounds=True)
        self._slo_sample = pg.PlotDataItem(pen=slo_pen)
        self.availability_legend.addItem(self._slo_sample, translate("TrendPlots", "SLO target"))
        text = ui_text()
        layers = [(text.severity(s), SEVERITY_COLOURS[s]) for s in SEVERITIES]
        self.bars = StackedBars(self.frequency.getPlotItem(), layers, self.frequency_legend)

    def _draw_availability(self, analysis: Analysis) -> None:
        x = self._axis.centres
        overall = self.lines[OVERALL]
        overall.setData(x, analysis.metrics.periods["availability_pct"].to_numpy(dtype="float64"))
        few = len(x) <= SYMBOLS_UP_TO
        overall.setSymbol("o" if few else None)
        overall.setSymbolPen(None)
        overall.setSymbolSize(6)
        by_service = analysis.metrics.service_periods.pivot(
            index="start", columns="service", values="availability_pct"
        )
        self._service_y = {
            name: (index, by_service[name].to_numpy(dtype="float64"))
            for index, name in enumerate(analysis.services)
            if name in by_service.columns
        }
        slo = analysis.settings.slo_pct
        self.slo_line.setValue(slo)
        self.slo_line.label.setFormat(f"SLO {ui_text().pct(slo)}")

    def _fit(self) -> None:
        """The full view: every period; availability from below its lowest shown value (or
        the SLO) up to exactly 100 %; counts from 0 to a whole number above the tallest bar."""
        span = self._axis.ends[-1] - self._axis.starts[0]
        x0, x1 = self._axis.starts[0] - 0.01 * span, self._axis.ends[-1] + 0.01 * span
        shown = [line.yData for line in self.lines.values() if line.isVisible()]
        lowest = min([float(np.nanmin(y)) for y in shown if np.isfinite(y).any()] + [100.0])
        if self._analysis is not None:
            lowest = min(lowest, self._analysis.settings.slo_pct)
        margin = max((100.0 - lowest) * 0.1, 0.01)
        self.availability.set_home(x0, x1, max(lowest - margin, 0.0), 100.0)
        self.frequency.set_home(x0, x1, 0.0, float(np.ceil(max(self.bars.top(), 1.0) * 1.1)))

    def _follow_x(self, target: ThemedPlotWidget, x_range: tuple[float, float]) -> None:
        """Keep both period plots on the same dates (a pixel-aligned ``setXLink`` would not,
        as the incidents plot is narrower than the availability plot)."""
        current = target.getPlotItem().getViewBox().viewRange()[0]
        if not np.allclose(current, x_range):
            target.setXRange(*x_range, padding=0)

    def reset_view(self) -> None:
        """Every period in view again (the x axes are linked, so both plots follow)."""
        self.availability.reset_view()
        self.frequency.reset_view()
        self.mttr_trend.reset_view()
        self.mttr.reset_view()

    def _recolour(self) -> None:
        """Lines whose colour must stay readable on the current (light or dark) background."""
        palette = self.availability.palette()
        availability = readable(AVAILABILITY_COLOUR, palette)
        slo = readable(SLO_COLOUR, palette)
        overall = self.lines[OVERALL]
        overall.setPen(pg.mkPen(availability, width=2.5))
        overall.setSymbolBrush(availability)
        slo_pen = pg.mkPen(slo, width=1.5, style=Qt.PenStyle.DashLine)
        self.slo_line.setPen(slo_pen)
        self.slo_line.label.setColor(slo)
        self._slo_sample.setPen(slo_pen)

    # --- series list -------------------------------------------------------------------------
    def shown_series(self) -> set[str]:
        items = (self.series.item(i) for i in range(self.series.count()))
        return {i.data(KEY_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked}

    def set_series_shown(self, name: str, shown: bool) -> None:
        for item in (self.series.item(i) for i in range(self.series.count())):
            if item.data(KEY_ROLE) == name:
                item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)

    def _fill_series_list(self, services: list[str], shown: set[str]) -> None:
        self.series.blockSignals(True)
        self.series.clear()
        shown = shown or {OVERALL}
        colours = [AVAILABILITY_COLOUR] + [service_colour(i) for i in range(len(services))]
        for name, colour in zip([OVERALL, *services], colours, strict=True):
            text = translate("TrendPlots", OVERALL) if name == OVERALL else service_text(name)
            item = QListWidgetItem(_swatch(colour), text, self.series)
            item.setData(KEY_ROLE, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            visible = name in shown
            item.setCheckState(Qt.CheckState.Checked if visible else Qt.CheckState.Unchecked)
            self._show_line(name, visible)
        self.series.blockSignals(False)

    def _on_series_toggled(self, item: QListWidgetItem) -> None:
        self._show_line(item.data(KEY_ROLE), item.checkState() == Qt.CheckState.Checked)
        self._fit()

    def _show_line(self, name: str, visible: bool) -> None:
        """Show or hide a line. A service's line is made the first time it is shown: most
        never are, and fifty hidden lines cost a tenth of a second at every change."""
        line = self.lines.get(name)
        if line is None and visible and name in self._service_y:
            index, y = self._service_y[name]
            line = pg.PlotDataItem(
                self._axis.centres, y, pen=pg.mkPen(service_colour(index), width=1.5)
            )
            self.availability.addItem(line)
            self.lines[name] = line
        if line is not None:
            line.setVisible(visible)

    # --- hover and click ---------------------------------------------------------------------
    def period_at_scene(
        self, plot: ThemedPlotWidget, scene_pos: QPointF
    ) -> tuple[int, float] | None:
        view_box = plot.getPlotItem().getViewBox()
        if not view_box.sceneBoundingRect().contains(scene_pos):
            return None
        point = view_box.mapSceneToView(scene_pos)
        index = self._axis.index_at(point.x())
        return None if index is None else (index, point.y())

    def hover_text(self, index: int) -> str:
        """The exact figures of period ``index``: availability (overall and shown lines), counts."""
        assert self._analysis is not None
        metrics = self._analysis.metrics
        row = metrics.periods.iloc[index]
        text = ui_text()
        title = period_title(
            row["start"], row["end"], metrics.options.granularity, current_language()
        )
        availability = translate("TrendPlots", "availability {value}")
        parts = [f"{title}", availability.format(value=text.pct(row["availability_pct"], 3))]
        for name, line in self.lines.items():
            if name != OVERALL and line.isVisible():
                parts.append(f"{name} {text.pct(float(line.yData[index]), 3)}")
        counts = ", ".join(text.severity_count(s, int(row[s])) for s in SEVERITIES if row[s])
        incidents = translate("TrendPlots", "{count} incidents").format(
            count=text.count(int(row["incidents"]))
        )
        parts.append(f"{incidents} ({counts})" if counts else incidents)
        if row["mttr_n"]:
            parts.append(
                translate("TrendPlots", "MTTR median {median} ({interval}, n={n})").format(
                    median=text.minutes(row["mttr_median_minutes"]),
                    interval=interval_note(
                        text,
                        DEFAULT_LIMITS.bootstrap_confidence,
                        row["mttr_median_low_minutes"],
                        row["mttr_median_high_minutes"],
                    ),
                    n=text.count(int(row["mttr_n"])),
                )
            )
        return " · ".join(parts)

    def _on_mouse_moved(self, plot: ThemedPlotWidget, scene_pos: QPointF) -> None:
        hit = self.period_at_scene(plot, scene_pos) if self._analysis else None
        if hit is None:
            self.readout.clear()
            QToolTip.hideText()
            return
        text = self.hover_text(hit[0])
        self.readout.setText(text)
        global_pos = plot.mapToGlobal(plot.mapFromScene(scene_pos))
        QToolTip.showText(global_pos, text.replace(" · ", "\n"), plot)

    def _on_clicked(self, event: MouseClickEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._analysis is None:
            return
        hit = self.period_at_scene(self.frequency, event.scenePos())
        if hit is None:
            return
        index, y = hit
        if 0 <= y <= self._analysis.metrics.periods["incidents"].to_numpy()[index]:
            self.periodClicked.emit(index)
