"""A table of incidents with a search box; double-click opens an incident's details."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.formatting import format_count
from desktop_app.core.language import Language
from desktop_app.core.metrics.counting import tally
from desktop_app.core.settings import DEFAULTS
from desktop_app.ui.i18n import translate
from desktop_app.ui.models.incidents_model import IncidentsTableModel
from desktop_app.ui.views.incident_details import IncidentDetailsDialog

COLUMN_WIDTHS = (110, 140, 320, 80, 110, 130, 130, 90, 100)


def make_table(model: IncidentsTableModel | object, parent: QWidget) -> QTableView:
    """A sortable table with fixed row heights (no per-row measuring at 100,000 rows)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSortIndicatorShown(True)
    return table


class IncidentTable(QWidget):
    """Search box, count and table over an ``IncidentsTableModel``."""

    detailsOpened = Signal(object)
    incidentMenuRequested = Signal(object, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = IncidentsTableModel(parent=self)
        self._span: tuple[pd.Timestamp, pd.Timestamp] | None = None
        self._lang: Language = "en"
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            translate("IncidentsTable", "Search id, service, title, severity, impact…")
        )
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.table = make_table(self.model, self)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.search.textChanged.connect(self._on_search)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.model.modelReset.connect(self._update_count)

    def set_incidents(
        self,
        incidents: pd.DataFrame | None,
        tz: str,
        span: tuple[pd.Timestamp, pd.Timestamp] | None = None,
        lang: Language = "en",
        notice_hours: float = DEFAULTS.notice_hours,
    ) -> None:
        """Show ``incidents``; with the ``span`` they were chosen for, the count names what
        the figures count in it (``159 incidents · 31 maintenance windows``)."""
        self._span, self._lang = span, lang
        self.model.set_incidents(incidents, tz, notice_hours)

    def _on_search(self, text: str) -> None:
        self.model.set_search_text(text)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.frame())
        if self._span is None or not total:
            text = translate("IncidentsTable", "{count} rows").format(count=format_count(shown))
        else:
            text = tally(self.model.visible_frame(), *self._span).text(self._lang)
        if shown != total:
            of_total = translate("IncidentsTable", "{shown} (of {total} rows)")
            text = of_total.format(shown=text, total=format_count(total))
        self.count.setText(text)

    def open_details(self, row: int) -> IncidentDetailsDialog:
        dialog = IncidentDetailsDialog(self.model.row_record(row), self.model.tz, self)
        dialog.show()
        self.detailsOpened.emit(dialog)
        return dialog

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            global_pos = self.table.viewport().mapToGlobal(pos)
            self.incidentMenuRequested.emit(self.model.row_record(index.row()), global_pos)

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_details(index.row())
