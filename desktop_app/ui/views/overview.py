"""The Overview: KPI cards for the selection, then the linked availability/frequency plots."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.core.analysis import Analysis
from desktop_app.core.metrics.counting import period_incidents
from desktop_app.core.model import Finding
from desktop_app.core.settings import DEFAULTS
from desktop_app.text.filters import filters as filter_text
from desktop_app.text.method import definition
from desktop_app.ui.i18n import current_language, translate, ui_text
from desktop_app.ui.plots.period_axis import period_title
from desktop_app.ui.plots.style import ThemedPlotWidget
from desktop_app.ui.views.base import AnalysisView
from desktop_app.ui.views.period_incidents import PeriodIncidentsDialog, show_incidents_dialog
from desktop_app.ui.views.trend_plots import TrendPlots
from desktop_app.ui.widgets.kpi_card import KpiCard

CARDS_PER_ROW = 6
CARD_MIN_WIDTH = 150
"""Narrower than this a tile would clip its figure: fewer tiles go in a row instead."""
CARD_SPACING = 8
TRENDS_MIN_HEIGHT = 320
"""The charts' least height: below it the view scrolls rather than flattening them."""


def _note(finding: Finding) -> str:
    where = f"{Path(finding.file).name}: " if finding.file else ""
    return translate("Overview", "Note: {where}{message}").format(
        where=where, message=ui_text().message(finding.message)
    )


class OverviewView(AnalysisView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[KpiCard] = []
        self._cards = QGridLayout()
        self._cards.setSpacing(CARD_SPACING)
        self._columns = CARDS_PER_ROW
        self.content.installEventFilter(self)
        self.counted = QLabel(self.content)
        self.assumptions = QLabel(self.content)
        self.assumptions.setWordWrap(True)
        self.assumptions.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.trends = TrendPlots(self.content)
        self.trends.setMinimumHeight(TRENDS_MIN_HEIGHT)
        self.trends.periodClicked.connect(self.open_period)
        self.period_dialog: PeriodIncidentsDialog | None = None
        self.filter_note = QLabel(self.content)
        self.filter_note.setObjectName("filterNote")
        self.filter_note.setToolTip(
            translate("Overview", "Figures cover only what the filters keep")
        )
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter_note)
        layout.addWidget(self.counted)
        layout.addWidget(self.assumptions)
        layout.addLayout(self._cards)
        layout.addWidget(self.trends, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.content and event.type() == QEvent.Type.Resize:
            self._wrap_cards(self.content.width())
        return super().eventFilter(watched, event)

    def _wrap_cards(self, width: int) -> None:
        """As many tiles in a row as fit ``width`` (at most ``CARDS_PER_ROW``); the rest wrap."""
        fit = (width + CARD_SPACING) // (CARD_MIN_WIDTH + CARD_SPACING)
        columns = max(1, min(CARDS_PER_ROW, fit))
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self._cards.removeWidget(card)
        for index, card in enumerate(self.cards):
            self._cards.addWidget(card, index // columns, index % columns)

    def card_rows(self) -> int:
        """How many rows the tiles take."""
        return -(-sum(card.isVisible() for card in self.cards) // self._columns)

    def prepare(self) -> Callable[[Analysis], object]:
        """The count under the tiles and the MTTR distribution under the trends."""
        return attrgetter("tally", "repair")

    def _show(self, analysis: Analysis | None) -> None:
        kpis = analysis.kpis if analysis else []
        while len(self.cards) < len(kpis):
            card = KpiCard(self.content)
            card.setMinimumWidth(CARD_MIN_WIDTH)
            index = len(self.cards)
            self._cards.addWidget(card, index // self._columns, index % self._columns)
            self.cards.append(card)
        settings = analysis.settings if analysis else DEFAULTS
        words = ui_text()
        for card, kpi in zip(self.cards, kpis, strict=False):
            card.set_kpi(kpi, definition(words, kpi.key, settings), words.lang)
        self.counted.setText(words.tally(analysis.tally) if analysis else "")
        findings = analysis.findings if analysis else []
        self.assumptions.setText("\n".join(_note(f) for f in findings))
        self.assumptions.setVisible(bool(findings))
        self.counted.setToolTip(definition(words, "incidents", settings))
        for index, card in enumerate(self.cards):
            card.setVisible(index < len(kpis))
        filters = filter_text(words, analysis.filters) if analysis else ""
        note = translate("Overview", "Filtered: {filters}").format(filters=filters)
        self.filter_note.setText(note if filters else "")
        self.filter_note.setVisible(bool(filters))
        self.trends.set_analysis(analysis)

    def current_chart(self) -> ThemedPlotWidget:
        """The chart last clicked (it holds the focus), else the availability chart."""
        charts = (self.trends.availability, self.trends.frequency, self.trends.mttr)
        focused = QApplication.focusWidget()
        return next((c for c in charts if c is focused), self.trends.availability)

    def card(self, key: str) -> KpiCard:
        return next(c for c in self.cards if c.isVisible() and (kpi := c.kpi()) and kpi.key == key)

    def open_period(self, index: int) -> PeriodIncidentsDialog:
        """Show the incidents counted in period ``index``'s bar."""
        assert self._analysis is not None
        metrics = self._analysis.metrics
        row = metrics.periods.iloc[index]
        title = period_title(
            row["start"], row["end"], metrics.options.granularity, current_language()
        )
        incidents = period_incidents(self._analysis.incidents, row["start"], row["end"])
        analysis = self._analysis
        self.period_dialog = show_incidents_dialog(
            self.period_dialog, title, incidents, analysis, (row["start"], row["end"]), self
        )
        self.period_dialog.incidents.incidentMenuExtending.connect(self.incidentMenuExtending)
        return self.period_dialog
