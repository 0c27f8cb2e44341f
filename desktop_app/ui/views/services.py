"""The Services view: one row per selected service, worst first, with its SLO verdict;
double-click a service to show only it in every view."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.core.analysis import Analysis
from desktop_app.core.settings import DEFAULTS
from desktop_app.ui.i18n import translate
from desktop_app.ui.models.services_model import ServicesTableModel
from desktop_app.ui.views.base import AnalysisView
from desktop_app.ui.views.incident_table import make_table
from desktop_app.ui.widgets.wrapping_header import WrappingHeader

AVAILABILITY_COLUMN = 1
SERVICE_WIDTH = (120, 200)
"""The service column's narrowest and widest: it gives way so the SLO verdict stays in sight."""


class ServicesView(AnalysisView):
    serviceActivated = Signal(str)
    """A service was double-clicked: the window filters every view to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ServicesTableModel(parent=self)
        self.table = make_table(self.model, self.content)
        self.table.setHorizontalHeader(WrappingHeader(self.table))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.setColumnWidth(0, SERVICE_WIDTH[1])
        # worst first: lowest availability, ties kept in core's order (most downtime, name)
        self.table.sortByColumn(AVAILABILITY_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.viewport().installEventFilter(self)
        self.table.doubleClicked.connect(self._on_double_click)
        hint = QLabel(
            translate(
                "ServicesTable",
                "Worst first. Double-click a service to show only it in every view.",
            )
        )
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(hint)
        layout.addWidget(self.table)

    def _show(self, analysis: Analysis | None) -> None:
        if analysis is None:
            self.model.set_services(None, DEFAULTS)
        else:
            self.model.set_settings(analysis.settings)
            self.model.set_services(analysis.metrics.services, analysis.settings)
            self.table.resizeColumnsToContents()
            self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The service column takes what the figures leave of the table's width (names elide)."""
        header = self.table.horizontalHeader()
        table = self.table
        figures = sum(
            max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(1, header.count())
        )
        left = self.table.viewport().width() - figures
        narrowest, widest = SERVICE_WIDTH
        table.setColumnWidth(0, max(narrowest, min(widest, left)))

    def service_names(self) -> list[str]:
        """The services in the order shown."""
        return [str(self.model.row_record(row)["service"]) for row in range(self.model.rowCount())]

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.serviceActivated.emit(str(self.model.row_record(index.row())["service"]))

    def current_table(self) -> pd.DataFrame | None:
        return None if self._analysis is None else self.model.export_frame()
