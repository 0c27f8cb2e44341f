"""A table of incidents with a search box; double-click opens an incident's details."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.metrics.counting import tally
from desktop_app.core.settings import DEFAULTS
from desktop_app.text import text_for
from desktop_app.text.language import Language
from desktop_app.ui.i18n import translate
from desktop_app.ui.models.incidents_model import IncidentsTableModel
from desktop_app.ui.views.incident_details import IncidentDetailsDialog

TITLE_COLUMN = 2
# Widths of the columns besides the title, which takes the rest (elided when narrow): at
# 1024 px the times and the duration stay whole.
COLUMN_WIDTHS = {0: 115, 1: 110, 3: 70, 4: 100, 5: 120, 6: 120, 7: 80, 8: 90}


def make_table(model: QAbstractItemModel, parent: QWidget) -> QTableView:
    """A sortable table with fixed row heights (no per-row measuring at 100,000 rows)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSortIndicatorShown(True)
    return table


class IncidentTable(QWidget):
    """Search box, count and table over an ``IncidentsTableModel``.

    Ctrl+F goes to the search box (``find_key=False``: the window's Find command does, from
    any view); Ctrl+C or the context menu copy the selected rows as
    tab-separated text (Excel pastes it as cells); the context menu also opens details.
    """

    detailsOpened = Signal(object)
    incidentMenuExtending = Signal(object, QMenu)
    """``(incident, menu)``: the context menu for one incident is being built; the library
    adds its edits to ``menu`` (one menu, no second pop-up)."""

    def __init__(self, parent: QWidget | None = None, find_key: bool = True) -> None:
        super().__init__(parent)
        self.model = IncidentsTableModel(parent=self)
        self._span: tuple[pd.Timestamp, pd.Timestamp] | None = None
        self._lang: Language = "en"
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            translate("IncidentsTable", "Search id, service, title, severity, impact… (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.table = make_table(self.model, self)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
        if find_key:
            find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
            find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            find.activated.connect(self.focus_search)
        self.table.installEventFilter(self)
        self.menu: QMenu | None = None
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.search.textChanged.connect(self._on_search)
        self.table.doubleClicked.connect(self._on_double_click)
        self.model.modelReset.connect(self._update_count)

    def set_incidents(
        self,
        incidents: pd.DataFrame | None,
        tz: str,
        span: tuple[pd.Timestamp, pd.Timestamp] | None = None,
        lang: Language = "en",
        notice_hours: float = DEFAULTS.notice_hours,
        notice: pd.Series | None = None,
        as_of: pd.Timestamp | None = None,
    ) -> None:
        """Show ``incidents`` (flagged by ``notice``, see ``IncidentsTableModel``); with the
        ``span`` they were chosen for, the count names what the figures count in it
        (``159 incidents · 31 maintenance windows``)."""
        self._span, self._lang = span, lang
        self.model.set_incidents(incidents, tz, notice_hours, notice, as_of)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+C on the table copies whole rows (the table alone would copy one cell);
        Ctrl+F reaches the search box even where the table keeps the key for itself."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_selected()
                return True
            if event.matches(QKeySequence.StandardKey.Find):
                self.focus_search()
                return True
        return super().eventFilter(watched, event)

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def copy_selected(self, headers: bool = False) -> str:
        """Put the selected rows, as shown, on the clipboard as tab-separated lines."""
        text = self.model.rows_as_tsv(self.selected_rows(), headers)
        QGuiApplication.clipboard().setText(text)
        return text

    def context_menu(self) -> QMenu:
        """Copy the selected rows, open one's details and, for one incident, whatever
        ``incidentMenuExtending`` adds (the library's edits)."""
        rows = self.selected_rows()
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if len(rows) == 1:
            copy_text = translate("IncidentsTable", "Copy row")
            with_headers = translate("IncidentsTable", "Copy row with headers")
        else:
            copy_text = translate("IncidentsTable", "Copy {count} rows").format(count=len(rows))
            with_headers = translate("IncidentsTable", "Copy {count} rows with headers").format(
                count=len(rows)
            )
        copy = menu.addAction(copy_text, self.copy_selected)
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        menu.addAction(with_headers, lambda: self.copy_selected(headers=True))
        menu.addSeparator()
        details = menu.addAction(
            translate("IncidentsTable", "Details…"), lambda: self.open_details(rows[0])
        )
        for action in menu.actions():
            action.setEnabled(bool(rows))
        details.setEnabled(len(rows) == 1)
        if len(rows) == 1:
            self.incidentMenuExtending.emit(self.model.row_record(rows[0]), menu)
        return menu

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and index.row() not in self.selected_rows():
            self.table.selectRow(index.row())
        global_pos = self.table.viewport().mapToGlobal(pos)
        self.menu = self.context_menu()
        self.menu.popup(global_pos)

    def _on_search(self, text: str) -> None:
        self.model.set_search_text(text)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.frame())
        words = text_for(self._lang)
        if self._span is not None and total:
            whole = tally(self.model.frame(), *self._span)
            narrowed = tally(self.model.visible_frame(), *self._span) if shown != total else None
            text = words.tally(narrowed or whole, of=whole if narrowed else None)
        elif shown != total:
            text = translate("IncidentsTable", "{shown} of {total} rows").format(
                shown=words.count(shown), total=words.count(total)
            )
        else:
            text = translate("IncidentsTable", "{count} rows").format(count=words.count(shown))
        self.count.setText(text)

    def open_details(self, row: int) -> IncidentDetailsDialog:
        dialog = IncidentDetailsDialog(
            self.model.row_record(row),
            self.model.tz,
            self,
            self.model.notice_hours,
            self.model.notice_at(row),
        )
        dialog.show()
        self.detailsOpened.emit(dialog)
        return dialog

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_details(index.row())
