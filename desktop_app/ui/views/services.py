"""The Services view: one row per selected service, worst first, with its SLO verdict;
double-click a service to show only it in every view."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.core.analysis import Analysis
from desktop_app.core.settings import DEFAULTS
from desktop_app.ui.i18n import translate
from desktop_app.ui.models.services_model import ServicesTableModel
from desktop_app.ui.views.base import AnalysisView
from desktop_app.ui.views.incident_table import make_table

AVAILABILITY_COLUMN = 1


class ServicesView(AnalysisView):
    serviceActivated = Signal(str)
    """A service was double-clicked: the window filters every view to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ServicesTableModel(parent=self)
        self.table = make_table(self.model, self.content)
        self.table.setColumnWidth(0, 200)
        # worst first: lowest availability, ties kept in core's order (most downtime, name)
        self.table.sortByColumn(AVAILABILITY_COLUMN, Qt.SortOrder.AscendingOrder)
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
            self.table.setColumnWidth(0, max(self.table.columnWidth(0), 200))

    def service_names(self) -> list[str]:
        """The services in the order shown."""
        return [str(self.model.row_record(row)["service"]) for row in range(self.model.rowCount())]

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.serviceActivated.emit(str(self.model.row_record(index.row())["service"]))

    def current_table(self) -> pd.DataFrame | None:
        return None if self._analysis is None else self.model.export_frame()
