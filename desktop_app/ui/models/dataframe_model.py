"""A read-only table model over a pandas DataFrame, described by column specs.

Sorting and searching are vectorised over whole columns (a permutation of row positions is
kept), so a 100,000-row table sorts in milliseconds; only the cells a view shows are formatted.
A ``QSortFilterProxyModel`` would call back into Python for every comparison, which is far too
slow at that size.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop_app.core.settings import DEFAULTS, Settings
from desktop_app.text import Text
from desktop_app.text.method import TERMS, definition
from desktop_app.ui.i18n import ui_text

Index = QModelIndex | QPersistentModelIndex

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

#: The role that returns a cell's raw (unformatted) value.
RAW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ColumnSpec:
    """One displayed column.

    ``key`` names a column of the frame, or the column ``values`` derives from the frame.
    ``sort_key`` maps the raw column to what sorting compares (default: the raw values).
    ``colour`` gives a cell's text colour from its raw value (None: the palette's).
    """

    header: str
    key: str
    formatter: Callable[[object], str] = str
    values: Callable[[pd.DataFrame], pd.Series] | None = None
    sort_key: Callable[[pd.Series], pd.Series] | None = None
    alignment: Qt.AlignmentFlag = LEFT
    colour: Callable[[object], QColor | None] | None = None
    searchable: bool = False
    export: Callable[[pd.Series], dict[str, pd.Series]] | None = None
    """How an exported table writes the column (raw values in) when not as displayed: it
    may add columns, e.g. minutes beside a duration."""


class DataFrameTableModel(QAbstractTableModel):
    """Rows of a DataFrame through ``ColumnSpec``s; sorts on raw values, shows formatted text."""

    def __init__(self, columns: list[ColumnSpec], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._specs = columns
        self._frame = pd.DataFrame()
        self._columns: list[pd.Series] = []
        self._rows = np.arange(0, dtype=np.int64)
        self._search = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._settings = DEFAULTS

    # --- data --------------------------------------------------------------------------------
    def set_settings(self, settings: Settings) -> None:
        """The settings whose weights the headers' definitions state."""
        self._settings = settings
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self._specs) - 1, 0))

    def header_help(self, section: int) -> str:
        """The method page's definition of the figure in column ``section`` ("" if none)."""
        key = self._specs[section].key
        return definition(ui_text(), key, self._settings) if key in TERMS else ""

    def set_frame(self, frame: pd.DataFrame | None) -> None:
        """Show ``frame`` (None: no rows), keeping the current search text and sort order."""
        self.beginResetModel()
        self._frame = frame.reset_index(drop=True) if frame is not None else pd.DataFrame()
        self._columns = [self._column(spec) for spec in self._specs] if len(self._frame) else []
        self._rows = self._ordered_rows()
        self.endResetModel()

    def _column(self, spec: ColumnSpec) -> pd.Series:
        column = spec.values(self._frame) if spec.values else self._frame[spec.key]
        return column.reset_index(drop=True)

    def frame(self) -> pd.DataFrame:
        return self._frame

    def visible_frame(self) -> pd.DataFrame:
        """The rows as shown: searched and sorted, with every column of the source frame."""
        return self._frame.iloc[self._rows]

    def export_frame(self) -> pd.DataFrame:
        """The table as shown: the rows searched and sorted, each column under its header,
        written as displayed (or as its spec's ``export`` says)."""
        columns: dict[str, object] = {}
        for spec, column in zip(self._specs, self._columns, strict=True):
            shown = column.iloc[self._rows].reset_index(drop=True)
            if spec.export is not None:
                columns.update(spec.export(shown))
            elif isinstance(shown.dtype, pd.CategoricalDtype) or spec.formatter is Text.cell:
                columns[spec.header] = self._shown_text(spec, shown).fillna("")
            else:
                columns[spec.header] = pd.Series([spec.formatter(v) for v in shown], dtype="string")
        if not columns:
            return pd.DataFrame(columns=[spec.header for spec in self._specs])
        return pd.DataFrame(columns)

    def row_record(self, row: int) -> pd.Series:
        """The source frame's row shown at ``row``."""
        return self._frame.iloc[int(self._rows[row])]

    def raw_value(self, row: int, column: int) -> object:
        return self._columns[column].iat[int(self._rows[row])]

    # --- search and sort ---------------------------------------------------------------------
    def set_search_text(self, text: str) -> None:
        """Keep rows where any searchable column contains ``text`` (case-insensitive)."""
        text = text.strip()
        if text == self._search:
            return
        self.beginResetModel()
        self._search = text
        self._rows = self._ordered_rows()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._rows = self._ordered_rows()
        self.layoutChanged.emit()

    def _ordered_rows(self) -> np.ndarray:
        rows = np.arange(len(self._frame), dtype=np.int64)
        if not len(rows):
            return rows
        if self._search:
            rows = rows[self._matching(self._search)]
        if self._sort is not None and len(rows):
            column, order = self._sort
            spec = self._specs[column]
            key = self._columns[column]
            key = spec.sort_key(key) if spec.sort_key else key
            key = key.iloc[rows].reset_index(drop=True)
            ascending = order == Qt.SortOrder.AscendingOrder
            ranked = key.sort_values(ascending=ascending, kind="stable", na_position="last")
            rows = rows[ranked.index.to_numpy()]
        return rows

    def _matching(self, text: str) -> np.ndarray:
        mask = np.zeros(len(self._frame), dtype=bool)
        for spec, column in zip(self._specs, self._columns, strict=True):
            if spec.searchable:
                shown = self._shown_text(spec, column)
                found = shown.str.contains(text, case=False, regex=False)
                mask |= found.fillna(False).to_numpy(dtype=bool)
        return mask

    @staticmethod
    def _shown_text(spec: ColumnSpec, column: pd.Series) -> pd.Series:
        """The column as displayed (``Full outage``, not ``full_outage``): a categorical one
        formats its few categories, not every row."""
        if isinstance(column.dtype, pd.CategoricalDtype):
            labels = [spec.formatter(c) for c in column.cat.categories] + [""]
            codes = column.cat.codes.to_numpy()  # -1 (missing) picks the trailing ""
            return pd.Series(np.asarray(labels, dtype=object)[codes], dtype="string")
        return column.astype("string")  # Text.cell: the text itself

    def rows_as_tsv(self, rows: list[int], headers: bool = False) -> str:
        """Rows as displayed, tab-separated, one per line: pastes into Excel as cells."""

        def clean(text: str) -> str:
            return " ".join(text.split("\t")).replace("\r", " ").replace("\n", " ")

        lines = [[clean(s.header) for s in self._specs]] if headers else []
        for row in rows:
            lines.append(
                [
                    clean(spec.formatter(self.raw_value(row, c)))
                    for c, spec in enumerate(self._specs)
                ]
            )
        return "\r\n".join("\t".join(cells) for cells in lines) + "\r\n"

    # --- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._specs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        spec = self._specs[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return spec.formatter(self.raw_value(index.row(), index.column()))
        if role == RAW_ROLE:
            return self.raw_value(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(spec.alignment)
        if role == Qt.ItemDataRole.ForegroundRole and spec.colour is not None:
            return spec.colour(self.raw_value(index.row(), index.column()))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._specs[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self._specs[section].alignment)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.WhatsThisRole):
            return self.header_help(section) or None
        return None
