"""The Calendar view: availability day by day, coloured against the SLO (overall or per
service); hover a day for its figures, click it for its incidents."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter

from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.analysis import Analysis
from desktop_app.core.metrics.calendar import DayCalendar
from desktop_app.core.metrics.counting import overlapping
from desktop_app.text.calendar import shade_words
from desktop_app.theme import DAY_COLOURS
from desktop_app.ui.i18n import service_text, translate, ui_text
from desktop_app.ui.plots.day_heatmap import DayHeatmap
from desktop_app.ui.views.base import AnalysisView
from desktop_app.ui.views.period_incidents import PeriodIncidentsDialog, show_incidents_dialog


def _swatch(colour: str) -> QLabel:
    label = QLabel()
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    label.setPixmap(pixmap)
    return label


class CalendarView(AnalysisView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heatmap = DayHeatmap()
        self.heatmap.dayClicked.connect(self.open_day)
        self.scroll_area = QScrollArea(self.content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.heatmap)
        self.overall = QRadioButton(translate("Calendar", "All selected services"), self.content)
        self.by_service = QRadioButton(translate("Calendar", "One row per service"), self.content)
        self.overall.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.overall, self.by_service):
            group.addButton(button)
        self.by_service.toggled.connect(lambda _on: self._draw())
        self.legend = QHBoxLayout()
        self.day_dialog: PeriodIncidentsDialog | None = None
        top = QHBoxLayout()
        top.addWidget(self.overall)
        top.addWidget(self.by_service)
        top.addStretch(1)
        self.legend.addStretch(1)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(self.legend)
        layout.addWidget(self.scroll_area, 1)

    def calendar(self) -> DayCalendar | None:
        return self.heatmap.calendar

    def _show(self, analysis: Analysis | None) -> None:
        if analysis is None:
            self.heatmap.set_calendar(None, False)
            return
        by_service = self.by_service.isChecked()
        self.heatmap.set_calendar(self.prepare()(analysis), by_service)
        self._fill_legend(analysis.settings.slo_pct)

    def prepare(self) -> Callable[[Analysis], DayCalendar]:
        """The calendar shown: overall, or one row per service."""
        return attrgetter("service_calendar" if self.by_service.isChecked() else "day_calendar")

    def _fill_legend(self, slo_pct: float) -> None:
        while self.legend.count():
            item = self.legend.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        words_of = shade_words(ui_text(), slo_pct)
        for colour, words in zip(DAY_COLOURS, words_of, strict=True):
            self.legend.addWidget(_swatch(colour))
            self.legend.addWidget(QLabel(words))
            self.legend.addSpacing(6)
        self.legend.addStretch(1)

    def open_day(self, row: int, day: int) -> PeriodIncidentsDialog:
        """The incidents that overlap that day (of that row's service)."""
        assert self._analysis is not None and self.heatmap.calendar is not None
        calendar = self.heatmap.calendar
        start, end = calendar.day_span(day)
        incidents = overlapping(self._analysis.incidents, start, end)
        service = calendar.service_of(row)
        title = f"{start:%Y-%m-%d}"
        if service is not None:
            incidents = incidents.loc[(incidents["service"] == service).to_numpy(dtype=bool)]
            title = f"{title} · {service_text(service)}"
        self.day_dialog = show_incidents_dialog(
            self.day_dialog, title, incidents, self._analysis, (start, end), self
        )
        return self.day_dialog

    def current_chart(self) -> DayHeatmap:
        return self.heatmap
