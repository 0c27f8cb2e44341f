"""The incidents counted in one period's bar, in a dialog with the incident table."""

from __future__ import annotations

import pandas as pd
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app.core.analysis import Analysis
from desktop_app.core.metrics.counting import tally
from desktop_app.core.settings import DEFAULTS
from desktop_app.text import text_for
from desktop_app.text.tally import tally_text
from desktop_app.ui.i18n import current_language, translate
from desktop_app.ui.views.incident_table import IncidentTable


class PeriodIncidentsDialog(QDialog):
    """Non-modal; double-clicking a row opens that incident's details."""

    def __init__(
        self,
        title: str,
        incidents: pd.DataFrame,
        tz: str,
        span: tuple[pd.Timestamp, pd.Timestamp],
        parent: QWidget | None = None,
        notice_hours: float = DEFAULTS.notice_hours,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("PeriodIncidents", "Incidents · {period}").format(period=title)
        )
        self.incidents = IncidentTable(self)
        lang = current_language()
        self.incidents.set_incidents(incidents, tz, span, lang, notice_hours)
        self.model = self.incidents.model
        counted = tally_text(text_for(lang), tally(incidents, *span))
        heading = QLabel(f"{title}: {counted}", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.incidents)
        layout.addWidget(buttons)
        self.resize(960, 480)


def show_incidents_dialog(
    previous: PeriodIncidentsDialog | None,
    title: str,
    incidents: pd.DataFrame,
    analysis: Analysis,
    span: tuple[pd.Timestamp, pd.Timestamp],
    parent: QWidget,
) -> PeriodIncidentsDialog:
    """Close ``previous`` (one such list at a time) and show ``incidents`` of ``span`` in a
    new one."""
    if previous is not None:
        previous.close()
        previous.deleteLater()
    tz, notice_hours = analysis.window.tz, analysis.settings.notice_hours
    dialog = PeriodIncidentsDialog(title, incidents, tz, span, parent, notice_hours)
    dialog.show()
    return dialog
