"""A dialog with every field of one incident, including its cause and where it was read."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.core.settings import DEFAULTS
from desktop_app.text import DASH
from desktop_app.ui.i18n import service_text, translate, ui_text


def incident_fields(
    incident: pd.Series,
    tz: str,
    notice_hours: float = DEFAULTS.notice_hours,
    notice: bool = False,
) -> list[tuple[str, str]]:
    """(label, text) pairs for the details of ``incident``, a row of the incident table;
    ``notice``: the analysis' user-notice flag for it, judged at ``notice_hours``."""
    words = ui_text()

    def raw(normalised: str, labels: Callable[[str], str], raw_key: str) -> str:
        text = words.labelled(labels)(incident[normalised])
        original = words.cell(incident[raw_key])
        in_file = translate("IncidentDetails", "{label} (“{original}” in the file)")
        return in_file.format(label=text, original=original) if original else text

    source = translate("IncidentDetails", "{file}, line {line}").format(
        file=words.cell(incident["source_file"]), line=incident["source_line"]
    )
    return [
        (words.column("incident_id"), words.cell(incident["incident_id"])),
        (words.column("service"), service_text(incident["service"])),
        (words.column("title"), words.cell(incident["title"]) or DASH),
        (
            words.column("severity"),
            raw("severity", words.severity, "severity_raw"),
        ),
        (words.column("impact"), raw("impact", words.impact, "impact_raw")),
        (words.column("started_at"), words.time(incident["started_at"], tz)),
        (
            translate("IncidentDetails", "Acknowledged"),
            words.time(incident["acknowledged_at"], tz),
        ),
        (words.column("resolved_at"), words.time(incident["resolved_at"], tz)),
        (
            words.column("duration"),
            words.duration(incident["resolved_at"] - incident["started_at"]),
        ),
        (translate("IncidentDetails", "User notice"), notice_text(notice, notice_hours)),
        (words.column("cause"), words.cell(incident["cause"]) or DASH),
        (translate("IncidentDetails", "Source"), source),
    ]


def notice_text(flagged: bool, notice_hours: float) -> str:
    """Whether the outage must be notified to users, with the threshold it was judged by."""
    hours = f"{notice_hours:g}"
    if flagged:
        return translate("IncidentDetails", "Yes: an outage of {hours} h or more").format(
            hours=hours
        )
    return translate("IncidentDetails", "No (threshold {hours} h)").format(hours=hours)


class IncidentDetailsDialog(QDialog):
    """Read-only; text can be selected and copied."""

    def __init__(
        self,
        incident: pd.Series,
        tz: str,
        parent: QWidget | None = None,
        notice_hours: float = DEFAULTS.notice_hours,
        notice: bool = False,
    ) -> None:
        super().__init__(parent)
        incident_id = ui_text().cell(incident["incident_id"])
        self.setWindowTitle(translate("IncidentDetails", "Incident {id}").format(id=incident_id))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.fields = incident_fields(incident, tz, notice_hours, notice)
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
