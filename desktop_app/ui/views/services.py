"""The Services view: one row per selected service with its figures and SLO verdict."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.core.analysis import Analysis
from desktop_app.core.settings import DEFAULTS
from desktop_app.ui.models.services_model import ServicesTableModel
from desktop_app.ui.views.base import AnalysisView
from desktop_app.ui.views.incident_table import make_table


class ServicesView(AnalysisView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ServicesTableModel(parent=self)
        self.table = make_table(self.model, self.content)
        self.table.setColumnWidth(0, 200)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.table)

    def _show(self, analysis: Analysis | None) -> None:
        if analysis is None:
            self.model.set_services(None, DEFAULTS)
        else:
            self.model.set_settings(analysis.settings)
            self.model.set_services(analysis.metrics.services, analysis.settings)
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(0, max(self.table.columnWidth(0), 200))

    def current_table(self) -> pd.DataFrame | None:
        return None if self._analysis is None else self._analysis.metrics.services
