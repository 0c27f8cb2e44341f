"""The Incidents view: every selected incident in the window, sortable and searchable."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter

import pandas as pd
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.core.analysis import Analysis
from desktop_app.ui.i18n import current_language
from desktop_app.ui.views.base import AnalysisView
from desktop_app.ui.views.incident_table import IncidentTable


class IncidentsView(AnalysisView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.incidents = IncidentTable(self.content, find_key=False)  # the window's Find
        self.model = self.incidents.model
        self.table = self.incidents.table
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.incidents)
        self.incidents.incidentMenuExtending.connect(self.incidentMenuExtending)

    def _show(self, analysis: Analysis | None) -> None:
        if analysis is None:
            self.incidents.set_incidents(None, self.model.tz)
        else:
            window = analysis.window
            span = (window.start, window.end)
            lang = current_language()
            notice_hours = analysis.settings.notice_hours
            as_of = window.end if analysis.as_of is None else min(window.end, analysis.as_of)
            self.incidents.set_incidents(
                analysis.in_window, window.tz, span, lang, notice_hours, analysis.notice, as_of
            )

    def prepare(self) -> Callable[[Analysis], object]:
        """The user-notice column."""
        return attrgetter("notice")

    def current_table(self) -> pd.DataFrame | None:
        return None if self._analysis is None else self.model.export_frame()
