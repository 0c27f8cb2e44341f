"""A library on a PostgreSQL server: the team's one source of truth.

Several people write at once: each write is one transaction that first takes the library's
writers lock (``Connection.serialise_writers``), so imports and edits queue rather than
interleave, and a lost connection leaves the library as it was. Reads are a repeatable-read
snapshot. A role that may not write opens the library read-only, and says so. The password
is never part of the URL shown: it comes from the URL, ``PGPASSWORD``, ``~/.pgpass`` or a
``service=`` entry, as libpq reads them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from desktop_app.core.library import schema
from desktop_app.core.library.paths import shown_url
from desktop_app.core.library.sql import Connection, PostgresConnection
from desktop_app.core.library.store import (
    NEEDS_UPGRADE,
    NEWER_SCHEMA,
    NO_LIBRARY_YET,
    Library,
    LibraryError,
    prepare_schema,
)
from desktop_app.core.messages import MessageKind

NO_DRIVER = MessageKind(
    "no_server_driver",
    "the PostgreSQL driver is not installed (install Reliability Desk with its 'team' extra)",
)
SERVER_UNREACHABLE = MessageKind(
    "server_unreachable", "cannot reach the library's server ({reason})"
)
SERVER_FAILED = MessageKind(
    "server_failed", "the server did not complete it ({reason}); the library is as it was"
)
READ_ONLY_ROLE = MessageKind(
    "read_only_role",
    "your database role {user} may read this library but not change it; ask its owner for "
    "write access",
)
NOT_A_SERVER_LIBRARY = MessageKind(
    "not_a_server_library",
    "this database holds other tables but no Reliability Desk library; give an empty "
    "database (or schema) for the library",
)
_CAN_WRITE = "SELECT has_table_privilege('changes', 'INSERT')"


def _driver() -> Any:
    try:
        import adbc_driver_postgresql.dbapi as driver
    except ImportError:
        return None
    return driver


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class ServerLibrary(Library):
    path: str

    def __init__(self, url: str, read_only_role: str | None = None) -> None:
        reason = None if read_only_role is None else READ_ONLY_ROLE(user=read_only_role)
        super().__init__(shown_url(url), reason)
        self.url = url

    def connect(self) -> PostgresConnection:
        """A connection inside a transaction (the driver begins one, and again after each
        commit or rollback: its own bulk ingest would commit ours in autocommit mode)."""
        driver = _driver()
        if driver is None:
            raise LibraryError(self.path, NO_DRIVER())
        try:
            return PostgresConnection(driver.connect(self.url, autocommit=False))
        except driver.Error as exc:
            raise LibraryError(self.path, SERVER_UNREACHABLE(reason=_first_line(exc))) from None

    @contextlib.contextmanager
    def _transaction(self, first: str | None = None) -> Iterator[PostgresConnection]:
        con = self.connect()
        error = _driver().Error
        try:
            if first is not None:
                con.run(first)
            con.run("SET TimeZone = 'UTC'")
            yield con
            con.commit()
        except error as exc:
            raise LibraryError(self.path, SERVER_FAILED(reason=_first_line(exc))) from None
        except BaseException:
            with contextlib.suppress(error):
                con.rollback()
            raise
        finally:
            with contextlib.suppress(error):
                con.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """One snapshot for every query of the read."""
        with self._transaction("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ") as con:
            yield con

    @contextlib.contextmanager
    def writing(self) -> Iterator[Connection]:
        self.refuse_if_read_only()
        with self._transaction() as con:
            con.serialise_writers()
            yield con


def open_server_library(url: str, *, write: bool = True) -> ServerLibrary:
    """Open the library in the database ``url`` names, making its tables when ``write`` and
    the database has none yet (or upgrading them); read-only for a role that may not write."""
    library = ServerLibrary(url)
    with library.reading() as con:
        try:
            version = schema.schema_version(con)
        except schema.SchemaError:
            raise LibraryError(library.path, NOT_A_SERVER_LIBRARY()) from None
        can_write = version is not None and bool(con.one(_CAN_WRITE)[0])
        user = con.db_user()
    if version is not None and version > schema.SCHEMA_VERSION:
        raise LibraryError(library.path, NEWER_SCHEMA(schema=version))
    if version is not None and not can_write:
        if version < schema.SCHEMA_VERSION:
            raise LibraryError(library.path, NEEDS_UPGRADE())
        return ServerLibrary(url, read_only_role=user)
    if version == schema.SCHEMA_VERSION:
        return library
    if not write:
        raise LibraryError(library.path, NO_LIBRARY_YET() if version is None else NEEDS_UPGRADE())
    with library.writing() as con:
        prepare_schema(con, schema.schema_version(con))  # again: another may have just done it
    return library
