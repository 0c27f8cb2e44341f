"""A dialog with every field of one incident, including its cause and where it was read."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.core.formatting import DASH, format_duration, format_text, format_time
from desktop_app.theme import IMPACT_LABELS, SEVERITY_LABELS


def incident_fields(incident: pd.Series, tz: str) -> list[tuple[str, str]]:
    """(label, text) pairs for the details of ``incident``, a row of the incident table."""

    def raw(normalised: str, labels: dict[str, str], raw_key: str) -> str:
        text = labels.get(str(incident[normalised]), DASH)
        original = format_text(incident[raw_key])
        return f"{text} (“{original}” in the file)" if original else text

    return [
        ("ID", format_text(incident["incident_id"])),
        ("Service", format_text(incident["service"])),
        ("Title", format_text(incident["title"]) or DASH),
        ("Severity", raw("severity", SEVERITY_LABELS, "severity_raw")),
        ("Impact", raw("impact", IMPACT_LABELS, "impact_raw")),
        ("Started", format_time(incident["started_at"], tz)),
        ("Acknowledged", format_time(incident["acknowledged_at"], tz)),
        ("Resolved", format_time(incident["resolved_at"], tz)),
        ("Duration", format_duration(incident["resolved_at"] - incident["started_at"])),
        ("Cause", format_text(incident["cause"]) or DASH),
        ("Source", f"{format_text(incident['source_file'])}, line {incident['source_line']}"),
    ]


class IncidentDetailsDialog(QDialog):
    """Read-only; text can be selected and copied."""

    def __init__(self, incident: pd.Series, tz: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Incident {format_text(incident['incident_id'])}")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.fields = incident_fields(incident, tz)
        form = QFormLayout()
        for label, text in self.fields:
            value = QLabel(text, self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(f"{label}:", value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
