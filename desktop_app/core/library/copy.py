"""A whole library into another, empty one: a DuckDB file into a server library and back.

Every import, every imported value (earlier ones too) and every change with its audit fields
is copied as it is, ids included, so the copy's figures, history and undo are the source's.
The target is written in one transaction: a copy stopped half-way leaves it empty.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

from desktop_app.core.library.sql import Connection
from desktop_app.core.library.store import Library, LibraryError
from desktop_app.core.messages import Message, MessageKind

#: The tables copied, with the order that keeps each table's natural reading order.
COPIED: dict[str, str] = {
    "imports": "id",
    "versions": "import_id, started_at, incident_id",
    "changes": "id",
    "import_files": "import_id",
}
NOT_EMPTY = MessageKind(
    "copy_target_not_empty",
    "it already holds {imports} imports and {changes} changes; copy into an empty library",
)
COPIED_LIBRARY = MessageKind(
    "copied_library",
    "copied {imports} imports, {rows} imported rows and {changes} changes from {source} to "
    "{target}",
)


@dataclass(frozen=True)
class Copied:
    source: str
    target: str
    imports: int
    rows: int
    changes: int

    def describe(self) -> Message:
        return COPIED_LIBRARY(
            imports=self.imports,
            rows=self.rows,
            changes=self.changes,
            source=self.source,
            target=self.target,
        )


def copy_library(source: Library, target: Library) -> Copied:
    """Copy ``source`` into ``target``; ``LibraryError`` when ``target`` is not empty (or
    cannot be changed)."""
    with source.reading() as con:
        tables = {
            name: con.arrow(f"SELECT * FROM {name} ORDER BY {order}")
            for name, order in COPIED.items()
        }
    with target.writing() as con:
        imports, changes = (
            int(con.one(f"SELECT count(*) FROM {name}")[0]) for name in ("imports", "changes")
        )
        if imports or changes:
            raise LibraryError(target.path, NOT_EMPTY(imports=imports, changes=changes))
        for name, table in tables.items():
            _insert(con, name, table)
    return Copied(
        str(source.path),
        str(target.path),
        tables["imports"].num_rows,
        tables["versions"].num_rows,
        tables["changes"].num_rows,
    )


def _insert(con: Connection, name: str, table: pa.Table) -> None:
    staged = f"copied_{name}"
    columns = ", ".join(table.column_names)
    con.put(staged, table)
    con.run(f"INSERT INTO {name} ({columns}) SELECT {columns} FROM {staged}")
    con.drop(staged)
