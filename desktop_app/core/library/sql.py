"""One connection to a library, whichever database holds it: the SQL is written once.

Statements use ``?`` placeholders and SQL that DuckDB and PostgreSQL both run; what differs
(placeholders, temporary tables from a frame, writers serialised, the database user) is here and
nowhere else. Reads come back as Arrow: DuckDB's own, ADBC's for PostgreSQL.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

Params = Sequence[object] | None
#: One number for PostgreSQL's transaction-level advisory lock that serialises the writers of
#: a server library (ids stay "max + 1" and edit checks see every earlier write).
WRITERS_LOCK_KEY = 2606_1326
_PLACEHOLDER = re.compile(r"\?")


class Connection(ABC):
    """A connection for one operation; every result is read whole before the next statement."""

    #: True for a server database, where several people write (``writers``, ``db_user``).
    shared = False

    @abstractmethod
    def rows(self, sql: str, params: Params = None) -> list[tuple[Any, ...]]:
        """Every row of a statement (none for one that returns nothing)."""

    @abstractmethod
    def arrow(self, sql: str, params: Params = None) -> pa.Table:
        """A query's result as an Arrow table."""

    @abstractmethod
    def put(self, name: str, frame: pd.DataFrame | pa.Table) -> None:
        """Make ``frame`` queryable as ``name`` until ``drop(name)`` or the connection ends."""

    @abstractmethod
    def drop(self, name: str) -> None: ...

    @abstractmethod
    def close(self) -> None: ...

    def db_user(self) -> str:
        """The database user writing ("" for an embedded file, which has none)."""
        return ""

    def serialise_writers(self) -> None:  # noqa: B027 - a file has nothing to wait for
        """Wait for other writers' transactions to end (an embedded file has one writer)."""

    def run(self, sql: str, params: Params = None) -> None:
        self.rows(sql, params)

    def first_row(self, sql: str, params: Params = None) -> tuple[Any, ...] | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def one(self, sql: str, params: Params = None) -> tuple[Any, ...]:
        """The one row of an aggregate query."""
        row = self.first_row(sql, params)
        assert row is not None
        return row


class DuckDBConnection(Connection):
    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def rows(self, sql: str, params: Params = None) -> list[tuple[Any, ...]]:
        return self.con.execute(sql, params).fetchall()

    def arrow(self, sql: str, params: Params = None) -> pa.Table:
        return self.con.sql(sql, params=params).to_arrow_table()

    def put(self, name: str, frame: pd.DataFrame | pa.Table) -> None:
        self.con.register(name, frame)

    def drop(self, name: str) -> None:
        self.con.unregister(name)

    def close(self) -> None:
        self.con.close()


class PostgresConnection(Connection):
    """An ADBC connection; its transaction ends with ``commit`` or ``rollback``."""

    shared = True

    def __init__(self, con: Any) -> None:
        self.con = con
        self.cursor = con.cursor()

    def _execute(self, sql: str, params: Params) -> None:
        numbered = iter(range(1, sql.count("?") + 1))
        self.cursor.execute(_PLACEHOLDER.sub(lambda _m: f"${next(numbered)}", sql), params)

    def rows(self, sql: str, params: Params = None) -> list[tuple[Any, ...]]:
        self._execute(sql, params)
        if self.cursor.description is None:
            return []
        return [tuple(row) for row in self.cursor.fetchall()]

    def arrow(self, sql: str, params: Params = None) -> pa.Table:
        self._execute(sql, params)
        table: pa.Table = self.cursor.fetch_arrow_table()
        return table

    def put(self, name: str, frame: pd.DataFrame | pa.Table) -> None:
        table = (
            pa.Table.from_pandas(frame, preserve_index=False)
            if isinstance(frame, pd.DataFrame)
            else frame
        )
        self.cursor.adbc_ingest(name, table, mode="create", temporary=True)

    def drop(self, name: str) -> None:
        self.run(f"DROP TABLE {name}")

    def commit(self) -> None:
        self.con.commit()

    def rollback(self) -> None:
        self.con.rollback()

    def close(self) -> None:
        self.cursor.close()
        self.con.close()

    def db_user(self) -> str:
        return str(self.one("SELECT current_user")[0])

    def serialise_writers(self) -> None:
        self.run("SELECT pg_advisory_xact_lock(?)", [WRITERS_LOCK_KEY])
