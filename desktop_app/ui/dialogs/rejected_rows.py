"""The rows an import did not take: file, line, reason and the raw values as in the file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.dataset import Dataset
from desktop_app.core.model import FileImport, RejectedRow
from desktop_app.text import Text
from desktop_app.ui.i18n import translate, ui_text
from desktop_app.ui.linguist import QT_TRANSLATE_NOOP

#: The columns: the shared headers of a rejected row's place and reason, then the raw values.
COLUMNS = ("file", "line", "reason", "raw")
RAW_VALUES = QT_TRANSLATE_NOOP("RejectedRows", "Raw values")
Index = QModelIndex | QPersistentModelIndex


class RejectedRowsModel(QAbstractTableModel):
    def __init__(self, result: Dataset | None = None) -> None:
        super().__init__()
        self._rows: list[tuple[str, RejectedRow]] = []
        self.set_result(result)

    def set_result(self, result: Dataset | None, unshown: Sequence[FileImport] = ()) -> None:
        """The rejected rows of the files shown and of ``unshown``: files just read whose
        rows were all rejected (no incident of theirs is in ``result``)."""
        self.beginResetModel()
        files = [*(result.files if result else []), *unshown]
        self._rows = [(f.path, row) for f in files for row in f.rejected]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            key = COLUMNS[section]
            return translate("RejectedRows", RAW_VALUES) if key == "raw" else ui_text().column(key)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        path, row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return path if role == Qt.ItemDataRole.ToolTipRole else Path(path).name
        if column == 1:
            return row.line
        if column == 2:
            return ui_text().message(row.reason)
        return "; ".join(f"{key}={value}" for key, value in row.values.items())


class RejectedRowsDialog(QDialog):
    """Non-modal list of every rejected row of the loaded files."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejectedRowsDialog")
        self.setWindowTitle(translate("RejectedRows", "Rejected rows"))
        self.resize(900, 420)
        self.summary = QLabel()
        self.model = RejectedRowsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def set_result(self, result: Dataset | None, unshown: Sequence[FileImport] = ()) -> None:
        self.model.set_result(result, unshown)
        count = self.model.rowCount()
        if count == 0:
            text = translate("RejectedRows", "Every row was imported.")
        elif count == 1:
            text = translate("RejectedRows", "1 row was not imported.")
        else:
            text = translate("RejectedRows", "{count} rows were not imported.")
            text = text.format(count=Text.count(count))
        self.summary.setText(text)
        self.table.resizeColumnsToContents()
