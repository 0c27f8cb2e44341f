"""Two helpers for DuckDB 2, which wants every result read before the next statement runs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb


def run(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] | None = None) -> None:
    """Execute a statement and read its (ignored) result."""
    con.execute(sql, params).fetchall()


def first_row(
    con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] | None = None
) -> tuple[Any, ...] | None:
    """The first row of a query, or None; the rest of the result is read and dropped."""
    rows = con.execute(sql, params).fetchall()
    return rows[0] if rows else None


def one(
    con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] | None = None
) -> tuple[Any, ...]:
    """The one row of an aggregate query."""
    row = first_row(con, sql, params)
    assert row is not None
    return row
