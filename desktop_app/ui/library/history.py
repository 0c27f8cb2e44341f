"""An incident's history: the values each import brought, and every change with its reason."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.library.edits import EXCLUDE_REASONS, VERSION, YES, Change
from desktop_app.text import Text
from desktop_app.ui.i18n import translate, ui_text
from desktop_app.ui.linguist import QT_TRANSLATE_NOOP

VERSION_HEADERS = (
    QT_TRANSLATE_NOOP("Library", "Import"),
    QT_TRANSLATE_NOOP("Library", "File"),
    QT_TRANSLATE_NOOP("Library", "Imported"),
    QT_TRANSLATE_NOOP("Library", "Started"),
    QT_TRANSLATE_NOOP("Library", "Resolved"),
    QT_TRANSLATE_NOOP("Library", "Impact"),
    QT_TRANSLATE_NOOP("Library", "In use"),
)
CHANGE_HEADERS = (
    "#",
    QT_TRANSLATE_NOOP("Library", "When"),
    QT_TRANSLATE_NOOP("Library", "Who"),
    QT_TRANSLATE_NOOP("Library", "Field"),
    QT_TRANSLATE_NOOP("Library", "Old"),
    QT_TRANSLATE_NOOP("Library", "New"),
    QT_TRANSLATE_NOOP("Library", "Reason"),
)


def version_rows(versions: pd.DataFrame, tz: str, in_use: int) -> list[list[str]]:
    return [
        [
            str(row["import_id"]),
            Text.cell(row["path"]),
            Text.time(pd.Timestamp(row["imported_at"]), tz),
            Text.time(pd.Timestamp(row["started_at"]), tz),
            Text.time(pd.Timestamp(row["resolved_at"]), tz),
            ui_text().impact(Text.cell(row["impact"])),
            translate("Library", "yes") if row["import_id"] == in_use else "",
        ]
        for row in versions.to_dict("records")
    ]


#: What each changed field is called in the history (the stored names stay English).
FIELD_NAMES = {
    "maintenance": QT_TRANSLATE_NOOP("Library", "counted as maintenance"),
    "excluded": QT_TRANSLATE_NOOP("Library", "excluded"),
    "started_at": QT_TRANSLATE_NOOP("Library", "start"),
    "resolved_at": QT_TRANSLATE_NOOP("Library", "end"),
    "note": QT_TRANSLATE_NOOP("Library", "note"),
    "cause": QT_TRANSLATE_NOOP("Library", "cause"),
    "postmortem": QT_TRANSLATE_NOOP("Library", "postmortem link"),
    VERSION: QT_TRANSLATE_NOOP("Library", "imported values"),
}
# The stored words (core's YES and EXCLUDE_REASONS), for lupdate to find.
_STORED_WORDS = (
    QT_TRANSLATE_NOOP("Library", "yes"),
    QT_TRANSLATE_NOOP("Library", "not SLA-relevant"),
    QT_TRANSLATE_NOOP("Library", "false alarm"),
    QT_TRANSLATE_NOOP("Library", "duplicate of another incident"),
)


def change_rows(changes: list[Change], tz: str) -> list[list[str]]:
    def shown(field: str, value: str) -> str:
        if not value:
            return translate("Library", "(as imported)")
        if field in ("started_at", "resolved_at"):
            return Text.time(pd.Timestamp(value), tz)
        if field == VERSION:
            return translate("Library", "import {}").format(value)
        return translate("Library", value) if value == YES or value in EXCLUDE_REASONS else value

    return [
        [
            str(c.id),
            Text.time(c.at, tz),
            c.os_user,
            translate("Library", FIELD_NAMES[c.field]) if c.field in FIELD_NAMES else c.field,
            shown(c.field, c.old),
            shown(c.field, c.new),
            c.reason,
        ]
        for c in changes
    ]


def make_table(headers: tuple[str, ...], rows: list[list[str]], parent: QWidget) -> QTableWidget:
    """A read-only table of text, whole rows selected."""
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels([translate("Library", h) for h in headers])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class HistoryDialog(QDialog):
    """``undoRequested(change_id)`` when the user undoes the selected change;
    ``versionRequested(import_id, reason)`` when they choose the values an import brought.
    ``in_use`` is the import whose values the incident takes (None: the latest)."""

    undoRequested = Signal(int)
    versionRequested = Signal(int, str)

    def __init__(
        self,
        incident_id: str,
        versions: pd.DataFrame,
        changes: list[Change],
        tz: str,
        parent: QWidget | None = None,
        *,
        in_use: int | None = None,
        editable: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Library", "History · {}").format(incident_id))
        self.changes = changes
        self.imports = [int(i) for i in versions["import_id"]]
        self.in_use = in_use if in_use is not None else max(self.imports, default=0)
        self.versions = make_table(VERSION_HEADERS, version_rows(versions, tz, self.in_use), self)
        self.change_table = make_table(CHANGE_HEADERS, change_rows(changes, tz), self)
        self.undo_button = QPushButton(translate("Library", "Undo selected change"), self)
        self.undo_button.setEnabled(False)
        self.change_table.itemSelectionChanged.connect(
            lambda: self.undo_button.setEnabled(bool(self.change_table.selectedItems()))
        )
        self.undo_button.clicked.connect(self._undo)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(translate("Library", "Why (required)"))
        self.use_button = QPushButton(
            translate("Library", "Use the selected import's values"), self
        )
        self.use_button.setToolTip(
            translate(
                "Library",
                "Undo a later export's update for this incident alone; recorded as a change",
            )
        )
        self.use_button.setEnabled(False)
        self.versions.itemSelectionChanged.connect(self._update_use_button)
        self.reason.textChanged.connect(self._update_use_button)
        self.use_button.clicked.connect(self._use)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate(
                    "Library", "Imported values (the latest import's unless others are chosen):"
                ),
                self,
            )
        )
        layout.addWidget(self.versions)
        if editable and len(self.imports) > 1:
            choose = QHBoxLayout()
            choose.addWidget(QLabel(translate("Library", "Reason:"), self))
            choose.addWidget(self.reason, 1)
            choose.addWidget(self.use_button)
            layout.addLayout(choose)
        else:
            self.reason.hide()
            self.use_button.hide()
        layout.addWidget(
            QLabel(
                translate("Library", "Changes (every one recorded; an undo is a change too):"), self
            )
        )
        layout.addWidget(self.change_table)
        layout.addWidget(self.undo_button)
        layout.addWidget(buttons)
        self.resize(860, 520)

    def _selected_import(self) -> int | None:
        rows = {i.row() for i in self.versions.selectedItems()}
        return self.imports[min(rows)] if rows else None

    def _update_use_button(self) -> None:
        chosen = self._selected_import()
        usable = chosen is not None and chosen != self.in_use and bool(self.reason.text().strip())
        self.use_button.setEnabled(usable)

    def _use(self) -> None:
        chosen = self._selected_import()
        if chosen is not None:
            self.versionRequested.emit(chosen, self.reason.text().strip())
            self.accept()

    def _undo(self) -> None:
        rows = {i.row() for i in self.change_table.selectedItems()}
        if rows:
            self.undoRequested.emit(self.changes[min(rows)].id)
            self.accept()
