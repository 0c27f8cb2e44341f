"""The Timeline view: every incident as a bar on its service's lane, coloured by impact."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from desktop_app.core.analysis import Analysis
from desktop_app.core.model import IMPACTS
from desktop_app.core.settings import DEFAULTS
from desktop_app.text.method import definition
from desktop_app.theme import IMPACT_COLOURS
from desktop_app.ui.i18n import service_text, translate, ui_text
from desktop_app.ui.plots.interval_bars import MIN_BAR_PX, IntervalBars
from desktop_app.ui.plots.style import ThemedPlotWidget, epoch_seconds
from desktop_app.ui.views.base import AnalysisView
from desktop_app.ui.views.incident_details import IncidentDetailsDialog

BAR_HEIGHT = 0.7
LANE_LABEL_PX = 150
"""Longer service names are elided on the lane axis (the bar's tooltip names it in full)."""
#: Drawn bottom to top, so outages sit above maintenance where they overlap.
DRAW_ORDER: tuple[str, ...] = tuple(reversed(IMPACTS))


def utc_offset_hours(analysis: Analysis) -> float:
    offset = analysis.window.start.utcoffset()
    return 0.0 if offset is None else offset.total_seconds() / 3600.0


class TimelineView(AnalysisView):
    """One ``IntervalBars`` item per impact; hovering a bar shows the incident's details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = ThemedPlotWidget(self.content, name="timeline")
        self.plot.getPlotItem().invertY(True)
        self.plot.getPlotItem().showGrid(x=True, y=False, alpha=0.15)
        self.legend = self.plot.add_legend()
        self.bars: dict[str, IntervalBars] = {}
        for impact in DRAW_ORDER:
            item = IntervalBars(IMPACT_COLOURS[impact], BAR_HEIGHT)
            self.plot.addItem(item)
            self.bars[impact] = item
        for impact in IMPACTS:
            self.legend.addItem(
                pg.BarGraphItem(x=[], height=[], width=1, brush=IMPACT_COLOURS[impact]),
                ui_text().impact(impact),
            )
        self._rows = pd.DataFrame()
        self._x0 = self._x1 = self._lane = np.zeros(0)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.plot)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        # Right-click belongs to the incident under the pointer (Reclassify, Edit times, Note).
        self.plot.getPlotItem().setMenuEnabled(False)
        self.plot.scene().sigMouseClicked.connect(self._on_clicked)
        self.details: IncidentDetailsDialog | None = None
        self.plot.chart_menu_at = lambda scene_pos: self._row_at_scene(scene_pos) is None

    def _show(self, analysis: Analysis | None) -> None:
        if analysis is None:
            self._set_rows(pd.DataFrame(), [], np.zeros(0), np.zeros(0), np.zeros(0))
            return
        settings = analysis.settings
        self.plot.setWhatsThis(
            "\n\n".join(definition(ui_text(), key, settings) for key in ("window", "impact"))
        )
        incidents = analysis.in_window
        lanes = {name: i for i, name in enumerate(analysis.services)}
        end = epoch_seconds(pd.Series([analysis.window.end]))[0]
        x0 = epoch_seconds(incidents["started_at"]).to_numpy()
        x1 = epoch_seconds(incidents["resolved_at"]).fillna(end).to_numpy()
        lane = analysis.lanes.astype("float64")
        lane[lane < 0] = np.nan
        self.plot.set_utc_offset_hours(utc_offset_hours(analysis))
        self._set_rows(incidents.reset_index(drop=True), list(analysis.services), x0, x1, lane)
        start = epoch_seconds(pd.Series([analysis.window.start]))[0]
        pad = 0.01 * (end - start)
        self.plot.set_home(start - pad, end + pad, -0.6, max(len(lanes), 1) - 0.4)

    def _set_rows(
        self,
        rows: pd.DataFrame,
        services: list[str],
        x0: np.ndarray,
        x1: np.ndarray,
        lane: np.ndarray,
    ) -> None:
        self._rows, self._x0, self._x1, self._lane = rows, x0, x1, lane
        # Compared as category codes: turning a million impacts into text took 0.6 s.
        impacts = rows["impact"].cat.codes.to_numpy() if len(rows) else np.zeros(0)
        for impact, item in self.bars.items():
            mask = impacts == IMPACTS.index(impact)
            item.set_intervals(x0[mask], x1[mask], lane[mask])
        metrics = QFontMetrics(self.plot.font())
        elide = Qt.TextElideMode.ElideRight
        ticks = [
            (i, metrics.elidedText(service_text(name), elide, LANE_LABEL_PX))
            for i, name in enumerate(services)
        ]
        self.plot.getPlotItem().getAxis("left").setTicks([ticks, []])

    def current_chart(self) -> ThemedPlotWidget:
        return self.plot

    def item_count(self) -> int:
        """Graphics items holding bars: one per impact, however many incidents."""
        return sum(isinstance(i, IntervalBars) for i in self.plot.getPlotItem().items)

    def incident_at(self, x: float, y: float) -> int | None:
        """Row (in ``in_window`` order) of the incident drawn at plot point (x, y), if any."""
        if not len(self._rows):
            return None
        lane = round(y)
        if abs(y - lane) > BAR_HEIGHT / 2:
            return None
        pixel = self.plot.getPlotItem().getViewBox().viewPixelSize()[0]
        hits = np.flatnonzero(
            (self._lane == lane)
            & (self._x0 <= x + pixel)
            & (np.maximum(self._x1, self._x0 + MIN_BAR_PX * pixel) >= x - pixel)
        )
        return None if not len(hits) else int(hits[np.argmax(self._x0[hits])])

    def tooltip_text(self, row: int) -> str:
        """Title, service and impact, times and duration, and the user-notice flag."""
        incident, words = self._rows.iloc[row], ui_text()
        settings = self._analysis.settings if self._analysis else DEFAULTS
        tz = self._analysis.window.tz if self._analysis else settings.tz
        duration = words.duration(incident["resolved_at"] - incident["started_at"])
        lines = [
            words.cell(incident["title"]) or words.cell(incident["incident_id"]),
            f"{service_text(incident['service'])} · {words.impact(str(incident['impact']))}",
            translate("Timeline", "Start: {time}").format(
                time=words.time(incident["started_at"], tz)
            ),
            translate("Timeline", "End: {time}").format(
                time=words.time(incident["resolved_at"], tz)
            ),
            translate("Timeline", "Duration: {duration}").format(duration=duration),
        ]
        if self._notice_at(row):
            notice = translate("Timeline", "User notice: an outage of {hours} h or more")
            lines.append("⚠ " + notice.format(hours=f"{settings.notice_hours:g}"))
        return "\n".join(lines)

    def open_incident(self, row: int) -> IncidentDetailsDialog:
        """The details of the incident drawn in ``row`` (``in_window`` order)."""
        tz = self._analysis.window.tz if self._analysis else "UTC"
        hours = self._analysis.settings.notice_hours if self._analysis else DEFAULTS.notice_hours
        if self.details is not None:
            self.details.close()
        incident = self._rows.iloc[row]
        self.details = IncidentDetailsDialog(incident, tz, self, hours, self._notice_at(row))
        self.details.show()
        return self.details

    def _notice_at(self, row: int) -> bool:
        """The analysis' user-notice flag of row ``row`` (``in_window`` order)."""
        return self._analysis is not None and bool(self._analysis.notice.iat[row])

    def prepare(self) -> Callable[[Analysis], object]:
        """The user-notice flags of the tooltips."""
        return attrgetter("notice")

    def _row_at_scene(self, scene_pos: QPointF) -> int | None:
        view_box = self.plot.getPlotItem().getViewBox()
        if not view_box.sceneBoundingRect().contains(scene_pos):
            return None
        point = view_box.mapSceneToView(scene_pos)
        return self.incident_at(point.x(), point.y())

    def _on_clicked(self, event: object) -> None:
        """A click opens the incident under the pointer; a right-click its library menu."""
        button = event.button()  # type: ignore[attr-defined]
        if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return
        if event.double():  # type: ignore[attr-defined]
            return
        scene_pos = event.scenePos()  # type: ignore[attr-defined]
        row = self._row_at_scene(scene_pos)
        if row is None:
            return
        if button == Qt.MouseButton.LeftButton:
            self.open_incident(row)
        else:
            global_pos = self.plot.mapToGlobal(self.plot.mapFromScene(scene_pos))
            self.incidentMenuRequested.emit(self._rows.iloc[row], global_pos)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        view_box = self.plot.getPlotItem().getViewBox()
        if not view_box.sceneBoundingRect().contains(scene_pos):
            QToolTip.hideText()
            return
        point = view_box.mapSceneToView(scene_pos)
        row = self.incident_at(point.x(), point.y())
        if row is None:
            QToolTip.hideText()
            return
        global_pos = self.plot.mapToGlobal(self.plot.mapFromScene(scene_pos))
        QToolTip.showText(global_pos, self.tooltip_text(row), self.plot)
