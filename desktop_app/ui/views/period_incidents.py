"""The incidents counted in one period's bar, in a dialog with the incident table."""

from __future__ import annotations

import pandas as pd
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app.core.formatting import format_count
from desktop_app.ui.views.incident_table import IncidentTable


class PeriodIncidentsDialog(QDialog):
    """Non-modal; double-clicking a row opens that incident's details."""

    def __init__(
        self, title: str, incidents: pd.DataFrame, tz: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Incidents · {title}")
        self.incidents = IncidentTable(self)
        self.incidents.set_incidents(incidents, tz)
        self.model = self.incidents.model
        heading = QLabel(f"{title}: {format_count(len(incidents))} incidents", self)
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
    tz: str,
    parent: QWidget,
) -> PeriodIncidentsDialog:
    """Close ``previous`` (one such list at a time) and show ``incidents`` in a new one."""
    if previous is not None:
        previous.close()
        previous.deleteLater()
    dialog = PeriodIncidentsDialog(title, incidents, tz, parent)
    dialog.show()
    return dialog
