"""Ends that are not ends: an alert still firing is open, whatever its end cell holds.

Alerting tools fill the end of an alert that has not ended with a placeholder: Prometheus
Alertmanager's zero time ``0001-01-01T00:00:00Z`` or an end it keeps moving forward, a Unix
epoch ``1970-01-01``, a dash. Such a cell is no end (it would otherwise reject the row as an
implausible date, or end the outage at a time nobody observed), and a row whose status or
event says the alert is still firing has no end at all.
"""

from __future__ import annotations

import re

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from desktop_app.core.reading.cell_values import map_distinct

#: Zero and epoch times written as an end that has not come.
_PLACEHOLDER = re.compile(
    r"^(0001-01-01|0000-00-00|1970-01-01|01/01/1970|1970/01/01)"
    r"([T ]00:00(:00(\.0+)?)?)?\s*(Z|UTC|GMT|[+-]00:?00)?$",
    re.IGNORECASE,
)
#: Status or event words of an alert that is still firing.
FIRING = frozenset({"firing", "alerting", "triggered", "problem", "active", "장애", "발생중"})


def is_placeholder_end(text: str) -> bool:
    """Whether an end cell holds a zero or epoch time (``0001-01-01T00:00:00Z``)."""
    return bool(_PLACEHOLDER.match(text.strip()))


def is_firing(text: str) -> bool:
    """Whether a status or event cell says the alert is still firing (``firing``, PROBLEM)."""
    return text.strip().casefold() in FIRING


def without_placeholders(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """The end column with placeholder times as empty cells."""
    kept = map_distinct(column, lambda v: None if is_placeholder_end(v) else v)
    if kept.null_count == column.null_count:
        return column
    return pa.chunked_array([kept])


def firing_rows(column: pa.ChunkedArray | None) -> np.ndarray | None:
    """Rows whose status says still firing (``None`` when no row does or no column)."""
    if column is None:
        return None
    hit = map_distinct(column, lambda v: "1" if is_firing(v) else None)
    mask = np.asarray(hit.is_valid(), dtype=bool)
    return mask if mask.any() else None


def open_where(column: pa.ChunkedArray, rows: np.ndarray) -> pa.ChunkedArray:
    """``column`` emptied on ``rows``."""
    return pa.chunked_array([pc.if_else(pa.array(rows), pa.scalar(None, pa.string()), column)])
