"""What the reader and the analysis assumed, one row per finding: file, line, assumption."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.model import Finding
from desktop_app.ui.i18n import translate, ui_text
from desktop_app.ui.linguist import QT_TRANSLATE_NOOP

COLUMNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("FindingsDialog", "File"),
    QT_TRANSLATE_NOOP("FindingsDialog", "Line"),
    QT_TRANSLATE_NOOP("FindingsDialog", "What was assumed"),
)


class FindingsDialog(QDialog):
    """A read-only table of findings; the full path is the file cell's tooltip."""

    def __init__(self, findings: Sequence[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsDialog")
        self.setWindowTitle(translate("FindingsDialog", "What the import assumed"))
        self.resize(900, 420)
        intro = QLabel(
            translate(
                "FindingsDialog",
                "The files did not say everything the figures need; this is what was assumed. "
                "Map columns or fix the files to change it.",
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(findings), len(COLUMNS))
        self.table.setObjectName("findingsTable")
        self.table.setHorizontalHeaderLabels([translate("FindingsDialog", c) for c in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, finding in enumerate(findings):
            name = QTableWidgetItem(Path(finding.file).name if finding.file else "")
            name.setToolTip(finding.file)
            self.table.setItem(row, 0, name)
            self.table.setItem(
                row, 1, QTableWidgetItem("" if finding.line is None else str(finding.line))
            )
            message = QTableWidgetItem(ui_text().message(finding.message))
            message.setToolTip(message.text())
            self.table.setItem(row, 2, message)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
