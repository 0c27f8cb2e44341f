"""Column mapping: which header holds which incident field, shown over the file's first rows."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.model import FIELDS, REQUIRED_FIELDS
from desktop_app.ui.i18n import translate

NOT_IN_FILE = QT_TRANSLATE_NOOP("MappingDialog", "(not in this file)")
FIELD_LABELS: dict[str, str] = {
    "incident_id": QT_TRANSLATE_NOOP("MappingDialog", "Incident id"),
    "service": QT_TRANSLATE_NOOP("MappingDialog", "Service"),
    "title": QT_TRANSLATE_NOOP("MappingDialog", "Title"),
    "severity": QT_TRANSLATE_NOOP("MappingDialog", "Severity"),
    "impact": QT_TRANSLATE_NOOP("MappingDialog", "Impact"),
    "started_at": QT_TRANSLATE_NOOP("MappingDialog", "Start time"),
    "resolved_at": QT_TRANSLATE_NOOP("MappingDialog", "End time"),
    "duration": QT_TRANSLATE_NOOP("MappingDialog", "Duration"),
    "acknowledged_at": QT_TRANSLATE_NOOP("MappingDialog", "Acknowledged at"),
    "cause": QT_TRANSLATE_NOOP("MappingDialog", "Cause"),
}


class MappingDialog(QDialog):
    """One drop-down per field; OK needs every required field mapped."""

    def __init__(
        self,
        path: str,
        headers: Sequence[str],
        preview: Sequence[Sequence[str]],
        detected: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mappingDialog")
        name = Path(path).name
        self.setWindowTitle(
            translate("MappingDialog", "Map the columns of {file}").format(file=name)
        )
        self.setMinimumSize(720, 520)
        intro = QLabel(
            translate(
                "MappingDialog",
                "The start time column of <b>{file}</b> could not be found. "
                "Choose which column holds each field (fields marked * are required).",
            ).format(file=html.escape(name))
        )
        intro.setWordWrap(True)
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for name in FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map_{name}")
            combo.addItem(translate("MappingDialog", NOT_IN_FILE), "")
            for header in headers:
                combo.addItem(header, header)
            chosen = detected.get(name, "")
            if chosen in headers:
                combo.setCurrentIndex(list(headers).index(chosen) + 1)
            combo.currentIndexChanged.connect(self._update_ok)
            self.combos[name] = combo
            star = " *" if name in REQUIRED_FIELDS else ""
            label = translate("MappingDialog", FIELD_LABELS.get(name, name))
            form.addRow(f"{label}{star}:", combo)
        self.remember_check = QCheckBox(
            translate("MappingDialog", "Remember for files with the same columns")
        )
        self.remember_check.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(_preview_table(headers, preview), 1)
        layout.addLayout(form)
        layout.addWidget(self.remember_check)
        layout.addWidget(self.buttons)
        self._update_ok()

    def select(self, field_name: str, header: str) -> None:
        combo = self.combos[field_name]
        combo.setCurrentIndex(max(combo.findData(header), 0))

    def mapping(self) -> dict[str, str]:
        return {
            name: combo.currentData() for name, combo in self.combos.items() if combo.currentData()
        }

    def _update_ok(self) -> None:
        ok = all(self.combos[name].currentData() for name in REQUIRED_FIELDS)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


def _preview_table(headers: Sequence[str], preview: Sequence[Sequence[str]]) -> QTableWidget:
    table = QTableWidget(len(preview), len(headers))
    table.setObjectName("mappingPreview")
    table.setHorizontalHeaderLabels(list(headers))
    for row, values in enumerate(preview):
        for column, value in enumerate(list(values)[: len(headers)]):
            table.setItem(row, column, QTableWidgetItem(str(value)))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.resizeColumnsToContents()
    return table
