"""The column of each mapped field, cleaned once: missing-value markers, object text, per-row
fallbacks (the meaning of a single cell is ``cell_values``)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from desktop_app.core.reading.cell_values import has_objects, map_distinct, nulled, object_text
from desktop_app.core.reading.open_alerts import firing_rows, open_where, without_placeholders
from desktop_app.core.reading.rawtable import RawTable
from desktop_app.core.reading.spec import Spec
from desktop_app.core.reading.vocabulary import TEXT_FIELDS

_OBJECT_SAMPLE = 200


class Prepared:
    """The cleaned column of each field, built on first use."""

    def __init__(self, raw: RawTable, spec: Spec) -> None:
        self.raw = raw
        self.spec = spec
        self._cache: dict[str, pa.ChunkedArray | None] = {}

    def get(self, field_name: str) -> pa.ChunkedArray | None:
        """The field's cells (null when missing), the fallback header filling empty ones."""
        if field_name not in self._cache:
            self._cache[field_name] = self._build(field_name)
        return self._cache[field_name]

    def _build(self, field_name: str) -> pa.ChunkedArray | None:
        header = self.spec.mapping.get(field_name)
        if header is None:
            return None
        column = clean(self.raw.table.column(header), field_name)
        fallback = self.spec.fallbacks.get(field_name)
        if fallback is not None and column.null_count:
            other = clean(self.raw.table.column(fallback), field_name)
            column = pa.chunked_array([pc.coalesce(column, other)])
        return self._open_alerts(column) if field_name == "resolved_at" else column

    def _open_alerts(self, column: pa.ChunkedArray) -> pa.ChunkedArray:
        """An end that is a placeholder, or the end of an alert still firing, is no end."""
        column = without_placeholders(column)
        status = self.get("status")
        firing = firing_rows(status if status is not None else self.get("event"))
        return column if firing is None else open_where(column, firing)

    def label_columns(self) -> list[pa.ChunkedArray]:
        """Where a totals row puts its label: the first column, the id, title and service."""
        columns = [self.raw.table.column(0)] if self.raw.table.num_columns else []
        first = self.raw.table.column_names[0] if self.raw.table.num_columns else None
        for field_name in ("incident_id", "title", "service"):
            header = self.spec.mapping.get(field_name)
            if header is not None and header != first:
                columns.append(self.raw.table.column(header))
        return columns

    def default_service(self) -> str:
        """Without a service column: the sheet's name in a workbook, else the file's name."""
        return self.spec.sheet or Path(self.spec.path).stem


def clean(column: pa.ChunkedArray, field_name: str) -> pa.ChunkedArray:
    """Missing markers to null (text fields: only empty and ``?``, as ``NA`` may be a
    region's name); objects' text to their label."""
    column = nulled(column, "text" if field_name in TEXT_FIELDS else "all")
    if field_name in TEXT_FIELDS | {"incident_id"} and has_objects(column.slice(0, _OBJECT_SAMPLE)):
        column = pa.chunked_array([map_distinct(column, object_text)])
    return column
