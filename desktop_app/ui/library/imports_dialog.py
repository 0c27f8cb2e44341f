"""Library › Imports…: every import with its row accounting; remove one (its newer values go,
the earlier ones come back)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.library.records import ImportRecord
from desktop_app.text import Text
from desktop_app.ui.i18n import translate
from desktop_app.ui.library.history import make_table
from desktop_app.ui.linguist import QT_TRANSLATE_NOOP

HEADERS = (
    "#",
    QT_TRANSLATE_NOOP("Library", "File"),
    QT_TRANSLATE_NOOP("Library", "Imported"),
    QT_TRANSLATE_NOOP("Library", "Rows"),
    QT_TRANSLATE_NOOP("Library", "New"),
    QT_TRANSLATE_NOOP("Library", "Updated"),
    QT_TRANSLATE_NOOP("Library", "Unchanged"),
    QT_TRANSLATE_NOOP("Library", "Merged"),
    QT_TRANSLATE_NOOP("Library", "Rejected"),
)


def import_rows(records: list[ImportRecord], tz: str) -> list[list[str]]:
    return [
        [
            str(r.id),
            r.path,
            Text.time(r.imported_at, tz),
            f"{r.rows:,}",
            f"{r.new:,}",
            f"{r.updated:,}",
            f"{r.unchanged:,}",
            f"{r.duplicates:,}",
            f"{len(r.rejected):,}",
        ]
        for r in records
    ]


def removal_text(leaving: int, restored: int, edits: int) -> str:
    """What removing an import takes out, asked before it is removed."""
    lines = [
        translate(
            "Library", "Incidents that leave the library (no other import holds them): {count}"
        ),
        translate(
            "Library", "Incidents an earlier import also holds (back to its values): {count}"
        ),
        translate(
            "Library",
            "Edits of the incidents that leave: {count} (kept in the history; they apply again "
            "if the incidents are imported again)",
        ),
    ]
    return "\n".join(
        line.format(count=n) for line, n in zip(lines, (leaving, restored, edits), strict=True)
    )


class ImportsDialog(QDialog):
    """``removeRequested(import_id)`` when the user asks to remove the selected import (the
    library controller confirms first)."""

    removeRequested = Signal(int)

    def __init__(
        self, records: list[ImportRecord], tz: str, editable: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Library", "Imports"))
        self.records = records
        self.table = make_table(HEADERS, import_rows(records, tz), self)
        self.remove_button = QPushButton(translate("Library", "Remove selected import"), self)
        self.remove_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(editable and bool(self.table.selectedItems()))
        )
        self.remove_button.clicked.connect(self._remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            translate(
                "Library",
                "Removing an import takes out the incidents only it holds; incidents an earlier "
                "import also holds go back to that import's values.",
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(self.remove_button)
        layout.addWidget(buttons)
        self.resize(900, 400)

    def _remove(self) -> None:
        rows = {i.row() for i in self.table.selectedItems()}
        if rows:
            self.removeRequested.emit(self.records[min(rows)].id)
            self.accept()
