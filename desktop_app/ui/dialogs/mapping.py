"""Column mapping: which header holds which incident field, shown over the file's first rows."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.model import FIELDS, REQUIRED_FIELDS
from desktop_app.ui.i18n import translate
from desktop_app.ui.linguist import QT_TRANSLATE_NOOP

#: Columns of the reading preview, in ``text.preview.preview_cells``'s order.
READING_COLUMNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("MappingDialog", "Line"),
    QT_TRANSLATE_NOOP("MappingDialog", "Id"),
    QT_TRANSLATE_NOOP("MappingDialog", "Service"),
    QT_TRANSLATE_NOOP("MappingDialog", "Title"),
    QT_TRANSLATE_NOOP("MappingDialog", "Severity"),
    QT_TRANSLATE_NOOP("MappingDialog", "Impact"),
    QT_TRANSLATE_NOOP("MappingDialog", "Start"),
    QT_TRANSLATE_NOOP("MappingDialog", "End"),
    QT_TRANSLATE_NOOP("MappingDialog", "Duration"),
)
#: Mapping -> the first rows as they would read, or why nothing can be read.
Reading = Callable[[dict[str, str]], "list[list[str]] | str"]
#: Units a duration column can count, as shown and as written after the header.
DURATION_UNITS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("MappingDialog", "from the header (else minutes)"), ""),
    (QT_TRANSLATE_NOOP("MappingDialog", "minutes"), "min"),
    (QT_TRANSLATE_NOOP("MappingDialog", "seconds"), "s"),
    (QT_TRANSLATE_NOOP("MappingDialog", "milliseconds"), "ms"),
    (QT_TRANSLATE_NOOP("MappingDialog", "hours"), "h"),
)

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
    "status": QT_TRANSLATE_NOOP("MappingDialog", "Status"),
}


class MappingDialog(QDialog):
    """One drop-down per field, pre-filled with the best guesses; OK needs every required
    field mapped. With ``reading``, a second table shows how the first rows would read."""

    def __init__(
        self,
        path: str,
        headers: Sequence[str],
        preview: Sequence[Sequence[str]],
        detected: dict[str, str],
        parent: QWidget | None = None,
        reading: Reading | None = None,
        why: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mappingDialog")
        #: Why the file is mapped again (no row of it was imported), or "".
        self.why = why
        name = Path(path).name
        self.setWindowTitle(
            translate("MappingDialog", "Map the columns of {file}").format(file=name)
        )
        self.setMinimumSize(720, 520)
        intro = QLabel(_intro(name, why))
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
            form.addRow(f"{label}{star}:", self._field_row(name, combo))
        self.remember_check = QCheckBox(
            translate("MappingDialog", "Remember for files with the same columns")
        )
        self.remember_check.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._reading = reading
        self.reading_label = QLabel()
        self.reading_label.setWordWrap(True)
        self.reading_table = QTableWidget(0, len(READING_COLUMNS))
        self.reading_table.setObjectName("mappingReading")
        self.reading_table.setHorizontalHeaderLabels(
            [translate("MappingDialog", c) for c in READING_COLUMNS]
        )
        self.reading_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(_preview_table(headers, preview), 1)
        layout.addWidget(_scrolling(form), 2)
        if reading is not None:
            heading = translate("MappingDialog", "How the first rows would read")
            layout.addWidget(QLabel(f"<b>{heading}</b>"))
            layout.addWidget(self.reading_label)
            layout.addWidget(self.reading_table, 1)
        layout.addWidget(self.remember_check)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _field_row(self, name: str, combo: QComboBox) -> QWidget:
        """The field's drop-down; the duration's has its unit beside it."""
        if name != "duration":
            return combo
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("map_duration_unit")
        for label, unit in DURATION_UNITS:
            self.unit_combo.addItem(translate("MappingDialog", label), unit)
        self.unit_combo.currentIndexChanged.connect(self._update_ok)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(combo, 1)
        box.addWidget(QLabel(translate("MappingDialog", "counting")))
        box.addWidget(self.unit_combo)
        return row

    def select(self, field_name: str, header: str) -> None:
        combo = self.combos[field_name]
        combo.setCurrentIndex(max(combo.findData(header), 0))

    def mapping(self) -> dict[str, str]:
        """Field -> header; a duration with a chosen unit is ``header:unit``."""
        chosen = {
            name: combo.currentData() for name, combo in self.combos.items() if combo.currentData()
        }
        unit = self.unit_combo.currentData()
        if unit and "duration" in chosen:
            chosen["duration"] = f"{chosen['duration']}:{unit}"
        return chosen

    def _update_ok(self) -> None:
        ok = all(self.combos[name].currentData() for name in REQUIRED_FIELDS)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self._update_reading()

    def _update_reading(self) -> None:
        if self._reading is None or not hasattr(self, "reading_table"):
            return
        rows = self._reading(self.mapping())
        if isinstance(rows, str):
            self.reading_label.setText(rows)
            rows = []
        else:
            self.reading_label.setText("")
        self.reading_table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.reading_table.setItem(row, column, QTableWidgetItem(text))
        self.reading_table.resizeColumnsToContents()


def _intro(name: str, why: str) -> str:
    """What the dialog asks: to confirm guessed columns, or (``why``) to map the columns of a
    file none of whose rows could be imported as read."""
    if why:
        text = translate(
            "MappingDialog",
            "No incident could be imported from <b>{file}</b>: {why}. Check which column "
            "holds each field (fields marked * are required) and how the first rows would "
            "read below.",
        )
        return text.format(file=html.escape(name), why=html.escape(why))
    return translate(
        "MappingDialog",
        "The start time column of <b>{file}</b> could not be found for sure. "
        "The best guesses are filled in; check each field (fields marked * are "
        "required) and how the first rows would read below.",
    ).format(file=html.escape(name))


def _scrolling(form: QFormLayout) -> QScrollArea:
    """The field drop-downs at their own height, scrolling when the dialog is short."""
    fields = QWidget()
    fields.setLayout(form)
    area = QScrollArea()
    area.setObjectName("mappingFields")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(fields)
    area.setMinimumHeight(QComboBox().sizeHint().height() * 4)  # four fields at least
    return area


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
