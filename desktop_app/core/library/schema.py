"""The library's tables, its schema version and the steps that bring an older file up to date.

``versions`` keeps every row of every import: the row of the latest import holding an incident
id is its ``current`` one, the others are its earlier values. ``changes`` is the audit trail;
the latest change of each (kind, target, field) is in force. ``import_files`` keeps each
import's bytes (zlib-compressed), so it can be read again with other options once the file
is gone. The same statements make the tables of a DuckDB file and of a PostgreSQL database
(``BYTEA`` is DuckDB's name for its BLOB too).
"""

from __future__ import annotations

from desktop_app.core.library.sql import Connection
from desktop_app.core.messages import MessageError, MessageKind

SCHEMA_VERSION = 3

IMPORT_FILES = (
    "CREATE TABLE import_files (import_id INTEGER PRIMARY KEY, compression VARCHAR, data BYTEA)"
)
TABLES: tuple[str, ...] = (
    "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    """CREATE TABLE imports (
        id INTEGER PRIMARY KEY, path VARCHAR, size BIGINT, sha256 VARCHAR UNIQUE,
        imported_at TIMESTAMPTZ, options VARCHAR, encoding VARCHAR, delimiter VARCHAR,
        rows BIGINT, imported BIGINT, duplicates BIGINT, rejected VARCHAR, findings VARCHAR,
        new BIGINT, updated BIGINT, unchanged BIGINT)""",
    """CREATE TABLE versions (
        import_id INTEGER, current BOOLEAN, incident_id VARCHAR, service VARCHAR,
        title VARCHAR, severity VARCHAR, severity_raw VARCHAR, impact VARCHAR,
        impact_raw VARCHAR, started_at TIMESTAMPTZ, resolved_at TIMESTAMPTZ,
        acknowledged_at TIMESTAMPTZ, cause VARCHAR, source_file VARCHAR, source_line BIGINT)""",
    """CREATE TABLE changes (
        id BIGINT PRIMARY KEY, changed_at TIMESTAMPTZ, os_user VARCHAR, kind VARCHAR,
        target VARCHAR,
        field VARCHAR, old VARCHAR, new VARCHAR, reason VARCHAR, undoes BIGINT,
        db_user VARCHAR)""",
    IMPORT_FILES,
)

#: ``MIGRATIONS[n]`` turns a version-``n`` file into version ``n + 1`` (run in one transaction,
#: after a backup copy of the file was taken).
MIGRATIONS: dict[int, tuple[str, ...]] = {
    # 2: the database user beside the OS user in the audit trail ("" in a DuckDB file).
    1: ("ALTER TABLE changes ADD COLUMN db_user VARCHAR", "UPDATE changes SET db_user = ''"),
    # 3: each import's bytes, for reading it again with other options (none for the imports
    # made before: they are read again from their file while it is unchanged).
    2: (IMPORT_FILES,),
}


def create(con: Connection) -> None:
    """Make the tables of an empty library and stamp it with ``SCHEMA_VERSION``."""
    for statement in TABLES:
        con.run(statement)
    con.run("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])


NOT_A_LIBRARY = MessageKind(
    "not_a_library", "it is a DuckDB file but not a Reliability Desk library (no meta table)"
)
NO_SCHEMA_VERSION = MessageKind("no_schema_version", "its schema version is missing")


class SchemaError(MessageError):
    """The file is a database, but not a library this app can read."""


def schema_version(con: Connection) -> int | None:
    """The library's version; None when it has no tables yet (a new library)."""
    tables = {
        row[0]
        for row in con.rows(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        )
    }
    if not tables:
        return None
    if "meta" not in tables:
        raise SchemaError(NOT_A_LIBRARY())
    row = con.first_row("SELECT value FROM meta WHERE key = 'schema_version'")
    if row is None:
        raise SchemaError(NO_SCHEMA_VERSION())
    return int(row[0])


def migrate(con: Connection, version: int) -> None:
    """Run every step from ``version`` to ``SCHEMA_VERSION`` and stamp the new version."""
    for step in range(version, SCHEMA_VERSION):
        for statement in MIGRATIONS[step]:
            con.run(statement)
    con.run("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
